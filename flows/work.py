"""The work of a nightly run, without Prefect: what one crawl slot does with the store's job queue, and
how queued articles are extracted and loaded. `flows.nightly` wraps these in Prefect flows and tasks.

A slot claims a few sources (`db.crawl_queue.claim_jobs`), crawls them in **one** `pantau crawl` process
(Scrapy keeps politeness per site; one process saves its ~7 s and ~150 MB start per source), beats the
jobs' heartbeats while it runs, reads the crawler's per-source report, then loads what the crawl queued in
the store (`load_queued`) and closes each job with its outcome and one-line reason.

Exactly once: the crawler queues each new article in the same transaction that marks its URL seen, and
`load_queued` removes an article from the queue only after loading it (loads are idempotent), so a crash
anywhere leaves articles queued for the next loader, never lost and never loaded twice.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger("pantau.flows")

BEAT_EVERY = 10.0  # seconds between heartbeats of a slot's claimed jobs
STOP_GRACE = 3.0  # seconds a crawl process gets to stop after SIGTERM before it is killed
LOAD_BATCH = 200  # queued articles loaded per transaction batch
_extraction = threading.Lock()  # one extraction at a time per process: the spaCy pipeline is shared


@dataclass
class Settings:
    """How the run's crawls are made (the flow's parameters)."""

    db: str
    run_dir: Path
    since: str | None = None
    max_pages: int | None = None
    timeout: float = 3600.0
    crawl_args: list[str] = field(default_factory=list)
    max_attempts: int = 2  # a job whose crawl process died is tried again until this many attempts
    run_id: int | None = None


def fault_point(name: str) -> None:
    """Where the kill tests stop a run (`PANTAU_FAULT_PAUSE=name`): the process writes
    `PANTAU_FAULT_MARKER` and waits there to be killed. Does nothing otherwise."""
    if os.environ.get("PANTAU_FAULT_PAUSE") != name:
        return
    marker = os.environ.get("PANTAU_FAULT_MARKER")
    if marker:
        Path(marker).write_text(f"{os.getpid()} {name}\n", encoding="utf-8")
    while True:
        time.sleep(1)


def crawl_command(jobs: list[dict[str, Any]], settings: Settings, out: Path, report: Path) -> list[str]:
    command = [sys.executable, "-m", "pantau", "crawl"]
    for job in jobs:
        command += job["args"]
    command += ["--out", str(out), "--report", str(report), "--db", settings.db]
    if settings.since:
        command += ["--since", settings.since]
    if settings.max_pages:
        command += ["--max-pages", str(settings.max_pages)]
    return command + list(settings.crawl_args)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


def run_crawl(jobs: list[dict[str, Any]], settings: Settings, stop: threading.Event, beat) -> dict[str, Any]:
    """One `pantau crawl` process for the jobs. Returns {"report": {...} | None, "exit": code,
    "reason": one line when the process itself failed, "stderr": tail}."""
    stem = f"batch-{jobs[0]['id']}-{len(jobs)}"
    out, report, log_file = (settings.run_dir / f"{stem}.articles.jsonl", settings.run_dir / f"{stem}.report.json",
                             settings.run_dir / f"{stem}.crawl.log")
    command = crawl_command(jobs, settings, out, report)
    started = time.monotonic()
    with open(log_file, "w", encoding="utf-8") as stderr:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
                                   # The crawl dies with this process (see `crawlers.cli`): a killed worker
                                   # leaves no orphan crawling on.
                                   env={**os.environ, "PYTHONUNBUFFERED": "1", "PANTAU_PARENT_PID": str(os.getpid())},
                                   start_new_session=True)
        last_beat = time.monotonic()
        stopped_by = None
        while process.poll() is None:
            if stop.is_set():
                stopped_by = "stopped (the run was asked to stop)"
            elif time.monotonic() - started > settings.timeout:
                stopped_by = f"did not finish within {settings.timeout:g} s"
            if stopped_by:
                _stop_group(process)
                break
            if time.monotonic() - last_beat >= BEAT_EVERY:
                beat()
                last_beat = time.monotonic()
            time.sleep(0.25)
        process.wait()
    tail = log_file.read_text(encoding="utf-8", errors="replace")[-4000:]
    result: dict[str, Any] = {"exit": process.returncode, "seconds": round(time.monotonic() - started, 1),
                              "stderr": tail, "summary": next((line for line in reversed(tail.splitlines())
                                                               if line.startswith("crawl: ")), "")}
    if report.is_file() and stopped_by is None:
        result["report"] = json.loads(report.read_text(encoding="utf-8"))
    if stopped_by:
        result["reason"] = f"crawl process {stopped_by}"
    elif process.returncode == 2:
        result["reason"] = f"crawl rejected its arguments: {_last_line(tail)}"
    elif process.returncode < 0:
        result["reason"] = f"crawl process killed by signal {-process.returncode}"
    elif process.returncode != 0 and "report" not in result:
        result["reason"] = f"crawl process failed (exit {process.returncode}): {_last_line(tail) or 'no message'}"
    return result


def _stop_group(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(STOP_GRACE)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def _report_entry(job: dict[str, Any], report: dict[str, Any]) -> dict[str, Any] | None:
    sources = report.get("sources", {})
    if job["args"][0] == "--url":
        url = job["args"][1]
        return next((entry for entry in sources.values() if entry.get("url") == url), None)
    return sources.get(job["source"])


# ------------------------------------------------------------------------------------------------ loading

def load_queued(db: str, *, sources: list[str] | None = None, limit: int | None = None) -> dict[str, Any]:
    """Extract and load queued articles (of `sources`, or all), in batches; each batch leaves the queue
    only once loaded. Returns counts: articles inserted/updated/unchanged, events by type and province."""
    from db.crawl_queue import done_articles, lease_articles, release_articles
    from db.store import Store

    store = Store(db, migrate_schema=False)
    totals: dict[str, Any] = {"queued": 0, "inserted": 0, "updated": 0, "unchanged": 0, "events": 0,
                              "events_by_type": Counter(), "events_by_province": Counter(), "problems": []}
    loaded = 0
    while limit is None or loaded < limit:
        leased = lease_articles(store.engine, sources=sources, limit=LOAD_BATCH)
        if not leased:
            break
        try:
            _load_batch(store, leased, totals)
        except Exception:
            release_articles(store.engine, leased)
            raise
        done_articles(store.engine, leased)
        loaded += len(leased)
    totals["queued"] = loaded
    totals["events_by_type"] = dict(totals["events_by_type"])
    totals["events_by_province"] = dict(totals["events_by_province"])
    return totals


def _load_batch(store, leased: list[dict[str, Any]], totals: dict[str, Any]) -> None:
    from extract import PIPELINE_VERSION, extract_articles

    records = [row["record"] for row in leased]
    with _extraction:
        events = list(extract_articles(records))
    stats = store.load_articles(records)
    fault_point("mid-load")
    event_stats = store.replace_events([record["id"] for record in records], events, extractor=PIPELINE_VERSION)
    totals["inserted"] += stats.inserted
    totals["updated"] += stats.updated
    totals["unchanged"] += stats.unchanged
    totals["events"] += len(events)
    totals["events_new"] = totals.get("events_new", 0) + event_stats.inserted
    totals["problems"] += (stats.problems + event_stats.problems)[:10]
    for event in events:
        totals["events_by_type"][event["type"]] += 1
        code = (event.get("regency") or {}).get("code")
        totals["events_by_province"][code.split(".")[0] if code else "-"] += 1


def merge_counts(total: dict[str, Any], part: dict[str, Any]) -> None:
    for key, value in part.items():
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            total[key] = total.get(key, 0) + value
        elif isinstance(value, dict):
            merge_counts(total.setdefault(key, {}), value)


# ------------------------------------------------------------------------------------------------ a slot

def work_queue(run_id: int, settings: Settings, *, batch_size: int, stop: threading.Event,
               worker: str | None = None) -> dict[str, int]:
    """Claim and crawl batches of the run's jobs until none is left to claim (or `stop`). Returns
    counts of the jobs this slot closed."""
    from db.crawl_queue import beat_jobs, claim_jobs, worker_name
    from db.engine import get_engine

    engine = get_engine(settings.db)
    worker = worker or worker_name()
    done: Counter[str] = Counter()
    while not stop.is_set():
        jobs = claim_jobs(engine, run_id, batch_size, worker)
        if not jobs:
            break
        log.info("crawling %d source(s): %s", len(jobs), ", ".join(job["label"] for job in jobs[:8])
                 + (" …" if len(jobs) > 8 else ""))
        token = jobs[0]["worker"]
        # The jobs beat while they are crawled and loaded: a long load must not look like a dead worker.
        with _beating(lambda jobs=jobs, token=token: beat_jobs(engine, [j["id"] for j in jobs], token)):
            crawl = run_crawl(jobs, settings, stop, lambda: None)
            done.update(close_jobs(jobs, crawl, settings, token, stop))
    return dict(done)


@contextlib.contextmanager
def _beating(beat):
    done = threading.Event()

    def loop() -> None:
        while not done.wait(BEAT_EVERY):
            try:
                beat()
            except Exception as exc:  # noqa: BLE001 - a missed beat is not fatal
                log.debug("job heartbeat failed: %s", exc)

    thread = threading.Thread(target=loop, daemon=True, name="job heartbeat")
    thread.start()
    try:
        yield
    finally:
        done.set()


def close_jobs(jobs: list[dict[str, Any]], crawl: dict[str, Any], settings: Settings, worker: str,
               stop: threading.Event) -> Counter[str]:
    """Load what the batch queued, then close each job: done, failed with its reason, or queued again
    (its crawl process died and it has attempts left)."""
    from db.crawl_queue import add_to_job_result, finish_job
    from db.engine import get_engine
    from db.source_health import Outcome, record_outcomes

    engine = get_engine(settings.db)
    report = crawl.get("report")
    outcomes: list[Outcome] = []
    closed: Counter[str] = Counter()
    keys = [entry["source"] for job in jobs if report and (entry := _report_entry(job, report))]
    fault_point("after-crawl")
    loaded: dict[str, Any] = {}
    load_error = None
    if keys:
        try:
            started = time.monotonic()
            loaded = load_queued(settings.db, sources=keys)
            log.info("loaded %d article(s) of %d source(s) in %.1f s (crawl %.1f s)", loaded["queued"], len(keys),
                     time.monotonic() - started, crawl["seconds"])
        except Exception as exc:  # noqa: BLE001 - the articles stay queued for the next loader
            load_error = f"load failed, articles kept queued for the next run: {type(exc).__name__}: {exc}"
            log.warning("%s", load_error)
    for job in jobs:
        entry = _report_entry(job, report) if report else None
        if entry is None:
            reason = crawl.get("reason") or "crawl process ended without a report"
            if stop.is_set():
                state = "queued"  # stopped by us: any worker (or the next run) takes it again
            else:
                state = "queued" if job["attempts"] < settings.max_attempts and "rejected" not in reason else "failed"
            result = {"crawl_seconds": crawl["seconds"], "exit": crawl["exit"]}
            finish_job(engine, job["id"], state, result=result,
                       error=reason + ("" if state != "failed" else f" (attempt {job['attempts']} of {settings.max_attempts})"),
                       worker=worker)
            if state == "failed":
                outcomes.append(Outcome(job["source"], False, reason, articles=0))
            closed[state] += 1
            log.warning("%s: %s%s", job["label"], reason, "; queued again" if state == "queued" else "")
            continue
        result = {**entry, "crawl_seconds": crawl["seconds"], "crawl": crawl["summary"]}
        result.pop("first_errors", None)
        if entry["status"] == "ok":
            error = load_error
            state = "done" if not load_error else "failed"
        else:
            error, state = entry["reason"], "failed"
        finish_job(engine, job["id"], state, result=result, error=error, worker=worker)
        outcomes.append(Outcome(job["source"], entry["status"] == "ok", entry.get("reason"),
                                articles=entry.get("new", 0) + entry.get("changed", 0)))
        closed[state] += 1
        if state == "failed":
            log.warning("%s: failed: %s", job["label"], error)
        else:
            log.info("%s: %d new, %d changed, %d pages", job["label"], entry.get("new", 0), entry.get("changed", 0),
                     entry.get("pages", 0))
    if loaded:
        # The batch's loads, kept once on the batch's first job, so run totals do not count them twice.
        add_to_job_result(engine, jobs[0]["id"], loaded={k: v for k, v in loaded.items() if k != "problems"})
    for outcome in outcomes:
        outcome.run_id = settings.run_id
    record_outcomes(engine, outcomes)
    return closed
