"""Who the employer is: name, type (direct, agency, outsourcing), registry identifiers, contact for applying."""

from __future__ import annotations

import re
from types import MappingProxyType

from callboard.analyzer.context import Context
from callboard.profile import Employer

_PL_FORM = (
    r"(?:sp\.\s?z\s?o\.\s?o\.|spółka z ograniczoną odpowiedzialnością|S\.\s?A\.|sp\.\s?k\.|sp\.\s?j\.|spółka akcyjna)"
)
# names stay on one line ("[ \t]", not "\s"): a title line above is no part of them
_NAME_PL = re.compile(rf"((?:[A-ZŁŚŻŹĆŃÓ0-9][\w&'’.\-]{{0,30}}[ \t]){{1,4}}){_PL_FORM}")
# The name patterns start with a letter, and a "\b" before it is written as "not after a word character"
# behind it ("ООО(?<!\wООО)", "[AJ](?<!\w[AJ])"): a pattern led by letters lets the regex engine skip
# to them instead of trying every position of the ad.
_NAME_RU = re.compile(
    r"(?:ООО(?<!\wООО)|АО(?<!\wАО)|ПАО(?<!\wПАО)|ЗАО(?<!\wЗАО)|ОАО(?<!\wОАО)|ИП(?<!\wИП)|ГК(?<!\wГК)"
    r"|Группа компаний(?<!\wГруппа компаний)"
    # state and municipal bodies: МКУ, ГБУ, ГАУ, МУП, ФГУП, АНО...
    r"|(?:МКУ|МБУ|МАУ|ГКУ|ГБУ|ГАУ|МУП|ГУП|АНО)(?<!\w.{3})|(?:ФГУП|ФГБУ)(?<!\w.{4}))"
    r"\s*[«\"“„]([^»\"”\n]{2,60})[»\"”]"
)
_NAME_EN = re.compile(
    r"([A-Z][\w&'’\-]{0,30}[ \t](?:[A-Z][\w&'’\-]{0,30}[ \t]){0,3})"
    r"(?:Ltd\.?|Limited|Inc\.?|LLC|PLC|plc|GmbH|Corp\.?|LLP)(?!\w)"
)
_NAME_EN_AT = re.compile(
    r"[AJ](?<!\w[AJ])(?:(?<=A)t|(?<=J)oin|(?<=A)bout)\s((?:[A-Z][\w&'’\-]{1,30})(?:\s[A-Z][\w&'’\-]{1,30}){0,3}),?\s"
    r"(?:we|is|are|as)\b"  # "Join Northwind Energy as a ..."
)
_LEADING_GENERIC = re.compile(r"^(?:Firma|Spółka|Company|The company|Компания)\s+", re.I)
# "Brightwell Home Energy is a renewable energy supplier", "... is hiring": a capitalised name opening a line
_NAME_EN_IS = re.compile(
    r"^((?:[A-Z][\w&'’\-]{1,30}(?: &)? ){0,3}[A-Z][\w&'’\-]{1,30}) (?:is|are) "
    r"(?:a|an|the|one|hiring|looking|recruiting|seeking)\b",  # "Harbor & Pine Insurance is hiring"
    re.M,
)
_QUOTED_NAME = re.compile(r"[«„“\"]([A-ZА-ЯЁŁŚŻŹĆŃÓ0-9][^»”“\"\n]{1,40})[»”“\"]")
QUOTED_NAME_REACH = 400
# "рекрутинговая компания", "компания по подбору персонала" are agencies too
_AGENCY_WORD = re.compile(
    r"agenc|agency|агентств|kraz|rekrut|recruit|рекрут|подбор|кадров|staffing|personaln|headhunt", re.I
)
_IDS = {
    "nip": re.compile(
        r"\bNIP\s*:?\s*((?:PL)?\s?\d{3}[- ]?\d{3}[- ]?\d{2}[- ]?\d{2}|\d{3}[- ]?\d{2}[- ]?\d{2}[- ]?\d{3})\b"
    ),
    "krs": re.compile(r"\bKRS\s*:?\s*(?:nr\s*)?(\d{10})\b"),
    "regon": re.compile(r"\bREGON\s*:?\s*(\d{9}|\d{14})\b"),
    "kraz": re.compile(r"\bKRAZ\s*:?\s*(?:nr\.?\s*|numer\s*)?(\d{1,6})\b", re.I),
    "inn": re.compile(r"\bИНН\s*:?\s*(\d{10}|\d{12})\b"),
    "ogrn": re.compile(r"\bОГРН(?:ИП)?\s*:?\s*(\d{13}|\d{15})\b"),
    "uk_company": re.compile(
        r"\b[Cc]ompany\s(?:number|no\.?|registration\snumber|reg\.?\sno\.?)\s*:?\s*([A-Z]{2}\d{6}|\d{8})\b"
    ),
}
# Literal hints that must be present before the costlier regexes run.
_ID_WORDS = {
    "nip": "NIP",
    "krs": "KRS",
    "regon": "REGON",
    "kraz": "KRAZ",
    "inn": "ИНН",
    "ogrn": "ОГРН",
    "uk_company": "ompany",
}
_PL_FORM_HINT = re.compile(r"[sS](?:(?<=s)p\.|(?<=S)\.\s?A\.|półka)")  # sp. | S.A. | [Ss]półka, led by the letter
_RU_FORM_HINT = re.compile(r"ООО|АО|ИП|ГК|Группа|[МГ][КБА]У|УП|АНО|ФГБУ")
_EN_FORM_HINT = re.compile(r"Ltd|Limited|Inc|LLC|PLC|plc|GmbH|Corp|LLP")
_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}")
_PHONE = re.compile(r"(?<!\d)(?:\+\d{1,3}[\s\-]?)?(?:\(?\d{2,4}\)?[\s\-]?){2,4}\d{2,4}(?!\d)")
_HANDLE = re.compile(r"(?:t\.me/|@)([A-Za-z][\w]{4,31})\b")


def nip_valid(digits: str) -> bool:
    """The NIP checksum: weights 6 5 7 2 3 4 5 6 7, sum mod 11 equals the last digit."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    s = sum(int(d) * w for d, w in zip(digits, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=False)) % 11
    return s != 10 and s == int(digits[9])


def identifiers(ctx: Context) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, rx in _IDS.items():
        if _ID_WORDS[name] not in (ctx.text if name != "kraz" else ctx.text.upper()):  # cheap literal test first
            continue
        m = rx.search(ctx.text)
        if not m:
            continue
        value = re.sub(r"\D", "", m.group(1))
        found[name] = value
        ctx.note(f"employer.identifiers.{name}", [m.span()])
    return found


def _name(ctx: Context, given: str | None) -> str | None:
    if given:
        return given.strip() or None
    for rx, hint in ((_NAME_PL, _PL_FORM_HINT), (_NAME_RU, _RU_FORM_HINT), (_NAME_EN, _EN_FORM_HINT)):
        if not hint.search(ctx.text):
            continue
        m = rx.search(ctx.text)
        if m:
            name = _LEADING_GENERIC.sub("", m.group(0).strip())
            ctx.note("employer.name", [m.span()])
            return re.sub(r"\s+", " ", name)
    # «ВолгаНет», „Nordkom”: a quoted name near the start of the ad is the employer's
    m = _QUOTED_NAME.search(ctx.text, 0, QUOTED_NAME_REACH)
    if m:
        ctx.note("employer.name", [m.span(1)])
        return m.group(1).strip()
    m = _NAME_EN_IS.search(ctx.text, 0, QUOTED_NAME_REACH) if ctx.lex_lang == "en" else None
    if m:
        ctx.note("employer.name", [m.span(1)])
        return m.group(1)
    m = _NAME_EN_AT.search(ctx.text) if ctx.lex_lang == "en" else None
    if m:
        ctx.note("employer.name", [m.span(1)])
        return m.group(1)
    return None


EMAIL_MAX = 64 + 1 + 63 + 4 * 64  # the longest text _EMAIL can match


def _emails(text: str) -> list[str]:
    """What _EMAIL.finditer finds, searched only around each "@" (the pattern cannot skip ahead by itself)."""
    out: list[str] = []
    pos = 0
    at = text.find("@")
    while at >= 0:
        # a match holding this "@" starts at most 64 characters before it and ends within EMAIL_MAX of its start
        m = _EMAIL.search(text, max(pos, at - 64), at + EMAIL_MAX)
        if m and m.start() <= at:
            out.append(m.group())
            pos = m.end()
        at = text.find("@", max(pos, at + 1))
    return out


def apply_contacts(text: str) -> tuple[str, ...]:
    if "@" not in text and "t.me/" not in text:
        return ()
    out = _emails(text)
    out += [f"@{m.group(1)}" for m in _HANDLE.finditer(text) if "@" + m.group(1) not in " ".join(out)]
    return tuple(dict.fromkeys(out))


def employer(ctx: Context, given_name: str | None = None) -> Employer:
    ids = identifiers(ctx)
    name = _name(ctx, given_name)
    types = ctx.keys("employer_type")
    etype: str | None = None
    # "for our client" is said by agencies and by outsourced contact centres alike; only a named
    # agency ("agencja pracy", "кадровое агентство", KRAZ) outweighs the outsourcing cues
    strong_agency = [m for m in types.get("agency", []) if _AGENCY_WORD.search(ctx.text[m.start : m.end])]
    if strong_agency or "kraz" in ids or ("agency" in types and "outsourcing" not in types):
        etype = "agency"
        ctx.note("employer.type", types.get("agency", []))
    elif "outsourcing" in types:
        etype = "outsourcing"
        ctx.note("employer.type", types["outsourcing"])
    elif "internal" in types or "self" in types or name or ids:
        etype = "direct"
    contact_center = "outsourced" if etype == "outsourcing" else "internal" if "internal" in types else None
    return Employer(name, etype, contact_center, MappingProxyType(ids), apply_contacts(ctx.text))
