"""Run the flows once from Python (what `pantau run`, `pantau reextract` and `pantau demo` call).

The flows run in this process against Prefect's ephemeral API (offline; state under the project's
PREFECT_HOME) unless `PREFECT_API_URL` points at a Prefect server, in which case the runs show up there.
"""

from __future__ import annotations

from typing import Any

from flows.targets import plan_targets


def _outcome(state) -> dict[str, Any]:
    """The flow's summary (also of a run that ended Failed or "Partial"), or the exception it failed with."""
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        raise result
    return result


def run_nightly(*, sources: list[str] | None = None, urls: list[str] | None = None, all_sources: bool = False,
                db: str | None = None, since: str | None = None, max_pages: int | None = None,
                concurrency: int | None = None, batch_size: int | None = None, crawl_retries: int = 1,
                crawl_timeout: float = 3600.0, crawl_args: list[str] | None = None, verify: bool = True,
                **_ignored: Any) -> dict[str, Any]:
    """Run the nightly flow once and return its summary. Raises `flows.targets.TargetError` for bad
    usage (before Prefect starts), `flows.nightly.RunFailed` when no source succeeded."""
    plan_targets(sources, urls, all_sources)  # bad usage fails fast, before the Prefect API starts
    from flows.nightly import DEFAULT_BATCH, RunFailed, nightly

    state = nightly(sources=sources or None, urls=urls or None, all_sources=all_sources, db=db, since=since,
                    max_pages=max_pages, concurrency=concurrency, batch_size=batch_size or DEFAULT_BATCH,
                    crawl_retries=crawl_retries, crawl_timeout=crawl_timeout, crawl_args=crawl_args, verify=verify,
                    return_state=True)
    summary = _outcome(state)
    if summary.get("status") == "failed":
        raise RunFailed(state.message or "no source succeeded", summary)
    return summary


def run_reextract(*, db: str | None = None, since: str | None = None, batch_size: int = 200) -> dict[str, Any]:
    from flows.nightly import reextract

    return _outcome(reextract(db=db, since=since, batch_size=batch_size, return_state=True))
