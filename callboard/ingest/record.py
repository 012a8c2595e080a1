"""What a reader yields: an ad as its source gave it, or a record that could not be read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class RawAd:
    """One ad exactly as the source gave it, before analysis.

    `body` is the description as received (plain text or HTML, never rewritten). `structured` keeps the
    source's own fields (hh.ru `schedule`, `employment`, `experience`, `salary`, `key_skills`; JSON-LD
    `baseSalary`, `employmentType`, ...) unchanged beside the analyzer's profile. `kind` names the
    per-record parser (see `callboard.ingest.readers.parse_record`) and `raw` the bytes it parsed, so a
    record can be read again from what is stored. `origin` says where it came from: file and line/item.
    """

    source: str
    kind: str
    origin: str
    raw: bytes
    body: str
    external_id: str | None = None
    title: str | None = None
    url: str | None = None
    posted_at: datetime | None = None  # timezone-aware (UTC when the source gives no zone)
    employer: str | None = None
    location: str | None = None
    structured: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Unreadable:
    """A record that could not be read: it goes to the quarantine with its reason and raw bytes."""

    source: str
    kind: str
    origin: str
    raw: bytes
    reason: str


Record = RawAd | Unreadable
