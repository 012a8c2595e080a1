"""CSV / TSV files and their column mappings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from callboard.ingest.readers import CsvMapping, parse_csv_mapping, read_path
from callboard.ingest.record import RawAd, Unreadable
from tests.ingest.helpers import FIXTURES, ads, read, unreadables


def test_semicolons_a_custom_mapping_and_a_missing_description() -> None:
    path = FIXTURES / "ads_semicolon.csv"
    mapping = parse_csv_mapping("description=Opis, title=Stanowisko, posted_at=data publikacji, location=Miasto")
    records = read(path, csv_mapping=mapping)
    assert [r.origin for r in records] == [f"{path}:2", f"{path}:4", f"{path}:5"]  # line 3 is all blank
    first, missing, multiline = records
    assert isinstance(first, RawAd)
    assert (first.kind, first.source) == ("csv", "ads_semicolon.csv")
    assert first.title == "Konsultant ds. reklamacji"  # the BOM is not part of the first column's name
    assert first.body == "Przyjmujesz reklamacje telefonicznie; prowadzisz sprawę do końca."
    assert first.employer == "Przykładowy Sklep"  # "Firma": found by alias although not mapped
    assert first.location == "Wrocław"
    assert first.posted_at == datetime(2024, 3, 4, tzinfo=UTC)  # DD.MM.YYYY
    assert first.structured == {"salary": "5 400–5 900 zł brutto", "Tryb pracy": "stacjonarnie"}
    assert isinstance(missing, Unreadable)
    assert missing.reason == "no description (column 'Opis' is empty)"
    assert isinstance(multiline, RawAd)
    assert multiline.body == "Rozmowy z klientami\r\nw języku polskim i angielskim."
    assert multiline.posted_at == datetime(2024, 3, 6, 10, tzinfo=timezone(timedelta(hours=1)))


def test_the_default_mapping_finds_columns_by_name_and_alias() -> None:
    path = FIXTURES / "ads.csv"
    ad, extra = read(path)
    assert isinstance(ad, RawAd)
    assert ad.external_id == "c-1" and ad.title == "Customer service advisor"
    assert ad.body.startswith("Answer calls from customers")  # "Body"
    assert ad.employer == "Example Insurance Ltd" and ad.location == "Leeds"  # "Company", "City"
    assert ad.posted_at == datetime(2024, 3, 7, tzinfo=UTC)  # "Date"
    assert ad.structured == {"Shift": "days"}
    assert isinstance(extra, Unreadable)
    assert extra.reason.startswith("the row has 1 more cell(s) than the header")


def test_a_mapped_column_that_is_not_there_is_one_unreadable_for_the_file() -> None:
    path = FIXTURES / "ads.csv"
    [record] = read(path, csv_mapping=CsvMapping(description="Opis"))
    assert isinstance(record, Unreadable)
    assert record.kind == "file" and record.origin == str(path)
    assert record.reason.startswith("column 'Opis' (mapped to description) is not in the header")


def test_no_description_column(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text("title,city\nAgent,Kraków\n", encoding="utf-8")
    [record] = read(path)
    assert isinstance(record, Unreadable)
    assert record.reason.startswith("no description column")


def test_tabs_and_a_dict_mapping(tmp_path: Path) -> None:
    path = tmp_path / "jobs.tsv"
    path.write_text("Nazwa\tTreść, opis\tWynagrodzenie\nKonsultant\tRozmowy z klientami, dużo.\t30 zł/h\n", "utf-8")
    [ad] = list(read_path(path, csv_mapping={"description": "treść, opis", "title": "Nazwa"}))
    assert isinstance(ad, RawAd)
    assert ad.body == "Rozmowy z klientami, dużo." and ad.title == "Konsultant"
    assert ad.structured == {"salary": "30 zł/h"}


def test_an_empty_file_holds_no_ads(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert read(path) == []
    path.write_text("description,title\n", encoding="utf-8")
    assert ads(read(path)) == [] and unreadables(read(path)) == []


def test_parse_csv_mapping() -> None:
    assert parse_csv_mapping("description=Opis,title=Stanowisko") == CsvMapping(description="Opis", title="Stanowisko")
    assert parse_csv_mapping(" Posted_At = Data dodania ") == CsvMapping(posted_at="Data dodania")
    with pytest.raises(ValueError, match="unknown CSV field 'salery'"):
        parse_csv_mapping("description=Opis,salery=Pensja")
    with pytest.raises(ValueError, match="expected FIELD=COLUMN"):
        parse_csv_mapping("description")
    with pytest.raises(ValueError, match="expected FIELD=COLUMN"):
        parse_csv_mapping("description=")
    with pytest.raises(ValueError, match="empty CSV mapping"):
        parse_csv_mapping("  ")
    with pytest.raises(ValueError, match="mapped twice"):
        parse_csv_mapping("title=A,title=B")


def test_a_dict_mapping_with_an_unknown_field_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match="unknown CSV field"):
        read_path(FIXTURES / "ads.csv", csv_mapping={"body": "Body"})
