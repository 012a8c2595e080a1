"""Shared fixtures: the corpus, and a fresh database of each kind (SQLite file, PostgreSQL server)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.pgserver import postgres_server

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """One PostgreSQL server for the whole run (started from Debian's package, see tests/pgserver.py)."""
    with postgres_server() as url:
        yield url


_db_counter = itertools.count()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of each kind: the storage and search tests run on both."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'callboard.sqlite3'}"
    server: str = request.getfixturevalue("postgres_url")
    name = f"t{next(_db_counter)}"
    engine = sa.create_engine(server.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return server.rsplit("/", 1)[0] + "/" + name
