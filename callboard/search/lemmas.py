"""Words to search lemmas: the same function indexes an ad and reads a query, so inflected forms meet.

simplemma's dictionaries are large (about 5 s and 550 MB for the three languages), so they load on the
first word of a language that needs them, once per process. A query word is lemmatized in every
language its script allows (Latin: Polish and English; Cyrillic: Russian) and the lemmas are OR-ed.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

import yaml

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MIN_LEN = 2  # one-letter words (a, i, w, в, с) carry nothing a search could use


@cache
def _fold() -> dict[str, dict[str, str]]:
    data = yaml.safe_load(resources.files("callboard").joinpath("data/search/fold.yaml").read_text("utf-8"))
    return {lang: {str(k): str(v) for k, v in table.items()} for lang, table in data.items()}


@lru_cache(maxsize=500_000)  # ads share most of their words: a word is looked up once per process
def _lemmatize(word: str, lang: str) -> str:
    import simplemma  # heavy: imported on first use only

    lemma = simplemma.lemmatize(word, lang=lang).lower()
    return _fold().get(lang, {}).get(lemma, lemma)


def langs_for(word: str, ad_lang: str | None = None) -> tuple[str, ...]:
    """The languages a word is lemmatized in: its script decides, the ad's language first."""
    if CYRILLIC.search(word):
        return ("ru",)
    if ad_lang in ("pl", "en"):
        return (ad_lang,)
    return ("pl", "en")


def words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if len(w) >= MIN_LEN]


# word -> lemma per ad language, in front of _lemmatize: the language choice and the cache's key tuple
# cost more than the lookup itself, and an import asks for the same few thousand words all day
_known: dict[str | None, dict[str, str]] = {}
KNOWN_MAX = 500_000


def index_text(text: str, lang: str | None) -> tuple[str, frozenset[tuple[str, str]]]:
    """The ad's words as lemmas, space-separated, in order (phrases stay searchable), and the
    (form, lemma) pairs it used: stored, they let a query be lemmatized without the dictionaries."""
    found = words(text)
    seen = dict.fromkeys(found, "")
    known = _known.setdefault(lang, {})
    for w in seen:
        lemma = known.get(w)
        if lemma is None:
            if len(known) >= KNOWN_MAX:
                known.clear()
            lemma = known[w] = _lemmatize(w, langs_for(w, lang)[0])
        seen[w] = lemma
    return " ".join(map(seen.__getitem__, found)), frozenset(seen.items())


def warm_up() -> None:
    """Load every language's dictionary now (before worker processes fork, so they share it)."""
    for lang in ("pl", "ru", "en"):
        _lemmatize("a", lang)


def query_lemmas(word: str) -> tuple[str, ...]:
    """Every lemma a query word may stand for, most likely first, without repeats."""
    w = word.lower()
    seen = dict.fromkeys(_lemmatize(w, lang) for lang in langs_for(w))
    return tuple(seen)
