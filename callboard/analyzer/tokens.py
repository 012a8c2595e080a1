"""Tokens of an ad: word spans, lowercased forms and lemmas, and where clauses break.

Lemmas come from the per-language lemma tables in `callboard/data/lemmas/<lang>.tsv` (form → lemma),
generated from the lexicons by `tools/build_lemmas.py` with simplemma (Polish, English) and pymorphy3
(Russian). A form that is not in the table is its own lemma: the table holds every inflected form of
every word the lexicons use, which is all the matcher needs to compare on lemmas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate
from pathlib import Path

WORD = re.compile(r"\w+")
# What may stand between two words of one phrase: spaces, hyphens, slashes, apostrophes, dots of
# abbreviations ("tys. zł") are handled by the phrase itself, a bracket glued to both words ("401(k)");
# anything else breaks the phrase.
SOFT_CHARS = r" \t\-–/&'’+"  # (a character class's inside: the lexicon loader reads phrases with the same rule)
SOFT_GAP = re.compile(rf"[{SOFT_CHARS}]*|\.? ?|\(")
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
    low: str = ""  # text.lower(), made here anyway and kept for the extractors (Context.low)
    lang: str = ""  # whose lemma table gave the lemmas

    def __len__(self) -> int:
        return len(self.starts)


@cache
def lemma_table(lang: str) -> dict[str, str]:
    """The form → lemma table of one language (empty for languages without one), kept between processes."""
    from callboard.analyzer.compiled import compiled

    return compiled(f"lemmas-{lang}", lambda: read_lemma_table(lang))


def read_lemma_table(lang: str) -> dict[str, str]:
    path = Path(__file__).resolve().parent.parent / "data" / "lemmas" / f"{lang}.tsv"
    if not path.is_file():
        return {}
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, _, lemma = line.partition("\t")
            table[form] = lemma
    return table


# Feminine endings written onto a word ("Konsultant/ka", "Doradca/czyni", "Konsultant(ka)", "zajmował/a")
# are no words of their own: "Koordynator/ka ds. reklamacji" reads as "Koordynator ds. reklamacji".
GENDER_SUFFIXES = frozenset({"ka", "tka", "czka", "czyni", "a", "owa", "ki"})
# (led by the bracket or slash, so the engine skips to those characters; the three letters before it after)
GENDER_SUFFIX = re.compile(
    r"[/(](?<=\w\w\w[/(])-?((?:" + "|".join(sorted(GENDER_SUFFIXES)) + r")(?!\w))\)?", re.I
)
_GAPS = re.compile(r"(\W\W*)")  # not \W+: a pattern led by a character class is searched faster
_GAP_KINDS: dict[str, tuple[bool, bool]] = {}  # gap text -> (soft, same clause); gaps repeat a lot
GAP_CACHE_MAX = 4096


def _gap_kind(gap: str) -> tuple[bool, bool]:
    kind = _GAP_KINDS.get(gap)
    if kind is None:
        kind = (SOFT_GAP.fullmatch(gap) is not None, _CLAUSE_BREAK.search(gap) is None)
        if len(gap) < 12 and len(_GAP_KINDS) < GAP_CACHE_MAX:
            _GAP_KINDS[gap] = kind
    return kind


def tokenize(text: str, lang: str) -> Tokens:
    return with_lemmas(words_of(text), lang)


def with_lemmas(toks: Tokens, lang: str) -> Tokens:
    """The tokens with the lemmas of `lang` (the words are split before the language is known: detecting
    it reads them too)."""
    table = lemma_table(lang)
    return replace(toks, lemmas=tuple(map(table.get, toks.lowers, toks.lowers)), lang=lang)


def words_of(text: str) -> Tokens:
    """The words of a text, without lemmas yet (each word its own lemma)."""
    # Lowercase once and split that: lowercasing keeps every character a word character or not, so the
    # words and offsets are the text's. The one character whose lower case is longer ("İ") makes the
    # lowercase text longer: then the text is split and each word lowercased.
    low = text.lower()
    folded = low.replace("ё", "е")
    aligned = len(folded) == len(text)
    # one split in C gives words and the gaps between them: [word, gap, word, gap, ..., word]
    parts = _GAPS.split(folded if aligned else text)
    offsets = list(accumulate(map(len, parts), initial=0))
    first = 0 if parts[0] else 2  # text opening with a gap: the first "word" is empty
    n = (len(parts) - first + 1) // 2
    if n and not parts[first + 2 * (n - 1)]:
        n -= 1  # text ending with a gap: so is the last
    words = parts[first::2][:n]
    starts, ends = offsets[first::2][:n], offsets[first + 1 :: 2][:n]
    gaps = parts[first + 1 :: 2][: n - 1]
    endings = {m.start(1) for m in GENDER_SUFFIX.finditer(folded if aligned else text)}
    if endings:
        words, gaps, starts, ends = _without_gender_suffixes(words, gaps, starts, ends, endings)
        n = len(words)
    lowers = words if aligned else [w.lower().replace("ё", "е") for w in words]
    kinds = list(map(_GAP_KINDS.get, gaps))
    if None in kinds:  # a gap not seen before
        kinds = [k or _gap_kind(g) for k, g in zip(kinds, gaps, strict=True)]
    # "making sales calls. Customers ring us": a full stop after a word of four letters or more, before a capital,
    # ends a sentence, and no phrase runs across it (abbreviations keep theirs: "ds. Sprzedaży", "ul. Długa")
    for i in [i for i, g in enumerate(gaps) if g == ". " or g == "."]:
        if len(words[i]) > 3 and text[starts[i + 1]].isupper():
            kinds[i] = (False, False)  # (a full stop already ends the clause)
    kinds.append((False, False))  # nothing follows the last word
    soft, clause = zip(*kinds, strict=True) if n else ((), ())
    lowers_t = tuple(lowers)
    return Tokens(text, tuple(starts), tuple(ends), lowers_t, lowers_t, soft, clause, low)


def _without_gender_suffixes(
    words: list[str], gaps: list[str], starts: list[int], ends: list[int], endings: set[int]
) -> tuple[list[str], list[str], list[int], list[int]]:
    """The words less the feminine endings (their offsets: `endings`) glued to the word before them; the gap
    after an ending stands for the whole gap ("Konsultant(ka) infolinii": "konsultant", " ", "infolinii")."""
    drop = [i for i in range(1, len(words)) if starts[i] in endings]
    for i in reversed(drop):  # (from the end: the indices before stay valid)
        if i < len(gaps):
            after = gaps[i]
            gaps[i - 1] = after[1:] if gaps[i - 1][0] == "(" and after.startswith(")") else after
        else:
            del gaps[i - 1]  # the ending closes the text
            del words[i], starts[i], ends[i]
            continue
        del gaps[i], words[i], starts[i], ends[i]
    return words, gaps, starts, ends
