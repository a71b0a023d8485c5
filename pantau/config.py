"""Run-time configuration shared by every stage, read from flags and environment variables."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB_URL = "sqlite:///pantau.db"
USER_AGENT = "pantau/0.1 (+https://github.com/pantau-id/pantau; news monitoring of regional governments)"


def db_url(explicit: str | None = None) -> str:
    """The store URL: `--db`, else `PANTAU_DB_URL`, else `pantau.db` in the working folder.

    Plain `postgresql://` URLs are given the psycopg 3 driver so users need not know SQLAlchemy's dialect names.
    """
    url = explicit or os.environ.get("PANTAU_DB_URL") or DEFAULT_DB_URL
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def state_dir() -> Path:
    """Project-local folder for run state (Prefect home, crawl scratch files): `PANTAU_HOME` or `./.pantau`."""
    path = Path(os.environ.get("PANTAU_HOME") or ".pantau").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def prefect_environment() -> dict[str, str]:
    """Environment that keeps Prefect offline and its state inside the project (set before importing prefect)."""
    env = {
        "PREFECT_HOME": str(state_dir() / "prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_LOGGING_LEVEL": os.environ.get("PREFECT_LOGGING_LEVEL", "WARNING"),
    }
    return {key: os.environ.get(key, value) for key, value in env.items()}


def configure_prefect() -> None:
    os.environ.update(prefect_environment())
