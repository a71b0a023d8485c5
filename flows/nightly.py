"""The Prefect flows: `nightly` (crawl → extract → load), `crawl_worker` (more hands for a nightly run, on
other machines) and `reextract` (stored articles → current extraction → events replaced, no crawling).

nightly, per run:
1. prepare: migrate the store, sync regions and the registry's sources, mark runs whose process died as
   crashed, open a `Run` row (kept alive by a heartbeat);
2. load what earlier runs crawled but did not load (the store's article queue), on whichever machine;
3. plan the night per source (`db.source_health`): sources dead for several nights are skipped until their
   weekly re-check; unverified or failing addresses are verified first (DNS, then HTTP, all at once:
   seconds, not a crawl each); the rest are queued as jobs in the store;
4. crawl: `concurrency` slots here (and the slots of `crawl_worker` runs on other machines) take a few
   sources at a time from the queue, crawl them in one `pantau crawl` process, load what it queued, and
   close each source with its outcome; a job whose worker stops beating is queued again for another;
5. close: source health, the run's summary (in the `Run` row, the flow's result, and a markdown artifact),
   and the flow run's state: Completed, or Failed named "Partial" when some sources failed or were
   skipped, or Failed when none succeeded.

Run files (each crawl's stderr, its report and articles file) go to a per-run folder under
`pantau.config.state_dir()/runs`; the store is the only place articles wait.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import get_run_context
from prefect.states import Completed, Failed

from flows.targets import TargetError, plan_targets
from flows.work import Settings, load_queued, merge_counts, work_queue
from pantau.config import db_url, state_dir

log = logging.getLogger("pantau.flows")

DEFAULT_CONCURRENCY = int(os.environ.get("PANTAU_CRAWL_CONCURRENCY", "2"))
DEFAULT_BATCH = 20  # sources per crawl process at most
KEEP_RUN_DIRS = 30
RUN_BEAT_EVERY = 10.0
CRAWL_WORKER_DEPLOYMENT = "pantau-crawl-worker/crawl-worker"


class RunFailed(RuntimeError):
    """No source succeeded; carries the run summary so the CLI can still print it."""

    def __init__(self, message: str, summary: dict[str, Any]):
        super().__init__(message)
        self.summary = summary


class Stopped(BaseException):
    """The run was asked to stop (SIGTERM, Ctrl-C, a Prefect cancellation)."""


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for display
        return url


def make_run_dir(flow_name: str, run_id: int) -> Path:
    """A fresh folder for this run's files; older run folders beyond the last KEEP_RUN_DIRS are removed."""
    root = state_dir() / "runs"
    root.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    run_dir = root / f"{stamp}-{flow_name}-{run_id}"
    run_dir.mkdir(parents=True, exist_ok=True)
    old = sorted((p for p in root.iterdir() if p.is_dir()), key=lambda p: p.name)[:-KEEP_RUN_DIRS]
    for path in old:
        shutil.rmtree(path, ignore_errors=True)
    return run_dir


def forward_logs_to_prefect() -> None:
    """pantau's own log lines (`pantau.*`) also go to the Prefect run they happen in."""
    from prefect.logging.handlers import APILogHandler

    logger = logging.getLogger("pantau")
    if not any(isinstance(handler, APILogHandler) for handler in logger.handlers):
        logger.addHandler(APILogHandler())
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)


def _flow_run_id() -> str | None:
    try:
        return str(get_run_context().flow_run.id)
    except Exception:  # noqa: BLE001 - outside a flow run
        return None


# ------------------------------------------------------------------------------------------------ tasks

@task(name="prepare-store", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 10])
def prepare_store(db: str, source_rows: list[dict[str, Any]], flow_name: str) -> int:
    """Migrate the store, sync regions and sources, close crashed runs, open the `Run` row."""
    from db.crawl_queue import beat_run, close_crashed_runs, worker_name
    from db.source_health import sync_sources
    from db.store import Store

    store = Store(db)
    store.sync_regions()
    if source_rows:
        sync_sources(store.engine, source_rows)
    crashed = close_crashed_runs(store.engine)
    if crashed:
        log.warning("runs %s had stopped answering: marked crashed (their articles stay queued and load now)",
                    ", ".join(map(str, crashed)))
    run_id = store.start_run(flow_name)
    owner = worker_name() + (f" flow-run {_flow_run_id()}" if _flow_run_id() else "")
    beat_run(store.engine, run_id, owner)
    return run_id


@task(name="load-queued", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=5)
def load_leftovers(db: str) -> dict[str, Any]:
    """Articles crawled by earlier runs (or by workers that died) and not loaded yet."""
    return load_queued(db)


@task(name="verify-addresses", cache_policy=NO_CACHE)
def verify_addresses(urls: list[str]) -> dict[str, tuple[bool, str | None]]:
    """DNS, then one HTTP request, for every address at once."""
    from flows.probe import probe_urls

    return {url: (verdict.ok, verdict.reason) for url, verdict in probe_urls(urls).items()}


@task(name="crawl-slot", cache_policy=NO_CACHE, task_run_name="crawl slot {slot}")
def crawl_slot(slot: int, run_id: int, settings: Settings, batch_size: int, stop: threading.Event) -> dict[str, int]:
    return work_queue(run_id, settings, batch_size=batch_size, stop=stop)


@task(name="reextract-batch", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[5, 30])
def reextract_batch(db: str, article_ids: list[str]) -> dict[str, Any]:
    """Re-extract stored articles with the current pipeline and replace their events."""
    from db.store import Store
    from extract import PIPELINE_VERSION, extract_articles

    store = Store(db)
    records = list(store.iter_articles(ids=article_ids))
    events = list(extract_articles(records))
    stats = store.replace_events(article_ids, events, extractor=PIPELINE_VERSION)
    return {"articles": len(records), "events": len(events), "store": stats.as_dict(),
            "events_by_type": dict(Counter(event["type"] for event in events)), "extractor": PIPELINE_VERSION}


# ------------------------------------------------------------------------------------------------ helpers

@contextmanager
def beating(db: str, run_id: int) -> Iterator[threading.Event]:
    """A heartbeat for the `Run` row while the block runs (a row that stops beating is a crashed run)."""
    from db.crawl_queue import beat_run
    from db.engine import get_engine

    done = threading.Event()

    def beat() -> None:
        while not done.wait(RUN_BEAT_EVERY):
            try:
                beat_run(get_engine(db), run_id)
            except Exception as exc:  # noqa: BLE001 - a missed beat is not fatal
                log.debug("heartbeat failed: %s", exc)

    thread = threading.Thread(target=beat, daemon=True, name=f"run {run_id} heartbeat")
    thread.start()
    try:
        yield done
    finally:
        done.set()


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM (a worker cancelling the run, `kill`, systemd) stops the run quickly: the crawl processes are
    stopped, their sources go back to the queue, and the run is closed as stopped."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)

    def handler(signum, frame):
        stop.set()
        log.warning("SIGTERM received: stopping the crawls (their sources stay queued)")
        raise Stopped("stopped by SIGTERM")

    signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _tolerant_targets(sources, urls, all_sources) -> tuple[list, list[tuple[str, str]]]:
    """The night's targets, term by term: a term the registry no longer knows (a deployment made before a
    source was removed) fails alone, with its reason, instead of failing the night."""
    targets: dict[str, Any] = {}
    unknown: list[tuple[str, str]] = []
    if all_sources or urls:
        for target in plan_targets(None, urls, all_sources):
            targets.setdefault(target.label, target)
    for term in sources or []:
        try:
            for target in plan_targets([term]):
                targets.setdefault(target.label, target)
        except TargetError as exc:
            unknown.append((term, str(exc)))
    if not targets and not unknown:
        raise TargetError("nothing to crawl: give --source CODE_OR_NAME, --url URL or --all")
    return list(targets.values()), unknown


def _hostname(url: str) -> str:
    return (urlsplit(url).hostname or url).removeprefix("www.")


def _jobs_for(targets) -> list[dict[str, Any]]:
    jobs = []
    for target in targets:
        key = target.label
        if target.args[0] == "--source":
            args = ["--source", f"={key}"]
            host = _hostname(target.source_row["url"]) if target.source_row else key
        else:
            args = list(target.args)
            host = _hostname(key)
        jobs.append({"source": key, "label": key, "args": args, "host": host,
                     "url": target.source_row["url"] if target.source_row else key})
    return jobs


def _plan_jobs(engine, run_id: int, jobs: list[dict[str, Any]], verify: bool) -> dict[str, Any]:
    """Skip sources backing off, verify the addresses that need it, queue the rest. Returns counts."""
    from db.crawl_queue import active_sources, enqueue_jobs
    from db.source_health import Outcome, plan_night, record_outcomes

    busy = active_sources(engine, run_id)
    plan = plan_night(engine, [job["source"] for job in jobs])
    to_check = set(plan.check) if verify else set()
    verdicts = verify_addresses([job["url"] for job in jobs if job["source"] in to_check]) if to_check else {}
    outcomes = []
    for job in jobs:
        if job["source"] in busy:
            job.update(state="skipped", error="skipped: another running night is crawling it")
        elif job["source"] in plan.skipped:
            job.update(state="skipped", error=plan.skipped[job["source"]])
        elif job["source"] in to_check:
            ok, reason = verdicts[job["url"]]
            if not ok:
                job.update(state="failed", error=reason)
            outcomes.append(Outcome(job["source"], ok, reason, checked=True, run_id=run_id))
    # A verified address is recorded as alive only once its crawl succeeds; a dead one now.
    record_outcomes(engine, [o for o in outcomes if not o.ok])
    enqueue_jobs(engine, run_id, jobs)
    states = Counter(job.get("state", "queued") for job in jobs)
    return dict(states)


def _submit_crawl_workers(count: int, run_id: int, parameters: dict[str, Any]) -> list[Any]:
    """Ask the work pool for `count` more crawl workers (any machine's worker takes them)."""
    if count <= 0:
        return []
    from prefect.deployments import run_deployment

    runs = []
    for number in range(count):
        try:
            runs.append(run_deployment(CRAWL_WORKER_DEPLOYMENT, parameters={**parameters, "run_id": run_id},
                                       timeout=0, flow_run_name=f"night {run_id} crawl worker {number + 1}"))
        except Exception as exc:  # noqa: BLE001 - without the deployment this machine does the work alone
            log.warning("could not start crawl worker %d (%s): this machine crawls alone", number + 1, exc)
            break
    return runs


def _cancel_pending(flow_runs: list[Any]) -> None:
    """Crawl-worker runs no worker picked up before the queue emptied have nothing left to do."""
    if not flow_runs:
        return
    from prefect.client.orchestration import get_client
    from prefect.states import Cancelled

    try:
        with get_client(sync_client=True) as client:
            for flow_run in flow_runs:
                state = client.read_flow_run(flow_run.id).state
                if state is not None and (state.is_scheduled() or state.is_pending()):
                    client.set_flow_run_state(flow_run.id, Cancelled(message="the night's queue was empty"),
                                              force=True)
    except Exception as exc:  # noqa: BLE001 - only tidying
        log.debug("could not cancel pending crawl workers: %s", exc)


def work_until_done(run_id: int, settings: Settings, *, concurrency: int, batch_size: int,
                    stop: threading.Event, wait_for_others: bool) -> None:
    """Run `concurrency` crawl slots on the run's queue; then, while other workers still hold jobs, wait,
    queueing again the jobs of workers that stopped beating and crawling them here."""
    from db.crawl_queue import job_counts, requeue_stale
    from db.engine import get_engine

    engine = get_engine(settings.db)
    while not stop.is_set():
        slots = [crawl_slot.submit(slot + 1, run_id, settings, batch_size, stop) for slot in range(concurrency)]
        for future in slots:
            future.result()
        if not wait_for_others:
            return
        while not stop.is_set():
            requeue_stale(engine, run_id, settings.max_attempts)
            counts = job_counts(engine, run_id)
            if counts.get("queued"):
                break  # crawl them here
            if not counts.get("claimed"):
                return
            time.sleep(2.0)


# ------------------------------------------------------------------------------------------------ summary

def summarize(engine, run_id: int, summary: dict[str, Any]) -> None:
    """Fill the summary from the run's jobs (whichever worker ran them): one entry per source, totals once."""
    from db.crawl_queue import run_jobs

    entries, loaded = [], {}
    for job in run_jobs(engine, run_id):
        result = job["result"] or {}
        status = {"done": "ok", "failed": "failed", "skipped": "skipped"}.get(job["state"], job["state"])
        entry = {"target": job["label"], "status": status, "articles": result.get("new", 0) + result.get("changed", 0),
                 "new": result.get("new", 0), "changed": result.get("changed", 0), "pages": result.get("pages", 0),
                 "attempts": job["attempts"]}
        if job["error"]:
            entry["error"] = job["error"]
        if result.get("crawl"):
            entry["crawl"] = result["crawl"]
        entries.append(entry)
        if result.get("loaded"):
            merge_counts(loaded, result["loaded"])
    merge_counts(loaded, summary.pop("leftovers_loaded", {}))
    summary["sources"] = entries
    counts = Counter(entry["status"] for entry in entries)
    summary["counts"] = dict(counts)
    summary["articles"] = {"crawled": sum(e["articles"] for e in entries), "inserted": loaded.get("inserted", 0),
                           "updated": loaded.get("updated", 0), "unchanged": loaded.get("unchanged", 0),
                           "loaded": loaded.get("queued", 0)}
    summary["events"] = {"extracted": loaded.get("events", 0), "inserted": loaded.get("events_new", 0)}
    summary["events_by_type"] = loaded.get("events_by_type", {})
    summary["events_by_province"] = loaded.get("events_by_province", {})
    summary["failed"] = counts.get("failed", 0)
    summary["skipped"] = counts.get("skipped", 0)
    ok = counts.get("ok", 0)
    if entries and not ok:
        summary["status"] = "failed"
    elif counts.get("failed") or counts.get("skipped") or counts.get("queued") or counts.get("claimed"):
        summary["status"] = "partial"
    else:
        summary["status"] = "completed"


def markdown_summary(summary: dict[str, Any]) -> str:
    from pantau.regions import regions_by_code

    regions = regions_by_code()
    counts = summary.get("counts", {})
    articles, events = summary.get("articles", {}), summary.get("events", {})
    lines = [f"# pantau nightly run {summary['run_id']}: {summary['status']}", "",
             f"{counts.get('ok', 0)} source(s) ok, {counts.get('failed', 0)} failed, {counts.get('skipped', 0)} "
             f"skipped; {articles.get('inserted', 0)} new articles, {articles.get('updated', 0)} updated; "
             f"{events.get('extracted', 0)} events extracted ({events.get('inserted', 0)} new); "
             f"{summary.get('seconds', 0):.0f} s", ""]
    if summary.get("events_by_type"):
        lines += ["## Events by type", "", "| type | events |", "| --- | ---: |"]
        lines += [f"| {kind} | {n} |" for kind, n in sorted(summary["events_by_type"].items())]
        lines.append("")
    if summary.get("events_by_province"):
        lines += ["## Events by province", "", "| province | events |", "| --- | ---: |"]
        for code, n in sorted(summary["events_by_province"].items(), key=lambda item: -item[1]):
            name = regions[code].name if code in regions else "no region"
            lines.append(f"| {name} ({code}) | {n} |")
        lines.append("")
    lines += ["## Sources", "", "| source | status | new | changed | pages | reason |", "| --- | --- | ---: | ---: | ---: | --- |"]
    order = {"failed": 0, "skipped": 1}
    for entry in sorted(summary.get("sources", []), key=lambda e: (order.get(e["status"], 2), e["target"])):
        reason = (entry.get("error") or "").splitlines()[0].replace("|", "\\|") if entry.get("error") else ""
        lines.append(f"| {entry['target']} | {entry['status']} | {entry.get('new', 0)} | {entry.get('changed', 0)} "
                     f"| {entry.get('pages', 0)} | {reason} |")
    return "\n".join(lines) + "\n"


def _publish(summary: dict[str, Any]) -> None:
    from prefect.artifacts import create_markdown_artifact

    try:
        create_markdown_artifact(markdown=markdown_summary(summary), key="pantau-nightly",
                                 description=f"pantau nightly run {summary['run_id']}: {summary['status']}")
    except Exception as exc:  # noqa: BLE001 - the summary is also in the store and the flow's result
        log.warning("could not publish the run's artifact: %s", exc)


def final_state(summary: dict[str, Any]):
    counts = summary.get("counts", {})
    failed = [e for e in summary.get("sources", []) if e["status"] in ("failed", "skipped")]
    if summary["status"] == "completed":
        return Completed(message=f"{counts.get('ok', 0)} source(s) crawled", data=summary)
    reasons = "; ".join(f"{e['target']}: {(e.get('error') or '').splitlines()[0] if e.get('error') else e['status']}"
                        for e in failed[:3])
    message = (f"{counts.get('failed', 0)} source(s) failed, {counts.get('skipped', 0)} skipped, "
               f"{counts.get('ok', 0)} ok" + (f" — {reasons}" + (" …" if len(failed) > 3 else "") if reasons else ""))
    if summary["status"] == "failed":
        return Failed(message=f"no source succeeded: {message}", data=summary)
    return Failed(name="Partial", message=message, data=summary)


# ------------------------------------------------------------------------------------------------ flows

@flow(name="pantau-nightly")
def nightly(sources: list[str] | None = None, urls: list[str] | None = None, all_sources: bool = False,
            db: str | None = None, since: str | None = None, max_pages: int | None = None,
            concurrency: int | None = None, batch_size: int = DEFAULT_BATCH, crawl_workers: int = 0,
            crawl_retries: int = 1, crawl_timeout: float = 3600.0, crawl_args: list[str] | None = None,
            verify: bool = True):
    """Crawl the chosen sources and/or URLs, extract events, load both into the store.

    `concurrency` crawl processes run here at once (default `PANTAU_CRAWL_CONCURRENCY` or 2), each
    crawling up to `batch_size` sources; `crawl_workers` more runs of the crawl-worker deployment are
    asked of the work pool. `crawl_retries`: further attempts for a source whose crawl process died.
    `crawl_args` are extra options for `pantau crawl` (e.g. `["--delay", "0"]` for a local site)."""
    forward_logs_to_prefect()
    started = time.monotonic()
    url = db_url(db)
    targets, unknown = _tolerant_targets(sources, urls, all_sources)
    run_id = prepare_store(url, [t.source_row for t in targets if t.source_row], "nightly")
    run_dir = make_run_dir("nightly", run_id)
    summary: dict[str, Any] = {
        "flow": "nightly", "run_id": run_id, "flow_run_id": _flow_run_id(), "db": _safe_url(url),
        "run_dir": str(run_dir), "targets": len(targets), "status": "running",
    }
    from db.store import Store

    store = Store(url, migrate_schema=False)
    settings = Settings(db=url, run_dir=run_dir, since=since, max_pages=max_pages, timeout=crawl_timeout,
                        crawl_args=list(crawl_args or []), max_attempts=crawl_retries + 1, run_id=run_id)
    stop = threading.Event()
    concurrency = concurrency or DEFAULT_CONCURRENCY
    helpers: list[Any] = []
    with beating(url, run_id), stop_on_signals(stop), recorded_run(store, run_id, summary, started, stop):
        leftovers = load_leftovers(url)
        if leftovers["queued"]:
            log.info("loaded %d article(s) an earlier run had crawled but not loaded", leftovers["queued"])
        summary["leftovers_loaded"] = {k: v for k, v in leftovers.items() if k != "problems"}
        jobs = _jobs_for(targets) + [{"source": term, "label": term, "args": [], "host": term, "url": term,
                                      "state": "failed", "error": reason} for term, reason in unknown]
        planned = _plan_jobs(store.engine, run_id, jobs, verify)
        log.info("night %d: %s", run_id, ", ".join(f"{n} {state}" for state, n in sorted(planned.items())))
        queued = planned.get("queued", 0)
        batch = max(1, min(batch_size, -(-queued // max(1, concurrency * (1 + crawl_workers)))))
        if queued:
            helpers = _submit_crawl_workers(crawl_workers, run_id, {
                "db": db, "since": since, "max_pages": max_pages, "concurrency": concurrency, "batch_size": batch,
                "crawl_retries": crawl_retries, "crawl_timeout": crawl_timeout, "crawl_args": list(crawl_args or [])})
            work_until_done(run_id, settings, concurrency=concurrency, batch_size=batch, stop=stop,
                            wait_for_others=True)
        # Whatever a dead worker crawled and left queued, once its lease expired.
        tail = load_queued(url)
        summary["leftovers_loaded"] = {**summary["leftovers_loaded"]}
        merge_counts(summary["leftovers_loaded"], {k: v for k, v in tail.items() if k != "problems"})
        summarize(store.engine, run_id, summary)
    _cancel_pending(helpers)
    _record_run_outcomes(store.engine, summary)
    _publish(summary)
    return final_state(summary)


def _record_run_outcomes(engine, summary: dict[str, Any]) -> None:
    log.info("night %s: %s — %s", summary["run_id"], summary["status"],
             ", ".join(f"{n} {state}" for state, n in sorted(summary.get("counts", {}).items())))
    for entry in summary.get("sources", []):
        if entry["status"] in ("failed", "skipped"):
            log.warning("%s: %s", entry["target"], (entry.get("error") or entry["status"]).splitlines()[0])


@contextmanager
def recorded_run(store: Any, run_id: int, summary: dict[str, Any], started: float,
                 stop: threading.Event | None = None) -> Iterator[None]:
    """Whatever happens inside, the run's row ends with its status, error and duration."""
    try:
        yield
    except BaseException as exc:
        if stop is not None:
            stop.set()
        stopped = isinstance(exc, Stopped | KeyboardInterrupt) or type(exc).__name__ in (
            "TerminationSignal", "Abort", "CancelledError")
        summary["status"] = "stopped" if stopped else "failed"
        summary["error"] = (str(exc) or "stopped" if stopped else f"{type(exc).__name__}: {exc}")
        if stopped:
            log.warning("run %s %s after %.1f s; its unfinished sources stay queued for the next run",
                        run_id, summary["error"], time.monotonic() - started)
        raise
    finally:
        summary["seconds"] = round(time.monotonic() - started, 2)
        store.finish_run(run_id, summary["status"], summary)


@flow(name="pantau-crawl-worker")
def crawl_worker(run_id: int, db: str | None = None, since: str | None = None, max_pages: int | None = None,
                 concurrency: int | None = None, batch_size: int = DEFAULT_BATCH, crawl_retries: int = 1,
                 crawl_timeout: float = 3600.0, crawl_args: list[str] | None = None) -> dict[str, Any]:
    """More hands for nightly run `run_id`: crawl its queued sources until none is left."""
    forward_logs_to_prefect()
    from db.crawl_queue import job_counts
    from db.engine import get_engine

    url = db_url(db)
    counts = job_counts(get_engine(url), run_id)
    if not counts.get("queued"):
        log.info("night %d has no source left to crawl", run_id)
        return {"run_id": run_id, "closed": {}}
    settings = Settings(db=url, run_dir=make_run_dir("crawl-worker", run_id), since=since, max_pages=max_pages,
                        timeout=crawl_timeout, crawl_args=list(crawl_args or []), max_attempts=crawl_retries + 1,
                        run_id=run_id)
    stop = threading.Event()
    with stop_on_signals(stop):
        closed = Counter()
        slots = [crawl_slot.submit(slot + 1, run_id, settings, batch_size, stop)
                 for slot in range(concurrency or DEFAULT_CONCURRENCY)]
        for future in slots:
            closed.update(future.result())
    log.info("night %d: this worker closed %s", run_id, dict(closed))
    return {"run_id": run_id, "closed": dict(closed)}


@flow(name="pantau-reextract")
def reextract(db: str | None = None, since: str | None = None, batch_size: int = 200) -> dict[str, Any]:
    """Re-extract every stored article (or those published/changed since a date) with the current
    pipeline and replace their events; nothing is crawled."""
    from db.store import Store

    forward_logs_to_prefect()
    started = time.monotonic()
    url = db_url(db)
    run_id = prepare_store(url, [], "reextract")
    store = Store(url, migrate_schema=False)
    summary: dict[str, Any] = {"flow": "reextract", "run_id": run_id, "flow_run_id": _flow_run_id(),
                               "db": _safe_url(url), "since": since, "status": "running", "articles": 0,
                               "events": 0, "events_by_type": {}, "store": {}}
    with beating(url, run_id), recorded_run(store, run_id, summary, started):
        # Ids first, then batches: no read transaction stays open while the batches write.
        ids = [record["id"] for record in store.iter_articles(since=since)]
        by_type: Counter[str] = Counter()
        for start in range(0, len(ids), batch_size):
            result = reextract_batch(url, ids[start:start + batch_size])
            summary["articles"] += result["articles"]
            summary["events"] += result["events"]
            summary["extractor"] = result["extractor"]
            merge_counts(summary["store"], {k: v for k, v in result["store"].items() if k != "problems"})
            by_type.update(result["events_by_type"])
            log.info("re-extracted %d of %d articles", min(start + batch_size, len(ids)), len(ids))
        summary["events_by_type"] = dict(by_type)
        summary["status"] = "completed"
    return summary
