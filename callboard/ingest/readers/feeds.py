"""RSS 2.0 and Atom feeds, read by feedparser: each item / entry is one ad.

feedparser copes with broken feeds: when it flags one as bozo but still finds entries, they are read; a
file with no entries that is bozo (or is XML but not a feed) is one Unreadable with the parser's reason.
HTML in entries is kept as written (no sanitising, no URL rewriting): the analyzer reads HTML itself.

A record has kind "feed" and raw = JSON of the entry fields used (title, link, id, published/updated with
feedparser's UTC reading of them, summary, content, author, categories). Origins are "path#N".
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser

from callboard.ingest.readers.values import SourceFile, dumps, json_error, parse_datetime, text, type_name
from callboard.ingest.record import RawAd, Record, Unreadable

KIND = "feed"

_TEXT_KEYS = ("id", "title", "link", "author", "published", "updated", "summary")


def read_feed(f: SourceFile) -> Iterator[Record]:
    parsed = feedparser.parse(io.BytesIO(f.data), sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            yield f.whole(f"not a readable feed: {parsed.get('bozo_exception')}")
        elif not parsed.get("version"):
            yield f.whole("not an RSS or Atom feed (no <rss>, <feed> or RDF root element)")
        return
    source = f.source_or(text(parsed.get("feed", {}).get("title")))
    for n, entry in enumerate(entries, 1):
        fields = entry_fields(entry)
        raw = dumps(fields)
        yield entry_record(fields, raw, source=source, origin=f"{f.path}#{n}")


def entry_fields(entry: Mapping[str, Any]) -> dict[str, Any]:
    """The plain-JSON fields of a feedparser entry that a record is built from."""
    # The entry's own keys only: FeedParserDict answers a missing `updated` with `published` (and a warning).
    entry = dict(entry)
    fields: dict[str, Any] = {k: entry[k] for k in _TEXT_KEYS if isinstance(entry.get(k), str)}
    for key in ("published", "updated"):
        when = entry.get(f"{key}_parsed")
        if when is not None:  # feedparser's reading of the many date dialects, already in UTC
            year, month, day, hour, minute, second = when[:6]
            fields[f"{key}_utc"] = datetime(year, month, day, hour, minute, second, tzinfo=UTC).isoformat()
    content = [c.get("value") for c in entry.get("content") or [] if isinstance(c.get("value"), str)]
    if content:
        fields["content"] = content
    categories = [t.get("term") for t in entry.get("tags") or [] if isinstance(t.get("term"), str)]
    if categories:
        fields["categories"] = categories
    return fields


def parse_entry(raw: bytes, *, source: str, origin: str) -> Record:
    """One entry from its stored JSON (the per-record parser of kind "feed")."""
    try:
        fields = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Unreadable(source=source, kind=KIND, origin=origin, raw=raw, reason="the entry is not UTF-8 text")
    except json.JSONDecodeError as exc:
        return Unreadable(source=source, kind=KIND, origin=origin, raw=raw, reason=f"invalid JSON: {json_error(exc)}")
    return entry_record(fields, raw, source=source, origin=origin)


def entry_record(fields: Any, raw: bytes, *, source: str, origin: str) -> Record:
    def unreadable(reason: str) -> Unreadable:
        return Unreadable(source=source, kind=KIND, origin=origin, raw=raw, reason=reason)

    if not isinstance(fields, dict):
        return unreadable(f"expected a JSON object of entry fields, got {type_name(fields)}")
    # Atom <content> (or RSS content:encoded) is the full text; summary / description is often a teaser.
    content = fields.get("content")
    bodies = [c for c in content if isinstance(c, str)] if isinstance(content, list) else []
    body = next((b for b in bodies if b.strip()), None) or fields.get("summary")
    if not (isinstance(body, str) and body.strip()):
        return unreadable("the feed entry has no description, summary or content")
    structured: dict[str, Any] = {}
    posted = None
    for key in ("published", "updated"):
        posted = parse_datetime(fields.get(f"{key}_utc")) or parse_datetime(fields.get(key))
        if posted is not None:
            break
    if posted is None and (fields.get("published") or fields.get("updated")):
        structured["posted_at_raw"] = fields.get("published") or fields.get("updated")
    for key in ("author", "categories"):
        if fields.get(key):
            structured[key] = fields[key]
    return RawAd(
        source=source,
        kind=KIND,
        origin=origin,
        raw=raw,
        body=body,
        external_id=text(fields.get("id")),
        title=text(fields.get("title")),
        url=text(fields.get("link")),
        posted_at=posted,
        employer=None,
        location=None,
        structured=structured,
    )
