"""Opening the database: the URL, the engine, and the migrations applied on start.

SQLite by default, in the user's data directory (or `CALLBOARD_DATABASE_URL`); PostgreSQL when that URL
names it ("postgresql://user@host/db"; the psycopg driver is chosen for it).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir

from callboard.errors import StoreError

URL_ENV = "CALLBOARD_DATABASE_URL"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK = 7_411_003  # PostgreSQL advisory lock taken while migrating: two starts do not race


def default_url() -> str:
    path = Path(user_data_dir("callboard", appauthor=False)) / "callboard.sqlite3"
    return f"sqlite:///{path}"


def resolve_url(url: str | None = None) -> str:
    url = url or os.environ.get(URL_ENV) or default_url()
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL: readers go on while an import writes; a killed writer leaves the last committed batch intact
    cur = dbapi_conn.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=30000"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def create_engine(url: str | None = None) -> sa.Engine:
    resolved = resolve_url(url)
    try:
        sa_url = sa.make_url(resolved)
    except sa.exc.ArgumentError:
        raise StoreError(f"not a database URL: {resolved!r} (expected sqlite:///path or postgresql://...)") from None
    if sa_url.get_backend_name() == "sqlite":
        if sa_url.database and sa_url.database != ":memory:":
            Path(sa_url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(sa_url)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    elif sa_url.get_backend_name() == "postgresql":
        engine = sa.create_engine(sa_url, pool_pre_ping=True)
    else:
        raise StoreError(f"unsupported database {sa_url.get_backend_name()!r}: use SQLite or PostgreSQL")
    return engine


def _alembic_config(connection: sa.Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the newest revision; a no-op when it is there already."""
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
            current = MigrationContext.configure(conn).get_current_revision()
            head = ScriptDirectory.from_config(_alembic_config(conn)).get_current_head()
            if current != head:
                command.upgrade(_alembic_config(conn), "head")
    except sa.exc.OperationalError as exc:
        raise StoreError(f"cannot open the database {engine.url.render_as_string(hide_password=True)}: "
                         f"{exc.orig}") from None


def open_engine(url: str | None = None) -> sa.Engine:
    """An engine on the database at URL (default: CALLBOARD_DATABASE_URL, else the user's SQLite file),
    with the schema migrated."""
    engine = create_engine(url)
    migrate(engine)
    return engine
