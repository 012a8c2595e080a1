"""Import: read records, analyze them on every core, store them a batch per transaction.

    records (ingest.readers) -> prepare() in worker processes -> OfferWriter in the main process

Each batch is one transaction, so killing the import at any point loses at most the batch in flight,
and importing again skips what is stored (same source, key and content) and finishes the rest.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from callboard import dedup
from callboard.analyzer import ANALYZER_VERSION, analyze
from callboard.errors import CallboardError
from callboard.ingest.readers import parse_records, read_path
from callboard.ingest.record import RawAd, Record, Unreadable
from callboard.search.lemmas import index_text, warm_up
from callboard.store.facets import columns
from callboard.store.offers import OfferWriter, PreparedOffer, content_hash, external_key, stored_hashes
from callboard.store.schema import offers, quarantine, search_forms

__all__ = ["ANALYZER_VERSION", "ImportSummary", "RawAd", "import_paths", "import_records", "prepare"]

BATCH = 250
IN_FLIGHT = 4  # batches per worker read ahead of the writer
POOL_MIN_BYTES = 2_000_000  # smaller inputs are analyzed in this process: starting workers costs more
OUTCOMES = ("new", "updated", "unchanged", "duplicate", "quarantined")


@dataclass
class ImportSummary:
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def as_dict(self) -> dict[str, int]:
        return {k: self.counts[k] for k in OUTCOMES}


@dataclass(frozen=True)
class Unchanged:
    """A record stored before with the same content: nothing to analyze or to write."""

    ad: RawAd


Prepared = PreparedOffer | Unreadable | Unchanged


def prepare(record: Record) -> PreparedOffer | Unreadable:
    """Analyze one raw ad and compute what the store indexes; a record that cannot be analyzed is
    returned as Unreadable with the reason."""
    if isinstance(record, Unreadable):
        return record
    try:
        profile = analyze(record.body, title=record.title, employer_name=record.employer, location=record.location)
    except CallboardError as exc:
        return Unreadable(record.source, record.kind, record.origin, record.raw, f"cannot analyze the ad: {exc}")
    except Exception as exc:  # an analyzer bug must not stop an import: the record waits for a fixed analyzer
        reason = f"analyzer error ({type(exc).__name__}: {exc}); retry after an upgrade: callboard quarantine retry"
        return Unreadable(record.source, record.kind, record.origin, record.raw, reason)
    as_dict = profile.to_dict()
    lemmas, forms = index_text(profile.text, profile.language)
    featured = bool(record.structured.get("featured"))
    return PreparedOffer(
        ad=record,
        analyzer_version=profile.analyzer_version,
        profile=as_dict,
        facets=columns(as_dict, feed_location=record.location, featured=featured),
        lemmas=lemmas,
        forms=forms,
        signature=dedup.signature(profile.text),
    )


# What a worker sends back for one record: what the main process lacks (it has the records it sent).
# Pickling between processes costs about as much per byte as analyzing: the raw bytes, body and feed
# fields of an ad do not travel back.
_Answer = tuple[Any, ...] | Unreadable | None


def _to_analyze(batch: list[Record | Unchanged]) -> list[Record | None]:
    """What goes to _analyze_batch: the records, None for those stored unchanged."""
    return [None if isinstance(r, Unchanged) else r for r in batch]


def _analyze_batch(batch: list[Record | None]) -> list[_Answer]:
    """prepare() for a batch (in a worker process, or in this one for a small import): an analyzed ad
    comes back without its record; None (a record stored unchanged) stays None."""
    answers: list[_Answer] = []
    for record in batch:
        item = None if record is None else prepare(record)
        if isinstance(item, PreparedOffer):
            answers.append(tuple(getattr(item, f.name) for f in fields(PreparedOffer) if f.name != "ad"))
        else:
            answers.append(item)
    return answers


def _joined(batch: list[Record | Unchanged], answers: list[_Answer]) -> list[Prepared]:
    """The worker's answers for a batch made whole again with the records the main process kept."""
    out: list[Prepared] = []
    for record, answer in zip(batch, answers, strict=True):
        if isinstance(answer, tuple):
            assert isinstance(record, RawAd)
            out.append(PreparedOffer(record, *answer))
        elif answer is None:
            assert isinstance(record, Unchanged)
            out.append(record)
        else:
            out.append(answer)
    return out


def mark_unchanged(engine: sa.Engine, batch: list[Record]) -> list[Record | Unchanged]:
    """The batch with the records already stored as they are marked Unchanged: importing a file again,
    or resuming a killed import, analyzes only what is new or changed."""
    with engine.connect() as conn:
        stored = stored_hashes(conn, [r for r in batch if isinstance(r, RawAd)])
    if not stored:
        return list(batch)
    return [
        Unchanged(r) if isinstance(r, RawAd) and stored.get((r.source, external_key(r))) == content_hash(r) else r
        for r in batch
    ]


def _batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    it = iter(records)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _input_bytes(paths: Iterable[Path]) -> int:
    total = 0
    for p in paths:
        if p.is_dir():
            total += sum(f.stat().st_size for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        elif p.is_file():
            total += p.stat().st_size
    return total


def _known_forms(engine: sa.Engine) -> set[tuple[str, str]]:
    with engine.connect() as conn:
        return {(f, lm) for f, lm in conn.execute(sa.select(search_forms.c.form, search_forms.c.lemma))}


def store_batches(
    engine: sa.Engine,
    batches: Iterable[list[Prepared]],
    on_batch: Callable[[list[Prepared]], None] | None = None,
) -> ImportSummary:
    summary = ImportSummary()
    forms = _known_forms(engine)
    for batch in batches:
        fresh = [i for i in batch if not isinstance(i, Unchanged)]
        summary.counts["unchanged"] += len(batch) - len(fresh)
        with engine.begin() as conn:
            writer = OfferWriter(conn, forms)
            summary.counts.update(writer.write_many(fresh))
            writer.resolve_stored(i for i in fresh if isinstance(i, PreparedOffer))
        if on_batch:
            on_batch(batch)
    return summary


def import_records(
    engine: sa.Engine,
    records: Iterable[Record],
    *,
    jobs: int = 1,
    on_batch: Callable[[list[Prepared]], None] | None = None,
) -> ImportSummary:
    """Analyze and store records; `jobs` > 1 analyzes in that many worker processes."""
    batches = _batches(records, BATCH)
    if jobs <= 1:  # the same steps as the workers', in this process
        marked = (mark_unchanged(engine, b) for b in batches)
        return store_batches(engine, (_joined(b, _analyze_batch(_to_analyze(b))) for b in marked), on_batch)
    warm_up()  # the lemma dictionaries load once here and are shared with the forked workers
    dedup.warm_up()
    # their million objects are left out of the garbage collector's full passes (in the workers too,
    # whose copies of them then stay shared with this process)
    gc.freeze()
    ctx = multiprocessing.get_context("fork")
    # Pool.imap reads its input as fast as it can: without a bound a 1M-ad file would be read and
    # queued whole before the first batch is stored. At most IN_FLIGHT batches per worker are out.
    slots = threading.BoundedSemaphore(jobs * IN_FLIGHT)
    stop = threading.Event()  # the writer failed: the pool's feeding thread must not wait for a slot

    def taken() -> Iterator[list[Record | Unchanged]]:
        for batch in batches:
            while not slots.acquire(timeout=0.1):
                if stop.is_set():
                    return
            yield mark_unchanged(engine, batch)  # in the pool's feeding thread, on a connection of its own

    sent: deque[list[Record | Unchanged]] = deque()  # the batches out, in order (imap answers in order)

    def given_back(results: Iterable[list[_Answer]]) -> Iterator[list[Prepared]]:
        for answer in results:
            slots.release()
            yield _joined(sent.popleft(), answer)

    def lean(batches: Iterable[list[Record | Unchanged]]) -> Iterator[list[Record | None]]:
        for batch in batches:
            sent.append(batch)
            yield _to_analyze(batch)

    with ctx.Pool(jobs) as pool:
        try:
            return store_batches(engine, given_back(pool.imap(_analyze_batch, lean(taken()))), on_batch)
        finally:
            stop.set()


def import_paths(
    engine: sa.Engine,
    paths: list[Path],
    *,
    source: str | None = None,
    csv_mapping: Any = None,
    jobs: int | None = None,
    on_batch: Callable[[list[Prepared]], None] | None = None,
) -> ImportSummary:
    """Import files and folders (every format of callboard.ingest.readers); returns the counts."""
    if jobs is None:
        jobs = (os.cpu_count() or 1) if _input_bytes(paths) >= POOL_MIN_BYTES else 1
    records = itertools.chain.from_iterable(read_path(p, source=source, csv_mapping=csv_mapping) for p in paths)
    return import_records(engine, records, jobs=jobs, on_batch=on_batch)


def record_size(item: Prepared) -> int:
    """Bytes of input a stored item stands for (the progress bar's unit)."""
    return len(item.raw) if isinstance(item, Unreadable) else len(item.ad.raw)


def _raw_ad(row: Any) -> RawAd:
    """A stored offer's record as a reader gave it (the feed fields are stored as received)."""
    return RawAd(
        source=row.source, kind=row.kind, origin=row.origin, raw=bytes(row.raw), body=row.body,
        external_id=row.external_id, title=row.title, url=row.url, posted_at=row.posted_at,
        employer=row.feed_employer, location=row.feed_location, structured=row.structured or {},
    )  # fmt: skip


def reanalyze(
    engine: sa.Engine,
    *,
    batch_size: int = 500,
    force: bool = False,
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Recompute the profiles made by another analyzer version (every profile with `force`), a batch
    per transaction in id order; stopped and started again, it goes on where it stopped."""
    cols = offers.c
    wanted = [
        cols.id, cols.lemmas, cols.source, cols.kind, cols.origin, cols.raw, cols.body, cols.external_id,
        cols.title, cols.url, cols.posted_at, cols.feed_employer, cols.feed_location, cols.structured,
    ]  # fmt: skip
    done, last_id = 0, 0
    forms = _known_forms(engine)
    while True:
        query = sa.select(*wanted).where(cols.id > last_id).order_by(cols.id).limit(batch_size)
        if not force:
            query = query.where(cols.analyzer_version != ANALYZER_VERSION)
        with engine.begin() as conn:
            rows = conn.execute(query).all()
            if not rows:
                return done
            writer = OfferWriter(conn, forms)
            for row in rows:
                item = prepare(_raw_ad(row))
                if isinstance(item, PreparedOffer):
                    writer.reanalyzed(row.id, row.lemmas, item)
            last_id = rows[-1].id
        done += len(rows)
        if on_batch:
            on_batch(len(rows))


def retry_quarantined(engine: sa.Engine, ids: Iterable[int] | None = None) -> ImportSummary:
    """Read quarantined records again (all open ones, or the given ids): those that now read are stored
    and their entries resolved; the others stay, with the new reason."""
    summary = ImportSummary()
    query = sa.select(quarantine).where(quarantine.c.status == "open").order_by(quarantine.c.id)
    if ids is not None:
        query = sa.select(quarantine).where(quarantine.c.id.in_(list(ids))).order_by(quarantine.c.id)
    with engine.begin() as conn:
        writer = OfferWriter(conn, _known_forms(engine))
        for row in conn.execute(query).all():
            # a quarantined file or page may now read as several records: each is stored or quarantined
            items = [prepare(r) for r in parse_records(row.kind, bytes(row.raw), source=row.source, origin=row.origin)]
            readable = [i for i in items if isinstance(i, PreparedOffer)]
            if not readable:
                reasons = "; ".join(i.reason for i in items if isinstance(i, Unreadable)) or "no record in it"
                writer.quarantine(Unreadable(row.source, row.kind, row.origin, bytes(row.raw), reasons))
                summary.counts["quarantined"] += 1
                continue
            for item in items:
                summary.counts[writer.write(item)] += 1
            writer.resolve(row.id, writer.find(readable[0].ad))
    return summary
