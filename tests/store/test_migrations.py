"""A database made by an earlier version upgrades on open without losing offers or their full text."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command

from callboard.search.engine import Searcher, SearchQuery
from callboard.store.db import _alembic_config, create_engine, open_engine
from callboard.store.schema import offers, search_forms

NOW = datetime(2026, 11, 30, tzinfo=UTC)
# what version 0002 stored: the lemmas of each ad (its full text was made from them)
LEMMAS = {1: "operator infolinia odbierać połączenie przychodzić", 2: "telemarketer sprzedaż telefoniczny"}


def _offer(offer_id: int, lemmas: str) -> dict[str, object]:
    return {
        "id": offer_id, "source": "old", "external_key": f"id:{offer_id}", "kind": "jsonl", "origin": "old:1",
        "raw": lemmas.encode(), "content_hash": f"{offer_id:064d}", "body": lemmas, "first_seen_at": NOW,
        "updated_at": NOW, "posted_at": NOW, "rev": offer_id, "analyzer_version": "old", "profile": {},
        "lemmas": lemmas, "in_category": True, "transparency": 50, "risk": 0.0, "featured": False,
        "channels": 0, "goals": 0, "kpis": 0, "contracts": 0, "schedule": 0, "benefits": 0, "languages": 0,
        "language_levels": "", "canonical_id": offer_id,
    }  # fmt: skip


def test_offers_stored_at_revision_0002_are_found_by_text_after_the_upgrade(db_url: str) -> None:
    old = create_engine(db_url)
    with old.begin() as conn:
        command.upgrade(_alembic_config(conn), "0002")
        conn.execute(offers.insert(), [_offer(i, lemmas) for i, lemmas in LEMMAS.items()])
        conn.execute(search_forms.insert(), [{"form": w, "lemma": w} for w in ("infolinia", "sprzedaż")])
        if conn.dialect.name == "sqlite":  # (PostgreSQL's generated column made its tsvector itself)
            conn.execute(sa.text("INSERT INTO offers_fts(rowid, lemmas) VALUES (:id, :l)"),
                         [{"id": i, "l": lemmas} for i, lemmas in LEMMAS.items()])  # fmt: skip
    old.dispose()

    engine = open_engine(db_url)  # migrates to the newest revision
    searcher = Searcher(engine)
    assert [h.id for h in searcher.search(SearchQuery(text="infolinia", now=NOW.timestamp())).hits] == [1]
    assert [h.id for h in searcher.search(SearchQuery(text="sprzedaż", now=NOW.timestamp())).hits] == [2]
    assert searcher.search(SearchQuery(text="-infolinia", now=NOW.timestamp())).total == 1
    if engine.dialect.name == "postgresql":  # the wide row lost its tsvector; the narrow table has every offer's
        assert "tsv" not in {c["name"] for c in sa.inspect(engine).get_columns("offers")}
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM offer_text")).scalar_one() == len(LEMMAS)
    engine.dispose()


def test_offers_stored_at_revision_0003_are_found_by_text_after_the_upgrade(db_url: str) -> None:
    old = create_engine(db_url)
    with old.begin() as conn:
        command.upgrade(_alembic_config(conn), "0003")
        conn.execute(offers.insert(), [_offer(i, lemmas) for i, lemmas in LEMMAS.items()])
        conn.execute(search_forms.insert(), [{"form": w, "lemma": w} for w in ("infolinia", "sprzedaż")])
        table = "offers_fts(rowid, lemmas)" if conn.dialect.name == "sqlite" else "offer_text(offer_id, tsv)"
        value = ":l" if conn.dialect.name == "sqlite" else "to_tsvector('simple', :l)"
        conn.execute(sa.text(f"INSERT INTO {table} VALUES (:id, {value})"),
                     [{"id": i, "l": lemmas} for i, lemmas in LEMMAS.items()])  # fmt: skip
    old.dispose()

    engine = open_engine(db_url)  # migrates to the newest revision
    searcher = Searcher(engine)

    def found(text: str) -> list[int]:
        return [h.id for h in searcher.search(SearchQuery(text=text, now=NOW.timestamp())).hits]

    assert found("infolinia") == [1] and found("sprzedaż") == [2]
    assert found('"odbierać połączenie"') == [1] and found('"połączenie odbierać"') == []
    assert found("-infolinia") == [2]
    if engine.dialect.name == "postgresql":  # read from the posting lists the upgrade filled
        with engine.connect() as conn:
            rows = {t: ids for t, ids in conn.execute(sa.text("SELECT term, ids FROM offer_postings"))}
            assert rows["infolinia"] == [1] and rows["odbierać połączenie"] == [1] and rows["sprzedaż"] == [2]
            assert "połączenie odbierać" not in rows
        assert "ix_offer_text_tsv" not in {i["name"] for i in sa.inspect(engine).get_indexes("offer_text")}
    engine.dispose()
