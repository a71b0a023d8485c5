"""Engines and schema migration for both backends (SQLite embedded default, PostgreSQL at scale)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text

from pantau.config import normalise_db_url

MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the web site read while a nightly load writes; busy_timeout waits out short write locks.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    # In WAL mode NORMAL stays consistent after a crash (the last commits may be lost on power failure, never
    # half-written) and spares an fsync per commit; a 64 MB page cache (default 2 MB) keeps the upper levels
    # of the event, story and full-text b-trees in memory once the store holds a million events.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


@cache
def get_engine(url: str) -> Engine:
    """One engine per store URL per process (the URL as resolved at the edge by `pantau.config.db_url`)."""
    resolved = normalise_db_url(url)
    if resolved.startswith("sqlite"):
        engine = create_engine(resolved, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(resolved, pool_pre_ping=True, pool_size=5, max_overflow=5)
    return engine


def alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", normalise_db_url(url).replace("%", "%%"))
    return config


def migrate(url: str) -> None:
    """Bring the store's schema to the latest revision (idempotent; safe to call at every start)."""
    from alembic import command

    config = alembic_config(url)
    with get_engine(url).begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several workers may start at once against one PostgreSQL store: one migrates, the others wait.
            connection.execute(text("SELECT pg_advisory_xact_lock(7020261122)"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
