"""schema.org JobPosting JSON-LD in HTML pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from callboard.ingest.record import RawAd, Unreadable
from tests.ingest.helpers import FIXTURES, ads, read, unreadables


def test_every_block_of_a_page_is_read_and_other_types_are_skipped() -> None:
    records = read(FIXTURES / "page_multi.html")
    assert [r.origin for r in records] == [f"{FIXTURES / 'page_multi.html'}#{n}" for n in (1, 2)]
    first, second = ads(records)
    assert first.kind == "jsonld" and first.source == "page_multi.html"
    assert first.title == "Konsultant infolinii (k/m)"
    assert first.body.startswith("<p>Odbierasz połączenia")  # HTML kept as received
    assert first.external_id == "PL-1024"  # identifier as a PropertyValue
    assert first.employer == "Przykładowa Infolinia sp. z o.o."
    assert first.location == "Łódź, łódzkie, PL"
    assert first.posted_at == datetime(2024, 3, 4, tzinfo=UTC)
    assert first.url == "https://jobs.example.com/oferty/infolinia"  # no url of its own: the canonical one
    assert first.structured["employmentType"] == "FULL_TIME"
    assert first.structured["validThrough"] == "2024-04-04T23:59"
    assert first.structured["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 5200,
        "maxValue": 5800,
        "unitText": "MONTH",
    }
    assert "description" not in first.structured and "@context" not in first.structured

    # a top-level list, @type as a list, identifier as text, hiringOrganization as text
    assert second.title == "Customer Support Agent (English, remote)"
    assert second.external_id == "EN-77"
    assert second.employer == "Example Travel Desk"
    assert second.location is None
    assert second.url == "https://jobs.example.com/oferty/en-77"
    assert second.posted_at == datetime(2024, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert second.structured["employmentType"] == ["PART_TIME", "CONTRACTOR"]
    assert second.structured["jobLocationType"] == "TELECOMMUTE"


def test_graph_references_and_escaped_description() -> None:
    [ad] = read(FIXTURES / "page_graph.html")
    assert isinstance(ad, RawAd)
    assert ad.title == "Оператор колл-центра на входящую линию"
    assert ad.employer == "ООО «Пример Связь»"  # {"@id": ...} resolved from the @graph
    assert ad.body.startswith("<p>Консультируете клиентов")  # "&lt;p&gt;" unescaped once
    assert "&lt;" not in ad.body
    assert ad.location == "Казань, RU; Самара, RU"  # a list of places; addressCountry as an object
    assert ad.posted_at == datetime(2024, 3, 1, 9, 0, tzinfo=UTC)  # "+0300"
    assert ad.url == "https://rabota.example.org/vakansii/55"  # og:url
    assert ad.external_id is None
    assert ad.structured["baseSalary"]["currency"] == "RUB"
    assert ad.structured["hiringOrganization"]["url"] == "https://example.org"  # raw stands on its own
    assert b"https://example.org" in ad.raw


def test_a_broken_block_is_unreadable_and_the_others_still_read() -> None:
    records = read(FIXTURES / "page_broken.html")
    broken, good, no_description = records
    assert isinstance(broken, Unreadable)
    assert broken.kind == "jsonld"
    assert broken.reason.startswith("invalid JSON-LD: Expecting ',' delimiter")
    assert b'"Helpdesk agent"' in broken.raw  # the block's own text
    assert isinstance(good, RawAd)
    # an HTML comment around the JSON, a mixed-case type with parameters, a raw line break in a string
    assert good.title == "Helpdesk Agent (nights)"
    assert good.body == "Pick up calls from hotel guests overnight.\nLog every call in the ticket system."
    assert good.posted_at is None
    assert good.structured["posted_at_raw"] == "sometime in spring"
    assert isinstance(no_description, Unreadable)
    assert no_description.reason == "the JobPosting has no description"


def test_a_page_without_a_posting_is_one_unreadable() -> None:
    path = FIXTURES / "page_none.html"
    [record] = read(path)
    assert isinstance(record, Unreadable)
    assert record.reason == "no schema.org JobPosting in the page"
    assert record.kind == "file" and record.origin == str(path)
    assert record.raw == path.read_bytes()


def test_the_same_posting_twice_in_a_page_is_read_once(tmp_path: Path) -> None:
    block = '{"@type": "JobPosting", "title": "Agent", "description": "Calls from customers."}'
    page = tmp_path / "twice.html"
    page.write_text(f'<script type="application/ld+json">{block}</script>' * 2, encoding="utf-8")
    assert len(ads(read(page))) == 1
    assert unreadables(read(page)) == []
