"""CSV / TSV files: one ad per row, columns mapped to our fields by a `CsvMapping`.

A field the mapping leaves unset is found by name: a column called like the field, or a common alias
("body"/"text"/"opis" -> description, "company" -> employer, "city" -> location, "date" -> posted_at, ...),
compared case-insensitively. Unmapped columns go to `structured`. The delimiter is whichever of `,` `;` TAB
the header line holds most (header names rarely contain one; descriptions often do).

A row's record has kind "csv" and raw = JSON {"row": {column: value}, "mapping": {field: column}} (plus
"extra": [cells] when the row has more cells than the header), so it can be read again on its own.
Origins are "path:LINE", LINE the file line the row starts on (the header is line 1).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, TypeGuard

from callboard.ingest.readers.values import SourceFile, dumps, json_error, posted_at, text
from callboard.ingest.record import RawAd, Record, Unreadable

KIND = "csv"

FIELDS = ("description", "title", "id", "employer", "location", "salary", "url", "posted_at")

# Column names (normalised: lowercase, spaces and dashes as "_") each field is found under when not mapped.
ALIASES: dict[str, tuple[str, ...]] = {
    "description": ("description", "body", "text", "opis", "content", "описание"),
    "title": ("title", "job_title", "position", "stanowisko", "название", "должность"),
    "id": ("id", "external_id"),
    "employer": ("employer", "company", "pracodawca", "firma", "работодатель", "компания"),
    "location": ("location", "city", "lokalizacja", "miasto", "город"),
    "salary": ("salary", "wynagrodzenie", "зарплата"),
    "url": ("url", "link"),
    "posted_at": ("posted_at", "date", "date_posted", "dateposted", "data", "дата"),
}

_DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class CsvMapping:
    """The column holding each of our fields; None means: find it by name (see the module docstring)."""

    description: str | None = None
    title: str | None = None
    id: str | None = None
    employer: str | None = None
    location: str | None = None
    salary: str | None = None
    url: str | None = None
    posted_at: str | None = None

    @classmethod
    def from_dict(cls, mapping: Mapping[str, str]) -> CsvMapping:
        """From {field: column}; ValueError names an unknown field."""
        unknown = sorted(set(mapping) - set(FIELDS))
        if unknown:
            raise ValueError(f"unknown CSV field(s) {', '.join(unknown)}; the fields are {', '.join(FIELDS)}")
        return cls(**dict(mapping))

    def explicit(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}

    def resolve(self, header: Sequence[str]) -> dict[str, str] | str:
        """{field: column} for this header, or the reason it cannot be read (a mapped column is missing)."""
        columns: dict[str, str] = {}
        for field_name, wanted in self.explicit().items():
            found = next((c for c in header if c == wanted), None) or next(
                (c for c in header if c.casefold() == wanted.casefold()), None
            )
            if found is None:
                return (
                    f"column {wanted!r} (mapped to {field_name}) is not in the header; "
                    f"the columns are: {', '.join(header)}"
                )
            columns[field_name] = found
        taken = set(columns.values())
        for field_name in FIELDS:
            if field_name in columns:
                continue
            for column in header:
                if column not in taken and _normal(column) in ALIASES[field_name]:
                    columns[field_name] = column
                    taken.add(column)
                    break
        if "description" not in columns:
            return (
                f"no description column (the columns are: {', '.join(header)}); "
                "name one with a mapping such as description=COLUMN"
            )
        return {f: columns[f] for f in FIELDS if f in columns}


def parse_csv_mapping(spec: str) -> CsvMapping:
    """A mapping from its command-line form: "description=Opis,title=Stanowisko" (FIELD=COLUMN, comma-separated).

    Column names cannot contain a comma in this form; pass a `CsvMapping` in code for those.
    """
    if not spec.strip():
        raise ValueError("empty CSV mapping; expected FIELD=COLUMN[,FIELD=COLUMN...], e.g. description=Opis")
    pairs: dict[str, str] = {}
    for part in spec.split(","):
        field_name, sep, column = part.partition("=")
        field_name, column = field_name.strip().lower(), column.strip()
        if not sep or not field_name or not column:
            raise ValueError(f"bad CSV mapping entry {part.strip()!r}; expected FIELD=COLUMN, e.g. description=Opis")
        if field_name not in FIELDS:
            raise ValueError(f"unknown CSV field {field_name!r}; the fields are {', '.join(FIELDS)}")
        if field_name in pairs:
            raise ValueError(f"CSV field {field_name!r} is mapped twice")
        pairs[field_name] = column
    return CsvMapping.from_dict(pairs)


def read_csv(f: SourceFile, content: str, mapping: CsvMapping) -> Iterator[Record]:
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=_delimiter(content, f.path))
    try:
        header: list[str] | None = None
        while header is None:
            first = next(reader, None)
            if first is None:
                return  # an empty file holds no ads
            if any(cell.strip() for cell in first):
                header = _column_names(first)
        columns = mapping.resolve(header)
        if isinstance(columns, str):
            yield f.whole(columns)
            return
        while True:
            line = reader.line_num + 1
            cells = next(reader, None)
            if cells is None:
                return
            if not any(cell.strip() for cell in cells):
                continue
            row = dict(zip(header, cells, strict=False))
            record: dict[str, Any] = {"row": row, "mapping": columns}
            if len(cells) > len(header):
                record["extra"] = cells[len(header) :]
            raw = dumps(record)
            yield row_record(row, columns, record.get("extra"), raw, source=f.source_or(), origin=f"{f.path}:{line}")
    except csv.Error as exc:
        yield f.whole(f"CSV error at line {reader.line_num}: {exc}")


def parse_row(raw: bytes, *, source: str, origin: str) -> Record:
    """One row from its stored JSON (the per-record parser of kind "csv")."""

    def unreadable(reason: str) -> Unreadable:
        return Unreadable(source=source, kind=KIND, origin=origin, raw=raw, reason=reason)

    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return unreadable("the row is not UTF-8 text")
    except json.JSONDecodeError as exc:
        return unreadable(f"invalid JSON: {json_error(exc)}")
    if not isinstance(record, dict):
        record = {}
    row, columns, extra = record.get("row"), record.get("mapping"), record.get("extra")
    if _str_dict(row) and _str_dict(columns):
        return row_record(row, columns, extra if isinstance(extra, list) else None, raw, source=source, origin=origin)
    return unreadable('not a CSV row record (expected {"row": {column: text}, "mapping": {field: column}})')


def row_record(
    row: Mapping[str, str],
    columns: Mapping[str, str],
    extra: list[Any] | None,
    raw: bytes,
    *,
    source: str,
    origin: str,
) -> Record:
    def unreadable(reason: str) -> Unreadable:
        return Unreadable(source=source, kind=KIND, origin=origin, raw=raw, reason=reason)

    if extra:
        return unreadable(
            f"the row has {len(extra)} more cell(s) than the header (an unquoted delimiter inside a value?)"
        )
    column = columns.get("description")
    body = row.get(column, "") if column else ""
    if not body.strip():
        return unreadable(f"no description (column {column!r} is empty)" if column else "no description column")

    def cell(field_name: str) -> str | None:
        name = columns.get(field_name)
        return text(row.get(name)) if name else None

    mapped = set(columns.values())
    structured: dict[str, Any] = {}
    posted = posted_at(cell("posted_at"), structured)
    salary = cell("salary")
    if salary is not None:
        structured["salary"] = salary
    structured.update({k: v for k, v in row.items() if k not in mapped and v.strip()})
    return RawAd(
        source=source,
        kind=KIND,
        origin=origin,
        raw=raw,
        body=body,
        external_id=cell("id"),
        title=cell("title"),
        url=cell("url"),
        posted_at=posted,
        employer=cell("employer"),
        location=cell("location"),
        structured=structured,
    )


def _str_dict(value: Any) -> TypeGuard[dict[str, str]]:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def _normal(column: str) -> str:
    return column.strip().casefold().replace(" ", "_").replace("-", "_")


def _column_names(cells: list[str]) -> list[str]:
    """Header cells as column names: blanks named by position, repeats numbered, so every column has a key."""
    names: list[str] = []
    for i, cell in enumerate(cells, 1):
        name = cell.strip() or f"column_{i}"
        base, n = name, 2
        while name in names:
            name, n = f"{base}_{n}", n + 1
        names.append(name)
    return names


def _delimiter(content: str, path: str) -> str:
    header = content.split("\n", 1)[0]
    counts = {d: 0 for d in _DELIMITERS}
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    if counts[best]:
        return best
    return "\t" if path.lower().endswith(".tsv") else ","
