"""The first schema: offers with their history, LSH bands, quarantine, search forms, full-text index.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "offers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("external_key", sa.String(600), nullable=False),
        sa.Column("external_id", sa.String(400)),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("raw", sa.LargeBinary, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("feed_employer", sa.Text),
        sa.Column("feed_location", sa.Text),
        sa.Column("posted_at", TZ),
        sa.Column("structured", sa.JSON),
        sa.Column("first_seen_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("rev", sa.BigInteger, nullable=False),
        sa.Column("analyzer_version", sa.String(40), nullable=False),
        sa.Column("profile", sa.JSON, nullable=False),
        sa.Column("lemmas", sa.Text, nullable=False),
        sa.Column("lang", sa.String(8)),
        sa.Column("role", sa.String(40)),
        sa.Column("level", sa.String(20)),
        sa.Column("in_category", sa.Boolean, nullable=False),
        sa.Column("direction", sa.String(10)),
        sa.Column("mix", sa.String(20)),
        sa.Column("working_time", sa.String(20)),
        sa.Column("work_mode", sa.String(10)),
        sa.Column("education", sa.String(20)),
        sa.Column("experience", sa.String(20)),
        sa.Column("employer_type", sa.String(20)),
        sa.Column("employer_name", sa.Text),
        sa.Column("city", sa.String(120)),
        sa.Column("pay_min", sa.Float),
        sa.Column("pay_max", sa.Float),
        sa.Column("pay_currency", sa.String(3)),
        sa.Column("pay_period", sa.String(10)),
        sa.Column("pay_monthly", sa.Float),
        sa.Column("transparency", sa.Integer, nullable=False),
        sa.Column("risk", sa.Float, nullable=False),
        sa.Column("featured", sa.Boolean, nullable=False),
        sa.Column("channels", sa.BigInteger, nullable=False),
        sa.Column("goals", sa.BigInteger, nullable=False),
        sa.Column("kpis", sa.BigInteger, nullable=False),
        sa.Column("contracts", sa.BigInteger, nullable=False),
        sa.Column("schedule", sa.BigInteger, nullable=False),
        sa.Column("benefits", sa.BigInteger, nullable=False),
        sa.Column("languages", sa.BigInteger, nullable=False),
        sa.Column("language_levels", sa.String(200), nullable=False),
        sa.Column("canonical_id", sa.Integer),
        sa.Column("signature", sa.LargeBinary),
        sa.Column("shingles", sa.Integer),
        sa.UniqueConstraint("source", "external_key", name="uq_offers_source_key"),
    )
    op.create_index("ix_offers_canonical", "offers", ["canonical_id"])
    op.create_index("ix_offers_rev", "offers", ["rev"])
    op.create_index("ix_offers_content_hash", "offers", ["content_hash"])
    op.create_index("ix_offers_analyzer_version", "offers", ["analyzer_version", "id"])

    op.create_table(
        "offer_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("offer_id", sa.Integer, sa.ForeignKey("offers.id", ondelete="CASCADE"), nullable=False),
        sa.Column("replaced_at", TZ, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("raw", sa.LargeBinary, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("posted_at", TZ),
        sa.Column("analyzer_version", sa.String(40), nullable=False),
        sa.Column("profile", sa.JSON, nullable=False),
    )
    op.create_index("ix_offer_history_offer", "offer_history", ["offer_id"])

    op.create_table(
        "offer_bands",
        sa.Column("band_key", sa.BigInteger, nullable=False),
        sa.Column("offer_id", sa.Integer, sa.ForeignKey("offers.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_offer_bands_key", "offer_bands", ["band_key"])
    op.create_index("ix_offer_bands_offer", "offer_bands", ["offer_id"])

    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("raw", sa.LargeBinary, nullable=False),
        sa.Column("raw_hash", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("first_seen_at", TZ, nullable=False),
        sa.Column("last_seen_at", TZ, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("offer_id", sa.Integer, sa.ForeignKey("offers.id", ondelete="SET NULL")),
        sa.UniqueConstraint("source", "kind", "raw_hash", name="uq_quarantine_record"),
    )

    op.create_table(
        "search_forms",
        sa.Column("form", sa.String(100), primary_key=True),
        sa.Column("lemma", sa.String(100), primary_key=True),
    )

    # Full text on lemmas: FTS5 over offers.lemmas in SQLite (external content, kept in step by the
    # store), a generated tsvector with a GIN index in PostgreSQL. 'simple': the lemmas are already words.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE offers_fts USING fts5("
            "lemmas, content='offers', content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
        )
    else:
        op.execute(
            "ALTER TABLE offers ADD COLUMN tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', lemmas)) STORED"
        )
        op.execute("CREATE INDEX ix_offers_tsv ON offers USING gin (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE offers_fts")
    for table in ("search_forms", "quarantine", "offer_bands", "offer_history", "offers"):
        op.drop_table(table)
