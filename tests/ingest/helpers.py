"""Shared by the reader tests: the fixture folder, and reading a path split into ads and unreadables."""

from __future__ import annotations

from pathlib import Path

from callboard.ingest.readers import CsvMapping, read_path
from callboard.ingest.record import RawAd, Record, Unreadable

FIXTURES = Path(__file__).parent / "fixtures"


def read(path: Path, *, source: str | None = None, csv_mapping: CsvMapping | None = None) -> list[Record]:
    return list(read_path(path, source=source, csv_mapping=csv_mapping))


def ads(records: list[Record]) -> list[RawAd]:
    return [r for r in records if isinstance(r, RawAd)]


def unreadables(records: list[Record]) -> list[Unreadable]:
    return [r for r in records if isinstance(r, Unreadable)]
