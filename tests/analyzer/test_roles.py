"""The role taxonomy: valid data, and every role's ad template reads back as that role and passes the lint."""

from __future__ import annotations

import re

import pytest

from callboard import analyze
from callboard.analyzer.roles import role_defs
from callboard.lint import lint_profile

ROLES = role_defs()
# Sample values per language and per pay period named in the template's pay line.
FILL = {
    "pl": {"employer": "Nordlinia Kontakt sp. z o.o.", "city": "Łódź", "contract": "umowa o pracę"},
    "ru": {"employer": "ООО «Северная линия»", "city": "Казань", "contract": "трудовой договор по ТК РФ"},
    "en": {"employer": "Northline Support Ltd", "city": "Leeds", "contract": "permanent contract"},
}
PAY = {
    "pl": {"hour": ("32", "38"), "month": ("5 200", "6 400"), "year": ("90 000", "110 000")},
    "ru": {"hour": ("350", "450"), "month": ("55 000", "70 000"), "year": ("900 000", "1 100 000")},
    "en": {"hour": ("£12.50", "£14.00"), "month": ("£2,100", "£2,400"), "year": ("£24,000", "£27,000")},
}
_HOURLY = re.compile(r"hour|godz|час|/h", re.I)
_YEARLY = re.compile(r"year|annum|rok|roczn|в год|год", re.I)


def fill(template: str, lang: str) -> str:
    line = next(x for x in template.splitlines() if "{pay_min}" in x)
    period = "hour" if _HOURLY.search(line) else "year" if _YEARLY.search(line) else "month"
    lo, hi = PAY[lang][period]
    return template.format(pay_min=lo, pay_max=hi, **FILL[lang])


def test_every_role_is_complete() -> None:
    assert len(ROLES) >= 18
    for rd in ROLES.values():
        for key in ("names", "title_cues", "text_cues", "typical_duties", "template"):
            assert set(rd.raw[key]) == {"pl", "ru", "en"}, (rd.id, key)
        assert rd.raw["typical_kpis"] and rd.isco08.isdigit()


@pytest.mark.parametrize(("rid", "lang"), [(r, lang) for r in ROLES for lang in ("pl", "ru", "en")])
def test_template_reads_back_as_its_role_and_passes_lint(rid: str, lang: str) -> None:
    p = analyze(fill(ROLES[rid].raw["template"][lang], lang), lang=lang)
    assert p.role.id == rid
    report = lint_profile(p)
    assert [f.id for f in report.findings if f.severity == "error"] == []
    assert p.conditions.pay is not None and p.conditions.contracts
