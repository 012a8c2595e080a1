"""The tables, as SQLAlchemy Core objects: one schema for SQLite and PostgreSQL.

The migrations in `migrations/versions/` create exactly these; a test compares the two. The offer keeps
the raw record unchanged (`raw`, `body`, feed fields) beside its profile (`profile`, JSON) and the
analyzer version that made it. The columns after `profile` are copies of profile facts that search
filters and counts on (multi-valued facts as bit masks over the enumerations of `search.facets`).

The full-text index of the lemmas is each database's own, made by the migrations and written by
`store.offers`: the FTS5 table `offers_fts` in SQLite; in PostgreSQL the narrow table
`offer_text (offer_id, tsv)` and the posting lists made from it, `offer_postings (term, block, ids)`
(see `store.postings`).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

offers = sa.Table(
    "offers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # the record as the source gave it
    sa.Column("source", sa.String(200), nullable=False),
    sa.Column("external_key", sa.String(600), nullable=False),  # id:<id> | url:<url> | sha:<hash of the record>
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
    sa.Column("posted_at", sa.DateTime(timezone=True)),
    sa.Column("structured", sa.JSON),
    sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("rev", sa.BigInteger, nullable=False),  # raised on every change: the search index reloads by it
    # the analysis
    sa.Column("analyzer_version", sa.String(40), nullable=False),
    sa.Column("profile", sa.JSON, nullable=False),
    sa.Column("lemmas", sa.Text, nullable=False),  # title + text as lemmas, for full-text search
    # copies of profile facts for filters, facets and sorting
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
    sa.Column("pay_monthly", sa.Float),  # the lower figure per month, for sorting across periods
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
    sa.Column("language_levels", sa.String(200), nullable=False),  # "en:B2 de:C1", for the level filter
    # duplicates: the offer this one repeats (itself when it is the first of its group)
    sa.Column("canonical_id", sa.Integer),
    sa.Column("signature", sa.LargeBinary),
    sa.Column("shingles", sa.Integer),
    sa.UniqueConstraint("source", "external_key", name="uq_offers_source_key"),
)
sa.Index("ix_offers_canonical", offers.c.canonical_id)
sa.Index("ix_offers_rev", offers.c.rev)
sa.Index("ix_offers_content_hash", offers.c.content_hash)
sa.Index("ix_offers_analyzer_version", offers.c.analyzer_version, offers.c.id)

offer_history = sa.Table(
    "offer_history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("offer_id", sa.Integer, sa.ForeignKey("offers.id", ondelete="CASCADE"), nullable=False),
    sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("raw", sa.LargeBinary, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("posted_at", sa.DateTime(timezone=True)),
    sa.Column("analyzer_version", sa.String(40), nullable=False),
    sa.Column("profile", sa.JSON, nullable=False),
)
sa.Index("ix_offer_history_offer", offer_history.c.offer_id)

# LSH band keys of each offer's MinHash signature: offers sharing a key are duplicate candidates
offer_bands = sa.Table(
    "offer_bands",
    metadata,
    sa.Column("band_key", sa.BigInteger, nullable=False),
    sa.Column("offer_id", sa.Integer, sa.ForeignKey("offers.id", ondelete="CASCADE"), nullable=False),
)
sa.Index("ix_offer_bands_key", offer_bands.c.band_key)
sa.Index("ix_offer_bands_offer", offer_bands.c.offer_id)

quarantine = sa.Table(
    "quarantine",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.String(200), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("raw", sa.LargeBinary, nullable=False),
    sa.Column("raw_hash", sa.String(64), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("status", sa.String(10), nullable=False),  # open | resolved
    sa.Column("offer_id", sa.Integer, sa.ForeignKey("offers.id", ondelete="SET NULL")),
    sa.UniqueConstraint("source", "kind", "raw_hash", name="uq_quarantine_record"),
)

# every word form seen in an indexed ad and its lemma: queries are lemmatized without loading simplemma
search_forms = sa.Table(
    "search_forms",
    metadata,
    sa.Column("form", sa.String(100), primary_key=True),
    sa.Column("lemma", sa.String(100), primary_key=True),
)
sa.Index("ix_search_forms_lemma", search_forms.c.lemma)
