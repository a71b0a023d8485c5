"""The nightly run's queues in the store, shared by every worker machine:

- **jobs** (`CrawlJob`): the sources of one run. Any worker claims a few at a time (`claim_jobs`), keeps
  them alive with heartbeats while it crawls, and finishes each one (`finish_job`). Jobs whose worker
  stopped beating (a killed process, a lost machine) go back to the queue (`requeue_stale`) for another
  worker; one source's host is never claimed twice at once.
- **queued articles** (`QueuedArticle`): crawled, not yet loaded. The crawler writes them in the same
  transaction that marks their URLs seen (`db.crawl_state`); a loader leases a batch (`lease_articles`),
  loads it into the store and then removes it (`done_articles`). A lease that expires (the loader died)
  is taken over by the next loader, on any machine. Loads are idempotent, so an article loaded but not yet
  removed when its loader died is loaded again unchanged: never lost, never twice.
- **runs** (`Run`): a running flow beats (`beat_run`); `close_crashed_runs` marks as crashed the rows whose
  process stopped beating, so no row stays "running" forever.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from db.models import CrawlJob, QueuedArticle, Run

JOBS = CrawlJob.__table__
QUEUED = QueuedArticle.__table__
RUNS = Run.__table__
STALE_AFTER = dt.timedelta(seconds=90)  # a worker or run silent this long is dead (it beats every ~10 s)
LEASE = dt.timedelta(minutes=5)  # a loader's hold on queued articles


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def dead_here(owner: str | None) -> bool:
    """Whether `owner` ("host:pid…", see `worker_name`) is a process of this machine that no longer exists:
    its claims and leases are free at once, without waiting for its heartbeat to go stale."""
    if not owner or ":" not in owner:
        return False
    host, rest = owner.split(":", 1)
    pid = rest.split("/", 1)[0].split(":", 1)[0].split(" ", 1)[0]
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _locking(query, engine: sa.Engine):
    """Rows another transaction holds are skipped on PostgreSQL; SQLite serialises writers anyway."""
    if engine.dialect.name == "postgresql":
        return query.with_for_update(skip_locked=True)
    return query


# ------------------------------------------------------------------------------------------------ jobs

def enqueue_jobs(engine: sa.Engine, run_id: int, jobs: Iterable[dict[str, Any]]) -> int:
    """Queue tonight's sources: dicts with `source`, `label`, `args`, `host`, and optionally `state`
    (`skipped`/`failed` with an `error`, for sources decided before any crawl)."""
    rows = []
    for job in jobs:
        state = job.get("state", "queued")
        rows.append({"run_id": run_id, "source": job["source"], "label": job.get("label", job["source"]),
                     "args": list(job.get("args") or []), "host": job.get("host") or job["source"], "state": state,
                     "attempts": 0, "error": job.get("error"), "result": job.get("result") or {},
                     "finished_at": now() if state != "queued" else None})
    with engine.begin() as connection:
        for start in range(0, len(rows), 500):
            connection.execute(JOBS.insert(), rows[start:start + 500])
    return len(rows)


def claim_jobs(engine: sa.Engine, run_id: int, limit: int, worker: str | None = None) -> list[dict[str, Any]]:
    """Claim up to `limit` queued jobs of the run whose hosts no other claimed job is crawling. The claim
    is one UPDATE (atomic on SQLite; rows other claims hold are skipped on PostgreSQL); each returned job's
    `worker` is this claim's token, for `beat_jobs` and `finish_job`."""
    token = f"{worker or worker_name()}/{uuid.uuid4().hex[:8]}"
    busy = sa.select(JOBS.c.host).where(JOBS.c.run_id == run_id, JOBS.c.state == "claimed").scalar_subquery()
    pick = sa.select(JOBS.c.id).where(JOBS.c.run_id == run_id, JOBS.c.state == "queued",
                                      JOBS.c.host.not_in(busy)).order_by(JOBS.c.id).limit(limit)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            # Picked first, then updated: a LIMIT ... SKIP LOCKED subquery inside the UPDATE may be run
            # again per row by the planner and claim more than `limit`.
            candidates = connection.execute(pick.with_for_update(skip_locked=True)).scalars().all()
        else:
            candidates = pick.scalar_subquery()  # one statement: SQLite takes the write lock at once
        connection.execute(JOBS.update().where(JOBS.c.id.in_(candidates), JOBS.c.state == "queued").values(
            state="claimed", worker=token, heartbeat_at=now(), attempts=JOBS.c.attempts + 1))
        rows = connection.execute(sa.select(JOBS).where(JOBS.c.worker == token, JOBS.c.state == "claimed")
                                  .order_by(JOBS.c.id)).all()
    return [dict(row._mapping) for row in rows]


def beat_jobs(engine: sa.Engine, job_ids: Iterable[int], worker: str) -> None:
    ids = list(job_ids)
    if not ids:
        return
    with engine.begin() as connection:
        connection.execute(JOBS.update().where(JOBS.c.id.in_(ids), JOBS.c.worker == worker,
                                               JOBS.c.state == "claimed").values(heartbeat_at=now()))


def finish_job(engine: sa.Engine, job_id: int, state: str, *, worker: str, result: dict[str, Any] | None = None,
               error: str | None = None) -> bool:
    """Close a claimed job as `done`, `failed` (with its one-line reason) or back to `queued` (to be tried
    again by any worker). False if the job was no longer this worker's (it was taken over)."""
    values: dict[str, Any] = {"state": state, "error": error, "heartbeat_at": now()}
    if result is not None:
        values["result"] = result
    if state != "queued":
        values["finished_at"] = now()
    else:
        values["worker"] = None
    with engine.begin() as connection:
        updated = connection.execute(JOBS.update().where(
            JOBS.c.id == job_id, JOBS.c.state == "claimed", JOBS.c.worker == worker).values(**values))
    return updated.rowcount == 1


def add_to_job_result(engine: sa.Engine, job_id: int, **fields: Any) -> None:
    """Merge `fields` into a job's result (what a batch did once, kept on its first job)."""
    with engine.begin() as connection:
        row = connection.execute(sa.select(JOBS.c.result).where(JOBS.c.id == job_id)).first()
        if row is None:
            return
        connection.execute(JOBS.update().where(JOBS.c.id == job_id).values(result={**(row.result or {}), **fields}))


def requeue_stale(engine: sa.Engine, run_id: int, max_attempts: int, stale_after: dt.timedelta = STALE_AFTER) -> dict[str, int]:
    """Jobs whose worker stopped beating: back to the queue, or failed once they used `max_attempts`."""
    limit = now() - stale_after
    with engine.connect() as connection:
        workers = connection.execute(sa.select(JOBS.c.worker).distinct().where(
            JOBS.c.run_id == run_id, JOBS.c.state == "claimed")).scalars().all()
    gone = [worker for worker in workers if dead_here(worker)]
    stale = sa.and_(JOBS.c.run_id == run_id, JOBS.c.state == "claimed",
                    sa.or_(JOBS.c.heartbeat_at < limit, JOBS.c.worker.in_(gone)))
    with engine.begin() as connection:
        failed = connection.execute(JOBS.update().where(stale, JOBS.c.attempts >= max_attempts).values(
            state="failed", finished_at=now(),
            error=sa.func.coalesce(JOBS.c.error, "crawl process lost: its worker stopped answering "
                                                 f"(no heartbeat for {int(stale_after.total_seconds())} s), "
                                                 f"{max_attempts} attempt(s) used"))).rowcount
        queued = connection.execute(JOBS.update().where(stale, JOBS.c.attempts < max_attempts).values(
            state="queued", worker=None)).rowcount
    return {"requeued": queued, "failed": failed}


def job_counts(engine: sa.Engine, run_id: int) -> dict[str, int]:
    with engine.connect() as connection:
        return dict(connection.execute(sa.select(JOBS.c.state, sa.func.count()).where(JOBS.c.run_id == run_id)
                                       .group_by(JOBS.c.state)).all())


def run_jobs(engine: sa.Engine, run_id: int) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(
            sa.select(JOBS).where(JOBS.c.run_id == run_id).order_by(JOBS.c.id))]


def active_sources(engine: sa.Engine, other_than: int) -> set[str]:
    """Sources queued or being crawled by another run that is still alive (so a night never crawls a
    source twice when two runs overlap)."""
    with engine.connect() as connection:
        live = [run_id for run_id, owner in connection.execute(sa.select(RUNS.c.id, RUNS.c.owner).where(
            RUNS.c.status == "running", RUNS.c.heartbeat_at >= now() - STALE_AFTER, RUNS.c.id != other_than))
            if not dead_here(owner)]
        if not live:
            return set()
        return set(connection.execute(sa.select(JOBS.c.source).where(
            JOBS.c.state.in_(["queued", "claimed"]), JOBS.c.run_id.in_(live))).scalars())


# ------------------------------------------------------------------------------------------------ articles

def queue_articles(connection: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """Add crawled articles to the queue, inside the caller's transaction (`CrawlState` writes them with
    their URLs' state, so a URL counts as seen only when its article waits here)."""
    connection.execute(QUEUED.insert(), rows)


def lease_articles(engine: sa.Engine, *, sources: Iterable[str] | None = None, limit: int = 200,
                   worker: str | None = None, lease: dt.timedelta = LEASE) -> list[dict[str, Any]]:
    """Lease up to `limit` queued articles (of `sources`, or any): the newest queued version of each
    article, oldest articles first. Returns the rows (`record` is the article record)."""
    token = f"{worker or worker_name()}/{uuid.uuid4().hex[:8]}"
    stamp = now()
    with engine.connect() as connection:
        holders = connection.execute(sa.select(QUEUED.c.leased_by).distinct().where(
            QUEUED.c.leased_until >= stamp)).scalars().all()
    gone = [holder for holder in holders if dead_here(holder)]
    free = sa.or_(QUEUED.c.leased_until.is_(None), QUEUED.c.leased_until < stamp, QUEUED.c.leased_by.in_(gone))
    query = sa.select(QUEUED.c.id, QUEUED.c.article_id).where(free).order_by(QUEUED.c.id).limit(limit)
    if sources is not None:
        query = query.where(QUEUED.c.source.in_(list(sources)))
    with engine.begin() as connection:
        picked = connection.execute(_locking(query, engine)).all()
        if not picked:
            return []
        article_ids = sorted({article_id for _, article_id in picked})
        # Every waiting version of those articles, so the newest is loaded and the older ones go with it.
        connection.execute(QUEUED.update().where(QUEUED.c.article_id.in_(article_ids), free)
                           .values(leased_by=token, leased_until=stamp + lease))
        rows = connection.execute(sa.select(QUEUED).where(QUEUED.c.article_id.in_(article_ids),
                                                          QUEUED.c.leased_by == token)
                                  .order_by(QUEUED.c.id)).all()
    newest: dict[str, dict[str, Any]] = {}
    for row in rows:
        data = dict(row._mapping)
        data["queue_ids"] = [data["id"]]
        held = newest.get(data["article_id"])
        if held is not None:
            data["queue_ids"] = held["queue_ids"] + data["queue_ids"]
            if held["version"] > data["version"]:
                held["queue_ids"] = data["queue_ids"]
                continue
        newest[data["article_id"]] = data
    return list(newest.values())


def done_articles(engine: sa.Engine, leased: Iterable[dict[str, Any]]) -> int:
    """Remove loaded articles from the queue (every version the lease held)."""
    ids = [queue_id for row in leased for queue_id in row["queue_ids"]]
    with engine.begin() as connection:
        for start in range(0, len(ids), 500):
            connection.execute(QUEUED.delete().where(QUEUED.c.id.in_(ids[start:start + 500])))
    return len(ids)


def release_articles(engine: sa.Engine, leased: Iterable[dict[str, Any]]) -> None:
    """Give leased articles back at once (their load failed; the next loader takes them)."""
    ids = [queue_id for row in leased for queue_id in row["queue_ids"]]
    with engine.begin() as connection:
        connection.execute(QUEUED.update().where(QUEUED.c.id.in_(ids)).values(leased_by=None, leased_until=None))


# ------------------------------------------------------------------------------------------------ runs

def beat_run(engine: sa.Engine, run_id: int, owner: str | None = None) -> None:
    from db.load.reference import beat_run as beat

    beat(engine, run_id, owner)


def close_crashed_runs(engine: sa.Engine, stale_after: dt.timedelta = STALE_AFTER) -> list[int]:
    """Mark "running" rows whose process stopped beating (or, on this machine, no longer exists) as
    crashed, and their unfinished jobs failed; their queued articles stay queued for the next loader."""
    from db.load.reference import close_silent_runs

    closed = close_silent_runs(engine, now() - stale_after, dead_here)
    if closed:
        with engine.begin() as connection:
            connection.execute(JOBS.update().where(JOBS.c.run_id.in_(closed), JOBS.c.state.in_(["queued", "claimed"]))
                               .values(state="failed", finished_at=now(), error="run crashed before this source ended"))
    return closed
