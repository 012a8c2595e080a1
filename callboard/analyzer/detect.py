"""Which language an ad is written in: script first, then function words (callboard/data/stopwords.yaml)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache

from callboard.analyzer.lexicon import data_dir, load_yaml
from callboard.analyzer.tokens import Tokens, lemma_table

_CYRILLIC = re.compile(r"[а-яёА-ЯЁᲀ-ᲆ]+")  # runs: one match per word, not per letter
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_POLISH = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
SAMPLE = 2500  # characters looked at: enough to decide, and keeps detection O(1) on huge input


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    raw = load_yaml(data_dir() / "stopwords.yaml", "stopwords.yaml")
    # folded as the tokens are (ё -> е)
    return {lang: frozenset(str(w).lower().replace("ё", "е") for w in words) for lang, words in raw.items()}


def function_words(lang: str) -> frozenset[str]:
    """The frequent function words of a language ("and", "za", "из"), lowercased."""
    return _stopwords().get(lang, frozenset())


def language_of(toks: Tokens) -> str:
    """'pl', 'ru', 'en', or 'other' (also for text with no words), read from the first SAMPLE characters of
    the words the analyzer has split anyway."""
    sample = toks.text[:SAMPLE]
    words = [w for w in toks.lowers[: bisect.bisect_left(toks.starts, SAMPLE)] if not w.isdigit()]
    if not words:
        return "other"
    cyr = sum(map(len, _CYRILLIC.findall(sample)))
    latin = sum(map(len, words)) - cyr
    counts = Counter(words)
    stop = _stopwords()

    def hits(lang: str) -> int:  # the ad's words are fewer than the function words: look those up
        return sum(counts[w] for w in counts.keys() & stop[lang])

    if cyr > latin:
        ukr = len(_UKRAINIAN.findall(sample))
        ru_hits = hits("ru")
        uk_hits = hits("uk")
        return "other" if ukr * 20 > cyr or uk_hits > ru_hits * 1.5 else "ru"
    scores = {lang: hits(lang) for lang in stop if lang not in ("ru", "uk")}
    scores["pl"] += len(_POLISH.findall(sample)) // 3
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 2:
        # few function words (a title, a list of nouns): the words only one lexicon's forms know decide
        pl_only, en_only = _own_words(counts, "pl", "en"), _own_words(counts, "en", "pl")
        if max(pl_only, en_only) >= 2 and pl_only != en_only:
            return "pl" if pl_only > en_only else "en"
        return "en" if scores["en"] >= scores["pl"] and len(words) < 8 else "other"
    return best if best in ("pl", "en") else "other"


def _own_words(counts: Counter[str], lang: str, other: str) -> int:
    """How many of the words are forms of `lang`'s lexicon words and not of `other`'s."""
    own, theirs = lemma_table(lang), lemma_table(other)
    return sum(n for w, n in counts.items() if w in own and w not in theirs)
