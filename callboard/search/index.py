"""The facet index: the filterable columns of every canonical offer as numpy arrays, in memory.

Filters and facet counts over 100k-1M offers are array operations here (a few ms), where SQL would
scan the table once per facet. The database stays the only truth: the index is loaded from it and
kept up to date by the `rev` column, which every write raises: only the rows written since the index's
revision are read again and patched in (`refresh`).

Deleting offers is not supported by this (no row is left to carry a revision); the store never deletes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
import sqlalchemy as sa

from callboard.store.facets import LEVELS, MASKS, ONE_OF, PER_MONTH
from callboard.store.offers import current_rev
from callboard.store.schema import offers

Array = np.ndarray[Any, Any]
LEVEL_RANK = {lv: i + 1 for i, lv in enumerate(LEVELS)}  # 0: language not asked for
UNSTATED_LEVEL = 1  # a language asked for without a level counts as the lowest level

LOAD_COLUMNS = (
    "id", "rev", "canonical_id", *ONE_OF, *MASKS, "language_levels", "in_category", "pay_min", "pay_max",
    "pay_monthly", "transparency", "risk", "featured", "posted_at", "first_seen_at",
)  # fmt: skip
PATCH_SHARE = 0.2  # more changed rows than this share of the index (or 1000): a full load costs about the same


@dataclass
class Codes:
    """A single-valued column as small integers: 0 is 'not stated', i is values[i - 1]."""

    values: list[str]
    codes: Array
    lookup: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, raw: list[Any], preset: tuple[str, ...] | list[str]) -> Codes:
        """Codes of `raw`; values not in `preset` are appended (open vocabularies: city, currency)."""
        values = list(preset)
        lookup: dict[Any, int] = {v: i + 1 for i, v in enumerate(values)}
        for v in dict.fromkeys(raw):  # new values in the order they occur
            if v is not None and v not in lookup:
                values.append(v)
                lookup[v] = len(values)
        lookup[None] = 0
        # one dict lookup a row in C (map), not a Python loop
        codes = np.fromiter(map(lookup.__getitem__, raw), dtype=np.int32, count=len(raw))
        del lookup[None]
        return cls(values, codes, lookup)


@dataclass
class FacetIndex:
    ids: Array  # sorted
    live: Array  # False: the offer stopped being canonical since the load (compacted by the next full load)
    one_of: dict[str, Codes]
    masks: dict[str, Array]
    levels: dict[str, Array]  # language -> required level rank per offer (0: not asked)
    numbers: dict[str, Array]  # pay_top_month, pay_month, transparency, risk, posted, featured, in_category
    rev: int

    def __len__(self) -> int:
        return len(self.ids)

    def positions(self, offer_ids: Array) -> Array:
        """Positions of the given offer ids that are in the index (duplicates' ids are dropped).

        Positions of rows no longer live may be among them: callers mask with `live`."""
        pos = np.searchsorted(self.ids, offer_ids)
        ok = pos < len(self.ids)
        pos, offer_ids = pos[ok], offer_ids[ok]
        found: Array = pos[self.ids[pos] == offer_ids]
        return found


def _epoch(value: Any) -> float:
    if value is None:
        return np.nan
    if isinstance(value, str):  # SQLite hands back text for raw selects of datetimes
        value = datetime.fromisoformat(value)
    return float(value.timestamp())


def _query() -> sa.Select[Any]:
    return sa.select(*[offers.c[c] for c in LOAD_COLUMNS])


def load(conn: sa.Connection, role_ids: tuple[str, ...] = ()) -> FacetIndex:
    """Read the canonical offers' facet columns (duplicates are not shown, so not counted)."""
    rev = current_rev(conn)
    rows = conn.execute(_query().where(offers.c.canonical_id == offers.c.id).order_by(offers.c.id)).all()
    presets = {name: role_ids if name == "role" else preset for name, preset in ONE_OF.items()}
    return _build(rows, presets, rev)


def refresh(conn: sa.Connection, index: FacetIndex, role_ids: tuple[str, ...] = ()) -> FacetIndex:
    """The index as of the database's current revision: the rows written since patched in.

    Returns a new index (searches running on the old one are not disturbed); a full load when the
    changes are many or a new canonical offer's id falls among the indexed ones (ids stay sorted)."""
    rev = current_rev(conn)
    if rev == index.rev:
        return index
    # rows written after `rev` was read may come too: patching them again next time is harmless
    most = max(1000, int(len(index) * PATCH_SHARE))
    # sorted here, not by the database: with "ORDER BY id" SQLite walks the whole table in id order
    # instead of taking the few rows from the rev index
    rows = sorted(conn.execute(_query().where(offers.c.rev > index.rev).limit(most + 1)).all(), key=lambda r: r.id)
    if len(rows) > most:
        return load(conn, role_ids)
    part = _build(rows, {name: codes.values for name, codes in index.one_of.items()}, rev)
    pos = np.searchsorted(index.ids, part.ids)
    known = (pos < len(index)) & (index.ids[np.minimum(pos, len(index) - 1)] == part.ids) if len(index) else pos < 0
    added = ~known & part.live  # new canonical offers (new duplicates are not indexed)
    if len(index) and np.any(part.ids[added] < index.ids[-1]):
        return load(conn, role_ids)

    def patch(old: Array, new: Array) -> Array:
        out = np.concatenate([old, new[added]])  # a copy: the old index stays as it was
        out[pos[known]] = new[known]
        return out

    n_old, n_part = len(index), len(part)
    one_of = {name: Codes(part.one_of[name].values, patch(codes.codes, part.one_of[name].codes),
                          part.one_of[name].lookup) for name, codes in index.one_of.items()}  # fmt: skip
    levels = {
        lang: patch(index.levels.get(lang, np.zeros(n_old, dtype=np.int8)),
                    part.levels.get(lang, np.zeros(n_part, dtype=np.int8)))
        for lang in index.levels.keys() | part.levels.keys()
    }  # fmt: skip
    return FacetIndex(
        ids=patch(index.ids, part.ids),
        live=patch(index.live, part.live),
        one_of=one_of,
        masks={name: patch(col, part.masks[name]) for name, col in index.masks.items()},
        levels=levels,
        numbers={name: patch(col, part.numbers[name]) for name, col in index.numbers.items()},
        rev=rev,
    )


def _build(rows: Sequence[Any], presets: Mapping[str, tuple[str, ...] | list[str]], rev: int) -> FacetIndex:
    """An index of the given rows (sorted by id); `live` tells the canonical ones."""
    cols: list[Any] = list(zip(*rows, strict=True)) if rows else [() for _ in LOAD_COLUMNS]
    data = dict(zip(LOAD_COLUMNS, cols, strict=True))
    n = len(rows)
    one_of = {name: Codes.build(list(data[name]), preset) for name, preset in presets.items()}

    def floats(values: Any) -> Array:
        return np.array(values, dtype=np.float64).reshape(n)  # None -> nan

    # bit masks fit in a float's 53 bits (the longest vocabulary has 41 values)
    masks = {name: np.nan_to_num(floats(data[name])).astype(np.int64) for name in MASKS}
    levels: dict[str, Array] = {}
    for i, text in enumerate(data["language_levels"]):
        for item in (text or "").split():
            lang, _, level = item.partition(":")
            if lang not in levels:  # (not setdefault: it would allocate an array for every item)
                levels[lang] = np.zeros(n, dtype=np.int8)
            arr = levels[lang]
            arr[i] = max(int(arr[i]), LEVEL_RANK.get(level, UNSTATED_LEVEL))

    periods = one_of["pay_period"]
    per_month = np.array([np.nan, *[PER_MONTH.get(v, np.nan) for v in periods.values]], dtype=np.float64)
    pay_min, pay_max = floats(data["pay_min"]), floats(data["pay_max"])
    top = np.where(np.isnan(pay_max), pay_min, pay_max)
    posted = np.array([_epoch(p if p is not None else f) for p, f in
                       zip(data["posted_at"], data["first_seen_at"], strict=True)], dtype=np.float64)  # fmt: skip
    numbers = {
        "pay_top_month": top * per_month[periods.codes],
        "pay_month": floats(data["pay_monthly"]),
        "transparency": np.array(data["transparency"], dtype=np.int16).reshape(n),
        "risk": floats(data["risk"]),
        "posted": posted,
        "featured": np.array(data["featured"], dtype=bool).reshape(n),
        "in_category": np.array(data["in_category"], dtype=bool).reshape(n),
    }
    ids = np.array(data["id"], dtype=np.int64).reshape(n)
    live = ids == floats(data["canonical_id"])  # a duplicate's (or a NULL) canonical_id differs
    return FacetIndex(ids, live, one_of, masks, levels, numbers, rev)
