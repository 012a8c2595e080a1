"""The employer's quality report: each finding a user would expect, with a suggestion."""

from __future__ import annotations

from callboard import analyze
from callboard.lint import MAX_DUTIES, lint_profile

DUTIES = "\n".join(f"- zadanie numer {i}: obsługa zgłoszeń klientów przez telefon" for i in range(12))
AD = f"""Super praca od zaraz!

Zakres obowiązków:
{DUTIES}

Oferujemy: umowę zlecenie, 30 zł/h brutto.
"""


def findings(text: str) -> dict[str, str]:
    return {f.id: f.severity for f in lint_profile(analyze(text, lang="pl")).findings}


def test_too_many_duties_no_reporting_line_and_vague_title() -> None:
    found = findings(AD)
    assert len(analyze(AD, lang="pl").duties) > MAX_DUTIES
    assert found["too_many_duties"] == "warning"
    assert found["no_reporting_line"] == "warning"
    assert found["title_consistent"] == "warning"
    assert found["employer_identified"] == "error"


def test_every_failed_check_has_a_suggestion() -> None:
    report = lint_profile(analyze(AD, lang="pl"))
    assert not report.passed
    assert all(f.suggestion for f in report.findings)


def test_discriminatory_wording_fails_the_ad() -> None:
    found = findings("Poszukujemy Pani do 35 lat z miłą aparycją na recepcję. Umowa o pracę, 5000 zł brutto.")
    assert found["no_discrimination"] == "error"
