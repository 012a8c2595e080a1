"""PostgreSQL: the full-text tsvector moves from the wide offers row to a narrow table `offer_text`.

A text match visits the heap row of every matching offer (the GIN index gives only row addresses). In
`offers` that row is wide (raw ad, profile, TOAST pointers) and its tsvector sat in the TOAST table, so
a phrase, which PostgreSQL checks on the stored tsvector, read it back from TOAST for every candidate,
and the working set (offers' heap + TOAST, ~9 GB at 1M offers) did not stay in the server's cache.
`offer_text` holds only (offer_id, tsv): ~1.9 GB at 1M, cached whole. The store writes it beside the
offer, in the same transaction. SQLite keeps its FTS5 table: nothing changes there.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE offer_text ("
        "offer_id integer PRIMARY KEY REFERENCES offers (id) ON DELETE CASCADE, "
        "tsv tsvector NOT NULL)"
    )
    # the stored tsvectors are copied as they are (the generated column computed them from the lemmas);
    # the GIN index is built once after the fill, faster than row by row
    op.execute("INSERT INTO offer_text (offer_id, tsv) SELECT id, tsv FROM offers ORDER BY id")
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute("CREATE INDEX ix_offer_text_tsv ON offer_text USING gin (tsv)")
    op.execute("DROP INDEX ix_offers_tsv")
    op.execute("ALTER TABLE offers DROP COLUMN tsv")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "ALTER TABLE offers ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', lemmas)) STORED"
    )
    op.execute("CREATE INDEX ix_offers_tsv ON offers USING gin (tsv)")
    op.execute("DROP TABLE offer_text")
