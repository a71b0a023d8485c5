"""Run the flows once from Python (what `pantau run`, `pantau reextract` and `pantau demo` call).

The flows run in this process against Prefect's ephemeral API (offline; state under the project's
PREFECT_HOME) unless `PREFECT_API_URL` points at a Prefect server, in which case the runs show up there.
"""

from __future__ import annotations

from typing import Any

from flows.targets import plan_targets


def _outcome(state) -> dict[str, Any]:
    """The flow's summary, or the exception it failed with (a `RunFailed` keeps its summary)."""
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        raise result
    return result


def run_nightly(*, sources: list[str] | None = None, urls: list[str] | None = None, all_sources: bool = False,
                db: str | None = None, since: str | None = None, max_pages: int | None = None,
                concurrency: int | None = None, crawl_retries: int = 2, retry_delay_seconds: float = 30.0,
                crawl_timeout: float = 3600.0, crawl_args: list[str] | None = None) -> dict[str, Any]:
    """Run the nightly flow once and return its summary. Raises `flows.targets.TargetError` for bad
    usage (before Prefect starts), `flows.nightly.RunFailed` when every target failed."""
    plan_targets(sources, urls, all_sources)  # bad usage fails fast, before the Prefect API starts
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.nightly import nightly

    flow = nightly
    if concurrency:
        flow = nightly.with_options(task_runner=ThreadPoolTaskRunner(max_workers=concurrency))
    state = flow(sources=sources or None, urls=urls or None, all_sources=all_sources, db=db, since=since,
                 max_pages=max_pages, crawl_retries=crawl_retries, retry_delay_seconds=retry_delay_seconds,
                 crawl_timeout=crawl_timeout, crawl_args=crawl_args, return_state=True)
    return _outcome(state)


def run_reextract(*, db: str | None = None, since: str | None = None, batch_size: int = 200) -> dict[str, Any]:
    from flows.nightly import reextract

    return _outcome(reextract(db=db, since=since, batch_size=batch_size, return_state=True))
