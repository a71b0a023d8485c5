"""The Prefect flows: `nightly` (crawl → extract → load) and `reextract` (stored articles → current
extraction → events replaced, no crawling).

nightly, per run:
1. prepare: migrate the store, sync regions and the targeted registry sources, open a `Run` row;
2. crawl: one task per source or URL (mapped on a bounded thread pool), each running
   `python -m pantau crawl ... --out FILE --db URL` in a subprocess (Scrapy's Twisted reactor cannot
   restart in one process), retried with exponential back-off; a source that still fails is reported
   and the others go on;
3. extract + load, per source as soon as its crawl finishes: `extract.extract_file` writes the events
   file, then the store loads the articles and replaces the events of exactly the crawled articles.
   The articles file waits in an outbox (`state_dir()/pending/<store>/`) until it is loaded: the crawl
   state already counts its URLs as seen, so if extraction or loading fails (or the process dies), the
   next run loads the leftovers first instead of losing them;
4. close the `Run` row with status `completed`, `partial` (some sources failed) or `failed` (all failed,
   which also fails the flow run).

Run files (articles, events, crawl logs) go to a per-run folder under `pantau.config.state_dir()/runs`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prefect import flow, task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.context import TaskRunContext, get_run_context
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff

from flows.targets import CrawlTarget, plan_targets
from pantau.config import db_url, state_dir
from pantau.jsonl import BadLine, iter_jsonl
from pantau.records import article_problem, event_problem

log = logging.getLogger("pantau.flows")

DEFAULT_CONCURRENCY = int(os.environ.get("PANTAU_CRAWL_CONCURRENCY", "4"))
KEEP_RUN_DIRS = 30
STDERR_TAIL_LINES = 15


class CrawlUsageError(RuntimeError):
    """The crawl command rejected its arguments (exit 2): retrying cannot help."""


class CrawlFailed(RuntimeError):
    """The crawl subprocess failed (exit 1, a signal, a timeout, or no output file)."""


class RunFailed(RuntimeError):
    """Every target failed; carries the run summary so the CLI can still print it."""

    def __init__(self, message: str, summary: dict[str, Any]):
        super().__init__(message)
        self.summary = summary


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for display
        return url


def _retry_unless_usage(task, task_run, state) -> bool:
    """Prefect retry condition: retry anything but bad usage."""
    return not isinstance(state.result(raise_on_failure=False), CrawlUsageError)


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _tail(text: str, lines: int = STDERR_TAIL_LINES) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


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


def pending_dir(db: str) -> Path:
    """The outbox of crawled-but-not-yet-loaded articles files for one store (see `nightly`)."""
    digest = hashlib.sha1(db.encode("utf-8")).hexdigest()[:12]
    path = state_dir() / "pending" / digest
    path.mkdir(parents=True, exist_ok=True)
    return path


# ------------------------------------------------------------------------------------------------ tasks

@task(name="prepare-store", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 10])
def prepare_store(db: str, source_rows: list[dict[str, Any]], flow_name: str) -> int:
    """Migrate the store, sync regions and the crawled sources, and open the `Run` row."""
    from db.store import Store

    store = Store(db)
    store.sync_regions()
    if source_rows:
        store.sync_sources(source_rows)
    return store.start_run(flow_name)


@task(name="crawl", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=exponential_backoff(30),
      retry_jitter_factor=0.5, retry_condition_fn=_retry_unless_usage, task_run_name="crawl {target.label}")
def crawl_target(target: CrawlTarget, run_dir: str, db: str, since: str | None = None,
                 max_pages: int | None = None, timeout: float = 3600.0,
                 crawl_args: list[str] | None = None) -> dict[str, Any]:
    """Crawl one source or URL in a subprocess; return the articles file and its size."""
    out = Path(run_dir) / f"{target.file_stem}.articles.jsonl"
    log_file = Path(run_dir) / f"{target.file_stem}.crawl.log"
    command = [sys.executable, "-m", "pantau", "crawl", *target.args, "--out", str(out), "--db", db]
    if since:
        command += ["--since", since]
    if max_pages:
        command += ["--max-pages", str(max_pages)]
    command += list(crawl_args or [])
    context = TaskRunContext.get()
    attempt = f"attempt {context.task_run.run_count} of {context.task.retries + 1}" if context else "attempt 1"
    started = time.monotonic()
    try:
        process = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                 stdin=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    except subprocess.TimeoutExpired as exc:
        raise CrawlFailed(f"crawl of {target.label} did not finish within {timeout:g} s ({attempt})") from exc
    log_file.write_text(process.stderr or "", encoding="utf-8")
    if process.returncode == 2:
        raise CrawlUsageError(f"crawl of {target.label} rejected its arguments:\n{_tail(process.stderr)}")
    if process.returncode != 0:
        raise CrawlFailed(f"crawl of {target.label} failed (exit {process.returncode}, {attempt}):\n"
                          f"{_tail(process.stderr)}")
    if not out.is_file():
        raise CrawlFailed(f"crawl of {target.label} exited 0 but wrote no {out.name}")
    summary = _tail(process.stderr, 1)
    return {"target": target.label, "file": str(out), "articles": _count_lines(out),
            "seconds": round(time.monotonic() - started, 2), "summary": summary}


@task(name="extract", cache_policy=NO_CACHE, task_run_name="extract {label}")
def extract_articles_file(articles_file: str, label: str) -> dict[str, Any]:
    """Run the NLP stage on one articles file; the events file sits next to it."""
    from extract import PIPELINE_VERSION, extract_file

    events_file = articles_file.replace(".articles.jsonl", ".events.jsonl")
    report = extract_file(articles_file, events_file)
    return {"events_file": events_file, "articles": _size(report.articles), "events": _size(report.events),
            "bad_lines": [str(bad) for bad in report.bad_lines], "extractor": PIPELINE_VERSION}


def _size(value: Any) -> int:
    return value if isinstance(value, int) else len(value)


def _good_records(path: str, validate) -> Iterator[dict[str, Any]]:
    for _, record in iter_jsonl(path, validate):
        if not isinstance(record, BadLine):
            yield record


@task(name="load", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[5, 30], task_run_name="load {label}")
def load_files(db: str, articles_file: str, events_file: str, label: str, extractor: str) -> dict[str, Any]:
    """Load one source's articles, then make the crawled articles' events exactly the extracted ones.
    Both store calls are idempotent, so a retry after a transient database error is safe."""
    from db.store import Store

    store = Store(db)
    crawled_ids: list[str] = []

    def articles() -> Iterator[dict[str, Any]]:
        for record in _good_records(articles_file, article_problem):
            crawled_ids.append(str(record["id"]))
            yield record

    article_stats = store.load_articles(articles())
    events = list(_good_records(events_file, event_problem))
    event_stats = store.replace_events(crawled_ids, events, extractor=extractor)
    return {"articles": article_stats.as_dict(), "events": event_stats.as_dict(),
            "events_by_type": dict(Counter(event["type"] for event in events)), "event_count": len(events)}


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


# ------------------------------------------------------------------------------------------------ flows

def _flow_run_id() -> str | None:
    try:
        return str(get_run_context().flow_run.id)
    except Exception:  # noqa: BLE001 - outside a flow run
        return None


def _add(total: dict[str, int], part: dict[str, Any]) -> None:
    for key, value in part.items():
        if isinstance(value, int):
            total[key] = total.get(key, 0) + value


@contextmanager
def recorded_run(store: Any, run_id: int, summary: dict[str, Any], started: float) -> Iterator[None]:
    """Whatever happens inside, the run's row ends with its status, error and duration."""
    try:
        yield
    except BaseException as exc:
        summary["status"] = "failed"
        summary["error"] = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        summary["seconds"] = round(time.monotonic() - started, 2)
        store.finish_run(run_id, summary["status"], summary)


@flow(name="pantau-nightly", task_runner=ThreadPoolTaskRunner(max_workers=DEFAULT_CONCURRENCY))
def nightly(sources: list[str] | None = None, urls: list[str] | None = None, all_sources: bool = False,
            db: str | None = None, since: str | None = None, max_pages: int | None = None,
            crawl_retries: int = 2, retry_delay_seconds: float = 30.0,
            crawl_timeout: float = 3600.0, crawl_args: list[str] | None = None) -> dict[str, Any]:
    """Crawl the given registry sources and/or URLs, extract events, load both into the store.
    `crawl_args` are extra options for `pantau crawl` (e.g. `["--delay", "0"]` for a local site)."""
    started = time.monotonic()
    url = db_url(db)
    targets = plan_targets(sources, urls, all_sources)
    run_id = prepare_store(url, [t.source_row for t in targets if t.source_row], "nightly")
    run_dir = make_run_dir("nightly", run_id)
    summary: dict[str, Any] = {
        "flow": "nightly", "run_id": run_id, "flow_run_id": _flow_run_id(), "db": _safe_url(url),
        "run_dir": str(run_dir), "targets": len(targets), "sources": [], "status": "running",
        "articles": {"crawled": 0}, "events": {"extracted": 0}, "events_by_type": {}, "bad_lines": [],
        "pending": [],
    }
    from db.store import Store

    store = Store(url, migrate_schema=False)
    with recorded_run(store, run_id, summary, started):
        crawl = crawl_target.with_options(
            retries=crawl_retries,
            retry_delay_seconds=exponential_backoff(retry_delay_seconds) if retry_delay_seconds > 0 else 0)
        futures = crawl.map(targets, run_dir=unmapped(str(run_dir)), db=unmapped(url), since=unmapped(since),
                            max_pages=unmapped(max_pages), timeout=unmapped(crawl_timeout),
                            crawl_args=unmapped(crawl_args))
        target_of = {future.task_run_id: target for future, target in zip(futures, targets, strict=True)}
        by_type: Counter[str] = Counter()
        outbox = pending_dir(url)

        def extract_and_load(articles_file: Path, label: str, entry: dict[str, Any]) -> None:
            """Extract and load one articles file that waits in the outbox; it leaves the outbox only
            once loaded, so a failure here (or a crash) is retried by the next run."""
            try:
                extracted = extract_articles_file(str(articles_file), label)
                loaded = load_files(url, str(articles_file), extracted["events_file"], label, extracted["extractor"])
            except Exception as exc:  # noqa: BLE001 - one source's failure must not stop the others
                entry.update(status="failed", stage="extract/load", error=f"{type(exc).__name__}: {exc}")
                log.warning("%s: extract/load failed (kept for the next run): %s", label, exc)
                return
            Path(extracted["events_file"]).unlink(missing_ok=True)
            articles_file.unlink(missing_ok=True)
            summary["bad_lines"] += extracted["bad_lines"][:20]
            summary["extractor"] = extracted["extractor"]
            entry["events"] = loaded["event_count"]
            summary["events"]["extracted"] += loaded["event_count"]
            _add(summary["articles"], loaded["articles"])
            _add(summary["events"], {k: v for k, v in loaded["events"].items() if k != "problems"})
            by_type.update(loaded["events_by_type"])
            log.info("%s: %d articles, %d events", label, entry["articles"], loaded["event_count"])

        # Articles an earlier run crawled but could not extract or load: the crawl state already knows
        # their URLs, so no crawl will bring them again.
        for leftover in sorted(outbox.glob("*.articles.jsonl")):
            entry = {"target": f"outbox: {leftover.name}", "status": "ok", "articles": _count_lines(leftover),
                     "events": 0, "pending": True}
            summary["pending"].append(entry)
            extract_and_load(leftover, entry["target"], entry)

        for future in as_completed(futures):
            target = target_of[future.task_run_id]
            entry = {"target": target.label, "status": "ok", "articles": 0, "events": 0}
            summary["sources"].append(entry)
            crawled = future.result(raise_on_failure=False)
            if isinstance(crawled, BaseException):
                entry.update(status="failed", stage="crawl", error=str(crawled))
                log.warning("%s: crawl failed: %s", target.label, str(crawled).splitlines()[0])
                continue
            entry.update(articles=crawled["articles"], crawl_seconds=crawled["seconds"], crawl=crawled["summary"])
            summary["articles"]["crawled"] += crawled["articles"]
            if not crawled["articles"]:
                log.info("%s: nothing new", target.label)
                continue
            queued = outbox / f"{run_dir.name}-{Path(crawled['file']).name}"
            shutil.copyfile(crawled["file"], queued)
            extract_and_load(queued, target.label, entry)
        summary["events_by_type"] = dict(by_type)
        failed = [s for s in summary["sources"] if s["status"] == "failed"]
        summary["failed"] = len(failed) + sum(1 for p in summary["pending"] if p["status"] == "failed")
        summary["status"] = ("failed" if targets and len(failed) == len(targets)
                             else "partial" if summary["failed"] else "completed")
    if summary["status"] == "failed":
        raise RunFailed(f"all {len(targets)} crawl target(s) failed", summary)
    return summary


@flow(name="pantau-reextract")
def reextract(db: str | None = None, since: str | None = None, batch_size: int = 200) -> dict[str, Any]:
    """Re-extract every stored article (or those published/changed since a date) with the current
    pipeline and replace their events; nothing is crawled."""
    from db.store import Store

    started = time.monotonic()
    url = db_url(db)
    run_id = prepare_store(url, [], "reextract")
    store = Store(url, migrate_schema=False)
    summary: dict[str, Any] = {"flow": "reextract", "run_id": run_id, "flow_run_id": _flow_run_id(),
                               "db": _safe_url(url), "since": since, "status": "running", "articles": 0,
                               "events": 0, "events_by_type": {}, "store": {}}
    with recorded_run(store, run_id, summary, started):
        # Ids first, then batches: no read transaction stays open while the batches write.
        ids = [record["id"] for record in store.iter_articles(since=since)]
        by_type: Counter[str] = Counter()
        for start in range(0, len(ids), batch_size):
            result = reextract_batch(url, ids[start:start + batch_size])
            summary["articles"] += result["articles"]
            summary["events"] += result["events"]
            summary["extractor"] = result["extractor"]
            _add(summary["store"], {k: v for k, v in result["store"].items() if k != "problems"})
            by_type.update(result["events_by_type"])
            log.info("re-extracted %d of %d articles", min(start + batch_size, len(ids)), len(ids))
        summary["events_by_type"] = dict(by_type)
        summary["status"] = "completed"
    return summary
