"""An index on search_forms.lemma: a query word that is itself a stored lemma needs no lemmatizer.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_search_forms_lemma", "search_forms", ["lemma"])


def downgrade() -> None:
    op.drop_index("ix_search_forms_lemma", table_name="search_forms")
