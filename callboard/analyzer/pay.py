"""Pay figures: ranges, single values, bounds, currency, period, gross or net.

"5 000 – 6 500 zł brutto", "od 4800 do 5200 zł", "28,50 zł/h netto", "$18/hour", "£24k", "20 тыс. руб.",
"от 45 000 до 60 000 ₽ до вычета налогов", "zarobki do 15 000 zł" (an upper bound only).
The vocabulary (currencies, thousands, periods) is in callboard/data/pay.yaml; the words around a
figure (brutto, на руки, commission, up to...) are the `pay_terms` lexicon.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from callboard.analyzer.context import Context, line_bounds, sentence_bounds
from callboard.analyzer.lexicon import data_dir, load_yaml
from callboard.analyzer.matcher import Match
from callboard.profile import Pay, Span

# A number: thousands groups ("5 000", "1,500", "12.000"), Indian lakh groups ("6,00,000", "12,50,000") or plain
# digits, optional decimals. Bounded repetitions and a look-behind keep it linear on long digit runs. The first digit
# leads (the look-behind follows it), so the regex engine skips to digits instead of trying every position.
_NUMBER = (
    r"\d(?<![\d.,]\d)(?:\d?(?:,\d{2}){1,3},\d{3}|\d{0,2}(?:[ \xa0\u202f.,’']\d{3}){1,3}|\d{0,6})"
    r"(?:[.,]\d{1,2})?(?![\d])"
)
_RANGE_JOIN = r"\s{0,3}(?:-|–|—|−|÷|to|do|до|and|and up to|i|a)\s{0,3}"
_RANGE_JOIN_RX = re.compile(_RANGE_JOIN, re.I)
_WIDE_RANGE_BEFORE = re.compile(r"\b(?:between|minimum(?: \w+)? of|min\.?(?: \w+)? of)\s*\S{0,4}\s*$", re.I)
_WIDE_RANGE_GAP = re.compile(r"[^\n\d$£€]{0,60}?\b(?:and|to)(?: a)?(?: max(?:imum)?(?: \w+)? of)?\s*", re.I)
_UPPER_BEFORE = re.compile(
    # ("доход может достигать 100 тыс", "can reach £30k": a ceiling too)
    r"(?:\b(?:do|до|max\.?|maks\.?|max:|maximum:|nawet|достига\w*|reach(?:es|ing)?|sięga\w*)\s"
    # (one short word may stand between, a currency: "do PLN 5000", not a figure: "с 9 до 21.\n2800 р. за смену")
    r"|up to|upto|as much as|максимум|не более)\s*(?:[^\s\d]{1,6}[ \t]*)?$",
    re.I,
)
_AND_ABOVE = re.compile(
    r"\.?\s?(?:и выше|и более|и больше|and above|or more|i więcej|i wyżej|lub więcej)(?!(?-i:[a-zа-яёąćęłńóśźż]))", re.I
)
# "vehicle damage over €500", "zwroty powyżej 200 zł": a threshold the job works with, unless pay words say otherwise
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:over|above|exceeding|more than|powyżej|ponad|свыше|более|больше)\s*\S{0,4}\s*$", re.I
)
_LOWER_BEFORE = re.compile(
    r"(?:\b(?:od|от|from|min\.?|min:)\s|starting at|starting from|minimum|не менее|już od)"
    r"\s*(?:[^\s\d]{1,6}[ \t]*)?$",
    re.I,
)
_NOT_PAY_AFTER = re.compile(
    r"\s?(?:%|proc|lat\b|lata|roku|rok\b|лет|год|years?|yrs?|godz(?!\w*\s*(?:zł|pln))|hours?\b|час(?:ов|а)?\b|"
    r"min\b|minut|минут|osób|человек|people|dni\b|дней|days|km|m2|zmian|смен(?!у)|тыс\.? (?:клиент|звон)|"
    r"млн|млрд|mln|mld|million|billion|числ|dnia|of each month)",
    re.I,
)
# "$5M", "$13-17M", "$200+ MM", "$2bn": a budget or a turnover, never a pay ("5 m-c" is a month, kept)
_MILLIONS_AFTER = re.compile(r"\+?\s?(?:mm|m|bn|b)(?![\w-])", re.I)
# "13.06.2003", "8.3.1", "10:30", "5/2": a figure running on into more digits is a date, a time, a version
# or a pattern
_RUNS_ON = re.compile(r"[.:/]\d|-\d{2,3}-\d{2}")  # "6.00", "8-926-771-03-52": a time, a phone number
# invisible direction and joiner marks some boards leave between the figures of a range
_FORMAT_CHARS = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


_DIGIT = re.compile(r"\d")
_PM_RIGHT_AFTER = re.compile(r"[ \xa0]?p/?m\b", re.I)
_PLUS_OR_DIGIT = re.compile(r"[+\d]")
_NEWLINE_OR_DIGIT = re.compile(r"[\n\d]")

MAX_FIGURES = 60  # an ad states a handful of pay figures; the cap bounds work on number soup


@dataclass(frozen=True)
class _Vocab:
    currency: re.Pattern[str]
    currency_before: re.Pattern[str]  # a currency ending right before a number ("$", "PLN ")
    currency_key: dict[str, str]
    thousands: re.Pattern[str]
    lakhs: re.Pattern[str]  # Indian "lakh" (100 000): "4.5 LPA"
    glued_signs: dict[str, str]  # letters that are a currency only glued to the figure in front ("R18 000")
    period: re.Pattern[str]
    period_key: dict[str, str]
    # currency forms that carry a multiplier of the figure: "90 т.р." is 90 000 roubles, "9 млн сум" 9 000 000 sums
    currency_factors: dict[str, float]
    weak_currencies: frozenset[str]  # also a unit of something else ("lift up to 10 pounds")
    # the dollar a bare "$" is, by the places (keys of the places lexicon) and the words of its country
    local_dollars: dict[str, tuple[frozenset[str], re.Pattern[str]]]
    local_roubles: dict[str, tuple[frozenset[str], re.Pattern[str]]]  # the same for bare roubles ("1 100 руб.")
    us_places: re.Pattern[str]  # a US state named: a bare "$" stays the US dollar


def _alternation(forms: list[str]) -> str:
    """A regex matching any of the forms, longest first, written as a prefix tree: a flat alternation of
    hundreds of literals is tried one by one at every position, a tree looks at one character."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for f in set(forms):
        node = trie
        for ch in f.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:  # type: ignore[type-arg]
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def _vocab() -> _Vocab:
    raw = load_yaml(data_dir() / "pay.yaml", "pay.yaml")
    cur_key = {str(f).lower(): code for code, forms in raw["currencies"].items() for f in forms}
    per_key = {str(f).lower(): p for p, forms in raw["periods"].items() for f in forms}
    # a currency word must not run on into a longer word ("р" of "работа"), except into the capital of the
    # next sentence when a board glued the lines together ("40 000 рублейГрафик")
    glued = f"(?<={_LOWER_CHAR})(?={_UPPER_CHAR})"
    currency = re.compile(rf"(?:{_alternation(list(cur_key))})(?:(?![^\W\d_])|{glued})", re.I)
    thousands = re.compile(rf"\s?(?:{_alternation([str(t) for t in raw['thousands']])})(?![^\W\d_])", re.I)
    lakhs = re.compile(rf"\s?(?:{_alternation([str(t) for t in raw.get('lakhs', [])])})(?![^\W\d_])", re.I)
    glued_signs = {str(f): code for code, forms in raw.get("glued_signs", {}).items() for f in forms}
    # a period word is a word of its own ("ph" of "geographic" is none); "/h" may follow "zł" directly
    period = re.compile(rf"(?:(?<![^\W\d_])|(?![^\W\d_]))(?:{_alternation(list(per_key))})(?![^\W\d_])", re.I)
    # in front of a figure only symbols and codes ("$18", "PLN 5000"): a short word there belongs to
    # something else ("Г/р 5/2" is a schedule)
    short = {str(f).lower() for f in raw.get("short_before", [])}
    before = [f for f in cur_key if f in short or not (f.replace(".", "").isalpha() and len(f.replace(".", "")) < 3)]
    currency_before = re.compile(rf"({_alternation(before)})[ \xa0]?$", re.I)
    factors = {str(f).lower(): 1000.0 for f in raw.get("thousand_currencies", [])}
    factors |= {str(f).lower(): 1_000_000.0 for f in raw.get("million_currencies", [])}
    weak = frozenset(str(f).lower() for f in raw.get("weak_currencies", []))
    def local_currencies(key: str) -> dict[str, tuple[frozenset[str], re.Pattern[str]]]:
        return {
            str(code): (
                frozenset(str(p) for p in spec.get("places", [])),
                # case as written ("NS" after a town's comma is Nova Scotia, "ns" is nothing), on word edges
                re.compile("|".join(_on_word_edges(str(w)) for w in spec.get("words", []))),
            )
            for code, spec in raw.get(key, {}).items()
        }

    us_places = re.compile("|".join(_on_word_edges(str(w)) for w in raw.get("us_places", [])) or "(?!)")
    return _Vocab(
        currency,
        currency_before,
        cur_key,
        thousands,
        lakhs,
        glued_signs,
        period,
        per_key,
        factors,
        weak,
        local_currencies("local_dollars"),
        local_currencies("local_roubles"),
        us_places,
    )


def _on_word_edges(word: str) -> str:
    """The word as written, not inside a longer word: "Ontario", and ", NS" after a town. The look-behind comes
    after the first character ("O(?<!\\wO)ntario"), so that the engine skips to the characters that can start a
    match instead of trying every name at every position."""
    first, rest = re.escape(word[:1]), re.escape(word[1:])
    head = rf"(?<!\w{first})" if word[:1].isalnum() else ""
    tail = r"(?!\w)" if word[-1:].isalnum() else ""
    return f"{first}{head}{rest}{tail}"


_LOWER_CHAR = "(?-i:[a-zа-яёąćęłńóśźżčěřšžáéíúý])"
_UPPER_CHAR = "(?-i:[A-ZА-ЯЁĄĆĘŁŃÓŚŹŻČĚŘŠŽÁÉÍÚÝ])"


LAKH = 100_000.0  # the Indian lakh
RANGE_SPREAD_MAX = 4  # the upper end of a pay range is at most this many times the lower


@dataclass
class _Amount:
    start: int
    end: int
    value: float
    thousands: bool  # a multiplier word followed the figure ("24k", "20 тыс.", "4.5 lakh")
    factor: float = 1000.0  # what that word multiplies by


def _to_number(raw: str) -> float:
    if raw.isdigit():
        return float(raw)
    s = raw.replace("\xa0", " ").replace("\u202f", " ").replace("’", " ").replace("'", " ")
    m = re.fullmatch(r"(.*?)(?:[.,](\d{1,2}))?", s)
    assert m is not None  # the pattern always matches
    whole, dec = m.group(1), m.group(2)
    if dec is not None and not re.search(r"[ .,]\d{3}$", whole + "," + dec) and len(dec) <= 2:
        value = float(re.sub(r"\D", "", whole) + "." + dec)
    else:
        value = float(re.sub(r"\D", "", s))
    return value


def _amounts(text: str) -> list[_Amount]:
    v = _vocab()
    out: list[_Amount] = []
    for m in re.finditer(_NUMBER, text):
        end = m.end()
        k = v.thousands.match(text, end)
        if k is not None and k.group()[:1].isspace() and k.group().strip().lower() == "к":
            k = None  # Cyrillic "к" is thousands only glued to the figure ("170К"), else the preposition
        value = _to_number(m.group())
        thousands = k is not None and value < 1000
        if thousands and k is not None:
            value *= 1000
            end = k.end()
        elif k is not None and value >= 10000 and k.group().strip().isalpha():
            end = k.end()  # "150 000 тысяч рублей": the word repeats what the digits say
        elif k is None and value < 1000 and v.lakhs.match(text, end):
            # "₹4.2–5.5 LPA": the word stays outside the figure, where the period is read from it
            out.append(_Amount(m.start(), end, round(value * LAKH, 2), True, LAKH))
            continue
        out.append(_Amount(m.start(), end, value, thousands))
    return out


def _currency_near(text: str, start: int, end: int) -> tuple[str | None, Span | None]:
    v = _vocab()
    after = v.currency.match(text, end + (1 if text[end : end + 1] in " \xa0" else 0))
    if after:
        return v.currency_key[after.group().lower()], after.span()
    if start and text[start - 1] in v.glued_signs and (start < 2 or not text[start - 2].isalnum()):
        return v.glued_signs[text[start - 1]], (start - 1, start)
    lo = max(0, start - 6)
    m = v.currency_before.search(text, lo, start)
    # "PLN 5000", "$18": a currency word in front must be a word of its own ("стр. 10" is no rouble,
    # "P-CAD 2004" no Canadian dollar); a sign may touch the word before ("eligible for$130,000")
    if m:
        prev = text[max(0, m.start() - 2) : m.start()]
        sign = not m.group(1)[:1].isalnum()
        if sign or not (prev[-1:].isalnum() or (prev[:1].isalnum() and prev[-1:] == "-")):
            return v.currency_key[m.group(1).lower()], (m.start(), start)
    return None, None


_SHIFT_LENGTH_WORD = re.compile(r"\d{1,2}\s?-\s?(?=часов|godzinn|hour)", re.I)


def _period_near(text: str, start: int, end: int) -> str | None:
    v = _vocab()
    line_start, line_end = line_bounds(text, start, end, reach=40)
    hi = min(line_end, end + 24)
    while hi < min(line_end, end + 40) and text[hi].isalnum():
        hi += 1  # whole words only: a cut "graph|ic" ends in no "ph"
    # "1 200 ₽ за 4-часовую смену", "£90 per 8-hour shift": the shift's length is no other figure before the period
    window = _SHIFT_LENGTH_WORD.sub(" ", text[end:hi])
    # "£75,000 + bonus": the period is the base pay's; "£500+ per week" keeps its own
    window = re.split(r"\s\+|[(;|]|\bplus\b|\bbonus|\bpremi|\bprowizj|\bпреми|\bбонус", window, maxsplit=1)[0]
    if _PM_RIGHT_AFTER.match(window):
        return "month"  # "R14 000 – R16 500 pm": per month right after the figure (further on, "6pm" is a time)
    m = v.period.search(window)
    if m and not re.search(r"\d", window[: m.start()]):
        return v.period_key[m.group().lower()]
    # "Stawka godzinowa: 28 zł": a period word just before, in the same part of the line
    before = re.split(r"[|()]", text[max(line_start, start - 24) : start])[-1]
    found = [x for x in v.period.finditer(before)]
    if found:
        return v.period_key[found[-1].group().lower()]
    return None


def _infer_period(value: float, currency: str | None) -> str | None:
    """The period a reader takes for granted when the ad gives none ("5 000 zł brutto" is a month)."""
    if currency in ("PLN", "CZK", "UAH"):
        return "hour" if value < 150 else "month" if value <= 60000 else "year"
    if currency in ("RUB", "KZT", "BYN"):
        if currency == "BYN":
            return "month" if value >= 300 else None
        return "hour" if value < 1500 else "month" if value <= 1_000_000 else None
    if currency in ("USD", "GBP", "EUR", "CAD", "AUD", "NZD"):
        return "hour" if value < 120 else "month" if value < 12000 else "year"
    # currencies of many units: a bare figure in the range of a month's pay is a month's
    low, high = _MONTHLY_RANGE.get(currency or "", (0.0, 0.0))
    return "month" if low <= value <= high else None


_MONTHLY_RANGE = {
    "PHP": (8000.0, 400000.0),
    "ZAR": (3000.0, 150000.0),
    "INR": (8000.0, 500000.0),
    "UZS": (1_000_000.0, 60_000_000.0),
    "EGP": (3000.0, 300000.0),
    "AMD": (100000.0, 6_000_000.0),
    "GEL": (500.0, 20000.0),
    "KGS": (10000.0, 500000.0),
    "KES": (10000.0, 1_000_000.0),
    "MYR": (1000.0, 30000.0),
}


def _terms_near(ctx: Context, start: int, end: int) -> dict[str, list[Match]]:
    """pay_terms matches in the same line, shortly before or after the figure."""
    line_start, line_end = line_bounds(ctx.text, start, end, reach=60)
    out: dict[str, list[Match]] = {}
    for m in ctx.by_field.get("pay_terms", ()):
        if max(line_start, start - 60) <= m.start and m.end <= min(line_end, end + 60):
            out.setdefault(m.key, []).append(m)
    return out


@dataclass
class _Figure:
    pay: Pay
    span: Span
    is_bonus: bool
    cued: bool = False  # a period, gross/net or pay word states it as pay ("$17.50 an hour", "оклад 32 000 ₽")


TAXED_FIGURE_MIN = 1000  # "4300 brutto" is a month's pay; "20 netto" could be anything


def _tax_word_right_after(text: str, starts: list[int], end: int) -> bool:
    """The gross or net word follows the figure with only spaces between ("4300 brutto", "55 000 на руки")."""
    i = bisect.bisect_left(starts, end)
    return i < len(starts) and not text[end : starts[i]].strip()


def _pay_word_before(ends: list[int], start: int, reach: int = 25) -> bool:
    i = bisect.bisect_right(ends, start) - 1
    return i >= 0 and start - ends[i] <= reach


def _plain_pay_figure(text: str, start: int, end: int, terms: dict[str, list[Match]]) -> bool:
    """A figure without a currency counts only right after a pay word ("Wynagrodzenie: 3200"),
    and never inside a code, a date or a time ("PPR/015", "10. każdego", "6:00")."""
    # right after the pay word, or further on its line with no other figure between
    # ("З/п на период испытательного срока от 100000")
    words = [
        m
        for key in ("salary", "fixed")
        for m in terms.get(key, ())
        if m.end <= start
        and (start - m.end <= 25 or (start - m.end <= 60 and not re.search(r"[\d\n]", text[m.end : start])))
    ]
    if not words:
        return False
    before, after = text[start - 1 : start], text[end : end + 2]
    # "10. każdego" is a date, but "Зарплата 50 000." ends a sentence with the pay
    sentence_end = after.startswith(". ") and len(re.sub(r"\D", "", text[start:end])) >= 4
    if before in "/:-" or after.startswith((":", "/")) or (after.startswith(". ") and not sentence_end):
        return False
    if after[:1].isalpha():
        return False
    # "10 и 25 числа": a word right after a bare number (on its line) must say what the number is: a period,
    # gross/net, or what it depends on ("от 60 000 в зависимости от опыта")
    rest = text[end : end + 16].lstrip(" ")
    if rest[:1].isalpha() and not _vocab().period.match(rest):
        return (
            any(end <= m.start <= end + 3 for k in ("gross", "net", "condition") for m in terms.get(k, ()))
            or any(_AND_WORD.fullmatch(text, end, m.start) for m in terms.get("variable", ()) if m.start <= end + 8)
            or bool(_AND_FIGURE.match(text, end))
        )  # "оклад 32000 и премии", "30 тысяч плюс 300 рублей за замер": what is added to it
    return True


def _own_term(text: str, terms: dict[str, list[Match]], key: str, start: int, end: int) -> bool:
    """A term near the figure with no other figure between them."""
    return any(
        not _DIGIT.search(text, m.end, start) if m.end <= start else not _DIGIT.search(text, end, m.start)
        for m in terms.get(key, ())
    )


_AND_WORD = re.compile(r"\s*(?:и|i|and|oraz|plus|плюс)\s+", re.I)
_AND_FIGURE = re.compile(r"\s*(?:plus|плюс)\s+\d", re.I)
_TAX_WORD = re.compile(r"\s*(?:(?:netto|brutto|gross|net|на руки|до вычета налогов)\s*)?", re.I)


def _nearer(terms: dict[str, list[Match]], key: str, other: str, end: int) -> bool:
    """A `key` term stands right after the figure, nearer than any `other` term after it."""
    after = [m.start - end for m in terms.get(key, ()) if m.start >= end]
    others = [m.start - end for m in terms.get(other, ()) if m.start >= end]
    return bool(after) and min(after) <= 3 and (not others or min(after) < min(others))


def _per_period(text: str, end: int) -> bool:
    """A period word right after the figure (past a gross/net word): "тыс / месяц", "tys netto/mies."."""
    m = _TAX_WORD.match(text, end)
    pos = m.end() if m else end
    seg = re.sub(r"/\s+", "/", text[pos : pos + 20])
    return bool(_vocab().period.match(seg) or _vocab().period.match(seg.lstrip("/")))


def _continues(figures: list[_Figure], start: int, terms: dict[str, list[Match]]) -> bool:
    """A bare figure just after a pay figure, past a word of what comes later ("на испытательный срок
    30 000 руб., после - 40 000"), is the same pay's next step."""
    if not figures or not 0 <= start - figures[-1].span[1] <= 30:
        return False
    prev_end = figures[-1].span[1]
    return any(prev_end <= m.start and m.end <= start for k in ("later", "after_probation") for m in terms.get(k, ()))


_SMALL_UNIT_CURRENCIES = frozenset({"PHP", "AMD", "UZS", "EGP", "GEL"})
SMALL_UNIT_MIN = 500  # no monthly or hourly pay in pesos, drams, sums, Egyptian pounds or lari is written smaller


def _figures(ctx: Context) -> list[_Figure]:
    text = ctx.text
    amounts = _amounts(text)
    default_currency = {"pl": "PLN", "ru": "RUB"}.get(ctx.lang)
    pay_word_ends = sorted(m.end for m in ctx.by_field.get("pay_terms", ()) if m.key in ("salary", "fixed"))
    # "Na początek 4300 brutto": a figure with the gross or net word right after it
    tax_word_starts = sorted(m.start for m in ctx.by_field.get("pay_terms", ()) if m.key in ("gross", "net"))
    piece_words = [m for m in ctx.by_field.get("pay_terms", ()) if m.key == "piece"]
    local_rouble = cache(lambda: _local_rouble(ctx))  # the ad's country, looked up once, at its first rouble figure
    figures: list[_Figure] = []
    i = 0
    while i < len(amounts) and len(figures) < MAX_FIGURES:
        first = amounts[i]
        group = [first]
        if i + 1 < len(amounts):
            nxt = amounts[i + 1]
            gap = _FORMAT_CHARS.sub("", text[first.end : nxt.start])
            if gap[-1:] in _vocab().glued_signs and (len(gap) < 2 or not gap[-2].isalnum()):
                gap = gap[:-1]  # "R18 000 – R22 000": the upper end's own sign
            # "$130,000 USD Annually - $150,000": currency and period words may stand between the two (not a new
            # line: "£24,350 per annum\n- 8-week paid induction" is a list going on)
            if (
                len(gap) < 32
                and "\n" not in gap
                and _RANGE_JOIN_RX.fullmatch(_vocab().period.sub("", _vocab().currency.sub("", gap)))
            ):
                group.append(nxt)
            elif (
                len(gap) < 80
                and _WIDE_RANGE_BEFORE.search(text, max(0, first.start - 40), first.start)
                and _WIDE_RANGE_GAP.fullmatch(_vocab().currency.sub("", gap))
            ):
                # "between USD 61,000 in the lowest market and USD 95,000 in the highest", "minimum salary
                # of $50,000 to maximum salary of $64,000": the two ends, a few words apart
                group.append(nxt)
        i += len(group)
        start, end = group[0].start, group[-1].end
        if len(group) == 2 and group[1].thousands and not group[0].thousands and group[0].value < 1000:
            group[0].value = round(group[0].value * group[1].factor, 2)
        elif len(group) == 2 and 1 <= group[0].value < 1000 <= group[0].value * 1000 <= group[1].value:
            group[0].value *= 1000  # "8-10 000 zł": the thousands of the upper end are the lower end's too
        if len(group) == 2 and group[0].value * RANGE_SPREAD_MAX < group[1].value:
            # "Level 3 – $38.42 to $40.15 per hour": a number of something else before the pay, no range
            i -= 1
            group = group[:1]
            end = group[0].end
        if _RUNS_ON.match(text, group[-1].end) or (start >= 2 and re.match(r"\d[.:]", text[start - 2 : start])):
            continue
        currency, cur_span = _currency_near(text, start, end)
        if currency is None and len(group) == 2:
            currency, cur_span = _currency_near(text, group[0].start, group[0].end)
        if currency is None and len(group) == 2:  # "93,000 to $114,000": the sign on the upper end only
            currency, cur_span = _currency_near(text, group[1].start, group[1].end)
        if currency is None and group[-1].factor == LAKH:
            currency = "INR"  # "2.4 - 3.0 Lacs P.A.": the lakh is counted in rupees only
        factor = _vocab().currency_factors.get(text[cur_span[0] : cur_span[1]].lower()) if cur_span else None
        if factor is not None:
            for a in group:  # "90 т.р.", "от 9 до 11 млн сум"
                if a.value < 1000:
                    a.value *= factor
        # "PHP 8", "AMD Ryzen 7": codes that also name a language or a brand are pay only in thousands
        if currency in _SMALL_UNIT_CURRENCIES and group[0].value < SMALL_UNIT_MIN:
            currency, cur_span = None, None
        own_unit = _NOT_PAY_AFTER.match(text, end) or _MILLIONS_AFTER.match(text, end)
        if own_unit and not (cur_span and cur_span[0] >= end):
            continue  # "$80 млн", "10 и 25 числа": a number followed by its own unit is no pay
        # "40 - 60 тыс / месяц", "20-25 tys netto / miesięcznie": thousands per month are pay without a currency
        per_period = bool(default_currency) and currency is None and group[-1].thousands and _per_period(text, end)
        taxed = bool(default_currency) and currency is None and _tax_word_right_after(text, tax_word_starts, end)
        if (
            currency is None
            and not per_period
            and not taxed
            and (default_currency is None or not _pay_word_before(pay_word_ends, start, reach=60))
        ):
            continue  # most numbers in an ad (dates, hours, "2/2") end here, cheaply
        terms = _terms_near(ctx, start, end)
        bare = currency is None
        if currency is None:
            if default_currency is None or not (
                per_period
                or (taxed and max(a.value for a in group) >= TAXED_FIGURE_MIN)
                or _plain_pay_figure(text, start, end, terms)
                or _continues(figures, start, terms)
            ):
                continue
            currency = default_currency
        if currency == "RUB" and (local := local_rouble()):
            currency = local  # before the period is guessed: "1 100 руб." in Grodno is a month's pay
        weak = cur_span is not None and text[cur_span[0] : cur_span[1]].lower() in _vocab().weak_currencies
        if cur_span is not None:
            start, end = min(start, cur_span[0]), max(end, cur_span[1])
        values = [a.value for a in group]
        if max(values) < 5:
            continue
        stated_period = _period_near(text, start, end)
        # "1С:Зарплата 8.3", "up to 10 pounds": a figure without a clear currency must look like pay
        if (bare and max(values) < 100 and stated_period is None) or (
            weak and stated_period is None and not any(k in terms for k in ("salary", "fixed", "gross", "net"))
        ):
            continue
        # "za każdy kurs 10-18 zł", "$5 per delivery": a piece rate, no pay for a period (a piece word past another
        # figure or a "+" is that one's: "38 000 ₽ + 2% с заказа", "за звонок (от 40 руб.), в среднем 250 руб. в час")
        if any(
            (m.end <= start and start - m.end <= 40 and not _NEWLINE_OR_DIGIT.search(text, m.end, start))
            or (end <= m.start <= end + 15 and not _PLUS_OR_DIGIT.search(text, end, m.start))
            for m in piece_words
        ):
            continue
        if (
            stated_period is None
            and _THRESHOLD_BEFORE.search(text, max(0, start - 24), start)
            # (a pay word before it makes it the pay's floor: "Зарплата свыше 50 000 руб.")
            and not any(m.end <= start for k in ("salary", "fixed") for m in terms.get(k, ()))
        ):
            continue
        lo, hi = (values[0], values[1]) if len(values) == 2 else (values[0], values[0])
        if lo > hi:
            lo, hi = hi, lo
        before = text[max(0, start - 24) : start]
        # "£500+", "40 000 руб. и выше": a lower bound (even after a "до")
        plus_after = text[end : end + 1] == "+" or bool(_AND_ABOVE.match(text, end))
        upper_only = len(group) == 1 and bool(_UPPER_BEFORE.search(before)) and not plus_after
        lower_only = len(group) == 1 and (bool(_LOWER_BEFORE.search(before)) or plus_after) and not upper_only
        period = stated_period or _infer_period(hi, currency)
        # "оклад 38 000 + премия, итого 48 000 на руки": a tax word past another figure is that figure's
        gross = True if _own_term(text, terms, "gross", start, end) else None
        if _own_term(text, terms, "net", start, end) and (gross is None or _nearer(terms, "net", "gross", end)):
            gross = False  # "22 000 zł netto + VAT ... (kwota brutto ...)": the word right after the figure
        variable = True if "variable" in terms else None
        # a bonus word in a closed aside before the figure ("(podstawa + diety + dodatki) 8 000 zł") names a part
        bonus_words = [
            m
            for m in (*terms.get("variable", ()), *terms.get("benefit", ()))
            if m.end <= start and ")" not in text[m.end : start]
        ]
        salary_words = [m for m in (*terms.get("salary", ()), *terms.get("fixed", ())) if m.end <= start]
        is_bonus = bool(bonus_words) and (
            not salary_words or max(m.start for m in bonus_words) > max(m.start for m in salary_words)
        )
        pay_word_just_before = _pay_word_before(pay_word_ends, start)
        # "2500 zł nagrody", "$1,600 a year for reimbursement": a benefit word right after the figure,
        # in the same clause, says what the amount is (unless a pay word just before says it is the pay)
        if not is_bonus and not pay_word_just_before:
            # (a capital starts the next item of a run-together list: "od 6000 zł do 9000 zł Nagrody uznaniowe")
            is_bonus = any(
                end <= m.start <= end + 25
                and not re.search(r"[+,;(]|\b(?:plus|плюс)\b", text[end : m.start], re.I)
                and not text[m.start].isupper()
                for m in terms.get("benefit", ())
            )
        pay = Pay(
            min=None if upper_only else lo,
            max=None if lower_only else hi,
            currency=currency,
            period=period,
            gross=gross,
            variable=variable,
            upper_bound_only=upper_only,
        )
        # "£24,000 basic + commission": the fixed-pay word right after the figure says it too
        fixed_after = any(end <= m.start <= end + 2 for m in terms.get("fixed", ()))
        cued = (
            stated_period is not None or gross is not None or bool(salary_words) or pay_word_just_before or fixed_after
        )
        figures.append(_Figure(pay, (start, end), is_bonus, cued))
    return figures


PROBATION_REACH = 60  # a probation word this far before a figure (same line) makes it the trial-period pay
LATER_GAP = 160  # the pay after probation follows within this many characters
LEAD_REACH = 30  # "после испытательного срока - зарплата 60 000": the word this close before the later figure
BOUNDS_GAP = 80  # a floor and a ceiling this close are the ends of one range
STEP_GAP = 40  # "Junior: 400$-800$, Middle: 800$-1500$": the next level's range this close


def _merged_steps(ctx: Context, figures: list[_Figure]) -> list[_Figure]:
    """Figures that are steps of one pay become one range: the trial-period pay and the pay after it
    ("на испытательный срок 50 000, после 60 000" is 50-60 000), and level ranges that continue each
    other ("Junior: 400$-800$, Middle: 800$-1500$" is 400-1500)."""
    terms = ctx.by_field.get("pay_terms", ())
    if len(figures) < 2:
        return figures
    out = [figures[0]]
    for k, g in enumerate(figures[1:], start=1):
        f = out[-1]
        a, b = f.pay, g.pay
        if a.max is None and a.min is not None and b.min == b.max and k + 1 < len(figures):
            # "Min: $138,800  Mid: $173,500  Max: $208,200": a figure between a floor and its ceiling
            c, c_start = figures[k + 1].pay, figures[k + 1].span[0]
            inside = c.min is None and c.max is not None and b.min is not None and a.min <= b.min <= c.max
            if inside and c_start - f.span[1] <= BOUNDS_GAP and (b.currency, b.period) == (a.currency, a.period):
                continue
        gap = g.span[0] - f.span[1]
        same_unit = a.currency == b.currency and a.period == b.period and gap >= 0
        lo = a.min if a.min is not None else a.max
        rises = lo is not None and b.max is not None and b.max > lo and (b.min or lo) >= lo
        merged: Pay | None = None
        if (
            same_unit
            and gap <= STEP_GAP
            and a.min is not None
            and a.max is not None
            and b.min == a.max
            and b.max
            # ("UoP: 9 500 – 12 000 zł / B2B: 12 000 – 15 000 zł": a contract named between them makes two offers)
            and not any(f.span[1] <= m.start and m.end <= g.span[0] for m in ctx.by_field.get("contracts", ()))
        ):
            merged = Pay(**{**a.__dict__, "max": b.max})
        elif same_unit and gap <= BOUNDS_GAP and a.max is None and b.min is None and a.min and b.max and b.max > a.min:
            # "Min: $138,800 / Mid: ... / Max: $208,200", "от 40 000 руб. ... до 60 000 руб.": the two ends
            merged = Pay(**{**a.__dict__, "max": b.max})
        elif same_unit and gap <= LATER_GAP and rises:
            between = [m for m in terms if f.span[1] <= m.start and m.end <= g.span[0]]
            # the word of what comes later leads to the second figure ("после испытательного срока - 60 000")
            after = any(m.key == "after_probation" and g.span[0] - m.end <= LEAD_REACH for m in between)
            if not after and any(m.key == "later" and g.span[0] - m.end <= LEAD_REACH for m in between):
                # the first figure is the trial period's: "after probation" right after the later figure
                # ("£23,000 rising to £24,500 after probation"), a probation word right after the first ("190 руб./час
                # на испытательном сроке") or just before it on its line (one further on may be about something else)
                after = any(
                    (m.key == "after_probation" and 0 <= m.start - g.span[1] <= LEAD_REACH)
                    or (m.key == "probation" and 0 <= m.start - f.span[1] <= 12)
                    for m in terms
                ) or any(
                    m.key == "probation"
                    and m.end <= f.span[0]
                    and f.span[0] - m.end <= PROBATION_REACH
                    and "\n" not in ctx.text[m.end : f.span[0]]
                    for m in terms
                )
            if after:
                merged = Pay(**{**a.__dict__, "min": lo, "max": b.max, "upper_bound_only": False})
        if merged is not None:
            if merged.gross is None:
                merged = Pay(**{**merged.__dict__, "gross": b.gross})
            out[-1] = _Figure(merged, (f.span[0], g.span[1]), False, f.cued or g.cued)
        else:
            out.append(g)
    return out


def _two_ends(pay: Pay) -> bool:
    return pay.min is not None and pay.max is not None and pay.min < pay.max


PAY_SECTIONS = frozenset({"pay", "title"})
OFFER_SECTIONS = PAY_SECTIONS | {"offer"}


def extract_pay(ctx: Context) -> tuple[Pay | None, tuple[Pay, ...]]:
    """The first pay the ad states, and one pay per contract type when it gives several."""
    figures = _merged_steps(ctx, [f for f in _figures(ctx) if not f.is_bonus])
    if not figures:
        return None, ()
    # "pytasz, czy chciałyby wspierać dzieci co miesiąc (nawet 20 zł robi różnicę!)": a sum in the duties is what the
    # work handles when a pay part (or the title) states the pay
    stated = [f for f in figures if ctx.section_at(f.span[0]) in PAY_SECTIONS]
    if stated and len(stated) < len(figures):
        figures = [f for f in figures if ctx.section_at(f.span[0]) != "duties"]
    # "what the $100 service fee pays for", "z niedopłatą 900 zł", "с карты списали 870 рублей": a bare sum in the
    # customers' story is theirs when the ad states its pay as pay (a period, a tax or pay word) or in its offer
    # (a range with both ends, "£38,000 – £43,000" on the ad's first line, is a salary wherever it stands)
    offered = [
        f
        for f in figures
        if f.cued or ctx.section_at(f.span[0]) in OFFER_SECTIONS or _two_ends(f.pay)
    ]
    if offered and len(offered) < len(figures):
        figures = offered
    contracts = ctx.get("contracts")
    options: list[Pay] = []
    seen_contracts: set[str] = set()
    any_variable = any(m.key == "variable" for m in ctx.get("pay_terms"))
    for f in figures:
        # the contract a figure belongs to: on its own line before it, or a header line ending in ":" above it
        line_start, _ = line_bounds(ctx.text, f.span[0], reach=80)
        prev_line_start, _ = line_bounds(ctx.text, max(0, line_start - 1), reach=80)
        header_above = ctx.text[max(0, line_start - 2) : line_start].rstrip().endswith(":")
        lo = prev_line_start if header_above else line_start
        near = [c for c in contracts if lo <= c.start < f.span[0] and f.span[0] - c.end < 80]
        contract = near[-1].key if near else None
        pay = f.pay
        if contract and contract not in seen_contracts:
            seen_contracts.add(contract)
            pay = Pay(**{**pay.__dict__, "contract": contract})
        if any_variable and pay.variable is None:
            pay = Pay(**{**pay.__dict__, "variable": True})
        if not options or (contract and pay.contract == contract):
            options.append(pay)
            ctx.note("conditions.pay", [f.span])
    first = _completed(options[0], [f.pay for f in figures[1:]])
    if first.gross is None and (said := _said_of_all_amounts(ctx)) is not None:
        first = Pay(**{**first.__dict__, "gross": said})
    # "$28.17 per hour" in an Ottawa ad is in Canadian dollars: a bare dollar sign is the country's dollar
    dollar = _local_dollar(ctx) if any(p.currency == "USD" for p in options) and "$" in ctx.text else None
    if dollar:
        options = [Pay(**{**p.__dict__, "currency": dollar}) if p.currency == "USD" else p for p in options]
        first = Pay(**{**first.__dict__, "currency": dollar}) if first.currency == "USD" else first
    options[0] = first
    return first, tuple(options) if len(options) > 1 else ()


def _said_of_all_amounts(ctx: Context) -> bool | None:
    """Gross (True) or net (False) said of every figure: "Все суммы — до вычета НДФЛ", "all figures are gross"."""
    terms = ctx.get("pay_terms")
    for m in terms:
        if m.key != "all_amounts":
            continue
        lo, hi = sentence_bounds(ctx.text, m.span)
        said = {t.key for t in terms if t.key in ("gross", "net") and lo <= t.start < hi}
        if len(said) == 1:
            return "gross" in said
    return None


# places whose dollar is not the US dollar (keys of the places lexicons)
# ("across the US and Canada": a firm of both countries pays in US dollars unless it says otherwise)
_USD_WORDS = re.compile(
    r"\bUSD\b|US\$|\bU\.S\. dollars?\b|\b(?:the US|the U\.S\.|the United States) and Canada\b", re.I
)


def _local_dollar(ctx: Context) -> str | None:
    """CAD, AUD or NZD when the ad works in that country and never says US dollars."""
    low = ctx.low  # (a substring test first: the pattern, under re.I, is tried at every position)
    says_usd = any(w in low for w in ("usd", "us$", "u.s.", "canada")) and _USD_WORDS.search(ctx.text)
    if says_usd or _vocab().us_places.search(ctx.text):
        return None
    return _country_currency(ctx, _vocab().local_dollars)


def _local_rouble(ctx: Context) -> str | None:
    """BYN when the ad's roubles are bare ("1 100 руб.") and it works in Belarus."""
    if "₽" in ctx.text or "rub" in ctx.low or "росси" in ctx.low:
        return None
    return _country_currency(ctx, _vocab().local_roubles)


def _country_currency(ctx: Context, local: dict[str, tuple[frozenset[str], re.Pattern[str]]]) -> str | None:
    """The currency of the country the ad names, by its places (keys of the places lexicon) or its words."""
    places = {m.key for m in ctx.get("places")}
    for code, (names, words) in local.items():
        if places & names or words.search(ctx.text):
            return code
    return None


def _completed(pay: Pay, later: list[Pay]) -> Pay:
    """A figure in the title ("28 zł/h") takes gross/net and "up to" from the same figure later in the text."""
    for other in later:
        if other.currency != pay.currency or other.max != pay.max or other.period != pay.period:
            continue
        changes: dict[str, object] = {}
        if pay.gross is None and other.gross is not None:
            changes["gross"] = other.gross
        if other.upper_bound_only and not pay.upper_bound_only and pay.min == pay.max:
            changes.update(min=None, upper_bound_only=True)
        if changes:
            return Pay(**{**pay.__dict__, **changes})
    return pay
