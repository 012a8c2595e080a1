"""Reading one stored offer back: its record, its profile, its duplicate group and its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from callboard.store.schema import offer_history, offers


@dataclass(frozen=True)
class StoredOffer:
    id: int
    source: str
    external_id: str | None
    url: str | None
    title: str | None
    body: str
    employer: str | None  # as the feed gave it
    location: str | None  # as the feed gave it
    posted_at: datetime | None
    first_seen_at: datetime
    updated_at: datetime
    analyzer_version: str
    profile: dict[str, Any]
    structured: dict[str, Any]
    canonical_id: int
    group: tuple[int, ...]  # every offer of its duplicate group, the canonical one first
    history: tuple[tuple[datetime, str], ...]  # (replaced at, analyzer version) of each earlier version


def get_offer(conn: sa.Connection, offer_id: int) -> StoredOffer | None:
    row = conn.execute(sa.select(offers).where(offers.c.id == offer_id)).mappings().first()
    if row is None:
        return None
    canonical = int(row["canonical_id"] or row["id"])
    members = conn.execute(
        sa.select(offers.c.id).where(sa.or_(offers.c.canonical_id == canonical, offers.c.id == canonical))
    ).scalars()
    group = tuple(sorted({int(m) for m in members}, key=lambda i: (i != canonical, i)))
    history = conn.execute(
        sa.select(offer_history.c.replaced_at, offer_history.c.analyzer_version)
        .where(offer_history.c.offer_id == offer_id).order_by(offer_history.c.id)
    ).all()  # fmt: skip
    return StoredOffer(
        id=int(row["id"]), source=row["source"], external_id=row["external_id"], url=row["url"],
        title=row["title"], body=row["body"], employer=row["feed_employer"], location=row["feed_location"],
        posted_at=row["posted_at"], first_seen_at=row["first_seen_at"], updated_at=row["updated_at"],
        analyzer_version=row["analyzer_version"], profile=dict(row["profile"]),
        structured=dict(row["structured"] or {}),
        canonical_id=canonical, group=group, history=tuple((h[0], h[1]) for h in history),
    )  # fmt: skip
