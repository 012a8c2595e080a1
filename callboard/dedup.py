"""Near-duplicate ads: the same job reposted, from another source, lightly edited or for another city.

Each ad gets a MinHash signature (datasketch) of its word 3-grams, numbers folded (a pay edit or a new
reference number changes little); LSH bands of the signature find candidates among stored offers
(`offer_bands`), and `same_offer` confirms a candidate on the signature and on the profile facts that
tell two similar offers apart (role, direction, working time, languages, pay, employer). Thresholds are
tuned on tests/dedup/dev.jsonl; `callboard eval-dedup` prints precision and recall.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS, ROWS = 16, 4  # 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates
SHINGLE = 3
SIMILAR = 0.55  # estimated Jaccard of the shingles at which two ads read as one
CONTAINED = 0.8  # or: one ad is (nearly) a part of the other (a source that truncates)
PAY_RATIO = 1.25  # pay figures further apart than this are two offers

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Signature:
    hashes: bytes  # NUM_PERM uint32 values
    shingles: int  # how many distinct shingles the ad has (for the containment estimate)

    def array(self) -> np.ndarray[Any, np.dtype[np.uint32]]:
        return np.frombuffer(self.hashes, dtype=np.uint32)


def shingles(text: str) -> set[bytes]:
    words = [_DIGITS.sub("0", w) for w in _WORD.findall(text.lower())]
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> Signature:
    grams = shingles(text)
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch(list(grams))
    return Signature(mh.hashvalues.astype(np.uint32).tobytes(), len(grams))


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
    if not (jaccard(sig_a, sig_b) >= SIMILAR or containment(sig_a, sig_b) >= CONTAINED):
        return False
    for key in ("lang", "role", "direction", "working_time", "languages", "work_mode"):
        if _differ(facts_a.get(key), facts_b.get(key)):
            return False
    if _differ(_norm_name(facts_a.get("employer_name")), _norm_name(facts_b.get("employer_name"))):
        return False
    return not _pay_differs(facts_a, facts_b)


def _norm_name(name: Any) -> str | None:
    if not isinstance(name, str):
        return None
    return " ".join(_WORD.findall(name.lower())) or None
