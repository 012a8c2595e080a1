"""Find every lexicon phrase in a text, on lemmas, with its span and whether it is negated.

One pass over the tokens: each token looks up the phrases that start with its lemma, its form or its
first letters, and only those are checked further. Negation ("bez sprzedaży", "no cold calling",
"не продажи", "доступ не требуется") is read from the `negation` field of the lexicon: a `before` cue
up to three words before the phrase in the same clause, or an `after` cue right after it; a `list_head` negates the
list after it, an `answer_no` the question it answers ("Czy będę dzwonić? Nie.").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import compress
from typing import NamedTuple

from callboard.analyzer.lexicon import Entry, Lexicon, Starters
from callboard.analyzer.tokens import Tokens

NEGATION_WINDOW = 3
# a dash between two words, which starts another statement ("Phone receptionist – Corrib Lane Medical Practice")
DASH = re.compile(r"[–—]|\s-\s")
AFTER_WINDOW = 7  # "doświadczenie w obsłudze klienta nie jest wymagane"
CONTRASTS = frozenset({"but", "however", "ale", "lecz", "jednak", "но", "а", "однако"})
COORDINATORS = frozenset({"and", "or", "nor", "i", "lub", "ani", "albo", "oraz", "и", "или", "ни"})
# after a comma: the list of what is negated goes on ("bez sprzedaży, ani zimnych telefonów"); a Russian comma before a
# single "или" joins clauses, not items ("билет не был выписан, или деньги списаны дважды")
LIST_GOES_ON = COORDINATORS - {"i", "и", "или"}


class Match(NamedTuple):
    """One phrase found in the text (a named tuple: made by the hundred per ad, so cheap to build)."""

    field: str
    key: str
    first: int  # token index
    last: int  # token index, inclusive
    start: int  # character offsets into the text
    end: int
    negated: bool
    source: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def holds(self, other: Match) -> bool:
        """Whether the other match lies within this one's characters."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Match) -> bool:
        """Whether the two matches share a character."""
        return self.start < other.end and other.start < self.end


def _phrase_at(entry: Entry, toks: Tokens, i: int) -> int:
    """Index of the last token of `entry` matched at token i, or -1."""
    words = entry.words
    end = i + len(words)
    if end > len(toks.starts) or not all(toks.soft_next[i : end - 1]):
        return -1
    lowers, lemmas = toks.lowers, toks.lemmas
    for j, word in enumerate(words, i):
        lower = lowers[j]
        if word.kind == "lemma":
            if lemmas[j] != word.text and lower != word.text and lower != word.form:
                return -1
        elif word.kind == "prefix":
            if not lower.startswith(word.text):
                return -1
        elif lower != word.text:
            return -1
    return end - 1


def _third_ok(entry: Entry, toks: Tokens, i: int) -> bool:
    """False when the token after next cannot be the third word of `entry` (then _phrase_at fails too)."""
    third = entry.third
    if third is None:
        return True
    k = i + 2
    return k < len(toks.lowers) and (toks.lemmas[k] in third or toks.lowers[k] in third)


STARTERS_MAX = 100_000  # forms whose starters are kept per lexicon; enough for every form seen in a day's ads


def _starters(lex: Lexicon, lemma: str, lower: str) -> Starters | None:
    """The phrases that may start at a token of this lemma and form; None when none can."""
    # the form first: of two phrases over the same words, the one written as exact forms ("=входящим =заявкам" in an
    # ignore list) is listed, and so kept, before the one of lemmas ("входящие заявки")
    forms = (lower, lemma) if lower != lemma else (lemma,)
    single: dict[int, Entry] = {}  # by id: a phrase indexed under the lemma and the form is found once
    for form in forms:
        for e in lex.by_word.get(form, ()):
            single.setdefault(id(e), e)
    pairs = tuple(lex.by_pair[f] for f in forms if f in lex.by_pair)
    prefix = lex.by_prefix.get(lower[:3], ())
    return Starters(tuple(single.values()), prefix, pairs) if single or prefix or pairs else None


def _starters_of(lex: Lexicon, toks: Tokens) -> list[Starters | None]:
    """The starters of each token. Kept per form: a form has one lemma in the language of the lexicon,
    so after the first ads only the forms not seen yet are worked out, and most tokens start nothing."""
    if toks.lang != lex.lang:  # (lemmas of another language: worked out afresh)
        return [_starters(lex, lemma, lower) for lemma, lower in zip(toks.lemmas, toks.lowers, strict=True)]
    kept = lex.starters
    new = set(toks.lowers).difference(kept)
    if new:
        if len(kept) + len(new) > STARTERS_MAX:
            kept.clear()  # bounded memory; the forms of the next ads come back
            new = set(toks.lowers)
        for lemma, lower in zip(toks.lemmas, toks.lowers, strict=True):
            if lower in new:
                kept[lower] = _starters(lex, lemma, lower)
                new.discard(lower)
    return list(map(kept.__getitem__, toks.lowers))


def raw_matches(lex: Lexicon, toks: Tokens) -> Iterator[tuple[Entry, int, int]]:
    """Every phrase at every token, in token order; at one token, the longest first. (Yielded: on huge
    input a list of them all would only grow the garbage collector's work.)"""
    lemmas, lowers, soft = toks.lemmas, toks.lowers, toks.soft_next
    last_token = len(toks) - 1
    starters = _starters_of(lex, toks)
    for i in compress(range(len(starters)), starters):  # only the tokens where something may start
        cands, prefix, pairs = starters[i]  # type: ignore[misc]  # (compress keeps the non-None ones)
        if pairs and i < last_token and soft[i]:
            next_lemma, next_lower = lemmas[i + 1], lowers[i + 1]
            hits = []
            for by_second in pairs:
                if next_lower != next_lemma and (h := by_second.get(next_lower)):
                    hits.append(h)
                if h := by_second.get(next_lemma):
                    hits.append(h)
            if len(hits) == 1:
                cands = cands + hits[0]
            elif hits:  # a phrase indexed under both forms of a pair is found once
                cands = cands + tuple({id(e): e for h in hits for e in h}.values())
        if prefix:
            cands = cands + prefix
        if not cands:
            continue
        if len(cands) == 1:  # the common case, without the list and the sort
            e = cands[0]
            last = i + e.span if e.span >= 0 else _phrase_at(e, toks, i) if _third_ok(e, toks, i) else -1
            if last >= 0:
                yield e, i, last
            continue
        here = []
        for e in cands:
            last = i + e.span if e.span >= 0 else _phrase_at(e, toks, i) if _third_ok(e, toks, i) else -1
            if last >= 0:
                here.append((e, i, last))
        if len(here) > 1:
            here.sort(key=lambda f: -f[2])  # stable: equal spans keep the index order
        yield from here


# Match(...) runs the named tuple's __new__ in Python; tuple.__new__ builds the same Match in C
_new_tuple = tuple.__new__


def find(lex: Lexicon, toks: Tokens) -> list[Match]:
    """All matches, longest per field, negation marked, ordered by position (and the longest first)."""
    neg_before: dict[int, int] = {}  # last token of a "before" cue -> its first token
    neg_after: set[int] = set()  # first token of an "after" cue
    breakers: set[int] = set()  # tokens that reset negation scope ("nie tylko", "а", "but")
    listed: set[int] = set()  # tokens in the list a "list_head" cue negates
    denied: set[int] = set()  # tokens of a question an "answer_no" cue answers ("Czy będę dzwonić? Nie.")
    kept: list[tuple[Entry, int, int]] = []
    # Within one field, a phrase inside a longer one is dropped ("umowa o pracę tymczasową"): the raw
    # matches come in token order and the longest first at each token, so one pass keeps the right ones.
    last_end: dict[str, int] = {}
    for f in raw_matches(lex, toks):
        e, a, b = f
        if a <= last_end.get(e.group, -1):
            continue
        last_end[e.group] = b
        if e.field != "negation":
            kept.append(f)
        elif e.key == "before":
            neg_before[b] = a
        elif e.key == "after":
            neg_after.add(a)
        elif e.key == "breaker":
            breakers.update(range(a, b + 1))
        elif e.key == "list_head":
            listed.update(_list_after(toks, b))
        elif e.key == "answer_no":
            denied.update(_question_denied(toks, a, b))
    out: list[Match] = []
    starts, ends = toks.starts, toks.ends
    for e, a, b in kept:
        negated = False
        if e.negatable:  # (most ads have few cues: no walk without one)
            # a phrase that opens with a negation word of its own ("не приходит код") carries it: a cue before
            # it ("приложение не открывает машину или не приходит код") is another clause's
            own_cue = a in neg_before and neg_before[a] == a
            # a cue ending on the phrase's first word ("nie prowadzisz" before "prowadzisz ... rejestrów") negates it
            negated = (
                (a in neg_before and neg_before[a] < a)
                or bool(neg_before and not own_cue and _negated_before(toks, a, neg_before, breakers))
                or bool(neg_after and _negated_after(toks, b, neg_after))
                or a in listed
                or a in denied
            )
        out.append(_new_tuple(Match, (e.field, e.key, a, b, starts[a], ends[b], negated, e.source)))
    return out  # in token order, so by start, and at one start the longest first


def _list_after(toks: Tokens, last: int) -> range:
    """The words a list head negates: across a colon right after it ("НЕ РАССМАТРИВАЕМ: ..."), then over commas
    and "and" to the end of the clause ("не рассматривает аутсорсинг, фриланс и удаленную работу")."""
    n = len(toks.starts)
    j = last
    if j + 1 < n and not toks.clause_next[j] and toks.text[toks.ends[j] : toks.starts[j + 1]].strip() == ":":
        j += 1
    first = last + 1
    while j + 1 < n and toks.clause_next[j] and toks.lowers[j + 1] not in CONTRASTS:
        j += 1
    return range(first, j + 1)


# what may follow a bare "no" that answers a question: its sentence ends ("Nie.", "Нет, ...", "No!"), not "No problem"
_ANSWER_ENDS = re.compile(r"\s*(?:[.,!;:–—-]|\n|$)")
_SENTENCE_END = re.compile(r"[.!?\n]")
QUESTION_REACH = 200  # characters: the longest question a bare "no" is read as answering


def _question_denied(toks: Tokens, first: int, last: int) -> range:
    """The words of the question a bare "no" answers, when it answers one: right after the question mark, ending
    its own sentence ("Czy będę dzwonić do klientów?\nNie. W tej roli nie ma telefonu"). "No experience? No
    problem" is no answer of the kind."""
    text = toks.text
    if first == 0 or "?" not in text[toks.ends[first - 1] : toks.starts[first]]:
        return range(0)
    if not _ANSWER_ENDS.match(text, toks.ends[last]):
        return range(0)
    q_end = toks.ends[first - 1]
    reach = max(0, q_end - QUESTION_REACH)  # (a bound keeps a text of many questions linear)
    q_start = max((m.end() for m in _SENTENCE_END.finditer(text, reach, q_end)), default=reach)
    # the question's first word: the first starting after the sentence before it ended
    return range(bisect.bisect_left(toks.starts, q_start, 0, first - 1), first)


def _dashed(gap: str) -> bool:
    """Whether the gap between two words holds a dash that starts another statement (a substring test first)."""
    return ("–" in gap or "—" in gap or "-" in gap) and DASH.search(gap) is not None


def _negated_before(toks: Tokens, first: int, cues: dict[int, int], breakers: set[int]) -> bool:
    j = first - 1
    steps = 0
    while j >= 0 and steps < NEGATION_WINDOW and toks.clause_next[j]:
        gap = toks.text[toks.ends[j] : toks.starts[j + 1]]
        # "not essential – full training given": a dash starts a new statement for what follows it
        if _dashed(gap):
            return False
        # "опыт не нужен, свободный график", "braków w dostawach, rozpatrywanie reklamacji": a comma
        # starts the next item, unless the cue stands right before it ("bez, ...") or it goes on a list; a Polish or
        # Russian comma before "i" / "и" / "или" opens a clause of its own ("którego abonent nie zamawiał, i zlecanie
        # korekty")
        if "," in gap and j not in cues and toks.lowers[j + 1] not in LIST_GOES_ON:
            return False
        if j in breakers:
            return False
        if j in cues:
            return cues[j] not in breakers
        if toks.lowers[j] not in COORDINATORS:  # "no cold calls and sales": "and" costs no step
            steps += 1
        j -= 1
    return False


def _negated_after(toks: Tokens, last: int, cues: set[int]) -> bool:
    """An "after" cue in the same clause, and right after a comma if one comes first; a contrast word ends the
    reach unless the cue follows it at once:
    "опыт приветствуется, но не обязателен" is negated, "допродажи приветствуются, но плана нет" is not."""
    j = last
    comma_at = -1  # the first token after a comma: a cue further on has a subject of its own
    for _ in range(AFTER_WINDOW):
        if j + 1 >= len(toks.starts) or not toks.clause_next[j]:
            return False
        gap = toks.text[toks.ends[j] : toks.starts[j + 1]]
        # "a year's customer service experience – insurance is a bonus, not a must": a dash starts another statement
        # (in Russian it is the copula: "Продажи — не ваша задача")
        if toks.lang != "ru" and _dashed(gap):
            return False
        if comma_at < 0 and "," in gap:
            comma_at = j + 1
        j += 1
        if toks.lowers[j] in CONTRASTS:
            return j + 1 in cues
        if j in cues:
            # "Experience, not required" is negated; "Self-employed, own van not needed" is not
            return comma_at < 0 or j == comma_at
    return False
