"""Writing offers: idempotent upserts keyed by (source, external key), history of every change,
duplicate grouping through the LSH bands, the full-text rows, and the quarantine.

One `OfferWriter` works inside one transaction (the importer commits a batch at a time), so a killed
import leaves whole batches, and running it again finds them unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from callboard import dedup
from callboard.ingest.record import RawAd, Unreadable
from callboard.store import postings
from callboard.store.schema import offer_bands, offer_history, offers, quarantine, search_forms

# Duplicate candidates of a batch: the most recent offers of each LSH band key. Ads made from one
# template (an employer posting the same text for thirty cities) share their band keys, so without a
# bound every new one would be compared with all earlier ones (quadratic at 100k+ offers); a repost
# is found among the latest offers that share its text.
CANDIDATES_PER_KEY = 64

FACT_COLUMNS = (
    "lang", "role", "direction", "working_time", "work_mode", "languages", "employer_name",
    "pay_min", "pay_max", "pay_currency", "pay_period",
)  # fmt: skip


@dataclass(frozen=True)
class PreparedOffer:
    """Everything the store needs for one ad, computed away from the database (in a worker process)."""

    ad: RawAd
    analyzer_version: str
    profile: dict[str, Any]
    facets: dict[str, Any]
    lemmas: str
    forms: frozenset[tuple[str, str]]
    signature: dedup.Signature
    bands: tuple[int, ...] = field(default=())


def external_key(ad: RawAd) -> str:
    """The identity of a record within its source: its id, else its URL, else its content."""
    if ad.external_id:
        return f"id:{ad.external_id}"[:600]
    if ad.url:
        return f"url:{ad.url}"[:600]
    return "sha:" + content_hash(ad)


def content_hash(ad: RawAd) -> str:
    return hashlib.sha256(ad.kind.encode() + b"\0" + ad.raw).hexdigest()


def raw_hash(raw: bytes) -> str:
    """The quarantine's key of a record's bytes (with its source and kind)."""
    return hashlib.sha256(raw).hexdigest()


def stored_hashes(conn: sa.Connection, ads: Iterable[RawAd]) -> dict[tuple[str, str], str]:
    """(source, key) -> content hash of the given records that are stored already."""
    found: dict[tuple[str, str], str] = {}
    by_source: dict[str, list[str]] = {}
    for ad in ads:
        by_source.setdefault(ad.source, []).append(external_key(ad))
    for source, keys in by_source.items():
        for i in range(0, len(keys), 500):
            rows = conn.execute(sa.select(offers.c.external_key, offers.c.content_hash).where(
                offers.c.source == source, offers.c.external_key.in_(keys[i : i + 500])
            ))  # fmt: skip
            found.update(((source, k), h) for k, h in rows)
    return found


def current_rev(conn: sa.Connection) -> int:
    """The highest revision written: every write of an offer raises it (readers reload by it)."""
    return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(offers.c.rev), 0))).scalar_one())


def _now() -> datetime:
    return datetime.now(UTC)


def _stored_profile(profile: Mapping[str, Any]) -> dict[str, Any]:
    # the prepared text is derived from the body (analyze again to show evidence): not stored twice
    return {k: v for k, v in profile.items() if k != "text"}


class OfferWriter:
    """Writes prepared offers and unreadable records on one connection, inside its transaction."""

    def __init__(self, conn: sa.Connection, known_forms: set[tuple[str, str]] | None = None) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.rev = current_rev(conn)
        # forms already stored: an importer passes one set to every batch's writer
        self._known_forms = known_forms if known_forms is not None else set()

    # -- offers ---------------------------------------------------------------------------------------
    def write_many(self, items: Iterable[PreparedOffer | Unreadable]) -> list[str]:
        """Store records in order, as `write` does one by one, with a few statements per batch: new
        offers are inserted together (their keys looked up, rows, full text, bands and duplicate
        candidates in one statement each); a record seen before goes through `write`."""
        items = list(items)
        stored = set(stored_hashes(self.conn, [i.ad for i in items if isinstance(i, PreparedOffer)]))
        outcomes: list[str] = [""] * len(items)
        pending: list[tuple[int, PreparedOffer, str, str]] = []  # (position, item, key, content hash)
        pending_keys: set[tuple[str, str]] = set()
        for pos, item in enumerate(items):
            if isinstance(item, PreparedOffer):
                key = external_key(item.ad)
                ident = (item.ad.source, key)
                if ident not in stored and ident not in pending_keys:
                    pending.append((pos, item, key, content_hash(item.ad)))
                    pending_keys.add(ident)
                    continue
            self._insert_new(pending, outcomes)  # what follows may depend on these rows
            pending, pending_keys = [], set()
            outcomes[pos] = self.write(item)
        self._insert_new(pending, outcomes)
        return outcomes

    def _insert_new(self, pending: list[tuple[int, PreparedOffer, str, str]], outcomes: list[str]) -> None:
        if not pending:
            return
        now = _now()
        rows = []
        for _, item, key, digest in pending:
            self.rev += 1
            rows.append({"first_seen_at": now, **self._values(item, key, digest, now)})
        inserted = self.conn.execute(offers.insert().returning(offers.c.id, sort_by_parameter_order=True), rows)
        ids = [int(i) for i in inserted.scalars()]
        keys = [item.bands or tuple(dedup.band_keys(item.signature)) for _, item, _, _ in pending]
        # duplicate candidates: stored offers sharing a band key, then the earlier offers of this batch
        by_key = self._offers_by_key({k for ks in keys for k in ks})
        others = self._candidates({o for os in by_key.values() for o in os})
        canonical_ids = []
        for (pos, item, _, _), offer_id, ks in zip(pending, ids, keys, strict=True):
            canonical = offer_id
            for other in sorted({o for k in ks for o in by_key.get(k, ())}):
                if other in others:
                    canon, sig, facts = others[other]
                    if dedup.same_offer(item.signature, item.facets, sig, facts):
                        canonical = canon
                        break
            canonical_ids.append({"oid": offer_id, "cid": canonical})
            outcomes[pos] = "new" if canonical == offer_id else "duplicate"
            # this offer is a candidate for the ones after it in the batch
            for k in ks:
                by_key.setdefault(k, []).append(offer_id)
            others[offer_id] = (canonical, item.signature, item.facets)
        self.conn.execute(
            offers.update().where(offers.c.id == sa.bindparam("oid")).values(canonical_id=sa.bindparam("cid")),
            canonical_ids,
        )
        self._fts_insert([(i, item.lemmas) for (_, item, _, _), i in zip(pending, ids, strict=True)])
        self.conn.execute(offer_bands.insert(), [
            {"band_key": k, "offer_id": i} for i, ks in zip(ids, keys, strict=True) for k in ks
        ])  # fmt: skip
        self._add_forms({f for _, item, _, _ in pending for f in item.forms})

    def write(self, item: PreparedOffer | Unreadable) -> str:
        """Store one record; returns what happened: new, duplicate, updated, unchanged or quarantined."""
        if isinstance(item, Unreadable):
            self.quarantine(item)
            return "quarantined"
        ad = item.ad
        key = external_key(ad)
        digest = content_hash(ad)
        found = self.conn.execute(
            sa.select(offers.c.id, offers.c.content_hash)
            .where(offers.c.source == ad.source, offers.c.external_key == key)
        ).first()
        if found is not None and found.content_hash == digest:
            return "unchanged"
        now = _now()
        if found is None:
            self.rev += 1
            offer_id = int(self.conn.execute(
                offers.insert().values(first_seen_at=now, **self._values(item, key, digest, now))
                .returning(offers.c.id)
            ).scalar_one())
            canonical = self._index(offer_id, item)
            return "new" if canonical == offer_id else "duplicate"
        row = self.conn.execute(sa.select(offers).where(offers.c.id == found.id)).mappings().one()
        self.conn.execute(offer_history.insert().values(
            offer_id=row["id"], replaced_at=now, content_hash=row["content_hash"], origin=row["origin"],
            raw=row["raw"], body=row["body"], title=row["title"], posted_at=row["posted_at"],
            analyzer_version=row["analyzer_version"], profile=row["profile"],
        ))
        self._replace(row["id"], row["lemmas"], item, self._values(item, key, digest, now))
        return "updated"

    def find(self, ad: RawAd) -> int | None:
        """The id of the stored offer for this record's source and key."""
        found = self.conn.execute(sa.select(offers.c.id).where(
            offers.c.source == ad.source, offers.c.external_key == external_key(ad)
        )).scalar()
        return int(found) if found is not None else None

    def reanalyzed(self, offer_id: int, old_lemmas: str, item: PreparedOffer) -> None:
        """A new profile for an unchanged record (after an analyzer upgrade): no history entry."""
        ad = item.ad
        self._replace(offer_id, old_lemmas, item, self._values(item, external_key(ad), content_hash(ad), _now()))

    def _replace(self, offer_id: int, old_lemmas: str, item: PreparedOffer, values: dict[str, Any]) -> None:
        self.rev += 1
        values["rev"] = self.rev
        self._fts_delete(offer_id, old_lemmas)
        self.conn.execute(offer_bands.delete().where(offer_bands.c.offer_id == offer_id))
        self.conn.execute(offers.update().where(offers.c.id == offer_id).values(**values))
        self._index(offer_id, item)

    def _index(self, offer_id: int, item: PreparedOffer) -> int:
        """Full-text row, LSH bands, duplicate group and lemma forms of a stored offer; its canonical id."""
        self._fts_insert([(offer_id, item.lemmas)])
        keys = item.bands or tuple(dedup.band_keys(item.signature))
        canonical = self._canonical_for(offer_id, item, keys)
        self.conn.execute(offers.update().where(offers.c.id == offer_id).values(canonical_id=canonical))
        self.conn.execute(offer_bands.insert(), [{"band_key": k, "offer_id": offer_id} for k in keys])
        self._add_forms(item.forms)
        return canonical

    def _values(self, item: PreparedOffer, key: str, digest: str, now: datetime) -> dict[str, Any]:
        ad = item.ad
        return {
            "source": ad.source, "external_key": key, "external_id": ad.external_id, "kind": ad.kind,
            "origin": ad.origin, "raw": ad.raw, "content_hash": digest, "body": ad.body, "title": ad.title,
            "url": ad.url, "feed_employer": ad.employer, "feed_location": ad.location, "posted_at": ad.posted_at,
            "structured": dict(ad.structured), "updated_at": now, "rev": self.rev,
            "analyzer_version": item.analyzer_version, "profile": _stored_profile(item.profile),
            "lemmas": item.lemmas, "signature": item.signature.hashes, "shingles": item.signature.shingles,
            **item.facets,
        }  # fmt: skip

    def _canonical_for(self, offer_id: int, item: PreparedOffer, keys: Iterable[int]) -> int:
        """The first offer (lowest id) this one repeats, through its own canonical; itself when none.
        The candidates are those `_insert_new` compares a new offer with."""
        by_key = self._offers_by_key(set(keys))
        others = self._candidates({o for os in by_key.values() for o in os} - {offer_id})
        for other in sorted(others):
            canonical, sig, facts = others[other]
            if dedup.same_offer(item.signature, item.facets, sig, facts):
                return canonical
        return offer_id

    def _offers_by_key(self, keys: set[int]) -> dict[int, list[int]]:
        """Band key -> the CANDIDATES_PER_KEY most recent stored offers that have it."""
        by_key: dict[int, list[int]] = {}
        ordered = sorted(keys)
        for i in range(0, len(ordered), 2000):
            for band, offer_id in self.conn.execute(_recent_by_key(ordered[i : i + 2000])):
                by_key.setdefault(int(band), []).append(int(offer_id))
        return by_key

    def _candidates(self, ids: set[int]) -> dict[int, tuple[int, dedup.Signature, dict[str, Any]]]:
        """Offer id -> (its canonical id, signature, facts) of the given stored offers."""
        out: dict[int, tuple[int, dedup.Signature, dict[str, Any]]] = {}
        ordered = sorted(ids)
        for i in range(0, len(ordered), 2000):
            for r in self.conn.execute(
                sa.select(offers.c.id, offers.c.canonical_id, offers.c.signature, offers.c.shingles,
                          *[offers.c[c] for c in FACT_COLUMNS])
                .where(offers.c.id.in_(ordered[i : i + 2000]))
            ).mappings():  # fmt: skip
                if r["signature"] is not None:
                    sig = dedup.Signature(bytes(r["signature"]), int(r["shingles"] or 0))
                    out[int(r["id"])] = (int(r["canonical_id"] or r["id"]), sig, dict(r))
        return out

    # -- full text ------------------------------------------------------------------------------------
    # SQLite: the FTS5 table offers_fts; PostgreSQL: offer_text, one narrow row per offer with its
    # tsvector, and the posting lists made from it (store.postings), which a match reads; deleting the
    # offer_text row clears its posting entries (a trigger)
    def _fts_insert(self, rows: list[tuple[int, str]]) -> None:
        """Full-text rows of (offer id, lemmas)."""
        if not rows:
            return
        if self.sqlite:
            sql = "INSERT INTO offers_fts(rowid, lemmas) VALUES (:id, :l)"
        else:
            sql = "INSERT INTO offer_text(offer_id, tsv) VALUES (:id, to_tsvector('simple', :l))"
        self.conn.execute(sa.text(sql), [{"id": i, "l": lemmas} for i, lemmas in rows])
        if not self.sqlite:
            postings.add(self.conn, [i for i, _ in rows])

    def _fts_delete(self, offer_id: int, lemmas: str) -> None:
        if self.sqlite:
            self.conn.execute(sa.text("INSERT INTO offers_fts(offers_fts, rowid, lemmas) VALUES ('delete', :id, :l)"),
                              {"id": offer_id, "l": lemmas})
        else:
            self.conn.execute(sa.text("DELETE FROM offer_text WHERE offer_id = :id"), {"id": offer_id})

    def _add_forms(self, forms: Iterable[tuple[str, str]]) -> None:
        new = [p for p in forms if p not in self._known_forms and len(p[0]) <= 100 and len(p[1]) <= 100]
        if not new:
            return
        self._known_forms.update(new)
        self.conn.execute(_insert_ignore(self.conn, search_forms), [{"form": f, "lemma": lm} for f, lm in new])

    # -- quarantine -----------------------------------------------------------------------------------
    def quarantine(self, bad: Unreadable) -> int:
        digest = raw_hash(bad.raw)
        where = (quarantine.c.source == bad.source, quarantine.c.kind == bad.kind, quarantine.c.raw_hash == digest)
        found = self.conn.execute(sa.select(quarantine.c.id).where(*where)).scalar()
        now = _now()
        if found is not None:
            self.conn.execute(quarantine.update().where(quarantine.c.id == found).values(
                reason=bad.reason, origin=bad.origin, last_seen_at=now, status="open",
                attempts=quarantine.c.attempts + 1,
            ))
            return int(found)
        return int(self.conn.execute(quarantine.insert().values(
            source=bad.source, kind=bad.kind, origin=bad.origin, raw=bad.raw, raw_hash=digest, reason=bad.reason,
            first_seen_at=now, last_seen_at=now, attempts=1, status="open",
        ).returning(quarantine.c.id)).scalar_one())

    def resolve_stored(self, items: Iterable[PreparedOffer]) -> int:
        """Close the open quarantine entries of records that have now been stored (the same bytes read
        fine by a later import); returns how many were closed."""
        # looked up per (source, kind): the quarantine's unique index starts with them
        groups: dict[tuple[str, str], dict[str, RawAd]] = {}
        for i in items:
            groups.setdefault((i.ad.source, i.ad.kind), {})[raw_hash(i.ad.raw)] = i.ad
        closed = 0
        for (source, kind), by_hash in groups.items():
            rows = self.conn.execute(sa.select(quarantine.c.id, quarantine.c.raw_hash).where(
                quarantine.c.source == source, quarantine.c.kind == kind,
                quarantine.c.raw_hash.in_(list(by_hash)), quarantine.c.status == "open",
            )).all()  # fmt: skip
            for row in rows:
                self.resolve(row.id, self.find(by_hash[row.raw_hash]))
                closed += 1
        return closed

    def resolve(self, quarantine_id: int, offer_id: int | None) -> None:
        """A quarantined record that now reads: its entry is closed and points at the offer it became."""
        self.conn.execute(quarantine.update().where(quarantine.c.id == quarantine_id).values(
            status="resolved", offer_id=offer_id, last_seen_at=_now(), attempts=quarantine.c.attempts + 1,
        ))


def _recent_by_key(keys: list[int]) -> Any:
    """(band_key, offer_id) of the CANDIDATES_PER_KEY most recent offers of each key."""
    ranked = sa.select(
        offer_bands.c.band_key, offer_bands.c.offer_id,
        sa.func.row_number().over(partition_by=offer_bands.c.band_key, order_by=offer_bands.c.offer_id.desc())
        .label("rank"),
    ).where(offer_bands.c.band_key.in_(keys)).subquery()  # fmt: skip
    return sa.select(ranked.c.band_key, ranked.c.offer_id).where(ranked.c.rank <= CANDIDATES_PER_KEY)


def _insert_ignore(conn: sa.Connection, table: sa.Table) -> Any:
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    return pg_insert(table).on_conflict_do_nothing()
