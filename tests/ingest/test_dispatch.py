"""read_path: formats by extension or sniffed, directories, and files that cannot be read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from callboard.ingest.readers import read_path
from callboard.ingest.record import RawAd, Unreadable
from tests.ingest.helpers import FIXTURES, ads, read


def test_a_file_that_is_not_utf8_is_one_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "ogloszenia.jsonl"
    data = '{"description": "Praca na infolinii, umowa o pracę."}\n'.encode("cp1250")
    path.write_bytes(data)
    [record] = read(path)
    assert isinstance(record, Unreadable)
    assert (record.kind, record.origin, record.raw) == ("file", str(path), data)
    assert record.reason.startswith("not UTF-8 text (invalid byte at offset 49)")


def test_a_missing_file_is_one_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "gone.jsonl"
    [record] = read(path)
    assert isinstance(record, Unreadable)
    assert record.reason.startswith("cannot read the file: No such file")
    assert record.raw == b""


@pytest.mark.parametrize(
    ("fixture", "kind"),
    [("feed.rss", "feed"), ("page_multi.html", "jsonld"), ("hh_vacancy.json", "hh"), ("generic.json", "jsonl")],
)
def test_unknown_extensions_are_sniffed(tmp_path: Path, fixture: str, kind: str) -> None:
    path = tmp_path / "download.bin"
    shutil.copy(FIXTURES / fixture, path)
    assert ads(read(path))[0].kind == kind


def test_json_lines_without_their_extension(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    shutil.copy(FIXTURES / "ads.jsonl", path)
    assert [r.origin for r in read(path)][:2] == [f"{path}:1", f"{path}:3"]


def test_an_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Szukamy konsultantów. Zadzwoń!", encoding="utf-8")
    [record] = read(path)
    assert isinstance(record, Unreadable)
    assert record.reason.startswith("unknown format (expected .html/.htm")
    assert record.source == "notes.txt"


def test_a_directory_is_walked_in_sorted_order_skipping_hidden_entries(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    shutil.copy(FIXTURES / "hh_vacancy.json", tmp_path / "b" / "one.json")
    shutil.copy(FIXTURES / "feed.atom", tmp_path / "a.atom")
    shutil.copy(FIXTURES / "page_graph.html", tmp_path / "c.html")
    shutil.copy(FIXTURES / "ads.csv", tmp_path / ".cache" / "hidden.csv")
    (tmp_path / ".hidden.jsonl").write_text('{"description": "x"}\n', encoding="utf-8")
    records = list(read_path(tmp_path, source="folder-test"))
    assert [r.origin for r in records] == [
        f"{tmp_path / 'a.atom'}#1",
        f"{tmp_path / 'a.atom'}#2",
        f"{tmp_path / 'b' / 'one.json'}#1",
        f"{tmp_path / 'c.html'}#1",
    ]
    assert all(isinstance(r, RawAd) and r.source == "folder-test" for r in records)


def test_the_fixture_folder_reads_without_raising() -> None:
    records = read(FIXTURES)
    assert len(records) > 30
    assert {r.kind for r in records} == {"jsonl", "hh", "csv", "jsonld", "feed", "file"}
    for record in records:
        if isinstance(record, RawAd):
            assert record.body.strip()
            assert record.posted_at is None or record.posted_at.tzinfo is not None
