"""Find every lexicon phrase in a text, on lemmas, with its span and whether it is negated.

One pass over the tokens: each token looks up the phrases that start with its lemma, its form or its
first letters, and only those are checked further. Negation ("bez sprzedaży", "no cold calling",
"не продажи", "доступ не требуется") is read from the `negation` field of the lexicon: a `before` cue
up to three words before the phrase in the same clause, or an `after` cue right after it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from callboard.analyzer.lexicon import Entry, Lexicon, Word
from callboard.analyzer.tokens import Tokens

NEGATION_WINDOW = 3
_DASH = re.compile(r"–|—|\s-\s")
AFTER_WINDOW = 7  # "doświadczenie w obsłudze klienta nie jest wymagane"
CONTRASTS = frozenset({"but", "however", "ale", "lecz", "jednak", "но", "а", "однако"})
COORDINATORS = frozenset({"and", "or", "nor", "i", "lub", "ani", "albo", "oraz", "и", "или", "ни"})


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


def _word_ok(word: Word, lower: str, lemma: str) -> bool:
    if word.kind == "lemma":
        return lemma == word.text or lower == word.text or lower == word.form
    if word.kind == "prefix":
        return lower.startswith(word.text)
    return lower == word.text


def _phrase_at(entry: Entry, toks: Tokens, i: int) -> int:
    """Index of the last token of `entry` matched at token i, or -1."""
    n = len(toks)
    j = i
    for k, word in enumerate(entry.words):
        if k and (j >= n or not toks.soft_next[j - 1]):
            return -1
        if j >= n or not _word_ok(word, toks.lowers[j], toks.lemmas[j]):
            return -1
        j += 1
    return j - 1


def raw_matches(lex: Lexicon, toks: Tokens) -> list[tuple[Entry, int, int]]:
    found: list[tuple[Entry, int, int]] = []
    by_word, by_pair, by_prefix = lex.by_word, lex.by_pair, lex.by_prefix
    lemmas, lowers, soft = toks.lemmas, toks.lowers, toks.soft_next
    n = len(toks)
    starts = lex.first_keys
    # most words start no phrase: find the ones that may, in one pass of C-level set lookups
    maybe = [i for i in range(n) if lemmas[i] in starts or lowers[i] in starts or lowers[i][:3] in by_prefix]
    for i in maybe:
        lemma, lower = lemmas[i], lowers[i]
        cands = by_word.get(lemma, ())
        if lower != lemma:
            cands = cands + by_word.get(lower, ())
        if i + 1 < n and soft[i]:
            nxt = (lemmas[i + 1], lowers[i + 1])
            for a in (lemma, lower) if lower != lemma else (lemma,):
                for b in nxt if nxt[0] != nxt[1] else nxt[:1]:
                    pair = by_pair.get((a, b))
                    if pair:
                        cands = cands + pair
        pre = by_prefix.get(lower[:3])
        if pre:
            cands = cands + pre
        if not cands:
            continue
        seen: set[int] = set()
        for e in cands:
            if id(e) in seen:
                continue
            seen.add(id(e))
            last = i + len(e.words) - 1 if e.simple else _phrase_at(e, toks, i)
            if last >= 0:
                found.append((e, i, last))
    return found


def _longest_per_field(found: list[tuple[Entry, int, int]]) -> list[tuple[Entry, int, int]]:
    """Within one field, a phrase inside a longer one is dropped ("umowa o pracę tymczasową")."""
    found.sort(key=lambda f: (_group(f[0]), f[1], -(f[2] - f[1])))
    kept: list[tuple[Entry, int, int]] = []
    last_end: dict[str, int] = {}
    for e, a, b in found:
        g = _group(e)
        if a <= last_end.get(g, -1):
            continue
        kept.append((e, a, b))
        last_end[g] = b
    return kept


def _group(e: Entry) -> str:
    """Overlaps are resolved per field; a negation cue may be a "before" and an "after" cue at once ("нет")."""
    return f"negation:{e.key}" if e.field == "negation" else e.field


def find(lex: Lexicon, toks: Tokens) -> list[Match]:
    """All matches, longest per field, negation marked, ordered by position."""
    found = _longest_per_field(raw_matches(lex, toks))
    neg_before: dict[int, int] = {}  # last token of a "before" cue -> its first token
    neg_after: set[int] = set()  # first token of an "after" cue
    breakers: set[int] = set()  # tokens that reset negation scope ("nie tylko", "а", "but")
    for e, a, b in found:
        if e.field == "negation":
            if e.key == "before":
                neg_before[b] = a
            elif e.key == "after":
                neg_after.add(a)
            else:
                breakers.update(range(a, b + 1))
    out: list[Match] = []
    for e, a, b in found:
        if e.field == "negation":
            continue
        negated = False
        if lex.fields[e.field].negatable:
            negated = _negated_before(toks, a, neg_before, breakers) or _negated_after(toks, b, neg_after)
        out.append(Match(e.field, e.key, a, b, toks.starts[a], toks.ends[b], negated, e.source))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _negated_before(toks: Tokens, first: int, cues: dict[int, int], breakers: set[int]) -> bool:
    j = first - 1
    steps = 0
    while j >= 0 and steps < NEGATION_WINDOW and toks.clause_next[j]:
        # "not essential – full training given": a dash starts a new statement for what follows it
        if _DASH.search(toks.text, toks.ends[j], toks.starts[j + 1]):
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
    """An "after" cue in the same clause; a contrast word ends the reach unless the cue follows it at once:
    "опыт приветствуется, но не обязателен" is negated, "допродажи приветствуются, но плана нет" is not."""
    j = last
    for _ in range(AFTER_WINDOW):
        if j + 1 >= len(toks) or not toks.clause_next[j]:
            return False
        j += 1
        if toks.lowers[j] in CONTRASTS:
            return j + 1 in cues
        if j in cues:
            return True
    return False
