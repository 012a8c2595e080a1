"""Opening the database: migrations on start, on SQLite and PostgreSQL alike; bad URLs refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from callboard.errors import StoreError
from callboard.store import schema
from callboard.store.db import open_engine, resolve_url


def test_migrations_create_the_schema_the_code_uses(db_url: str) -> None:
    engine = open_engine(db_url)
    insp = sa.inspect(engine)
    for table in schema.metadata.sorted_tables:
        have = {c["name"] for c in insp.get_columns(table.name)}
        want = {c.name for c in table.columns}
        assert want <= have, f"{table.name}: migrations lack {want - have}"
    # opening again is a no-op, not an error
    open_engine(db_url)
    engine.dispose()


def test_postgres_urls_get_the_psycopg_driver() -> None:
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"


def test_environment_variable_names_the_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CALLBOARD_DATABASE_URL", f"sqlite:///{tmp_path}/x.db")
    assert resolve_url() == f"sqlite:///{tmp_path}/x.db"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@h/db", "unsupported database"),
        ("not a url", "not a database URL"),
        ("postgresql://nobody@127.0.0.1:1/none", "cannot open the database"),
    ],
)
def test_bad_urls_get_a_clear_error(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_engine(url)
