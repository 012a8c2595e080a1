"""What every extractor reads: the text, its tokens, the lexicon matches, the ad's sections.

Extractors never match text themselves when a lexicon can say it; they ask the context for the
matches of a field, in the sections where that field means what it says, and record evidence.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from callboard.analyzer.lexicon import IGNORE
from callboard.analyzer.matcher import DASH, Match
from callboard.analyzer.tokens import Tokens
from callboard.profile import Span

TITLE_ECHO = 20  # characters a line shares with the title's start to be the title said again
LABEL = "label"  # a header of the sections lexicon that names one field of the offer ("Miejsce pracy", "Hours")
# Sections where the ad speaks of what the job *is*; "requirements" and "company" speak of the
# candidate and the firm ("experience in sales" is not a sales duty).
JOB_SECTIONS = frozenset({"intro", "duties", "title", "offer", "pay", "targets"})

# No real ad names one field hundreds of times; the cap keeps extractors that pair matches
# linear on pathological input ("telefon telefon telefon ..." for a megabyte).
MAX_MATCHES_PER_FIELD = 200

# what may stand before a header on its line: bullets, numbers, and the Roman numerals of public-sector ads
# ("III. Zakres wykonywanych zadań")
# a board's field line, "employment type: part-time": a short label, a colon, its value
_FIELD_LINE = re.compile(r"[^\W\d][\w .'/-]{1,28}:[ \t]*\S[^\n]*")
_LEAD_IN = re.compile(
    r"[\s\W]*(?:a na koniec|na koniec|i na koniec|and finally|finally|and last|и наконец|наконец|а теперь)"
    r"\s*[–—:,-]?\s*",
    re.I,
)
_ASIDE = re.compile(r"\s*\([^()\n]{1,120}\)\s*:?\s*")  # a bracketed remark alone after the header words
_LINE_PREFIX = re.compile(r"[\s\W\d]*(?:[IVX]{1,4}[.)]\s*)?", re.UNICODE)
# what opens a list item (every part of the analyzer reads bullets from here)
BULLETS = "-–—•·*▪●►✔✅→○◦➤+✓☑🔹🔸"
# Letters that re.I matches with a letter they do not lowercase to ("ſ" with "s", "ᲂ" with "о"):
# with one of them in the text, a lowercase pattern on the lowercased text is no re.I search.
_ODD_CASE = re.compile(
    "[\xb5\u0131\u017f\u0345\u0390-\u03f5\u0463\u1c80-\u1c88\u1e61\u1e9b\u1fbe-\u1fe3\ua64b\ufb05\ufb06]"
)


def keep_matches(found: dict[str, list[Match]], key: str, keep: Callable[[Match], bool]) -> None:
    """Keep the matches of `key` (in a `Context.keys` result) that pass `keep`; with none left, the key is not found."""
    if kept := [m for m in found[key] if keep(m)]:
        found[key] = kept
    else:
        del found[key]


def line_bounds(text: str, pos: int, end: int | None = None, reach: int = 300) -> tuple[int, int]:
    """Start and end of the line around [pos, end), at most `reach` characters either side."""
    end = pos if end is None else end
    lo = text.rfind("\n", max(0, pos - reach), pos)
    hi = text.find("\n", end, end + reach)
    return (lo + 1 if lo >= 0 else max(0, pos - reach)), (hi if hi >= 0 else min(len(text), end + reach))


# words shortened with a dot inside a sentence ("np. TV", "ok. 30%", "e.g. refunds", "т.е. звонки")
ABBREVIATIONS = frozenset(
    {"np", "ok", "tj", "itp", "itd", "m.in", "godz", "tel", "ul", "e.g", "i.e", "approx", "incl", "т.е", "т.к",
     "т.д", "т.п", "напр", "ок", "тел", "ул", "вкл", "мин", "макс"}
)


def _ends_sentence(text: str, dot: int) -> bool:
    """Whether the ". " at dot ends a sentence: not after a shortened word."""
    word = text[max(0, dot - 6) : dot].rsplit(None, 1)[-1:] or [""]
    return word[0].lower().lstrip("(") not in ABBREVIATIONS


def sentence_bounds(text: str, span: Span) -> tuple[int, int]:
    """The bounds of the sentence around a span: its line, cut at ". " (a one-line ad ends with "CV na adres ..."
    after its duties), not after a shortened word ("Sprzedaż (np. TV) to ok. 30% pracy")."""
    start, stop = span
    lo, hi = line_bounds(text, start)
    dot = text.rfind(". ", lo, start)
    while dot >= 0 and not _ends_sentence(text, dot):
        dot = text.rfind(". ", lo, dot)
    if dot >= 0:
        lo = dot + 2
    end = text.find(". ", stop, hi)
    while end >= 0 and not _ends_sentence(text, end):
        end = text.find(". ", end + 2, hi)
    return lo, hi if end < 0 else end


def _any_within(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of the positions (sorted) stands in [lo, hi)."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def same_clause(ctx: Context, a: Match, b: Match) -> bool:
    """Whether two matches stand in one clause: no clause break nor comma in the words between them."""
    lo, hi = (a, b) if a.first <= b.first else (b, a)
    return all(ctx.toks.clause_next[lo.last : hi.first]) and "," not in ctx.text[lo.end : hi.start]


def sentence_holds(text: str, span: Span, starts: list[int]) -> bool:
    """Whether one of the positions (sorted) stands in the sentence around a span."""
    return bool(starts) and _any_within(starts, *sentence_bounds(text, span))


def item_holds(text: str, span: Span, starts: list[int]) -> bool:
    """Whether one of the positions (sorted) stands in the sentence around a span, within the span's item where
    semicolons part the sentence into a list ("...; записывать на день открытых дверей и собеседование; ...")."""
    if not starts:
        return False
    lo, hi = sentence_bounds(text, span)
    lo = max(lo, text.rfind(";", lo, span[0]) + 1)
    semicolon = text.find(";", span[1], hi)
    return _any_within(starts, lo, semicolon if semicolon >= 0 else hi)


@dataclass
class Context:
    text: str
    lang: str  # language of the ad ("other" possible)
    lex_lang: str  # language whose lexicon was used
    toks: Tokens
    matches: list[Match]
    title_end: int  # characters [0, title_end) are the title (0 when no title)
    feed_start: int = -1  # characters from here on were appended from the feed's fields (location)
    section_starts: list[int] = field(default_factory=list)
    section_names: list[str] = field(default_factory=list)
    evidence: dict[str, list[Span]] = field(default_factory=lambda: defaultdict(list))
    by_field: dict[str, list[Match]] = field(default_factory=lambda: defaultdict(list))
    _affirmed: dict[str, list[Match]] = field(default_factory=dict, init=False, repr=False)
    # positions and matches worked out once an ad and read by several extractors, by name (the applicant words:
    # channels, direction, goals, KPIs; the goals affirmed: the goals and the mix)
    positions: dict[str, list[int]] = field(default_factory=dict, init=False, repr=False)
    worked_out: dict[str, list[Match]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for m in self.matches:
            if m.key == IGNORE:
                continue
            found = self.by_field[m.field]
            if len(found) < MAX_MATCHES_PER_FIELD:
                found.append(m)
        self._find_sections()

    @cached_property
    def low(self) -> str:
        """The text lowercased once, for the substring tests extractors run before costlier regexes."""
        return self.toks.low if self.toks.text is self.text else self.text.lower()

    @cached_property
    def folded(self) -> str | None:
        """The lowercased text, when a lowercase pattern finds in it, at the same offsets, what the pattern
        finds in the text under re.I; None when not ("İ" lowercases to two characters, "ſ" see _ODD_CASE).
        Matching it spares re.I, under which a pattern led by letters is tried at every position."""
        low = self.low
        return low if len(low) == len(self.text) and not _ODD_CASE.search(low) else None

    # --------------------------------------------------------------- sections
    def _find_sections(self) -> None:
        text = self.text
        for m in self.by_field.get("sections", ()):
            line_start, line_end = line_bounds(text, m.start, m.end)
            before = text[line_start : m.start]
            after = text[m.end : line_end]
            # (a figure's unit is no header: "$26.84/hour" on the line under the title)
            at_line_start = _LINE_PREFIX.fullmatch(before) is not None and not before.endswith("/")
            # ("A na koniec – czym się zajmiesz?", "And finally: what you'll do"): a lead-in before the header's words
            at_line_start = at_line_start or _LEAD_IN.fullmatch(before) is not None
            colon = after.lstrip().startswith(":")  # "Obowiązki: ...", "Pay: £11.50"
            figure = any(ch.isdigit() for ch in after)
            # (a remark in brackets after the header words still leaves a header: "Чем вы будете заниматься (да, в
            # конце — ...)")
            header_like = colon or len(after.strip()) <= 3 or _ASIDE.fullmatch(after) is not None
            # run-together headers of some boards: "...ofertyZakres obowiązków: ..."
            glued = m.start > 0 and text[m.start - 1].islower() is False and colon
            if glued and text[max(0, m.start - 3) : m.start].rstrip(" ")[-1:].islower():
                # a word of the sentence: "przejmować trudniejsze zgłoszenia: błędy e-recept", and, lowercase on a
                # list item, "• подбор индивидуальных условий: скидка, смена тарифа"
                lead = before.lstrip()[:1]
                glued = m.key != "apply" and not (text[m.start].islower() and lead != "" and lead in BULLETS)
            # "Pay: £11.50 an hour", "Target: 3 bookings a shift" state a fact; they open no section ("Показатели, по
            # которым считается премия:" ends its line with a colon: a header; so does a targets header followed by
            # words with no figure, "Показатели группы, за которые вы отвечаете")
            states_a_fact = m.key == "pay" or colon or figure
            if (
                m.key in ("pay", "targets")
                and len(after.strip(" :")) > 3
                and not after.rstrip().endswith(":")
                and states_a_fact
            ):
                continue
            # "WALK-IN DRIVE MON TO SAT, 11 AM" states when to come, on the line under the title; "Walk-in: Mon to Sat"
            # heads the way to apply
            if m.key == "apply" and not colon and figure:
                continue
            # a list item is no header unless it ends in a colon: "- oferowanie produktów banku" is a duty
            # whose first word shares a lemma with "Oferujemy"
            bulleted = any(ch in before for ch in BULLETS)
            if m.key == "targets" and (bulleted or not at_line_start):
                continue  # "• Your targets: NPS", "premia po KPI: jakość" are items of the list they stand in
            # a title that opens with a header's words ("Szukamy Ciebie do naszej ekipy obsługi klienta!") is the title:
            # what follows it is the intro, unless the line is the header alone
            in_title = m.start < self.title_end or (
                self.title_end > 0 and text[line_start:line_end].strip() == text[: self.title_end].strip()
            )  # (the title said again on the text's first line)
            if in_title and not header_like:
                continue
            if (at_line_start and (header_like or (len(after) < 40 and not bulleted))) or glued:
                self.section_starts.append(m.start)
                self.section_names.append("offer" if m.key == LABEL else m.key)
                value = after.lstrip()[1:].strip() if colon else ""
                # (so does an offer header stating its value in a block of such fields: "compensation: $90 per
                # overnight" over "employment type: part-time")
                field_block = m.key == "offer" and _FIELD_LINE.match(text, line_end + 1) is not None
                if (
                    (m.key == LABEL or field_block)
                    and len(value) > 3
                    and line_end < len(text)
                    and len(self.section_names) == 1
                ):
                    # "Miejsce pracy: Łódź, ul. Wólczańska" under the intro: a field of the offer on its line, the
                    # lines after it the intro's again (after other parts, the offer's lines often run on below it)
                    self.section_starts.append(line_end + 1)
                    self.section_names.append("intro")

    @property
    def duty_section(self) -> str:
        """Where the ad tells the job's duties: its duties part, or the intro of an ad told without a duties header
        (a working day in prose)."""
        return "duties" if "duties" in self.section_names else "intro"

    def section_spans(self, name: str) -> list[Span]:
        """Where the sections of one kind stand: from their header to the next header."""
        ends = [*self.section_starts[1:], len(self.text)]
        return [(lo, hi) for lo, hi, n in zip(self.section_starts, ends, self.section_names, strict=False) if n == name]

    def parts(self) -> list[tuple[int, int, str]]:
        """The text cut into its parts, each (start, end, name): the title, the intro before the first header, then
        each section from its header to the next one found (cut where the title ends). Where the headers were found
        in text order, as section_at reads the text; a label's line put back to the intro can stand out of that order
        (two dev ads), and then the two disagree about the lines between."""
        bounds = [(0, self.title_end, "title")] if self.title_end else []
        first = self.section_starts[0] if self.section_starts else len(self.text)
        if first > self.title_end:
            bounds.append((self.title_end, first, "intro"))
        ends = [*self.section_starts[1:], len(self.text)] if self.section_starts else []
        named = zip(self.section_starts, ends, self.section_names, strict=True)
        bounds += [(max(lo, self.title_end), hi, name) for lo, hi, name in named]
        return [(lo, hi, name) for lo, hi, name in bounds if lo < hi]

    @cached_property
    def has_body(self) -> bool:
        """Whether the ad says more than its title: an ad of one line is its own text, not a title over one."""
        return self.title_end < len(self.text.rstrip())

    def in_title(self, pos: int) -> bool:
        """Whether a position stands in the title or on a line that says it again ("Lead Qualification Caller –
        Temporary, Full-time, 3 months" under the title "Lead Qualification Caller – Temporary, 3 months"): the
        title's words name the job."""
        if pos < self.title_end:
            return True
        title = self.text[: self.title_end].strip()
        line = self.text[slice(*line_bounds(self.text, pos))].strip()
        n = min(TITLE_ECHO, len(title))
        # (a paragraph that opens with a short title's word, "Оператор в офис. Без опыта, обучаем. ...", is the text)
        return n > 0 and line[:n] == title[:n] and len(line) <= len(title) + 2 * TITLE_ECHO

    def section_at(self, pos: int) -> str:
        if pos < self.title_end:
            return "title"
        i = bisect.bisect_right(self.section_starts, pos) - 1
        return self.section_names[i] if i >= 0 else "intro"

    # --------------------------------------------------------------- matches
    def get(self, fld: str, *, sections: frozenset[str] | None = None, negated: bool | None = False) -> list[Match]:
        """Matches of a field; by default only the affirmed ones, optionally only in some sections."""
        if negated is False:  # (asked some 140 times an ad: the affirmed ones sorted out once per field)
            found = self._affirmed.get(fld)
            if found is None:
                found = self._affirmed[fld] = [m for m in self.by_field.get(fld, ()) if not m.negated]
        else:
            found = [m for m in self.by_field.get(fld, ()) if negated is None or m.negated == negated]
        if sections is None:
            return list(found)
        section_at = self.section_at
        return [m for m in found if section_at(m.start) in sections]

    def keys(self, fld: str, *, sections: frozenset[str] | None = None) -> dict[str, list[Match]]:
        """Affirmed keys of a field with their matches, in order of first appearance."""
        found: dict[str, list[Match]] = {}
        for m in self.get(fld, sections=sections):
            found.setdefault(m.key, []).append(m)
        return found

    def negated_keys(self, fld: str) -> set[str]:
        return {m.key for m in self.get(fld, negated=True)}

    def note(self, path: str, spans: list[Span] | list[Match]) -> None:
        for s in spans:
            self.evidence[path].append(s.span if isinstance(s, Match) else s)

    def collect(
        self,
        fld: str,
        path: str,
        *,
        sections: frozenset[str] | None = None,
        outside: list[Match] | None = None,
        keep: Callable[[Match], bool] | None = None,
    ) -> tuple[str, ...]:
        """The affirmed keys of a field, evidence noted under path.key; matches overlapping `outside`, and those
        `keep` refuses, are dropped."""
        found: dict[str, list[Match]] = {}
        for m in self.get(fld, sections=sections):
            if outside and any(x.overlaps(m) for x in outside):
                continue
            if keep is not None and not keep(m):
                continue
            found.setdefault(m.key, []).append(m)
        for key, ms in found.items():
            self.note(f"{path}.{key}", ms)
        return tuple(found)


def verb_and_object(
    ctx: Context,
    fld: str,
    sections: frozenset[str] | None,
    reach: int,
    *,
    across_commas: bool = True,
    before: int = 0,
) -> list[Match]:
    """Each `verb` match of a field in `sections` followed, at most `reach` words on in the same clause, by a
    `target` match with no `stop` word between ("call customers back", not "calls from customers"), nor a
    comma unless `across_commas`; with `before`, a target at most that many words before the verb counts too
    ("godziny wybierasz sam"). The match spans both."""
    targets = [t for t in ctx.get(fld) if t.key == "target"]
    if not targets:
        return []
    stops = [s.first for s in ctx.get(fld) if s.key == "stop"]
    # a denied verb nearer the target takes it ("zapisuje się sama, dlatego nie prowadzisz notatek, rejestrów")
    stops += [v.first for v in ctx.get(fld, negated=True) if v.key == "verb"]
    nouns = {n.last for n in ctx.get(fld, negated=None) if n.key == "noun_before"}
    clause = ctx.toks.clause_next

    def joined(a: Match, b: Match) -> bool:  # a ends before b starts, in one clause, nothing between them breaks it
        return (
            all(clause[a.last : b.first])
            and not any(a.last < s < b.first for s in stops)
            and (across_commas or "," not in ctx.text[a.end : b.start])
            and not DASH.search(ctx.text, a.end, b.start)
        )

    out = []
    for verb in ctx.get(fld, sections=sections):
        if verb.key != "verb" or verb.first - 1 in nouns:
            continue
        for t in targets:
            if 0 < t.first - verb.last <= reach and joined(verb, t):
                out.append(verb._replace(last=t.last, end=t.end))
                break
            if 0 < verb.first - t.last <= before and joined(t, verb):
                out.append(verb._replace(first=t.first, start=t.start))
                break
    return out
