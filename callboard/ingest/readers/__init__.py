"""Readers: files (or directories of them) to records, one `RawAd` per ad or an `Unreadable` with its reason.

Formats, by extension:

- .html / .htm          schema.org JobPosting JSON-LD in the page (`jsonld`)
- .jsonl / .ndjson      JSON Lines, one ad object per line (`jsonlines`)
- .json                 hh.ru (`{"items": [...]}`, a vacancy, an array of them) or generic ad objects (`jsonfile`)
- .csv / .tsv           rows, columns mapped by a `CsvMapping` (`csvfile`)
- .xml / .rss / .atom   RSS 2.0 / Atom feeds (`feeds`)

Any other extension is sniffed from the first bytes: `<?xml`, `<rss`, `<feed` -> feed (XHTML -> page);
`<html`, `<!doctype` -> page; `{` or `[` -> a JSON document, or JSON Lines when the whole is not one JSON
value but its first line is. Anything else is one Unreadable "unknown format (...)". Directories are walked
recursively in sorted order, skipping hidden files and folders (and not following links to folders).

Bad input never raises: a file that cannot be read (OSError), is not UTF-8 (feeds excepted: XML declares
its own encoding), or cannot be parsed at all is one Unreadable of kind "file" whose raw bytes are the file.

Source: the `source` given, else the format's own name for itself: "hh.ru" for hh.ru vacancies, the
channel title for a feed; else the file name ("ads.jsonl"), which is stable and says where an ad came from.

Origin: "path:LINE" for JSON Lines and CSV, "path#N" (N the 1-based item) for pages, .json and feeds, and
the path alone for a whole file.

Every record carries `kind` and `raw`: the per-record parser and the exact bytes it read, so that
`parse_record(kind, raw, source=..., origin=...)` reads the record again (quarantine retry):

- "jsonl"   one JSON object: a JSON Lines line as written, or an element of a .json array serialised
- "hh"      one hh.ru vacancy object (its JSON Lines line, or serialised from a .json document)
- "csv"     JSON {"row": {column: value}, "mapping": {field: column}} (+ "extra" cells)
- "jsonld"  JSON {"posting": {...}, "page_url": ...}, or for a broken block the block's text
- "feed"    JSON of the entry fields used (title, link, id, dates, summary, content, ...)
- "file"    a whole file; read again as `read_path` reads a file at `origin`, so it may hold several
            records: use `parse_records` for it. Empty raw (the file could not be read) reads the
            file at `origin` again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePath

from callboard.ingest.readers import csvfile, feeds, hh, jsonfile, jsonld, jsonlines
from callboard.ingest.readers.csvfile import CsvMapping, parse_csv_mapping
from callboard.ingest.readers.values import FILE_KIND, SourceFile, decode, not_utf8, path_of, strip_bom
from callboard.ingest.record import Record, Unreadable

__all__ = ["KINDS", "CsvMapping", "parse_csv_mapping", "parse_record", "parse_records", "read_path"]

KINDS = (jsonlines.KIND, hh.KIND, csvfile.KIND, jsonld.KIND, feeds.KIND, FILE_KIND)

_BY_SUFFIX = {
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
UNKNOWN_FORMAT = (
    "unknown format (expected .html/.htm, .jsonl/.ndjson, .json, .csv/.tsv or .xml/.rss/.atom, "
    "or content starting with <?xml, <rss, <feed, <html, <!doctype, { or [)"
)


def read_path(
    path: Path,
    *,
    source: str | None = None,
    csv_mapping: CsvMapping | Mapping[str, str] | None = None,
) -> Iterator[Record]:
    """Every record in a file, or in every file under a directory.

    Raises ValueError at once for a `csv_mapping` dict naming an unknown field (a caller's mistake, not
    bad input); bad input is never raised but yielded as `Unreadable` records.
    """
    mapping = _as_mapping(csv_mapping)
    return _read_tree(path, source, mapping)


def parse_records(
    kind: str,
    raw: bytes,
    *,
    source: str | None = None,
    origin: str,
    csv_mapping: CsvMapping | Mapping[str, str] | None = None,
) -> list[Record]:
    """Read one stored record again from its kind and raw bytes: every record those bytes now hold.

    `source` None means the default `read_path` would use (the file name taken from `origin`).
    """
    default = PurePath(path_of(origin)).name
    if kind == jsonlines.KIND:
        return [jsonlines.parse_line(raw, source=source, default_source=default, origin=origin)]
    if kind == hh.KIND:
        return [hh.parse_vacancy(raw, source=source or hh.SOURCE, origin=origin)]
    if kind == csvfile.KIND:
        return [csvfile.parse_row(raw, source=source or default, origin=origin)]
    if kind == jsonld.KIND:
        return jsonld.parse_block(raw, source=source or default, origin=origin)
    if kind == feeds.KIND:
        return [feeds.parse_entry(raw, source=source or default, origin=origin)]
    if kind == FILE_KIND:
        path = path_of(origin)
        if not raw:  # nothing was read (or the file was empty): read it from its path again
            return list(_read_file(Path(path), source, _as_mapping(csv_mapping)))
        return list(_read_bytes(SourceFile(path, raw, source), _as_mapping(csv_mapping)))
    known = ", ".join(KINDS)
    return [Unreadable(source or default, kind, origin, raw, f"unknown record kind {kind!r} (known: {known})")]


def parse_record(
    kind: str,
    raw: bytes,
    *,
    source: str | None = None,
    origin: str,
    csv_mapping: CsvMapping | Mapping[str, str] | None = None,
) -> Record:
    """Read one stored record again (see `parse_records`).

    When the bytes now hold more or fewer than one record (a whole file, a fixed JSON-LD block with two
    postings), the answer is an Unreadable saying so: call `parse_records` for those.
    """
    records = parse_records(kind, raw, source=source, origin=origin, csv_mapping=csv_mapping)
    if len(records) == 1:
        return records[0]
    return Unreadable(
        source=source or PurePath(path_of(origin)).name,
        kind=kind,
        origin=origin,
        raw=raw,
        reason=f"the {kind} record now holds {len(records)} records; read it with parse_records",
    )


def _detect_format(name: str, data: bytes) -> str | None:
    """The format ("html", "jsonl", "json", "csv", "feed") by extension, else sniffed from the first bytes."""
    by_suffix = _BY_SUFFIX.get(PurePath(name).suffix.lower())
    if by_suffix is not None:
        return by_suffix
    head = strip_bom(data[:4096]).lstrip().lower()
    if head.startswith(b"<?xml"):
        is_feed = any(tag in head for tag in (b"<rss", b"<feed", b"<rdf"))
        return "html" if b"<html" in head and not is_feed else "feed"
    if head.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if head.startswith((b"<html", b"<!doctype")):
        return "html"
    if head.startswith((b"{", b"[")):
        return "json?"  # a JSON document or JSON Lines: told apart once decoded
    return None


def _as_mapping(csv_mapping: CsvMapping | Mapping[str, str] | None) -> CsvMapping:
    if csv_mapping is None:
        return CsvMapping()
    if isinstance(csv_mapping, CsvMapping):
        return csv_mapping
    return CsvMapping.from_dict(csv_mapping)


def _read_tree(path: Path, source: str | None, mapping: CsvMapping) -> Iterator[Record]:
    if not path.is_dir():
        yield from _read_file(path, source, mapping)
        return
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError as exc:
        reason = f"cannot read the folder: {exc.strerror or exc}"
        yield Unreadable(source=source or path.name, kind=FILE_KIND, origin=str(path), raw=b"", reason=reason)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = path / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _read_tree(child, source, mapping)
        elif entry.is_file():
            yield from _read_file(child, source, mapping)


def _read_file(path: Path, source: str | None, mapping: CsvMapping) -> Iterator[Record]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = f"cannot read the file: {exc.strerror or exc}"
        yield Unreadable(source=source or path.name, kind=FILE_KIND, origin=str(path), raw=b"", reason=reason)
        return
    yield from _read_bytes(SourceFile(str(path), data, source), mapping)


def _read_bytes(f: SourceFile, mapping: CsvMapping) -> Iterator[Record]:
    """A whole file's records: the parser of kind "file"."""
    fmt = _detect_format(f.name, f.data)
    if fmt is None:
        yield f.whole(UNKNOWN_FORMAT)
        return
    if fmt == "feed":
        yield from feeds.read_feed(f)
        return
    try:
        content = decode(f.data)
    except UnicodeDecodeError as exc:
        yield f.whole(not_utf8(exc))
        return
    if fmt == "json?":
        fmt = _json_or_lines(content)
    if fmt == "html":
        yield from jsonld.read_page(f, content)
    elif fmt == "jsonl":
        yield from jsonlines.read_lines(f)
    elif fmt == "csv":
        yield from csvfile.read_csv(f, content, mapping)
    else:
        yield from jsonfile.read_json(f, content)


def _json_or_lines(content: str) -> str:
    try:
        json.loads(content, strict=False)
    except json.JSONDecodeError:
        first = next((line for line in content.splitlines() if line.strip()), "")
        try:
            return "jsonl" if isinstance(json.loads(first, strict=False), dict) else "json"
        except json.JSONDecodeError:
            return "json"
    return "json"
