"""The facet index: the filterable columns of every canonical offer as numpy arrays, in memory.

Filters and facet counts over 100k-1M offers are array operations here (a few ms), where SQL would
scan the table once per facet. The database stays the only truth: the index is loaded from it and
reloaded when an offer changes (the `rev` column rises).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
import sqlalchemy as sa

from callboard.store.facets import LEVELS, MASKS, ONE_OF, PER_MONTH
from callboard.store.schema import offers

Array = np.ndarray[Any, Any]
LEVEL_RANK = {lv: i + 1 for i, lv in enumerate(LEVELS)}  # 0: language not asked for
UNSTATED_LEVEL = 1  # a language asked for without a level counts as the lowest level

LOAD_COLUMNS = (
    "id", "rev", *ONE_OF, *MASKS, "language_levels", "in_category", "pay_min", "pay_max", "pay_monthly",
    "transparency", "risk", "featured", "posted_at", "first_seen_at",
)  # fmt: skip


@dataclass
class Codes:
    """A single-valued column as small integers: 0 is 'not stated', i is values[i - 1]."""

    values: list[str]
    codes: Array
    lookup: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, raw: list[Any], preset: tuple[str, ...]) -> Codes:
        values = list(preset)
        lookup = {v: i + 1 for i, v in enumerate(values)}
        codes = np.zeros(len(raw), dtype=np.int32)
        for i, v in enumerate(raw):
            if v is None:
                continue
            c = lookup.get(v)
            if c is None:
                values.append(v)
                c = lookup[v] = len(values)
            codes[i] = c
        return cls(values, codes, lookup)


@dataclass
class FacetIndex:
    ids: Array
    one_of: dict[str, Codes]
    masks: dict[str, Array]
    levels: dict[str, Array]  # language -> required level rank per offer (0: not asked)
    numbers: dict[str, Array]  # pay_top_month, pay_month, transparency, risk, posted, featured, in_category
    rev: int

    def __len__(self) -> int:
        return len(self.ids)

    def positions(self, offer_ids: Array) -> Array:
        """Positions of the given offer ids that are in the index (duplicates' ids are dropped)."""
        pos = np.searchsorted(self.ids, offer_ids)
        ok = pos < len(self.ids)
        pos, offer_ids = pos[ok], offer_ids[ok]
        found: Array = pos[self.ids[pos] == offer_ids]
        return found


def current_rev(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(offers.c.rev), 0))).scalar_one())


def _epoch(value: Any) -> float:
    if value is None:
        return np.nan
    if isinstance(value, str):  # SQLite hands back text for raw selects of datetimes
        value = datetime.fromisoformat(value)
    return float(value.timestamp())


def load(conn: sa.Connection, role_ids: tuple[str, ...] = ()) -> FacetIndex:
    """Read the canonical offers' facet columns (duplicates are not shown, so not counted)."""
    rev = current_rev(conn)
    query = sa.select(*[offers.c[c] for c in LOAD_COLUMNS]).where(offers.c.canonical_id == offers.c.id)
    rows = conn.execute(query.order_by(offers.c.id)).all()
    cols: list[Any] = list(zip(*rows, strict=True)) if rows else [() for _ in LOAD_COLUMNS]
    data = dict(zip(LOAD_COLUMNS, cols, strict=True))
    n = len(rows)
    one_of = {}
    for name, preset in ONE_OF.items():
        one_of[name] = Codes.build(list(data[name]), role_ids if name == "role" else preset)
    masks = {name: np.fromiter((v or 0 for v in data[name]), dtype=np.int64, count=n) for name in MASKS}
    levels: dict[str, Array] = {}
    for i, text in enumerate(data["language_levels"]):
        for item in (text or "").split():
            lang, _, level = item.partition(":")
            arr = levels.setdefault(lang, np.zeros(n, dtype=np.int8))
            arr[i] = max(int(arr[i]), LEVEL_RANK.get(level, UNSTATED_LEVEL))

    def floats(values: Any) -> Array:
        return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)

    periods = one_of["pay_period"]
    per_month = np.array([np.nan, *[PER_MONTH.get(v, np.nan) for v in periods.values]], dtype=np.float64)
    pay_min, pay_max = floats(data["pay_min"]), floats(data["pay_max"])
    top = np.where(np.isnan(pay_max), pay_min, pay_max)
    posted = np.array([_epoch(p) if p is not None else _epoch(f) for p, f in
                       zip(data["posted_at"], data["first_seen_at"], strict=True)], dtype=np.float64)
    numbers = {
        "pay_top_month": top * per_month[periods.codes] if n else top,
        "pay_month": floats(data["pay_monthly"]),
        "transparency": np.array(data["transparency"], dtype=np.int16),
        "risk": floats(data["risk"]),
        "posted": posted,
        "featured": np.array(data["featured"], dtype=bool),
        "in_category": np.array(data["in_category"], dtype=bool),
    }
    return FacetIndex(np.array(data["id"], dtype=np.int64), one_of, masks, levels, numbers, rev)
