"""Near-duplicate ads: the same job reposted, from another source, lightly edited or for another city.

Each ad gets a MinHash signature (datasketch) of its word 3-grams, numbers folded (a pay edit or a new
reference number changes little); LSH bands of the signature find candidates among stored offers
(`offer_bands`), and `same_offer` confirms a candidate on the signature and on the profile facts that
tell two similar offers apart (language, direction, working time, remote or not, required languages,
employer, pay). Thresholds are tuned on tests/dedup/dev.jsonl only (method in tests/dedup/README.md);
`callboard eval-dedup tests/dedup/dev.jsonl` prints precision and recall.

The role is not among the facts: the analyzer reads it mostly from the title, which some sources drop,
and on the dev pairs it only ever split copies of one ad (the duties that make a role are in the text).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

NUM_PERM = 64
BANDS, ROWS = 16, 4  # 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates (3 rows would
# also catch copies cut to half, but bring an order of magnitude more false candidates at scale)
SHINGLE = 3
SIMILAR = 0.55  # estimated Jaccard of the shingles at which two ads read as one
CONTAINED = 0.75  # or: one ad is (nearly) a part of the other (a source that truncates)
SHORT = 30  # an ad of fewer shingles (about 30 words) is formulaic: two such ads share most of their words
SIMILAR_SHORT = 0.8  # so only near-identical short ads read as one (numbers are folded: pay and phone too)
PAY_RATIO = 1.25  # pay figures further apart than this are two offers
CUT = 0.9  # an ad with fewer shingles than this share of the other's may be a copy cut short
# words of legal forms, dropped when employer names are compared (sp. z o.o., S.A., АО, ООО, Ltd ...)
LEGAL_FORMS = frozenset(
    ("sp", "z", "o", "oo", "s", "a", "sa", "spółka", "spolka", "j", "k", "ao", "ооо", "оао", "зао", "пао", "ао",
     "ип", "нко", "ltd", "limited", "plc", "llp", "inc", "llc", "gmbh", "co")
)  # fmt: skip

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Signature:
    hashes: bytes  # NUM_PERM uint32 values
    shingles: int  # how many distinct shingles the ad has (for the containment estimate)

    def array(self) -> np.ndarray[Any, np.dtype[np.uint32]]:
        return np.frombuffer(self.hashes, dtype=np.uint32)


def shingles(text: str) -> set[bytes]:
    # numbers folded in the whole text at once: a run of digits lies inside one word, so the words are
    # the same as folding each word
    words = _WORD.findall(_DIGITS.sub("0", text.lower()))
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    # three words at a time, zipped (the shorter tails end it) rather than sliced and joined: a third faster
    return {f"{a} {b} {c}".encode() for a, b, c in zip(words, words[1:], words[2:], strict=False)}


@cache
def _permutations() -> tuple[np.ndarray[Any, np.dtype[np.uint32]], np.ndarray[Any, np.dtype[np.uint32]]]:
    # datasketch's permutations for (NUM_PERM, seed 1, its default "affine32" scheme), drawn once;
    # imported here, not at the top: datasketch loads scipy, seconds that a search never needs
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=1)
    assert mh.scheme == "affine32"
    a, b = mh.permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def warm_up() -> None:
    """Draw the permutations now (an importer does it before its workers fork, so they share them)."""
    _permutations()


def signature(text: str) -> Signature:
    """datasketch's MinHash (affine32 scheme, SHA-1 of each shingle), computed the same way but with
    all the shingles' hashes in one array: the values are those `MinHash.update_batch` gives."""
    grams = shingles(text)
    if not grams:
        return Signature(np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32).tobytes(), 0)
    # datasketch.hashfunc.sha1_hash32: the first 4 bytes of the SHA-1, little-endian
    hv = np.frombuffer(b"".join(hashlib.sha1(g).digest()[:4] for g in grams), dtype="<u4").astype(np.uint32)
    # the MurmurHash3 finalizer datasketch mixes each hash with (its _fmix for 32 bits), wrapping in uint32
    hv ^= hv >> np.uint32(16)
    hv *= np.uint32(0x85EBCA6B)
    hv ^= hv >> np.uint32(13)
    hv *= np.uint32(0xC2B2AE35)
    hv ^= hv >> np.uint32(16)
    a, b = _permutations()
    return Signature((hv[:, None] * a + b).min(axis=0).tobytes(), len(grams))


def band_keys(sig: Signature) -> list[int]:
    """One key per LSH band: two ads sharing any key are candidates. Signed 64-bit, as databases store them."""
    keys = []
    for b in range(BANDS):
        chunk = sig.hashes[b * ROWS * 4 : (b + 1) * ROWS * 4]
        digest = hashlib.blake2b(bytes([b]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def jaccard(a: Signature, b: Signature) -> float:
    return float(np.count_nonzero(a.array() == b.array())) / NUM_PERM


def containment(a: Signature, b: Signature) -> float:
    """How much of the smaller ad's shingles the other has, estimated from Jaccard and the set sizes."""
    j = jaccard(a, b)
    small = min(a.shingles, b.shingles)
    if small == 0:
        return 0.0
    return min(1.0, j * (a.shingles + b.shingles) / (1 + j) / small)


def _differ(a: Any, b: Any) -> bool:
    """Both stated and different (an unstated fact never separates two ads)."""
    return a not in (None, "", 0) and b not in (None, "", 0) and a != b


def _pay_differs(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    if _differ(a.get("pay_period"), b.get("pay_period")) or _differ(a.get("pay_currency"), b.get("pay_currency")):
        return True
    for key in ("pay_min", "pay_max"):
        x, y = a.get(key), b.get(key)
        if x and y and max(x, y) / min(x, y) > PAY_RATIO:
            return True
    return False


def same_offer(sig_a: Signature, facts_a: Mapping[str, Any], sig_b: Signature, facts_b: Mapping[str, Any]) -> bool:
    """Whether two ads are one offer: near-identical text, and no stated fact that tells them apart.

    `facts_*` are the offers' facet columns (callboard.store.facets.columns)."""
    return difference(sig_a, facts_a, sig_b, facts_b) is None


def difference(
    sig_a: Signature, facts_a: Mapping[str, Any], sig_b: Signature, facts_b: Mapping[str, Any]
) -> str | None:
    """What tells two ads apart ("text", or the first fact that differs); None when they are one offer."""
    if min(sig_a.shingles, sig_b.shingles) < SHORT:
        if jaccard(sig_a, sig_b) < SIMILAR_SHORT:
            return "text"
    elif jaccard(sig_a, sig_b) < SIMILAR and containment(sig_a, sig_b) < CONTAINED:
        return "text"
    for key in ("lang", "direction", "working_time"):
        if _differ(facts_a.get(key), facts_b.get(key)):
            return key
    if _work_modes_differ(facts_a.get("work_mode"), facts_b.get("work_mode")):
        return "work_mode"
    if _languages_differ(facts_a.get("languages") or 0, sig_a.shingles, facts_b.get("languages") or 0, sig_b.shingles):
        return "languages"
    if _names_differ(facts_a.get("employer_name"), facts_b.get("employer_name")):
        return "employer_name"
    return "pay" if _pay_differs(facts_a, facts_b) else None


def _work_modes_differ(a: Any, b: Any) -> bool:
    """Remote against on-site or hybrid. On-site against hybrid does not count: the analyzer reads
    "on-site" from a named workplace, and a hybrid ad names its office too."""
    return _differ(a, b) and "remote" in (a, b)


def _languages_differ(a: int, size_a: int, b: int, size_b: int) -> bool:
    """Other required languages. A copy a source cut short may have lost some of the other's languages,
    so fewer languages in a clearly shorter ad do not count."""
    if a == b:
        return False
    if a & b == a and size_a < CUT * size_b:
        return False
    return not (a & b == b and size_b < CUT * size_a)


def _names_differ(a: Any, b: Any) -> bool:
    """Employer names that differ once legal forms and quotes are dropped and neither contains the
    other ("Светоч Энерго" is "АО «Светоч Энерго»")."""
    words_a, words_b = _name_words(a), _name_words(b)
    return bool(words_a and words_b) and not (words_a <= words_b or words_b <= words_a)


def candidates(sig_a: Signature, sig_b: Signature) -> bool:
    """Whether the LSH bands bring two ads together (the store compares only such pairs)."""
    return not set(band_keys(sig_a)).isdisjoint(band_keys(sig_b))


def _name_words(name: Any) -> set[str]:
    if not isinstance(name, str):
        return set()
    return {w for w in _WORD.findall(name.lower()) if w not in LEGAL_FORMS}
