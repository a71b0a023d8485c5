"""Run-time configuration, read from flags and environment variables at the edge (the `pantau` commands, the
flow's entry) and passed down: the store URL (`db_url`), the run-state folder (`state_dir`), Prefect's
offline settings (`configure_prefect`)."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB_URL = "sqlite:///pantau.db"
USER_AGENT = "pantau/0.1 (+https://github.com/pantau-id/pantau; news monitoring of regional governments)"


def db_url(explicit: str | None = None) -> str:
    """The store URL: `--db`, else `PANTAU_DB_URL`, else `pantau.db` in the working folder. Called once, at
    the edge (a command, the flow's entry); everything below takes the URL it is given."""
    return normalise_db_url(explicit or os.environ.get("PANTAU_DB_URL") or DEFAULT_DB_URL)


def normalise_db_url(url: str) -> str:
    """Plain `postgresql://` URLs get the psycopg 3 driver, so users need not know SQLAlchemy's dialect names."""
    if not url:
        raise ValueError("a store URL is needed (pantau.config.db_url resolves --db, PANTAU_DB_URL, the default)")
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def state_path() -> Path:
    """Project-local folder for run state (Prefect home, crawl scratch files): `PANTAU_HOME` or `./.pantau`."""
    return Path(os.environ.get("PANTAU_HOME") or ".pantau").resolve()


def state_dir() -> Path:
    """`state_path()`, created if missing."""
    path = state_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


def prefect_environment() -> dict[str, str]:
    """Environment that keeps Prefect offline and its state inside the project (set before importing prefect)."""
    env = {
        "PREFECT_HOME": str(state_path() / "prefect"),  # Prefect creates it when it needs it
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_LOGGING_LEVEL": os.environ.get("PREFECT_LOGGING_LEVEL", "WARNING"),
    }
    return {key: os.environ.get(key, value) for key, value in env.items()}


def configure_prefect() -> None:
    os.environ.update(prefect_environment())
