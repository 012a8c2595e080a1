"""JSON Lines and generic .json ads."""

from __future__ import annotations

from datetime import UTC, datetime

from callboard.ingest.record import RawAd, Unreadable
from tests.ingest.helpers import FIXTURES, read


def test_lines_blank_lines_bad_lines_and_an_hh_line() -> None:
    path = FIXTURES / "ads.jsonl"
    records = read(path)
    lines = path.read_bytes().split(b"\n")
    got = {int(r.origin.rsplit(":", 1)[1]): r for r in records}
    assert sorted(got) == [1, 3, 5, 6, 7, 8, 9, 10]  # blank lines 2 and 4 skipped
    for number, record in got.items():
        assert record.origin == f"{path}:{number}"
        assert record.raw == lines[number - 1]  # the line's exact bytes

    first = got[1]
    assert isinstance(first, RawAd)
    assert (first.source, first.kind) == ("ads.jsonl", "jsonl")
    assert first.body == "<p>Obsługa połączeń przychodzących od klientów operatora internetu.</p>"
    assert first.external_id == "pl-1"
    assert first.employer == "Przykładowa Infolinia" and first.location == "Poznań"
    assert first.url == "https://jobs.example.com/pl-1"
    assert first.posted_at == datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    assert first.structured == {"salary": "5 000 zł brutto"}  # salary kept apart, the body untouched

    third = got[3]
    assert isinstance(third, RawAd)
    assert third.external_id == "42"  # external_id, an integer
    assert third.structured == {"salary": 14.5}
    assert third.posted_at == datetime(2024, 3, 2, tzinfo=UTC)  # "date", a date only: midnight UTC

    reasons = {n: r.reason for n, r in got.items() if isinstance(r, Unreadable)}
    assert reasons == {
        5: "invalid JSON: Unterminated string starting at (line 1, column 36)",
        6: "expected a JSON object with 'description', got an array",
        7: "no 'description'",
        8: "'description' is not text (got a number)",
    }

    hh = got[9]
    assert isinstance(hh, RawAd)
    assert (hh.kind, hh.source, hh.title, hh.location) == ("hh", "hh.ru", "Оператор колл-центра", "Тверь")

    tenth = got[10]
    assert isinstance(tenth, RawAd)
    assert tenth.posted_at is None and tenth.structured == {"posted_at_raw": "вчера"}


def test_a_json_array_of_generic_ads() -> None:
    path = FIXTURES / "generic.json"
    ad, bad = read(path)
    assert isinstance(ad, RawAd)
    assert (ad.kind, ad.source, ad.origin) == ("jsonl", "generic.json", f"{path}#1")
    assert ad.external_id == "7" and ad.employer == "Przykładowy Bank Online" and ad.location == "Gdańsk"
    assert ad.structured == {"salary": "32 zł/h brutto", "contract": "umowa zlecenie"}
    assert isinstance(bad, Unreadable)
    assert bad.reason == "expected a JSON object with 'description', got text"
