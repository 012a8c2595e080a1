"""Score duplicate detection on a corpus of ad pairs (tests/dedup/README.md describes it).

Each ad of a pair goes through `callboard.importer.prepare`, exactly as an imported record does, and
the pair is called one offer when the store would group it: the two ads share an LSH band
(`dedup.candidates`) and `dedup.same_offer` confirms it. One module for `callboard eval-dedup`, the
test suite's floor gate and `make eval`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callboard import dedup
from callboard.errors import DataError
from callboard.evaluation import Tally
from callboard.importer import prepare
from callboard.ingest.record import RawAd
from callboard.store.offers import PreparedOffer

DUP_KINDS = ("repost", "cross_source", "small_edit", "other_city", "truncated")
NON_DUP_KINDS = (
    "same_employer_other_role",
    "agency_template_other_client",
    "same_role_other_employer",
    "other_conditions",
    "short_generic",
)


@dataclass(frozen=True)
class PairResult:
    id: str
    lang: str
    kind: str
    note: str
    duplicate: bool  # what the corpus says
    grouped: bool  # what the store would do
    candidate: bool  # the LSH bands brought the two ads together
    jaccard: float
    containment: float
    apart_by: str | None  # what told them apart ("lsh", "text", or a fact); None when grouped


@dataclass
class Scores(Tally):
    """The corpus' scores: a Tally of grouped pairs, and how many pairs were judged."""

    pairs: int = 0


def scores(results: Iterable[PairResult]) -> Scores:
    rs = list(results)
    return Scores(
        pairs=len(rs),
        tp=sum(r.duplicate and r.grouped for r in rs),
        fp=sum(not r.duplicate and r.grouped for r in rs),
        fn=sum(r.duplicate and not r.grouped for r in rs),
    )


def load_pairs(path: Path) -> list[dict[str, Any]]:
    pairs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            pair = json.loads(line)
            assert pair["kind"] in DUP_KINDS + NON_DUP_KINDS and pair["duplicate"] == (pair["kind"] in DUP_KINDS)
            assert all(isinstance(pair[side]["body"], str) for side in ("a", "b"))
        except (ValueError, KeyError, TypeError, AssertionError) as exc:
            raise DataError([f"{path}:{n}: not a pair of the dedup corpus ({exc!r})"]) from None
        pairs.append(pair)
    return pairs


def _prepare(pair_id: str, side: Mapping[str, Any]) -> PreparedOffer:
    record = RawAd(
        source=str(side.get("source") or "pairs"),
        kind="pair",
        origin=pair_id,
        raw=side["body"].encode("utf-8"),
        body=side["body"],
        title=side.get("title"),
        employer=side.get("employer"),
        location=side.get("location"),
    )
    item = prepare(record)
    if not isinstance(item, PreparedOffer):
        raise DataError([f"{pair_id}: the ad cannot be analyzed: {item.reason}"])
    return item


def judge(pair: Mapping[str, Any]) -> PairResult:
    """The store's decision on one pair."""
    a, b = _prepare(pair["id"] + "/a", pair["a"]), _prepare(pair["id"] + "/b", pair["b"])
    candidate = dedup.candidates(a.signature, b.signature)
    apart_by = dedup.difference(a.signature, a.facets, b.signature, b.facets) if candidate else "lsh"
    return PairResult(
        id=pair["id"],
        lang=pair["lang"],
        kind=pair["kind"],
        note=pair.get("note") or "",
        duplicate=bool(pair["duplicate"]),
        grouped=apart_by is None,
        candidate=candidate,
        jaccard=dedup.jaccard(a.signature, b.signature),
        containment=dedup.containment(a.signature, b.signature),
        apart_by=apart_by,
    )


def evaluate(path: Path) -> list[PairResult]:
    return [judge(p) for p in load_pairs(path)]


def summary(results: list[PairResult]) -> dict[str, Any]:
    """The figures as data: overall and per language precision/recall/F1; per kind the share judged right."""
    out: dict[str, Any] = {}
    groups: dict[str, list[PairResult]] = defaultdict(list)
    for r in results:
        groups["all"].append(r)
        groups["lang:" + r.lang].append(r)
    for name, rs in groups.items():
        s = scores(rs)
        out[name] = {"pairs": s.pairs, "precision": s.precision, "recall": s.recall, "f1": s.f1}
    for kind in DUP_KINDS + NON_DUP_KINDS:
        rs = [r for r in results if r.kind == kind]
        if rs:
            out["kind:" + kind] = {"pairs": len(rs), "right": sum(r.grouped == r.duplicate for r in rs)}
    return out


def render(results: list[PairResult], *, show_all: bool = False) -> str:
    s = summary(results)
    lines = [f"{'':34} {'pairs':>5} {'precision':>9} {'recall':>6} {'F1':>6}"]
    for name in ["all", *sorted(k for k in s if k.startswith("lang:"))]:
        row = s[name]
        lines.append(f"{name:34} {row['pairs']:5d} {row['precision']:9.3f} {row['recall']:6.3f} {row['f1']:6.3f}")
    lines += ["", f"{'kind':34} {'pairs':>5} {'right':>6} {'rate':>6}  (duplicates: recall; others: kept apart)"]
    for kind in DUP_KINDS + NON_DUP_KINDS:
        if "kind:" + kind in s:
            row = s["kind:" + kind]
            mark = "dup " if kind in DUP_KINDS else "not "
            rate = row["right"] / row["pairs"]
            lines.append(f"{mark + kind:34} {row['pairs']:5d} {row['right']:6d} {rate:6.3f}")
    wrong = [r for r in results if show_all or r.grouped != r.duplicate]
    lines += ["", ("pairs" if show_all else "misclassified") + f" ({len(wrong)}):"]
    for r in wrong:
        verdict = "grouped" if r.grouped else f"apart by {r.apart_by}"
        lines.append(
            f"  {r.id:8} {r.kind:28} {verdict:24} jaccard {r.jaccard:.2f} containment {r.containment:.2f}  {r.note}"
        )
    return "\n".join(lines)


def below_floors(results: list[PairResult], floors: Mapping[str, float]) -> list[str]:
    """The figures (precision, recall of all pairs) that fall below their floor."""
    s = scores(results)
    got = {"precision": s.precision, "recall": s.recall}
    return [f"{k}: {got[k]:.3f} < floor {v:.3f}" for k, v in floors.items() if got[k] < v - 1e-9]


def raised_floors(results: list[PairResult], floors: Mapping[str, float]) -> dict[str, float]:
    """Floors raised to the current figures (never lowered), rounded down to 3 decimals."""
    s = scores(results)
    got = {"precision": s.precision, "recall": s.recall}
    return {k: max(floors.get(k, 0.0), int(got[k] * 1000) / 1000) for k in ("precision", "recall")}
