"""What the ad asks of the candidate: languages with level, experience, education, skills, tools."""

from __future__ import annotations

import re

from callboard.analyzer.context import Context, line_bounds, sentence_bounds
from callboard.analyzer.lexicon import IGNORE
from callboard.analyzer.matcher import DASH, Match
from callboard.profile import Experience, LanguageRequirement, Requirements

_CEFR = re.compile(r"\b([ABC][12])\b")
_YEARS = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]5)?)\s?(?:\+|-|–)?\s?(?:(\d{1,2})\s?)?", re.U)
_COORDINATED = re.compile(r"\s*(?:,|/|and|or|i|lub|albo|bądź|oraz|и|или|либо|,\s*and)\s*", re.I)
_EITHER_NAME = re.compile(r"\s*(?:or|lub|albo|bądź|или|либо)\s*", re.I)
_SUBCLAUSE = re.compile(r"[,(]")
_SUBCLAUSE_OR_DASH = re.compile(rf"[,(]|{DASH.pattern}")
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[,.;!)]|\n|$)")
# a dash after the phrase, at most two words on ("Высшее техническое [образование] — преимущество")
_DASH_AFTER = re.compile(r"(?:[^\S\n]+[^\W\d_]+){0,2}[^\S\n]*(?:[–—]|-(?=\s))[^\S\n]*")
_LEVEL_GAP = re.compile(r"[\s\-–]*(?:level|poziom\w*|уровн\w*)?[\s\-–]*", re.I)  # "native-level German"
_CEFR_RIGHT_BEFORE = re.compile(r"\b([ABC][12])[\s\-–]*(?:level|poziom\w*|уровн\w*)?[\s\-–]*$", re.I)
# the number right before a time unit: "2+", "1,5", "3-х" (a Russian case ending), "2-3", "2 do 4", "2 и более"
_ORDINAL = r"(?:\s?-?\s?(?:х|ти|ми|ух|ех|ёх|и|го|ого)(?![а-яё]))?"
_YEARS_BEFORE = re.compile(
    rf"(?<![\d.,])(\d{{1,2}}(?:[.,]\d)?)(?!\d){_ORDINAL}\s*(?:\+|-|–|do|to|до)?\s*(?:\d{{1,2}}{_ORDINAL})?\s*(?:\+)?"
    r"(?:\s*(?:и|или|or|i|lub)\s+(?:более|больше|more|więcej))?\s*$"
)
_OR = re.compile(r"\b(?:или|либо|or|lub|albo)\b", re.I)
EITHER_REACH = 60  # characters between two degrees named as alternatives
NEIGHBOURHOOD = 60  # characters around a language name where its level, mode and "nice to have" are read


# A sentence ends at a new line, a semicolon, or a full stop before a capital ("min. rok" goes on); a question
# mark does not: "Doświadczenie? Nie wymagamy." asks and answers one thing.
# (Written to start with the end mark itself, so the regex engine skips to the marks.)
_SENTENCE_END = re.compile(
    r"[\n;.!](?:(?<=[\n;])|(?<!\bmin.)(?<!\bnp.)(?<!\bok.)(?<!\bпр.)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁ])(?![ABC][12]\b))"
)
CLAUSE_REACH = 300  # how far to look for a sentence end, which keeps this O(1) per call


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo_from = max(0, start - CLAUSE_REACH)
    # (searched one character past the start: the look-ahead for the capital must see the start's own letter)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo_from, start + 1) if m.end() <= start]
    lo = ends[-1] if ends else lo_from
    m = _SENTENCE_END.search(text, end, end + CLAUSE_REACH)
    hi = m.start() if m else min(len(text), end + CLAUSE_REACH)
    return lo, hi


def languages(ctx: Context) -> tuple[LanguageRequirement, ...]:
    """One entry per language the ad asks for or welcomes, with CEFR level, mode and whether required."""
    out: dict[str, LanguageRequirement] = {}
    # a negated name ("Polish is an asset, not a must") is still a language the ad welcomes
    names = ctx.get("lang_name", negated=None)
    nice_sections = {"nice_to_have"}
    levels: list[str | None] = []
    bounds: list[tuple[int, int, int]] = []  # clause start, clause end, end of the name's own stretch
    own_starts: list[int] = []  # where each name's own stretch starts in its clause
    for i, m in enumerate(names):
        lo, hi = _clause_bounds(ctx.text, m.start, m.end)
        # each name owns the text up to the next name: "Fluent French (C1) and English at least B2"
        own_hi = min(hi, names[i + 1].start) if i + 1 < len(names) and names[i + 1].start > m.end else hi
        own_lo = max(lo, names[i - 1].end) if i > 0 and names[i - 1].end < m.start else lo
        levels.append(_level_near(ctx, m, own_lo, own_hi, after_name=own_lo > lo))
        bounds.append((lo, hi, own_hi))
        own_starts.append(own_lo)
    # "fluent English and German", "angielski i niemiecki B2": names joined by "and" share one level
    # ... but a name with a remark of its own takes no level from the one before ("свободное владение русским
    # языком, казахский — преимущество")
    optional = ctx.get("optional")
    remarked = [bool(_in_range(optional, m.end, bounds[i][2])) for i, m in enumerate(names)]
    joined = [bool(_COORDINATED.fullmatch(ctx.text[names[i].end : names[i + 1].start])) for i in range(len(names) - 1)]
    for i in reversed(range(len(names) - 1)):  # from the last: "French, German or Italian at B2" are all B2
        if joined[i] and levels[i] is None:
            levels[i] = levels[i + 1]
    # ("Fluent German, French or Spanish would be an advantage": one choice of three, the remark on all of them)
    either = [bool(_EITHER_NAME.fullmatch(ctx.text[names[i].end : names[i + 1].start])) for i in range(len(names) - 1)]
    for i in range(len(names) - 1):
        if joined[i] and levels[i + 1] is None and not (remarked[i + 1] and not remarked[i] and not either[i]):
            levels[i + 1] = levels[i]
    for i, m in enumerate(names):
        section = ctx.section_at(m.start)
        if section in ("company", "title"):
            continue
        # "kurs norweskiego opłacany przez nas", "courses in Spanish": a course the employer pays is no requirement
        if _COURSE_BEFORE.search(ctx.text, max(0, m.start - 30), m.start):
            continue
        lo, hi, own_hi = bounds[i]
        level = levels[i]
        # Polish and Russian ads ask for the working language in words of style ("bardzo dobra polszczyzna",
        # "свободный русский", "polski ojczysty"): only a CEFR code makes it a stated requirement
        if m.key == ctx.lang and ctx.lang in ("pl", "ru") and not _coded(ctx, m, lo, own_hi):
            level = None
        mode = _nearest_key(ctx, "lang_mode", m, lo, hi)
        # "German or French is a plus": names joined by "or" share the remark after the last one
        last = i
        while last + 1 < len(names) and joined[last]:
            last += 1
        # ... and a remark before the name in its own stretch welcomes it too ("mile widziany język ukraiński",
        # "приветствуется знание казахского")
        # ... but a remark after a comma and before the next name is that one's ("biegły angielski, mile widziany
        # niemiecki")
        welcome_hi = bounds[last][2]
        if last + 1 < len(names) and (comma := ctx.text.find(",", names[last].end, welcome_hi)) >= 0:
            welcome_hi = comma
        welcome = bool(_in_range(optional, own_starts[i], welcome_hi))
        if m.negated and not welcome:
            continue  # "Polish is not required" asks nothing ("Polish is an asset, not a must" welcomes it)
        nice = section in nice_sections or m.negated or welcome
        if level is None and (m.key == ctx.lang or not (welcome or _is_requirement_context(ctx, m, lo, hi, section))):
            continue  # the working language itself, named without a level, is no requirement
        req = LanguageRequirement(m.key, level, mode, not nice)
        prev = out.get(m.key)
        if prev is None or (prev.level is None and level is not None):
            out[m.key] = req
            ctx.note(f"requirements.languages.{m.key}", [m])
    return tuple(out.values())


_COURSE_BEFORE = re.compile(
    r"\b(?:kurs\w*|lekcj\w*|курс\w*|урок\w*|course|courses|lessons|classes)\s+(?:(?:języka|языка|of|in)\s+)?$", re.I
)


def _coded(ctx: Context, m: Match, lo: int, hi: int) -> bool:
    """A CEFR code stands next to the name: "język polski na poziomie B2", "C1 русский"."""
    return bool(
        _CEFR.search(ctx.text, m.end, min(hi, m.end + NEIGHBOURHOOD))
        or _CEFR_RIGHT_BEFORE.search(ctx.text, max(lo, m.start - 20), m.start)
    )


def _in_range(ms: list[Match], lo: int, hi: int) -> list[Match]:
    return [x for x in ms if lo <= x.start and x.end <= hi]


def _level_near(ctx: Context, m: Match, lo: int, hi: int, *, after_name: bool = False) -> str | None:
    """The level stated for the name at m; `after_name`: another language is named before it in the clause."""
    # a code right before the name is its own: "C2-level Dutch", "B2 English"
    own = _CEFR_RIGHT_BEFORE.search(ctx.text, max(lo, m.start - 20), m.start)
    if own:
        return own.group(1)
    # a code after the name, unless it stands right before the next name ("Dutch and at least B2 English")
    names_at = {n.start for n in ctx.get("lang_name", negated=None)}
    for code in _CEFR.finditer(ctx.text, m.end, min(hi, m.end + NEIGHBOURHOOD)):
        gap = _LEVEL_GAP.match(ctx.text, code.end())
        if gap is None or gap.end() not in names_at:
            return code.group(1)
    # a level word right before the name is its own: "angielski B2 i komunikatywny niemiecki"
    for w in ctx.get("lang_level"):
        if lo <= w.start and w.end <= m.start and _LEVEL_GAP.fullmatch(ctx.text, w.end, m.start):
            return w.key
    # a code before the name, past another name, is that name's: "angielski na poziomie B2, niemiecki mile widziany"
    before = [] if after_name else _CEFR.findall(ctx.text, max(lo, m.start - NEIGHBOURHOOD), m.start)
    if before:
        return str(before[-1])
    key = _nearest_key(ctx, "lang_level", m, m.start if after_name else lo, hi)
    return key


def _nearest_key(ctx: Context, fld: str, m: Match, lo: int, hi: int) -> str | None:
    cands = _in_range(ctx.get(fld), max(lo, m.start - NEIGHBOURHOOD), min(hi, m.end + NEIGHBOURHOOD))
    if not cands:
        return None
    best = min(cands, key=lambda c: min(abs(c.start - m.end), abs(m.start - c.end)))
    return best.key


# words that make a bare language name in the clause a requirement
REQUIREMENT_WORDS = (
    "knowledge", "speak", "fluent", "required", "must", "znajomo", "wymag", "biegł", "знание", "владение",
    "требует", "требуется", "необходим", "свободн", "bilingual", "dwujęzyczn", "двуязычн",
    "обязател", "niezbędn", "koniecz", "obowiązk", "essential", "will help",
)  # fmt: skip


def _is_requirement_context(ctx: Context, m: Match, lo: int, hi: int, section: str) -> bool:
    """A bare language name counts in the requirements section or next to a knowledge word."""
    if section in ("requirements", "nice_to_have"):
        return True
    # the name's own words left out: "английского языка" in "онлайн-школа английского языка" asks for nothing
    clause = f"{ctx.text[lo : m.start]} {ctx.text[m.end : hi]}".lower()
    # ("English-speaking project dla norweskiego producenta": the project's language, not a word of asking)
    clause = clause.replace("-speaking", "")
    return any(w in clause for w in REQUIREMENT_WORDS)


def _theirs(ctx: Context, theirs: list[Match], start: int, end: int) -> bool:
    """Experience said in a sentence whose subject is the company or its people ("Jesteśmy firmą z 20-letnim
    doświadczeniem", "у большинства наших разработчиков от 7 лет опыта"), outside the requirements: not asked."""
    if not theirs or ctx.section_at(start) == "requirements":
        return False
    lo, hi = _clause_bounds(ctx.text, start, end)
    return any(lo <= t.start < hi for t in theirs)


def experience(ctx: Context) -> Experience:
    none = ctx.get("experience", negated=None)
    theirs = [m for m in none if m.key == "theirs"]
    # (only an experience asked can be theirs: "nie wymagamy doświadczenia" in a sentence about the firm stands)
    none = [
        m for m in none if m.key not in ("cue", "required") or m.negated or not _theirs(ctx, theirs, m.start, m.end)
    ]
    explicit_none = [m for m in none if m.key == "none" and not m.negated]
    negated_cue = [m for m in none if m.key == "cue" and m.negated]
    # "doświadczenie w telesprzedaży będzie atutem": welcome experience is not required experience
    # (but "от 2 лет, желательно в логистике" only welcomes the industry: the remark after a comma)
    cues = [m for m in none if m.key in ("cue", "required") and not m.negated and not _welcome(ctx, m)]
    # stated years outweigh a negated mention: "от 3 лет ... если нет опыта с Movicon, научим", and a promise to
    # teach the rest ("min. rok doświadczenia ... wiedza o kotłach nie jest konieczna, nauczymy Cię wszystkiego");
    # years said of the company or in what it offers are not asked of the candidate
    # a list of experiences asked ("от 2 лет в разработке; React от 1 года") asks the most years of them all;
    # in one clause the first years stated count ("2 lata jako trener lub 3 lata jako konsultant": either)
    # ("высшее образование или опыт от 5 лет" offers years as one way in: other years asked come first)
    per_clause: dict[int, tuple[float, Match]] = {}
    either: dict[int, tuple[float, Match]] = {}
    company_age = []
    for cue in cues:
        # (years under the pay are a pay tier: "EXPERIENCED (MIN 6 MONTHS): UPTO 32K IN HAND")
        if ctx.section_at(cue.start) in ("company", "offer", "pay"):
            continue
        years = _years_near(ctx, cue)
        if years and years > MAX_YEARS_ASKED:
            company_age.append(cue)
        elif years:  # (a floor of none, "Experience: 0–2 yrs", asks nothing)
            lo = _clause_bounds(ctx.text, cue.start, cue.end)[0]
            (either if _OR.search(ctx.text, lo, cue.start) else per_clause).setdefault(lo, (years, cue))
    cues = [c for c in cues if c not in company_age]
    if per_clause or either:
        stated = per_clause or either
        # years among the requirements are what is asked: years in an intro without a header are often the team's
        # ("Наша команда — специалисты с опытом от 7 лет", "Our team has over 10 years of experience")
        asked_years = [v for v in stated.values() if ctx.section_at(v[1].start) == "requirements"]
        years, cue = max(asked_years or stated.values(), key=lambda x: x[0])
        ctx.note("requirements.experience", [cue])
        return Experience(none_required=False, min_years=years)
    # "рассмотрим кандидатов без опыта работы с Oracle", "опыт в финансах не требуется" beside "опыт разработки
    # коммерческого ПО" in the requirements: a tool or a field the candidate may lack, the experience asked stands
    required = [c for c in cues if ctx.section_at(c.start) == "requirements"]
    # ("Freshers with good communication skills can also apply": a people's word, no experience of a tool)
    # ("всему научим" beside "богатый опыт разработки" in the requirements: the field is taught, the experience asked)
    explicit_none = [
        m for m in explicit_none
        if not (required and _OBJECT_AFTER.match(ctx.text, m.end) and _EXPERIENCE_WORD.search(ctx.text, m.start, m.end))
        and not (_TEACHING.search(ctx.text, m.start, m.end) and _asked_elsewhere(ctx, required, m))
    ]  # fmt: skip
    negated_cue = [m for m in negated_cue if not (required and _OBJECT_AFTER.match(ctx.text, m.end))]
    if explicit_none:
        ctx.note("requirements.experience", explicit_none)
        return Experience(none_required=True, min_years=None)
    # "No previous customer service experience needed": the "no" stands too far before the word for a negation
    no_exp = _NO_EXPERIENCE.search(ctx.low) if ctx.folded is not None and "experience" in ctx.low else None
    if no_exp:
        ctx.note("requirements.experience", [no_exp.span()])
        return Experience(none_required=True, min_years=None)
    # "experience in sales helps but isn't essential", "będzie atutem, ale nie jest warunkiem": waived, when
    # every experience the ad names is ("опыт с Qt не обязателен" in a list of other experiences asks them)
    words = [m for m in none if m.key == "waived" and not m.negated]
    waived_cues = {id(c) for w in words for c in _cues_before(ctx, w, none)}
    asked = [c for c in cues if id(c) not in waived_cues and ctx.section_at(c.start) not in ("company", "offer")]
    waived = [w for w in words if _cues_before(ctx, w, none)] if not asked else []
    if negated_cue or waived:
        ctx.note("requirements.experience", negated_cue or waived)
        return Experience(none_required=True, min_years=None)
    # "2+ years in account management" in the requirements: years without the word "experience"
    # ("29 лет на рынке" is the company's age: "на", "в" do not count as "in")
    # (years said of what the lexicon ignores are none of the job's: "3 lata doświadczenia w prowadzeniu samochodu",
    # "licence held for at least 3 years")
    ignored = [(m.start, m.end) for m in ctx.matches if m.field == "experience" and m.key == IGNORE]
    for unit in ctx.get("time_unit", sections=frozenset({"requirements", "intro", "title", "duties", "targets"})):
        if unit.key not in ("year", "month") or _theirs(ctx, theirs, unit.start, unit.end):
            continue
        if ignored:
            line_lo, line_hi = line_bounds(ctx.text, unit.start)
            reach_lo, reach_hi = max(line_lo, unit.start - IGNORED_REACH), min(line_hi, unit.end + IGNORED_REACH)
            if any(reach_lo <= hi and lo <= reach_hi for lo, hi in ignored):
                continue
        years = _number_before(ctx, unit)
        if years and years > MAX_YEARS_ASKED:
            continue
        after = ctx.text[unit.end : unit.end + 20].lower()
        in_requirements = ctx.section_at(unit.start) == "requirements"
        # "min. 2 lata pracy jako konsultant", "от 1 года работы": years of work asked among the requirements
        of_work = in_requirements and re.match(r"\W*(?:pracy|работы)\b", after)
        # "2+ years handling complaints": a list item of the requirements that opens with the years
        doing = in_requirements and re.match(r"\s\w+ing\b", after)
        # "от 1 года в планировании" in the requirements: "в" is "in" there ("15 лет на рынке" is the firm's age)
        in_field = in_requirements and re.match(r"\W*в\s", after)
        # "- от 2 лет администратором клиники": a list item of the requirements that opens with the years (not the
        # age: "— от 18 лет, гражданство РФ")
        opens_item = (
            in_requirements
            and (years or 0) < ADULT_AGE
            and _OPENING_YEARS.fullmatch(ctx.text, ctx.text.rfind("\n", 0, unit.start) + 1, unit.start)
        )
        if years and (  # (a floor of none, "0–3 years in travel sales", asks nothing)
            of_work
            or doing
            or in_field
            or opens_item
            # "1 year or more in a customer-facing job"
            or re.match(r"\W*(?:or more\s+)?(?:in|as|of|w|doświadcz\w*|опыт\w*|experience)\b", after)
        ):
            ctx.note("requirements.experience", [unit])
            return Experience(none_required=False, min_years=years)
    if not cues:
        return Experience()
    relevant = [c for c in cues if ctx.section_at(c.start) in ("requirements", "intro", "title")]
    if not relevant:
        return Experience()
    ctx.note("requirements.experience", relevant[:1])
    return Experience(none_required=False, min_years=None)


IGNORED_REACH = 20  # characters between years and an ignored phrase of the same clause
_EXPERIENCE_WORD = re.compile(r"experience|опыт|doświadcz", re.I)
_TEACHING = re.compile(r"научим|обучим|обучение|naucz|przeszkol|teach|train", re.I)


def _asked_elsewhere(ctx: Context, required: list[Match], promise: Match) -> bool:
    """Experience asked on another line than a promise to teach (on its own line, "Doświadczenie? Niewymagane –
    wszystkiego nauczymy" answers the question it follows)."""
    line = line_bounds(ctx.text, promise.start, promise.end)
    return any(not line[0] <= c.start < line[1] for c in required)


# a tool or a field right after "no experience": "без опыта работы с Oracle", "bez doświadczenia w SAP"
_OBJECT_AFTER = re.compile(r"\s+(?:работы\s+|pracy\s+)?(?:с|со|в|во|with|in|z|ze|w|we)\s+\w", re.I)
_NO_EXPERIENCE = re.compile(
    r"\bno\s(?:(?:previous|prior|formal)\s)?(?:[\w-]+\s){0,4}experience\s(?:is\s)?(?:needed|required|necessary)\b"
)
WAIVED_REACH = 120  # how far after the experience word a "not essential" still speaks of it


def _cues_before(ctx: Context, m: Match, found: list[Match]) -> list[Match]:
    """The experience words before m in m's clause, close enough for m to speak of them."""
    lo, _ = _clause_bounds(ctx.text, m.start, m.end)
    # (not from inside a bracket opened after it: "call centre experience (collections would be a bonus but isn't
    # essential)" waives what the bracket names; "(przychodnia, lecznica) mile widziane, ale nie jest wymagane" not)
    return [
        c
        for c in found
        if c.key in ("cue", "required")
        and lo <= c.start
        and 0 <= m.start - c.end <= WAIVED_REACH
        and ctx.text.rfind("(", c.end, m.start) <= ctx.text.rfind(")", c.end, m.start)
    ]


def _welcome_after_dash(ctx: Context, m: Match) -> bool:
    """A "nice to have" cue right after a dash that follows m: "Высшее техническое образование — преимущество"."""
    dash = _DASH_AFTER.match(ctx.text, m.end)
    if not dash or dash.end() == m.end:
        return False
    # ... ending the clause: "wykształcenie wyższe – mile widziane prawo" welcomes the field named after it
    return any(o.start == dash.end() and _CLAUSE_END.match(ctx.text, o.end) for o in ctx.get("optional"))


def _welcome(ctx: Context, m: Match, stop: re.Pattern[str] = _SUBCLAUSE) -> bool:
    """A "nice to have" cue in the same clause as m, before the first `stop` after it (comma or bracket)."""
    lo, hi = _clause_bounds(ctx.text, m.start, m.end)
    cut = stop.search(ctx.text, m.end, hi)
    return bool(_in_range(ctx.get("optional"), lo, cut.start() if cut else hi))


ADULT_AGE = 16  # years from which a figure of the requirements is the candidate's age
_AGE_AFTER = re.compile(r"\s*(?:of age|old|życia|от роду)\b", re.I)
# more years than any customer-service job asks are a company's age ("firma z ponad 25 letnim doświadczeniem",
# "70-letnim doświadczeniu"), not the experience asked
MAX_YEARS_ASKED = 15
# a list item's opening up to its years: "- от 2 лет", "• min. 1 rok", "– 2+ years" (the unit word comes next)
_OPENING_YEARS = re.compile(
    r"[\s•·*–—-]*(?:(?:от|не менее|минимум|od|min\.?|minimum|co najmniej|at least)\s*)?\d+(?:[,.]\d)?"
    r"(?:\s*[-–]\s*\d+)?(?:-?(?:х|ти|ух|ёх|ех)|\+)?\s*",
    re.IGNORECASE,
)
# "min. rok", "не меньше года", "at least a year": the unit word alone, after a floor, is one
_AT_LEAST = re.compile(r"(?:min\.?|minimum|от|od|at least|co najmniej|не менее|не меньше|хотя бы)\s*(?:a\s+)?$", re.I)
_BRACKETED_FIGURE = re.compile(r"\s*\(\d{1,2}\)\s*$")
YEARS_BEFORE_REACH = 60  # "At least 6 MONTHS outbound / telesales / appointment setting experience"


def _years_near(ctx: Context, cue: Match) -> float | None:
    """Years of experience stated in the clause around an experience word."""
    lo, hi = _clause_bounds(ctx.text, cue.start, cue.end)
    lo, hi = max(lo, cue.start - YEARS_BEFORE_REACH), min(hi, cue.end + 80)
    units = [u for u in ctx.get("time_unit") if lo <= u.start and u.end <= hi and u.key in ("year", "month")]
    for unit in units:
        years = _number_before(ctx, unit, lo)
        if years is not None:
            return years
    for n in ctx.get("number"):
        if lo <= n.start and n.end <= hi and float(n.key) == 0.5:
            return 0.5
        # "z dwuletnim doświadczeniem", "rocznego doświadczenia": the number word is the length itself (not the
        # article of "an experienced advisor")
        if n.end <= cue.start and not ctx.text[n.end : cue.start].strip() and n.start >= lo and n.end - n.start > 2:
            return float(n.key)
    return None


def _number_before(ctx: Context, unit: Match, lo: int = 0) -> float | None:
    """The number of years (or months, as years) written just before a time unit word."""
    factor = 1.0 if unit.key == "year" else 1 / 12
    if _AGE_AFTER.match(ctx.text, unit.end):  # "at least 18 years of age": the candidate's age
        return None
    before = ctx.text[max(lo, unit.start - 14) : unit.start]
    # "2+ lat", "1,5 года", "0,6 года" (one decimal: "0,6" is no 6), "от 3-х лет", "2-5-ти лет"
    nums = _YEARS_BEFORE.findall(before)
    if nums:
        return round(float(nums[0].replace(",", ".")) * factor, 2)
    # "one (1) year": the figure in brackets repeats the word
    bracketed = _BRACKETED_FIGURE.search(before)
    gap = len(bracketed.group()) if bracketed else 0
    words = [n for n in ctx.get("number") if n.end <= unit.start and unit.start - gap - n.end <= 3 and n.start >= lo]
    if words:
        return round(float(words[-1].key) * factor, 2)
    # "pół roku", "sześć miesięcy": a number phrase that holds the unit is already in years
    held = [n for n in ctx.get("number") if n.start < unit.start and unit.end <= n.end and n.start >= lo]
    if held:
        return float(held[0].key)
    # "rok doświadczenia", "год опыта", "a year": the unit word alone means one
    # ... and so does it opening a list item or a bracket ("– rok doświadczenia w obsłudze", "(rok lub więcej)")
    line_start = ctx.text.rfind("\n", 0, unit.start) + 1
    opens = re.fullmatch(r"[\s•·*–—-]*|.*\(\s*", ctx.text[max(line_start, unit.start - 40) : unit.start])
    if unit.key == "year" and (opens or _AT_LEAST.search(before)):
        return 1.0
    return None


def education(ctx: Context) -> str | None:
    # the requirements, and a sentence elsewhere that asks for it ("Wymagamy wykształcenia średniego" in a paragraph
    # of duties, "You need: KCSE certificate", "Must be 18+ with a high school diploma")
    def asked(m: Match) -> bool:
        section = ctx.section_at(m.start)
        if section in ("requirements", "intro", "title"):
            return True
        if section not in ("duties", "offer"):
            return False
        lo, hi = sentence_bounds(ctx.text, m.span)
        return any(lo <= a.start < hi for a in ctx.get("asking"))

    found = [m for m in ctx.get("education") if asked(m)]
    # "higher education is welcome" asks for nothing: a degree in the same clause as "nice to have" is dropped
    # ("wykształcenie wyższe (mile widziane techniczne)", "высшее образование, MBA — плюс": a remark after a bracket,
    # a comma or a dash is about something else, not the degree: "wykształcenie średnie – technik mile widziany")
    found = [m for m in found if not _welcome(ctx, m, _SUBCLAUSE_OR_DASH) and not _welcome_after_dash(ctx, m)]
    keys = [m.key for m in found if m.key != "student"]
    # "высшее или среднее специальное", "a degree or a Leaving Certificate": either will do, so the lower one
    either = [
        (h, s)
        for h in found
        if h.key == "higher"
        for s in found
        if s.key == "secondary"
        and _OR.search(ctx.text, min(h.end, s.end), max(h.start, s.start))
        and abs(h.start - s.start) < EITHER_REACH
    ]
    if either:
        ctx.note("requirements.education", [either[0][1]])
        return "secondary"
    if "higher" in keys:
        ctx.note("requirements.education", [m for m in found if m.key == "higher"])
        return "higher"
    if "secondary" in keys:
        ctx.note("requirements.education", [m for m in found if m.key == "secondary"])
        return "secondary"
    if "none" in keys:
        return "none"
    return None


def requirements(ctx: Context) -> Requirements:
    return Requirements(
        experience=experience(ctx),
        languages=languages(ctx),
        education=education(ctx),
        soft_skills=ctx.collect("soft_skills", "requirements.soft_skills"),
        tools=ctx.collect("tools", "requirements.tools"),
    )
