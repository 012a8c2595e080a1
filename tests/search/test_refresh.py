"""A running Searcher patches its facet index with the offers written since it loaded (the `rev` column):
its answers must be those of a Searcher that loads the index afresh."""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

import pytest
import sqlalchemy as sa

from callboard.importer import import_records, reanalyze
from callboard.ingest.record import RawAd
from callboard.search import engine as engine_module
from callboard.search import index as index_module
from callboard.search.engine import Searcher, SearchQuery
from callboard.search.index import FacetIndex
from callboard.store.offers import current_rev
from callboard.store.schema import offers
from tests.search.conftest import NOW, raw_ad

QUERIES = [
    SearchQuery(),
    SearchQuery(in_category=None),
    SearchQuery(text="operator"),
    SearchQuery(text="klient -sprzedaż", sort="pay"),
    SearchQuery(filters={"city": ["Gdańsk", "Łódź"]}),
    SearchQuery(filters={"work_mode": ["remote"], "channels": ["!phone"]}, sort="transparency"),
    SearchQuery(filters={"languages": ["de:C1", "en"]}),
    SearchQuery(pay_min=4000, pay_currency="PLN", sort="pay"),
    SearchQuery(pay_min=1000, pay_currency="EUR"),
    SearchQuery(posted_within_days=7, featured=False),
]


def answers(searcher: Searcher) -> list[dict[str, Any]]:
    out = []
    for sq in QUERIES:
        result = asdict(searcher.search(replace(sq, now=NOW.timestamp(), per_page=50)))
        del result["took_ms"]
        out.append(result)
    return out


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The full loads of the facet index (their sizes)."""
    sizes: list[int] = []
    real = engine_module.load

    def counted(conn: sa.Connection, role_ids: tuple[str, ...] = ()) -> FacetIndex:
        index = real(conn, role_ids)
        sizes.append(len(index))
        return index

    monkeypatch.setattr(engine_module, "load", counted)
    monkeypatch.setattr(index_module, "load", counted)  # refresh falls back to it
    return sizes


def ad(key: str, title: str, body: str, *, source: str = "test", days: int = 1) -> RawAd:
    return RawAd(source=source, kind="jsonl", origin=f"{source}:{key}", raw=f"{key}\n{title}\n{body}".encode(),
                 body=body, external_id=key, title=title, posted_at=NOW.replace(day=NOW.day - days))  # fmt: skip


CHAT_MOVED = (  # pl-chat again (same source and key), now in an office in Gdańsk, in euros, selling, German
    "Konsultantka / Konsultant czatu (k/m)",
    "Dla sklepu internetowego Zielony Koszyk szukamy osoby do sprzedaży przez telefon. Praca w biurze w "
    "Gdańsku, nocne zmiany. Umowa o pracę, 1 200 EUR brutto miesięcznie. Wymagany niemiecki C1.",
)
NEW_AD = (
    "Specjalista ds. windykacji (k/m)",
    "Windykacja polubowna: telefoniczne przypominanie klientom o zaległych płatnościach. Praca w Opolu, "
    "umowa o pracę, 5 000 zł brutto.",
)


def test_imports_and_updates_are_patched_in(board: sa.Engine, loads: list[int]) -> None:
    searcher = Searcher(board)
    before = answers(searcher)
    assert loads == [6]
    import_records(board, [
        ad("pl-chat", *CHAT_MOVED),  # updated: city, currency, contract, schedule, languages change
        ad("pl-windykacja", *NEW_AD),  # new, in a city not seen before
        replace(raw_ad("ru-operator", source="third-board"), origin="third:1"),  # a new duplicate
    ])  # fmt: skip
    patched = answers(searcher)
    assert loads == [6]  # patched, not loaded again
    assert patched == answers(Searcher(board))
    assert patched != before
    assert patched[0]["total"] == 7  # the duplicate is not shown ...
    operator = next(h for h in patched[0]["hits"] if h["title"] == "Оператор колл-центра")
    assert operator["duplicates"] == 1  # ... but counted
    assert patched[0]["facets"]["city"]["Gdańsk"] == 1 and patched[0]["facets"]["city"]["Opole"] == 1
    assert patched[0]["facets"]["pay_currency"].get("EUR") == 1
    assert "Konsultantka / Konsultant czatu (k/m)" not in {h["title"] for h in patched[5]["hits"]}  # not remote


def test_an_offer_that_becomes_a_duplicate_leaves(board: sa.Engine, loads: list[int]) -> None:
    searcher = Searcher(board)
    answers(searcher)
    # the telemarketer ad rewritten as a copy of the infolinia ad: a duplicate now, no longer shown
    infolinia = raw_ad("pl-infolinia")
    import_records(board, [ad("pl-sprzedaz", infolinia.title or "", infolinia.body)])
    with board.connect() as conn:
        row = conn.execute(sa.select(offers.c.id, offers.c.canonical_id).where(offers.c.external_id == "pl-sprzedaz"))
        offer_id, canonical = row.one()
    assert offer_id != canonical
    patched = answers(searcher)
    assert loads == [6]
    assert patched == answers(Searcher(board))
    assert patched[0]["total"] == 5
    assert offer_id not in {h["id"] for h in patched[0]["hits"]}


def test_reanalysis_and_direct_writes_are_patched_in(board: sa.Engine, loads: list[int]) -> None:
    searcher = Searcher(board)
    before = answers(searcher)
    with board.begin() as conn:  # a write of facet columns, as any writer makes it: the revision raised
        rev = current_rev(conn)
        conn.execute(offers.update().where(offers.c.external_id == "pl-infolinia", offers.c.source == "test")
                     .values(city="Gdańsk", work_mode="remote", channels=0, rev=rev + 1))  # fmt: skip
    changed = answers(searcher)
    assert loads == [6]
    assert changed == answers(Searcher(board))
    assert changed[4]["facets"]["city"].get("Gdańsk") == 1
    reanalyze(board, force=True)  # every profile computed again: the stored facets come back
    assert answers(searcher) == before
    assert loads == [6, 6]  # the running Searcher's index patched; the 2nd load was the fresh Searcher's
    assert answers(Searcher(board)) == before


def test_a_new_canonical_offer_among_the_indexed_ones_loads_the_index_again(board: sa.Engine, loads: list[int]) -> None:
    searcher = Searcher(board)
    answers(searcher)
    import_records(board, [ad("pl-windykacja", *NEW_AD)])
    answers(searcher)
    with board.begin() as conn:  # the duplicate from the other board shown on its own: an id below the last
        rev = current_rev(conn)
        conn.execute(offers.update().where(offers.c.source == "other-board")
                     .values(canonical_id=offers.c.id, rev=rev + 1))  # fmt: skip
    assert answers(searcher) == answers(Searcher(board))
    assert loads == [6, 8, 8]  # the running Searcher's full load, then the fresh one's
