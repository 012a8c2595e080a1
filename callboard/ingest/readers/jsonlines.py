"""JSON Lines (.jsonl, .ndjson): one ad per line, a JSON object with at least `description`.

A line may instead be an hh.ru vacancy object; it is then read as hh (kind "hh"). Blank lines are skipped.
The same generic-object reader serves the elements of a .json array (see `jsonfile`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from callboard.ingest.readers import hh
from callboard.ingest.readers.values import (
    SourceFile,
    first_present,
    ident,
    json_error,
    posted_at,
    strip_bom,
    text,
    type_name,
)
from callboard.ingest.record import RawAd, Record, Unreadable

KIND = "jsonl"

_ID_KEYS = ("id", "external_id")
_DATE_KEYS = ("posted_at", "date", "datePosted")


def read_lines(f: SourceFile) -> Iterator[Record]:
    """Every non-blank line of the file; origin "path:LINE", raw the line's exact bytes (no line break)."""
    for number, line in enumerate(strip_bom(f.data).split(b"\n"), 1):
        line = line.removesuffix(b"\r")
        if line.strip():
            yield parse_line(line, source=f.source, default_source=f.name, origin=f"{f.path}:{number}")


def parse_line(raw: bytes, *, source: str | None, default_source: str, origin: str) -> Record:
    """One line (the per-record parser of kind "jsonl"): a generic ad or an hh.ru vacancy."""

    def unreadable(reason: str) -> Unreadable:
        return Unreadable(source=source or default_source, kind=KIND, origin=origin, raw=raw, reason=reason)

    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return unreadable("the line is not UTF-8 text")
    if not line.strip():
        return unreadable("the line is blank")
    try:
        obj = json.loads(line, strict=False)
    except json.JSONDecodeError as exc:
        return unreadable(f"invalid JSON: {json_error(exc)}")
    if hh.looks_like_vacancy(obj):
        return hh.vacancy(obj, raw, source=source or hh.SOURCE, origin=origin)
    return generic_ad(obj, raw, source=source or default_source, origin=origin)


def generic_ad(obj: Any, raw: bytes, *, source: str, origin: str) -> Record:
    """A RawAd from a generic ad object; the keys it does not map (salary, ...) go to `structured` unchanged."""

    def unreadable(reason: str) -> Unreadable:
        return Unreadable(source=source, kind=KIND, origin=origin, raw=raw, reason=reason)

    if not isinstance(obj, dict):
        return unreadable(f"expected a JSON object with 'description', got {type_name(obj)}")
    body = obj.get("description")
    if body is None:
        return unreadable("no 'description'")
    if not isinstance(body, str):
        return unreadable(f"'description' is not text (got {type_name(body)})")
    if not body.strip():
        return unreadable("'description' is empty")
    used = {"description"}

    def take(key: str | None, value: str | None) -> str | None:
        if key is not None and value is not None:
            used.add(key)
        return value

    id_key, id_value = first_present(obj, _ID_KEYS)
    external_id = take(id_key, ident(id_value))
    title = take("title", text(obj.get("title")))
    employer_value = obj.get("employer")
    if isinstance(employer_value, Mapping):
        employer_value = employer_value.get("name")
    employer = take("employer", text(employer_value))
    location = take("location", text(obj.get("location")))
    url = take("url", text(obj.get("url")))
    date_key, date_value = first_present(obj, _DATE_KEYS)
    if date_key is not None:
        used.add(date_key)
    structured: dict[str, Any] = {}
    posted = posted_at(date_value, structured)
    structured.update({k: v for k, v in obj.items() if k not in used})
    return RawAd(
        source=source,
        kind=KIND,
        origin=origin,
        raw=raw,
        body=body,
        external_id=external_id,
        title=title,
        url=url,
        posted_at=posted,
        employer=employer,
        location=location,
        structured=structured,
    )
