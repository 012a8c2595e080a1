"""Search: full text on lemmas in the database, filters and facet counts on the in-memory index.

    Searcher(engine).search(SearchQuery(text='operatorka -sprzedaż', filters={'work_mode': ['remote']}))

Filters on a facet are OR-ed within the facet ("chat" or "email") and AND-ed across facets; a value
starting with "!" excludes ("!nights"). Each facet's counts are taken under every filter but its own,
so a user sees what choosing another value would give.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import sqlalchemy as sa

from callboard.analyzer.roles import role_defs
from callboard.errors import InputError
from callboard.search import postings
from callboard.search import query as q
from callboard.search.index import LEVEL_RANK, UNSTATED_LEVEL, Array, FacetIndex, load, refresh
from callboard.search.lemmas import query_lemmas
from callboard.store.facets import MASKS, ONE_OF, PER_MONTH
from callboard.store.schema import offers, search_forms

SORTS = ("date", "pay", "transparency")
DAY = 86_400.0
BANDS: dict[str, tuple[tuple[str, float, float], ...]] = {
    # derived facets: counts over ranges of a number
    "transparency": (("low", 0, 40), ("medium", 40, 70), ("high", 70, 101)),
    "risk": (("low", 0, 0.3), ("medium", 0.3, 0.6), ("high", 0.6, 10)),
}
POSTED_DAYS = (1, 7, 30)
MATCHES_CACHED = 256  # text matches kept (see Searcher) ...
POSITIONS_CACHED = 16_000_000  # ... holding at most this many positions together (64 MB)
TERMS_CACHED = 10_000  # query texts whose lemmas are kept
_BYTE_BITS = np.unpackbits(np.arange(256, dtype=np.uint8)[:, None], axis=1, bitorder="little").astype(np.int64)


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: Mapping[str, Iterable[str]] = field(default_factory=dict)  # facet -> values ("!v" excludes)
    pay_min: float | None = None  # offers paying at least this much (the top of their range) ...
    pay_max: float | None = None  # ... and starting at most at this (the bottom of their range) ...
    pay_period: str = "month"  # ... per this period (offers paid per hour or shift are converted)
    pay_currency: str | None = None
    min_transparency: int | None = None
    max_risk: float | None = None
    posted_within_days: int | None = None
    featured: bool | None = None
    in_category: bool | None = True
    sort: str = "date"
    page: int = 1
    per_page: int = 20
    now: float | None = None  # the clock for "posted within": tests and benchmarks fix it


@dataclass(frozen=True)
class Hit:
    id: int
    title: str | None
    employer: str | None
    city: str | None
    role: str | None
    work_mode: str | None
    pay: dict[str, Any] | None
    posted_at: str | None
    transparency: int
    risk: float
    duplicates: int
    url: str | None


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    took_ms: float


class Searcher:
    """Answers searches on one database; keeps the facet index and reloads it when offers change."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._index: FacetIndex | None = None
        # text matches of recent queries as positions in the index, per index revision: a common word
        # matches 10% of the board, which the database hands over at some µs an offer
        self._matches: OrderedDict[tuple[int, str], Array] = OrderedDict()
        self._terms: dict[tuple[int, str], list[q.Term]] = {}
        self._lock = threading.Lock()

    def index(self, conn: sa.Connection) -> FacetIndex:
        old = self._index
        # after the first load only the offers written since are read (an import changes the revision
        # after every batch: reloading 1M offers whole took 33-49 s)
        self._index = load(conn, tuple(role_defs())) if old is None else refresh(conn, old, tuple(role_defs()))
        if self._index is not old:  # text matches are positions in the index and stored forms changed
            with self._lock:
                self._matches.clear()
                self._terms.clear()
        return self._index

    def search(self, sq: SearchQuery) -> SearchResult:
        start = time.perf_counter()
        _validate(sq)
        with self.engine.connect() as conn:
            index = self.index(conn)
            base = self._text_mask(conn, index, sq.text)
            base &= _global_mask(index, sq)
            own = {name: _filter_mask(index, name, values) for name, values in sq.filters.items()}
            selected = base.copy()
            for m in own.values():
                selected &= m
            facets = _facet_counts(index, base, own, selected, sq)
            positions = _sorted(index, selected, sq.sort)
            total = len(positions)
            page = positions[(sq.page - 1) * sq.per_page : sq.page * sq.per_page]
            hits = _hits(conn, [int(i) for i in index.ids[page]])
        return SearchResult(total, hits, facets, (time.perf_counter() - start) * 1000)

    # -- text ------------------------------------------------------------------------------------------
    def _text_mask(self, conn: sa.Connection, index: FacetIndex, text: str) -> Array:
        mask = np.ones(len(index), dtype=bool)
        terms = self._terms.get((index.rev, text))
        if terms is None:  # the words' lemmas come from the stored forms, which change with the revision
            terms = q.terms(text, lambda ws: _lemmas_of(conn, ws))
            with self._lock:
                if len(self._terms) >= TERMS_CACHED:
                    self._terms.clear()
                self._terms[(index.rev, text)] = terms
        if not terms:
            return mask
        positive = [t for t in terms if not t.negated]
        negative = [t for t in terms if t.negated]
        if positive:
            mask[:] = False
            mask[self._positions(conn, index, positive)] = True
        for t in negative:
            mask[self._positions(conn, index, [t])] = False
        return mask

    def _positions(self, conn: sa.Connection, index: FacetIndex, terms: list[q.Term]) -> Array:
        """Positions in the index of the offers matching all the terms, from the cache or the database."""
        key = (index.rev, q.fts5(terms) if conn.dialect.name == "sqlite" else q.tsquery(terms))
        with self._lock:
            found = self._matches.get(key)
            if found is not None:
                self._matches.move_to_end(key)
                return found
        positions = index.positions(self._match(conn, terms)).astype(np.int32)
        with self._lock:
            self._matches[key] = positions
            while len(self._matches) > 1 and (
                len(self._matches) > MATCHES_CACHED or sum(a.size for a in self._matches.values()) > POSITIONS_CACHED
            ):
                self._matches.popitem(last=False)
        return positions

    def _match(self, conn: sa.Connection, terms: list[q.Term]) -> Array:
        # A common word matches a good part of the board (100k+ ids at 1M offers): the database joins
        # the ids into one text, parsed by numpy (rows one by one cost ten times more). Duplicates'
        # ids are dropped by the index (FacetIndex.positions), not here: the full-text tables know
        # nothing of duplicates, and a join to offers would read the wide rows again.
        cursor = conn.connection.cursor()
        try:
            if conn.dialect.name != "sqlite":
                # PostgreSQL: from the posting lists (GIN gave row addresses, one heap page each)
                return postings.match(cursor, terms)
            cursor.execute("SELECT group_concat(rowid) FROM offers_fts WHERE offers_fts MATCH ?", (q.fts5(terms),))
            row = cursor.fetchone()
        finally:
            cursor.close()
        joined = row[0] if row else None
        if not joined:
            return np.zeros(0, dtype=np.int64)
        return np.sort(np.fromstring(joined, dtype=np.int64, sep=","))


def _lemmas_of(conn: sa.Connection, words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Query words to lemmas: through the forms seen in stored ads, else through the lemmatizer.

    A word that is itself the lemma of stored words ("operatorka" when ads say "operatorki") needs no
    lemmatizer either: loading its dictionaries costs seconds in a fresh process."""
    ws = sorted(set(words))
    found: dict[str, list[str]] = {}
    if ws:
        rows = conn.execute(sa.select(search_forms.c.form, search_forms.c.lemma).where(search_forms.c.form.in_(ws)))
        for form, lemma in rows:
            found.setdefault(form, []).append(lemma)
        missing = [w for w in ws if w not in found]
        if missing:
            known = conn.execute(sa.select(search_forms.c.lemma).where(search_forms.c.lemma.in_(missing)).distinct())
            for (lemma,) in known:
                found[lemma] = [lemma]
    out = {}
    for w in ws:
        lemmas = found.get(w) or list(query_lemmas(w))
        out[w] = tuple(dict.fromkeys([*lemmas, w]))  # the word itself too: names and words no dictionary knows
    return out


def _validate(sq: SearchQuery) -> None:
    if sq.sort not in SORTS:
        raise InputError(f"unknown sort {sq.sort!r}: expected one of {', '.join(SORTS)}")
    if sq.pay_period not in PER_MONTH:
        raise InputError(f"unknown pay period {sq.pay_period!r}: expected one of {', '.join(PER_MONTH)}")
    if sq.page < 1 or not 1 <= sq.per_page <= 500:
        raise InputError("page must be 1 or more, per_page between 1 and 500")
    for name in sq.filters:
        if name not in ONE_OF and name not in MASKS:
            known = ", ".join([*ONE_OF, *MASKS])
            raise InputError(f"unknown filter {name!r}: expected one of {known}")


def _global_mask(index: FacetIndex, sq: SearchQuery) -> Array:
    nums = index.numbers
    mask = index.live.copy()  # offers that became duplicates since the last full load are not shown
    if sq.in_category is not None:
        mask &= nums["in_category"] == sq.in_category
    if sq.featured is not None:
        mask &= nums["featured"] == sq.featured
    if sq.min_transparency is not None:
        mask &= nums["transparency"] >= sq.min_transparency
    if sq.max_risk is not None:
        mask &= nums["risk"] <= sq.max_risk
    if sq.posted_within_days is not None:
        now = sq.now if sq.now is not None else time.time()
        mask &= nums["posted"] >= now - sq.posted_within_days * DAY
    if sq.pay_min is not None:
        with np.errstate(invalid="ignore"):
            mask &= nums["pay_top_month"] >= sq.pay_min * PER_MONTH[sq.pay_period]
    if sq.pay_max is not None:
        with np.errstate(invalid="ignore"):
            mask &= nums["pay_month"] <= sq.pay_max * PER_MONTH[sq.pay_period]
    if sq.pay_currency:
        cur = index.one_of["pay_currency"]
        mask &= cur.codes == cur.lookup.get(sq.pay_currency.upper(), -1)
    return mask


def _filter_mask(index: FacetIndex, name: str, values: Iterable[str]) -> Array:
    include = [v for v in values if not v.startswith("!")]
    exclude = [v[1:] for v in values if v.startswith("!")]
    n = len(index)
    mask = np.zeros(n, dtype=bool) if include else np.ones(n, dtype=bool)
    if name in MASKS:
        col, vocab = index.masks[name], MASKS[name]
        for v in include:
            lang, _, level = v.partition(":")
            if name == "languages" and level:
                # "de:B2": German asked for at B2 or below (the candidate's own level)
                ranks = index.levels.get(lang, np.zeros(n, dtype=np.int8))
                mask |= (ranks > 0) & (ranks <= LEVEL_RANK.get(level, UNSTATED_LEVEL))
            elif v in vocab:
                mask |= (col & (1 << vocab.index(v))) != 0
        for v in exclude:
            if v in vocab:
                mask &= (col & (1 << vocab.index(v))) == 0
    else:
        codes = index.one_of[name]
        for v in include:
            mask |= codes.codes == codes.lookup.get(v, -1)
        for v in exclude:
            mask &= codes.codes != codes.lookup.get(v, -1)
    return mask


def _facet_counts(
    index: FacetIndex, base: Array, own: dict[str, Array], selected: Array, sq: SearchQuery
) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for name in (*ONE_OF, *MASKS):
        scope = selected
        if name in own:  # counts under every filter but this facet's own
            scope = base.copy()
            for other, m in own.items():
                if other != name:
                    scope &= m
        if name in MASKS:
            # bits set per position: each byte of the masks counted by value (one bincount), times
            # the bits of each value (4x faster than unpacking every bit of 100k+ masks)
            raw = index.masks[name][scope].view(np.uint8).reshape(-1, 8)
            used = (len(MASKS[name]) + 7) // 8  # the bytes that hold bits (little-endian int64)
            bits = np.concatenate([np.bincount(raw[:, j], minlength=256) @ _BYTE_BITS for j in range(used)])
            counts = {v: int(bits[i]) for i, v in enumerate(MASKS[name]) if bits.size and bits[i]}
        else:
            codes = index.one_of[name]
            bins = np.bincount(codes.codes[scope], minlength=len(codes.values) + 1)
            counts = {v: int(bins[i + 1]) for i, v in enumerate(codes.values) if bins[i + 1]}
        out[name] = counts
    for name, bands in BANDS.items():
        vals = index.numbers[name][selected]
        out[name] = {label: int(np.count_nonzero((vals >= lo) & (vals < hi))) for label, lo, hi in bands}
    now = sq.now if sq.now is not None else time.time()
    posted = index.numbers["posted"][selected]
    out["posted_within_days"] = {str(d): int(np.count_nonzero(posted >= now - d * DAY)) for d in POSTED_DAYS}
    out["featured"] = {"yes": int(np.count_nonzero(index.numbers["featured"][selected]))}
    return out


def _sorted(index: FacetIndex, selected: Array, sort: str) -> Array:
    positions = np.flatnonzero(selected)
    nums = index.numbers
    if sort == "pay":
        key = nums["pay_month"][positions]
    elif sort == "transparency":
        key = nums["transparency"][positions] * 1e10 + np.nan_to_num(nums["posted"][positions])
    else:
        key = nums["posted"][positions]
    key = np.where(np.isnan(key), -np.inf, key)  # unstated last
    order = np.argsort(-key, kind="stable")
    return positions[order]


def _hits_query() -> sa.Select[Any]:
    """One page of hits, each with its duplicate count: one statement, built once."""
    cols = offers.c
    dup = offers.alias("dup")
    duplicates = sa.select(sa.func.count()).where(dup.c.canonical_id == cols.id, dup.c.id != cols.id)
    return sa.select(
        cols.id, cols.title, cols.employer_name, cols.feed_employer, cols.city, cols.role, cols.work_mode,
        cols.pay_min, cols.pay_max, cols.pay_currency, cols.pay_period, cols.posted_at, cols.transparency,
        cols.risk, cols.url, duplicates.scalar_subquery().label("duplicates"),
    ).where(cols.id.in_(sa.bindparam("ids", expanding=True)))  # fmt: skip


_HITS = _hits_query()


def _hits(conn: sa.Connection, ids: list[int]) -> list[Hit]:
    if not ids:
        return []
    rows = {r.id: r for r in conn.execute(_HITS, {"ids": ids})}
    dups = {i: r.duplicates for i, r in rows.items()}
    out = []
    for i in ids:
        r = rows[i]
        pay = None
        if r.pay_min is not None or r.pay_max is not None:
            pay = {"min": r.pay_min, "max": r.pay_max, "currency": r.pay_currency, "period": r.pay_period}
        out.append(Hit(
            id=r.id, title=r.title, employer=r.employer_name or r.feed_employer, city=r.city, role=r.role,
            work_mode=r.work_mode, pay=pay, posted_at=r.posted_at.isoformat() if r.posted_at else None,
            transparency=r.transparency, risk=r.risk, duplicates=int(dups.get(i, 0)), url=r.url,
        ))  # fmt: skip
    return out
