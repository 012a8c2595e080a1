"""PostgreSQL's text match from the posting lists (offer_postings): the hits the tsvector match gives,
and rows kept right through imports, updates, reanalysis, duplicates and deletion."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa

from callboard.importer import import_records, reanalyze
from callboard.search import postings
from callboard.search import query as q
from callboard.search.engine import Searcher, SearchQuery, _lemmas_of
from callboard.store.postings import BLOCK_BITS, terms_sql
from tests.search.conftest import NOW, raw_ad

pytestmark = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)

# words, inflected forms, phrases in and out of order, exclusions, hyphenated words alone and in phrases
TEXTS = [
    "infolinia", "operatorzy infolinii", "konsultantki", "операторы", "agent", "klient", "sprzedaż -etat",
    '"połączenia przychodzące"', '"przychodzące połączenia"', '"odbierają połączenia przychodzące"',
    '"połączenia przychodzące od klientów"', '"infolinii firmy"', "e-mail", '"przez e-mail"', '"e-mail praca"',
    "колл-центра", '"оператор колл-центра"', '"колл-центра оператор"', '"inbound calls and emails"',
    "-sprzedaż", "nieznane słowo", '"answer inbound"',
]  # fmt: skip


def _search(engine: sa.Engine, text: str) -> set[str | None]:
    return {h.title for h in Searcher(engine).search(SearchQuery(text=text, now=NOW.timestamp())).hits}


def _tsvector_match(conn: sa.Connection, terms: list[q.Term]) -> set[int]:
    found = conn.execute(sa.text("SELECT offer_id FROM offer_text WHERE tsv @@ to_tsquery('simple', :q)"),
                         {"q": q.tsquery(terms)})  # fmt: skip
    return {int(i) for (i,) in found}


def _posting_match(conn: sa.Connection, terms: list[q.Term]) -> set[int]:
    cursor = conn.connection.cursor()
    try:
        return {int(i) for i in postings.match(cursor, terms)}
    finally:
        cursor.close()


def _rows(conn: sa.Connection) -> dict[tuple[str, int], list[int]]:
    return {(t, b): sorted(ids) for t, b, ids in conn.execute(sa.text("SELECT term, block, ids FROM offer_postings"))}


def _rows_from_tsvectors(conn: sa.Connection) -> dict[tuple[str, int], list[int]]:
    """What the posting rows must be: the terms of every stored tsvector, grouped as the writer groups them."""
    out: dict[tuple[str, int], list[int]] = {}
    for offer_id, term in conn.execute(sa.text(terms_sql("true"))):
        out.setdefault((term, offer_id >> BLOCK_BITS), []).append(offer_id)
    return {k: sorted(v) for k, v in out.items()}


def test_the_posting_lists_give_the_hits_of_the_tsvector_match(board: sa.Engine) -> None:
    nonempty = 0
    with board.connect() as conn:
        for text in TEXTS:
            terms = q.terms(text, lambda ws: _lemmas_of(conn, ws))
            groups = [[t for t in terms if not t.negated]] + [[t] for t in terms if t.negated]
            for group in filter(None, groups):
                want = _tsvector_match(conn, group)
                assert _posting_match(conn, group) == want, text
                nonempty += bool(want)
    assert nonempty >= 15  # most texts find something: the comparison is not of empty sets


def test_the_search_reads_the_posting_lists(board: sa.Engine) -> None:
    assert _search(board, "infolinia") == {"Operator infolinii (k/m)"}
    assert _search(board, '"połączenia przychodzące"') == {"Operator infolinii (k/m)"}
    with board.begin() as conn:
        conn.execute(sa.text("DELETE FROM offer_postings WHERE term LIKE 'infolinia%' OR term LIKE 'połączenie %'"))
    assert _search(board, "infolinia") == set()
    assert _search(board, '"połączenia przychodzące"') == set()
    assert _search(board, "konsultantki") == {"Konsultantka / Konsultant czatu (k/m)"}


def test_rows_follow_imports_updates_reanalysis_and_deletion(board: sa.Engine) -> None:
    with board.connect() as conn:
        assert _rows(conn) == _rows_from_tsvectors(conn)
        found = conn.execute(sa.text("SELECT offer_id FROM offer_text WHERE tsv @@ 'infolinia'")).scalars()
        infolinia = {int(i) for i in found}
    assert len(infolinia) == 2  # the ad and its repost from another board: a duplicate keeps its own terms

    chat = raw_ad("pl-chat")
    body = "Windykacja polubowna dla sklepu internetowego: telefoniczne przypominanie o płatnościach."
    import_records(board, [replace(chat, raw=body.encode(), body=body)])
    reanalyze(board, force=True)
    with board.connect() as conn:
        rows = _rows(conn)
        assert rows == _rows_from_tsvectors(conn)  # no id left behind, none twice
        chat_id = conn.execute(sa.text("SELECT id FROM offers WHERE external_id = 'pl-chat'")).scalar_one()
    assert ("koszyk", chat_id >> BLOCK_BITS) not in rows
    assert rows[("windykacja", chat_id >> BLOCK_BITS)] == [chat_id]
    assert chat_id in rows[("windykacja polubowny", chat_id >> BLOCK_BITS)]
    assert _search(board, "windykacja") == {chat.title} and _search(board, "koszyk") == set()

    repost = max(infolinia)
    with board.begin() as conn:  # a deleted offer's full-text row cascades; its posting entries follow
        conn.execute(sa.text("DELETE FROM offers WHERE id = :id"), {"id": repost})
    with board.connect() as conn:
        rows = _rows(conn)
        assert rows == _rows_from_tsvectors(conn)
        assert all(repost not in ids for ids in rows.values())
        assert all(ids for ids in rows.values())  # emptied rows are deleted
    assert _search(board, "infolinia") == {"Operator infolinii (k/m)"}
