"""Shared test fixtures: real stores on both backends, isolated run state."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text

# No per-example deadline: speed is measured by bench/, and a loaded CI machine (or dateparser's first call)
# must not turn a correct property into a failure.
settings.register_profile("pantau", deadline=None)
settings.load_profile("pantau")

PG_SERVER = os.environ.get("PANTAU_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
SHARED = Path(__file__).resolve().parents[2] / "shared"


# Keep Prefect, crawl scratch files and any default store out of the working tree. Set when this file is
# imported, before test modules are collected: importing `flows` configures Prefect from PANTAU_HOME.
_HOME = Path(tempfile.mkdtemp(prefix="pantau-home-"))
os.environ["PANTAU_HOME"] = str(_HOME)
os.environ.setdefault("PANTAU_DB_URL", f"sqlite:///{_HOME}/default.db")
# Every site the tests crawl is served on this machine: `pantau crawl` (and the flows' crawl processes) may
# fetch its own sites there. The crawler's tests of the default (refused) run without it.
os.environ["PANTAU_CRAWL_ALLOW_LOCAL"] = "1"


@pytest.fixture(autouse=True, scope="session")
def _isolated_state():
    from pantau.config import configure_prefect

    configure_prefect()
    yield
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path}/pantau.db"


@contextmanager
def _scratch_pg_database() -> Iterator[str]:
    name = f"pantau_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{PG_SERVER}/test", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"{PG_SERVER}/{name}"
    try:
        yield url
    finally:
        from db.engine import get_engine

        get_engine(url).dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def scratch_pg_database():
    """A context manager giving a fresh PostgreSQL database on the local server, dropped at the end of the
    with-block: for fixtures of any scope."""
    return _scratch_pg_database


@pytest.fixture
def pg_url(scratch_pg_database):
    """A fresh PostgreSQL database on the local server, dropped afterwards."""
    with scratch_pg_database() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request) -> str:
    """Run the test once on each backend, with a migrated, empty store."""
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
    from db.engine import migrate

    migrate(url)
    return url
