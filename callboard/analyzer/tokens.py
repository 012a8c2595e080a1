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


def tokenize(text: str, lang: str) -> Tokens:
    table = lemma_table(lang)
    starts: list[int] = []
    ends: list[int] = []
    lowers: list[str] = []
    for m in WORD.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
        lowers.append(m.group().lower().replace("ё", "е"))
    lemmas = [table.get(w, w) for w in lowers]
    soft: list[bool] = []
    clause: list[bool] = []
    for i in range(len(starts) - 1):
        gap = text[ends[i] : starts[i + 1]]
        if gap == " ":
            soft.append(True)
            clause.append(True)
            continue
        soft.append(_SOFT_GAP.fullmatch(gap) is not None)
        clause.append(_CLAUSE_BREAK.search(gap) is None)
    soft.append(False)
    clause.append(False)
    return Tokens(text, tuple(starts), tuple(ends), tuple(lowers), tuple(lemmas), tuple(soft), tuple(clause))
