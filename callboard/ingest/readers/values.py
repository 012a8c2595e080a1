"""What every reader shares: the file being read, dates, optional text and ids, and the JSON that `raw` holds."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import PurePath
from typing import Any

from callboard.ingest.record import Unreadable

FILE_KIND = "file"
"""The kind of an Unreadable that stands for a whole file: its raw bytes are the file, read again as a file."""

_ORIGIN_SUFFIX = re.compile(r"(?::\d+|#\d+)$")
_DAY_FIRST = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")  # 01.03.2024, the usual Polish and Russian form


@dataclass(frozen=True)
class SourceFile:
    """A file's bytes with where they came from; `source` is the caller's source name, if one was given."""

    path: str
    data: bytes
    source: str | None

    @property
    def name(self) -> str:
        """The file name: the default source when neither the caller nor the format names one."""
        return PurePath(self.path).name

    def source_or(self, default: str | None = None) -> str:
        return self.source or default or self.name

    def whole(self, reason: str) -> Unreadable:
        """The whole file as one unreadable record (it could not be parsed at all)."""
        return Unreadable(source=self.source_or(), kind=FILE_KIND, origin=self.path, raw=self.data, reason=reason)


def path_of(origin: str) -> str:
    """The file part of an origin ("ads.jsonl:3" and "page.html#2" -> the path)."""
    return _ORIGIN_SUFFIX.sub("", origin)


def decode(data: bytes) -> str:
    """UTF-8 text (a leading BOM is dropped); raises UnicodeDecodeError for anything else."""
    return data.decode("utf-8-sig")


def not_utf8(exc: UnicodeDecodeError) -> str:
    return f"not UTF-8 text (invalid byte at offset {exc.start}); save it as UTF-8 and import it again"


def strip_bom(data: bytes) -> bytes:
    return data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data


def dumps(obj: Any) -> bytes:
    """Compact UTF-8 JSON, keys in their original order: the `raw` of records built from parsed objects."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_error(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} (line {exc.lineno}, column {exc.colno})"


def type_name(value: Any) -> str:
    """A JSON value's type as JSON calls it, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "an array"
    return "an object"


def text(value: Any) -> str | None:
    """Stripped text, or None for anything that is not non-blank text."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def ident(value: Any) -> str | None:
    """A source's id as text: ids come as text or integers."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return text(value)


def parse_datetime(value: Any) -> datetime | None:
    """A timezone-aware datetime from ISO 8601 (any offset form, date only = midnight), RFC 822 or DD.MM.YYYY.

    No zone means UTC. Anything else is None: a date we cannot read is not a reason to drop the ad.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(s)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            m = _DAY_FIRST.fullmatch(s)
            if m:
                try:
                    parsed = datetime(int(m[3]), int(m[2]), int(m[1]))
                except ValueError:
                    parsed = None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def posted_at(value: Any, structured: dict[str, Any]) -> datetime | None:
    """The posting date; when present but unreadable, the original goes to structured["posted_at_raw"]."""
    if value is None or value == "":
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        structured["posted_at_raw"] = value
    return parsed


def first_present(obj: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[str | None, Any]:
    """The first of `keys` that `obj` holds a non-null value for, with that value."""
    for key in keys:
        if obj.get(key) is not None:
            return key, obj[key]
    return None, None
