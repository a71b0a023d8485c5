"""The writers of the reference tables: `Region` (the 552 regions of `pantau.regions`) and `Run` (flow runs:
opened, beating, finished, or closed as crashed). `Source` has its own writer, `db.source_health`."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlalchemy as sa

from db.rows import batched, upsert
from db.tables import BATCH, REGIONS, RUNS
from pantau.regions import all_regions


def sync_regions(engine) -> int:
    rows = [{"code": r.code, "level": r.level, "name": r.name, "short_name": r.short_name,
             "province_code": r.province_code} for r in all_regions()]
    with engine.begin() as conn:
        for chunk in batched(rows, BATCH):
            upsert(conn, REGIONS, chunk, ["code"])
    return len(rows)


def start_run(engine, flow: str) -> int:
    with engine.begin() as conn:
        return conn.execute(RUNS.insert().values(flow=flow[:40], started_at=dt.datetime.now(dt.UTC),
                                                 status="running", stats={}).returning(RUNS.c.id)).scalar_one()


def finish_run(engine, run_id: int, status: str = "completed", stats: dict[str, Any] | None = None) -> None:
    with engine.begin() as conn:
        conn.execute(RUNS.update().where(RUNS.c.id == run_id).values(
            finished_at=dt.datetime.now(dt.UTC), status=status[:16],
            # Dates or paths in a flow's summary must not lose the run's record: store them as text.
            stats=json.loads(json.dumps(stats or {}, default=str))))


def beat_run(engine, run_id: int, owner: str | None = None) -> None:
    """A running flow's heartbeat (a row that stops beating is a crashed run)."""
    values: dict[str, Any] = {"heartbeat_at": dt.datetime.now(dt.UTC)}
    if owner:
        values["owner"] = owner
    with engine.begin() as conn:
        conn.execute(RUNS.update().where(RUNS.c.id == run_id, RUNS.c.status == "running").values(**values))


def close_silent_runs(engine, silent_since: dt.datetime, owner_is_dead) -> list[int]:
    """Close as crashed the "running" rows whose last heartbeat is older than `silent_since`, or whose owner
    `owner_is_dead(owner)`; no row stays "running" forever. Returns their ids."""
    with engine.connect() as conn:
        owners = conn.execute(sa.select(RUNS.c.owner).distinct().where(RUNS.c.status == "running")).scalars().all()
    gone = [owner for owner in owners if owner_is_dead(owner)]
    silent = sa.and_(RUNS.c.status == "running", sa.or_(
        sa.func.coalesce(RUNS.c.heartbeat_at, RUNS.c.started_at) < silent_since, RUNS.c.owner.in_(gone)))
    with engine.begin() as conn:
        rows = conn.execute(sa.select(RUNS.c.id, RUNS.c.owner, RUNS.c.heartbeat_at, RUNS.c.stats).where(silent)).all()
        for run_id, owner, beat, stats in rows:
            reason = (f"crashed: its process ({owner or 'unknown'}) stopped answering; last heartbeat "
                      f"{beat:%Y-%m-%d %H:%M:%S} UTC" if beat else "crashed: its process never answered")
            conn.execute(RUNS.update().where(RUNS.c.id == run_id, RUNS.c.status == "running").values(
                status="crashed", finished_at=dt.datetime.now(dt.UTC),
                stats={**(stats or {}), "status": "crashed", "error": reason}))
    return [row[0] for row in rows]
