"""RSS 2.0 and Atom feeds."""

from __future__ import annotations

from datetime import UTC, datetime

from callboard.ingest.record import RawAd, Unreadable
from tests.ingest.helpers import FIXTURES, read


def test_rss_items() -> None:
    path = FIXTURES / "feed.rss"
    first, second, empty = read(path)
    assert isinstance(first, RawAd)
    assert (first.kind, first.origin) == ("feed", f"{path}#1")
    assert first.source == "Przykładowe Oferty – obsługa klienta"  # the channel title
    assert first.title == "Konsultant czatu (zdalnie)"
    assert first.url == "https://feeds.example.com/oferta/301"
    assert first.external_id == "oferta-301"
    assert first.posted_at == datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    assert first.body.startswith("<p>Odpowiadasz klientom sklepu")  # content:encoded before the teaser
    assert first.structured == {"categories": ["obsługa klienta"]}
    assert isinstance(second, RawAd)
    assert second.body.startswith("Obsługa klientów niemieckojęzycznych")
    assert second.external_id is None and second.posted_at is None
    assert isinstance(empty, Unreadable)
    assert empty.reason == "the feed entry has no description, summary or content"


def test_atom_entries() -> None:
    first, second = read(FIXTURES / "feed.atom", source="atom-test")
    assert isinstance(first, RawAd) and isinstance(second, RawAd)
    assert first.source == "atom-test"
    assert first.external_id == "urn:example:job:11"
    assert first.url == "https://atom.example.net/jobs/11"
    assert first.posted_at == datetime(2024, 3, 8, 14, 0, tzinfo=UTC)  # published, not updated
    assert first.body == (
        "<p>Help customers set up their home routers over the phone and by chat.</p><p>Night shift bonus.</p>"
    )
    assert first.structured == {"author": "Recruiting Team"}
    assert second.posted_at == datetime(2024, 3, 7, 8, 0, tzinfo=UTC)  # only updated
    assert second.body == "Поддержка клиентов по телефону и в чате, график 5/2."


def test_a_bozo_feed_with_entries_is_read() -> None:
    [ad] = read(FIXTURES / "feed_bozo.rss")
    assert isinstance(ad, RawAd)
    assert ad.title == "Inbound sales agent" and ad.external_id == "b-1"


def test_xml_that_is_no_feed_is_one_unreadable() -> None:
    path = FIXTURES / "not_a_feed.xml"
    [record] = read(path)
    assert isinstance(record, Unreadable)
    assert record.kind == "file" and record.raw == path.read_bytes()
    assert record.reason.startswith("not a readable feed: ")
