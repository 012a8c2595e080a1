"""hh.ru vacancies as api.hh.ru returns them: one vacancy, a search result `{"items": [...]}`, or an array.

Search items often carry only `snippet` {requirement, responsibility} instead of `description`; the body is
then those parts joined, and `structured["snippet"]` says the text is a snippet, not the full ad.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from callboard.ingest.readers.values import dumps, ident, json_error, posted_at, text, type_name
from callboard.ingest.record import RawAd, Record, Unreadable

KIND = "hh"
SOURCE = "hh.ru"

# hh's own structured fields, kept unchanged beside the analyzer's profile (null included: "no salary given").
KEPT = (
    "salary",
    "salary_range",
    "schedule",
    "employment",
    "employment_form",
    "experience",
    "key_skills",
    "area",
    "address",
    "professional_roles",
    "work_format",
    "working_hours",
    "work_schedule_by_days",
)


def looks_like_vacancy(obj: Any) -> bool:
    """An hh.ru vacancy object: hh's own keys, which a generic ad (with `title`, text `employer`) lacks."""
    if not isinstance(obj, dict):
        return False
    if "alternate_url" in obj or isinstance(obj.get("snippet"), dict):
        return True
    return "name" in obj and (isinstance(obj.get("area"), dict) or isinstance(obj.get("employer"), dict))


def parse_vacancy(raw: bytes, *, source: str, origin: str) -> Record:
    """One vacancy from its JSON bytes (the per-record parser of kind "hh")."""
    try:
        obj = json.loads(raw.decode("utf-8-sig"), strict=False)
    except UnicodeDecodeError:
        return Unreadable(source=source, kind=KIND, origin=origin, raw=raw, reason="the vacancy is not UTF-8 text")
    except json.JSONDecodeError as exc:
        return Unreadable(source=source, kind=KIND, origin=origin, raw=raw, reason=f"invalid JSON: {json_error(exc)}")
    return vacancy(obj, raw, source=source, origin=origin)


def vacancy(obj: Any, raw: bytes, *, source: str, origin: str) -> Record:
    """A RawAd from a parsed vacancy object whose serialised form is `raw`."""

    def unreadable(reason: str) -> Unreadable:
        return Unreadable(source=source, kind=KIND, origin=origin, raw=raw, reason=reason)

    if not isinstance(obj, dict):
        return unreadable(f"expected an hh.ru vacancy object, got {type_name(obj)}")
    structured: dict[str, Any] = {key: obj[key] for key in KEPT if key in obj}
    body = obj.get("description")
    if not (isinstance(body, str) and body.strip()):
        snippet = obj.get("snippet")
        body = _snippet_text(snippet) if isinstance(snippet, Mapping) else None
        if body is None:
            return unreadable("the hh.ru vacancy has no description and no snippet")
        structured["snippet"] = snippet
    employer = obj.get("employer")
    area = obj.get("area")
    return RawAd(
        source=source,
        kind=KIND,
        origin=origin,
        raw=raw,
        body=body,
        external_id=ident(obj.get("id")),
        title=text(obj.get("name")),
        url=text(obj.get("alternate_url")),
        posted_at=posted_at(obj.get("published_at") or obj.get("created_at"), structured),
        employer=text(employer.get("name")) if isinstance(employer, Mapping) else text(employer),
        location=text(area.get("name")) if isinstance(area, Mapping) else None,
        structured=structured,
    )


def vacancy_from_item(item: Any, *, source: str, origin: str) -> Record:
    return vacancy(item, dumps(item), source=source, origin=origin)


def _snippet_text(snippet: Mapping[str, Any]) -> str | None:
    parts = [p for p in (text(snippet.get("requirement")), text(snippet.get("responsibility"))) if p]
    return "\n\n".join(parts) or None
