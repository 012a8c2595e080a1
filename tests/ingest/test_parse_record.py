"""parse_record: every record read again from its kind and raw bytes gives the same record."""

from __future__ import annotations

from pathlib import Path

import pytest

from callboard.ingest.readers import KINDS, CsvMapping, parse_record, parse_records
from callboard.ingest.record import RawAd, Record, Unreadable
from tests.ingest.helpers import FIXTURES, read

_MAPPING = CsvMapping(description="Opis", posted_at="Data publikacji")
_ALL = [
    r
    for path in sorted(FIXTURES.iterdir())
    for r in read(path, csv_mapping=_MAPPING if path.name == "ads_semicolon.csv" else None)
]


def test_the_fixtures_cover_every_kind_read_and_unread() -> None:
    assert {r.kind for r in _ALL if isinstance(r, RawAd)} == set(KINDS) - {"file"}
    assert {r.kind for r in _ALL if isinstance(r, Unreadable)} == set(KINDS)


@pytest.mark.parametrize("record", _ALL, ids=lambda r: r.origin.rsplit("/", 1)[-1])
def test_round_trip(record: Record) -> None:
    mapping = _MAPPING if "ads_semicolon" in record.origin else None
    again = parse_records(record.kind, record.raw, source=record.source, origin=record.origin, csv_mapping=mapping)
    if record.kind == "file":
        assert record in again  # a whole file is read again as a whole file
    else:
        assert again == [record]
        assert parse_record(record.kind, record.raw, source=record.source, origin=record.origin) == record


def test_a_fixed_line_reads() -> None:
    bad = next(r for r in _ALL if isinstance(r, Unreadable) and r.kind == "jsonl" and "invalid JSON" in r.reason)
    fixed = bad.raw.replace(b"quote}", b'quote"}')
    ad = parse_record("jsonl", fixed, source=bad.source, origin=bad.origin)
    assert isinstance(ad, RawAd) and ad.body == "missing quote" and ad.title == "Broken"


def test_a_fixed_jsonld_block_reads() -> None:
    bad = next(r for r in _ALL if isinstance(r, Unreadable) and r.kind == "jsonld" and "invalid" in r.reason)
    fixed = bad.raw.replace(b'missing" "', b'missing", "')
    ad = parse_record("jsonld", fixed, source=bad.source, origin=bad.origin)
    assert isinstance(ad, RawAd)
    assert ad.title == "Helpdesk agent" and ad.body == "Broken block: a comma is missing"


def test_a_fixed_csv_row_reads() -> None:
    bad = next(r for r in _ALL if isinstance(r, Unreadable) and r.kind == "csv" and "no description" in r.reason)
    fixed = bad.raw.replace(b'"Opis":""', b'"Opis":"Dzwonisz do klient\xc3\xb3w."')
    ad = parse_record("csv", fixed, source=bad.source, origin=bad.origin)
    assert isinstance(ad, RawAd) and ad.body == "Dzwonisz do klientów." and ad.title == "Telemarketer"


def test_a_whole_file_that_now_holds_several_records(tmp_path: Path) -> None:
    page = FIXTURES / "page_multi.html"
    record = parse_record("file", page.read_bytes(), source=None, origin=str(page))
    assert isinstance(record, Unreadable)
    assert record.reason == "the file record now holds 2 records; read it with parse_records"
    records = parse_records("file", page.read_bytes(), origin=str(page))
    assert [r.origin for r in records] == [f"{page}#1", f"{page}#2"]


def test_a_file_that_could_not_be_read_is_read_from_its_path_again(tmp_path: Path) -> None:
    path = tmp_path / "later.jsonl"
    [missing] = read(path)
    assert isinstance(missing, Unreadable)
    path.write_text('{"description": "Infolinia, 8 godzin dziennie."}\n', encoding="utf-8")
    ad = parse_record(missing.kind, missing.raw, source=missing.source, origin=missing.origin)
    assert isinstance(ad, RawAd) and ad.origin == f"{path}:1"


def test_an_unknown_kind_and_a_default_source() -> None:
    record = parse_record("yaml", b"x: 1", origin="dir/ads.yaml#3")
    assert isinstance(record, Unreadable)
    assert record.reason.startswith("unknown record kind 'yaml'")
    assert record.source == "ads.yaml"
    raw = '{"name": "Оператор", "description": "Звонки."}'.encode()
    hh = parse_record("hh", raw, origin="x.json#1")
    assert isinstance(hh, RawAd) and hh.source == "hh.ru"
