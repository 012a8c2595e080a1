"""PostgreSQL: posting lists of our own, `offer_postings (term, block, ids int4[])`, for the text match.

The GIN index on `offer_text.tsv` gives row addresses, and PostgreSQL visits the heap page of every
matching offer: ~100k pages for a common word at 1M offers (p95 345-584 ms against 150 ms). A posting
row holds the ids of up to 1,024 offers (ids >> 10 = block) that have one term: a lexeme of the stored
tsvector, or two lexemes at adjacent positions ("lexeme lexeme"), so a word or a two-word phrase is
read from ~1,000 narrow rows at 1M offers. See `callboard.store.postings`; the rows are filled here
from the stored tsvectors, as the writer fills them. The GIN index is no longer read (a longer phrase
is checked on the tsvectors of its few candidates, by offer id): it goes. SQLite keeps FTS5: nothing
changes there.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BLOCK_BITS = 10  # as callboard.store.postings (a migration keeps its own copy of what it creates)
BATCH = 20_000  # offers filled per statement: the aggregate of a batch stays in memory


def _terms(where: str, source: str = "offer_text") -> str:
    """(offer_id, term): each lexeme of the tsvector, and each two lexemes at adjacent positions (per
    offer, in a lateral subquery: a join of all the batch's positions at once was planned quadratic)."""
    return (
        f"SELECT t.offer_id, x.term FROM {source} t CROSS JOIN LATERAL ("
        f"WITH lx AS (SELECT l.lexeme, p FROM unnest(t.tsv) l, unnest(l.positions) p) "
        f"SELECT lexeme AS term FROM lx UNION SELECT a.lexeme || ' ' || b.lexeme FROM lx a JOIN lx b ON b.p = a.p + 1"
        f") x WHERE {where}"
    )


def _forget_function() -> str:
    """Deleted offer_text rows' offers taken out of their terms' rows (emptied rows deleted)."""
    gone = (
        f"SELECT term, offer_id >> {BLOCK_BITS} AS block, array_agg(offer_id) AS ids "
        f"FROM ({_terms('true', 'gone')}) g GROUP BY 1, 2"
    )
    return (
        "CREATE FUNCTION offer_postings_forget() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"UPDATE offer_postings p SET ids = ARRAY(SELECT i FROM unnest(p.ids) i WHERE i <> ALL (x.ids)) "
        f"FROM ({gone}) x WHERE p.term = x.term AND p.block = x.block; "
        f"DELETE FROM offer_postings p USING ({gone}) x "
        f"WHERE p.term = x.term AND p.block = x.block AND cardinality(p.ids) = 0; "
        f"RETURN NULL; END $$"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE offer_postings (term text NOT NULL, block integer NOT NULL, ids integer[] NOT NULL, "
        "PRIMARY KEY (term, block))"
    )
    # a row of a common term holds up to 4 KB of ids: kept in the row, neither compressed nor in TOAST
    op.execute("ALTER TABLE offer_postings ALTER COLUMN ids SET STORAGE PLAIN")
    op.execute(_forget_function())
    op.execute(
        "CREATE TRIGGER offer_text_forget AFTER DELETE ON offer_text REFERENCING OLD TABLE AS gone "
        "FOR EACH STATEMENT EXECUTE FUNCTION offer_postings_forget()"
    )
    op.execute("SET LOCAL work_mem = '256MB'")
    top = int(op.get_bind().exec_driver_sql("SELECT coalesce(max(offer_id), 0) FROM offer_text").scalar_one())
    step = BATCH >> BLOCK_BITS << BLOCK_BITS  # whole blocks: each batch inserts its own rows once
    for low in range(0, top + 1, step):
        where = f"t.offer_id >= {low} AND t.offer_id < {low + step}"
        op.execute(
            f"INSERT INTO offer_postings (term, block, ids) "
            f"SELECT term, offer_id >> {BLOCK_BITS}, array_agg(offer_id ORDER BY offer_id) "
            f"FROM ({_terms(where)}) x GROUP BY 1, 2"
        )
    op.execute("DROP INDEX ix_offer_text_tsv")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE INDEX ix_offer_text_tsv ON offer_text USING gin (tsv)")
    op.execute("DROP TRIGGER offer_text_forget ON offer_text")
    op.execute("DROP FUNCTION offer_postings_forget()")
    op.execute("DROP TABLE offer_postings")
