"""The text part of a search: words, "quoted phrases" and -excluded words, read into lemmas, and written
as an FTS5 MATCH expression (SQLite) or a tsquery (PostgreSQL)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from callboard.search.lemmas import words

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')


@dataclass(frozen=True)
class Term:
    """One word (alternative lemmas) or one phrase (one lemma per word, in order)."""

    alternatives: tuple[tuple[str, ...], ...]  # a word: ((lemma, lemma2),); a phrase: ((w1,), (w2,), ...)
    phrase: bool
    negated: bool


def parse(text: str) -> list[tuple[bool, bool, list[str]]]:
    """(negated, phrase, words) for each term of the query text."""
    out = []
    for m in _TOKEN.finditer(text):
        if m.group(2) is not None:
            ws = words(m.group(2))
            if ws:
                out.append((m.group(1) == "-", len(ws) > 1, ws))
        else:
            for i, w in enumerate(words(m.group(4))):
                # "obsługa-klienta" reads as two words; only the first keeps the minus
                out.append((m.group(3) == "-" and i == 0, False, [w]))
    return out


def terms(text: str, lemmas_of: Callable[[Iterable[str]], dict[str, tuple[str, ...]]]) -> list[Term]:
    """The query's terms with their lemmas; `lemmas_of` maps query words to the lemmas they may be."""
    parsed = parse(text)
    known = lemmas_of({w for _, _, ws in parsed for w in ws})
    out = []
    for negated, phrase, ws in parsed:
        if phrase:
            out.append(Term(tuple((known[w][0],) for w in ws), True, negated))
        else:
            out.append(Term((known[ws[0]],), False, negated))
    return out


def _fts5_quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _fts5_term(t: Term) -> str:
    if t.phrase:
        return _fts5_quote(" ".join(alts[0] for alts in t.alternatives))
    alts = t.alternatives[0]
    return _fts5_quote(alts[0]) if len(alts) == 1 else "(" + " OR ".join(_fts5_quote(a) for a in alts) + ")"


def fts5(positive: list[Term]) -> str:
    return " AND ".join(_fts5_term(t) for t in positive)


def _ts_quote(word: str) -> str:
    return "'" + word.replace("'", "''").replace("\\", "\\\\") + "'"


def _ts_term(t: Term) -> str:
    if t.phrase:
        return "(" + " <-> ".join(_ts_quote(alts[0]) for alts in t.alternatives) + ")"
    return "(" + " | ".join(_ts_quote(a) for a in t.alternatives[0]) + ")"


def tsquery(positive: list[Term]) -> str:
    return " & ".join(_ts_term(t) for t in positive)
