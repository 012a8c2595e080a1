"""PostgreSQL's posting lists: search term -> the ids of the offers that hold it, in `offer_postings`.

A GIN index on `offer_text.tsv` gives only row addresses, and PostgreSQL then visits the heap page of
every matching offer (~100k pages for a common word at 1M offers: 345-584 ms). Here a word's ids are
read from a few hundred narrow rows instead: one row per (term, block of BLOCK offer ids) holding the
ids as an int4[] (a common word at 1M offers: ~1,000 rows, ~80 pages).

The terms are made from the stored tsvector itself (`offer_text.tsv`), so they are PostgreSQL's own
lexemes, split as its parser splits them:
- each lexeme ('konsultant'; a hyphenated word gives itself and its parts: 'колл-центр', 'колл', 'центр');
- each pair of lexemes at adjacent positions, joined by a space ('obsługa klient'): a two-lexeme
  phrase is one posting list, a longer one the AND of its pairs checked on the tsvector.

The writer adds an offer's rows in its transaction (`add`, after the `offer_text` rows are written);
deleting an `offer_text` row (an update or reanalysis replaces it; a deleted offer cascades to it)
takes the offer out of its terms' rows through a trigger made by migration 0004, from the deleted
tsvector, so exactly the rows added are cleared. Rows are added in (term, block) order, so two writers
adding to the same rows wait for each other rather than deadlock.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

BLOCK_BITS = 10  # 1,024 ids a row: at most 4 KB of ids, kept in the row (STORAGE PLAIN), never TOASTed


def terms_sql(where: str) -> str:
    """(offer_id, term): each lexeme of the tsvector, and each two lexemes at adjacent positions (per
    offer, in a lateral subquery: a join of all the batch's positions at once was planned quadratic)."""
    return (
        f"SELECT t.offer_id, x.term FROM offer_text t CROSS JOIN LATERAL ("
        f"WITH lx AS (SELECT l.lexeme, p FROM unnest(t.tsv) l, unnest(l.positions) p) "
        f"SELECT lexeme AS term FROM lx UNION SELECT a.lexeme || ' ' || b.lexeme FROM lx a JOIN lx b ON b.p = a.p + 1"
        f") x WHERE {where}"
    )


def add_sql(where: str) -> str:
    """Add the terms of the `offer_text` rows selected by `where` to the posting lists."""
    return (
        f"INSERT INTO offer_postings (term, block, ids) "
        f"SELECT term, offer_id >> {BLOCK_BITS}, array_agg(offer_id ORDER BY offer_id) "
        f"FROM ({terms_sql(where)}) x GROUP BY 1, 2 ORDER BY 1, 2 "
        f"ON CONFLICT (term, block) DO UPDATE SET ids = offer_postings.ids || EXCLUDED.ids"
    )


def add(conn: sa.Connection, offer_ids: Sequence[int]) -> None:
    """Posting rows for these offers, whose `offer_text` rows are written."""
    if offer_ids:
        conn.execute(sa.text(add_sql("t.offer_id = ANY(:ids)")), {"ids": list(offer_ids)})
