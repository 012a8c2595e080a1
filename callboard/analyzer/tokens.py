"""Tokens of an ad: word spans, lowercased forms and lemmas, and where clauses break.

Lemmas come from the per-language lemma tables in `callboard/data/lemmas/<lang>.tsv` (form → lemma),
generated from the lexicons by `tools/build_lemmas.py` with simplemma (Polish, English) and pymorphy3
(Russian). A form that is not in the table is its own lemma: the table holds every inflected form of
every word the lexicons use, which is all the matcher needs to compare on lemmas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WORD = re.compile(r"\w+")
# What may stand between two words of one phrase: spaces, hyphens, slashes, apostrophes, dots of
# abbreviations ("tys. zł") are handled by the phrase itself; anything else breaks the phrase.
_SOFT_GAP = re.compile(r"[ \t\-–/&'’+]*|\.? ?")
# What ends a clause for negation scope: sentence punctuation, bullets, new lines.
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]\n•·|✔✅►▪●*]")


@dataclass(frozen=True, slots=True)
class Tokens:
    """Parallel arrays over the words of one text."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    lowers: tuple[str, ...]
    lemmas: tuple[str, ...]
    soft_next: tuple[bool, ...]  # True when the gap to the next word keeps a phrase together
    clause_next: tuple[bool, ...]  # True when the gap to the next word stays in the same clause

    def __len__(self) -> int:
        return len(self.starts)


@cache
def lemma_table(lang: str) -> dict[str, str]:
    """The form → lemma table of one language (empty for languages without one)."""
    path = Path(__file__).resolve().parent.parent / "data" / "lemmas" / f"{lang}.tsv"
    if not path.is_file():
        return {}
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, _, lemma = line.partition("\t")
            table[form] = lemma
    return table


_TOKEN_AND_GAP = re.compile(r"(\w+)(\W*)")
_GAP_KINDS: dict[str, tuple[bool, bool]] = {}  # gap text -> (soft, same clause); gaps repeat a lot
GAP_CACHE_MAX = 4096


def _gap_kind(gap: str) -> tuple[bool, bool]:
    kind = _GAP_KINDS.get(gap)
    if kind is None:
        kind = (_SOFT_GAP.fullmatch(gap) is not None, _CLAUSE_BREAK.search(gap) is None)
        if len(gap) < 12 and len(_GAP_KINDS) < GAP_CACHE_MAX:
            _GAP_KINDS[gap] = kind
    return kind


def tokenize(text: str, lang: str) -> Tokens:
    table = lemma_table(lang)
    # lowercase once; the rare characters whose lower case is longer ("İ") fall back to per-token
    folded = text.lower().replace("ё", "е")
    same_length = len(folded) == len(text)
    starts: list[int] = []
    ends: list[int] = []
    lowers: list[str] = []
    gaps: list[tuple[bool, bool]] = []
    for m in _TOKEN_AND_GAP.finditer(text):
        a, b = m.span(1)
        starts.append(a)
        ends.append(b)
        lowers.append(folded[a:b] if same_length else m.group(1).lower().replace("ё", "е"))
        gaps.append(_gap_kind(m.group(2)))
    get = table.get
    lemmas = [get(w, w) for w in lowers]
    if gaps:
        gaps[-1] = (False, False)  # nothing follows the last word
    return Tokens(
        text,
        tuple(starts),
        tuple(ends),
        tuple(lowers),
        tuple(lemmas),
        tuple(g[0] for g in gaps),
        tuple(g[1] for g in gaps),
    )
