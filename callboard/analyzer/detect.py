"""Which language an ad is written in: script first, then function words (callboard/data/stopwords.yaml)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from callboard.analyzer.lexicon import data_dir, load_yaml

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_UKRAINIAN = re.compile(r"[іїєґ]", re.I)
_POLISH = re.compile(r"[ąćęłńóśźż]", re.I)
SAMPLE = 2500  # characters looked at: enough to decide, and keeps detection O(1) on huge input


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    raw = load_yaml(data_dir() / "stopwords.yaml", "stopwords.yaml")
    return {lang: frozenset(str(w) for w in words) for lang, words in raw.items()}


def detect_language(text: str) -> str:
    """'pl', 'ru', 'en', or 'other' (also for text with no words)."""
    sample = text[:SAMPLE]
    words = _WORD.findall(sample.lower())
    if not words:
        return "other"
    cyr = len(_CYRILLIC.findall(sample))
    latin = sum(len(w) for w in words) - cyr
    counts = Counter(words)
    stop = _stopwords()
    if cyr > latin:
        ukr = len(_UKRAINIAN.findall(sample))
        ru_hits = sum(counts[w] for w in stop["ru"])
        uk_hits = sum(counts[w] for w in stop["uk"])
        return "other" if ukr * 20 > cyr or uk_hits > ru_hits * 1.5 else "ru"
    scores = {lang: sum(counts[w] for w in ws) for lang, ws in stop.items() if lang not in ("ru", "uk")}
    scores["pl"] += len(_POLISH.findall(sample)) // 3
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 2:
        return "en" if scores["en"] >= scores["pl"] and len(words) < 8 else "other"
    return best if best in ("pl", "en") else "other"
