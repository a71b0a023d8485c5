"""`pantau crawl`: the crawler stage on its own, writing articles as JSON Lines."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import typer


def _usage(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def _die_with_parent() -> None:
    """Started by a flow (`PANTAU_PARENT_PID`): die when the flow's process dies, so a killed worker leaves
    no crawl running on (its sources are given to another worker)."""
    import os

    parent = os.environ.get("PANTAU_PARENT_PID")
    if not parent or not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        return
    if os.getppid() != int(parent):  # the parent died before the line above
        os._exit(1)


def crawl(
    source: list[str] = typer.Option(None, "--source", help="Registry source by Kemendagri code or name (repeatable)."),
    url: list[str] = typer.Option(None, "--url", help="Any site's address; discovery finds its articles (repeatable)."),
    all_sources: bool = typer.Option(False, "--all", help="Every source in the registry."),
    since: str = typer.Option(None, "--since", help="Only articles published on or after YYYY-MM-DD."),
    max_pages: int = typer.Option(None, "--max-pages", help="Stop after fetching this many pages per source."),
    out: Path = typer.Option(..., "--out", help="Articles JSON Lines file to write."),
    db: str = typer.Option(None, "--db", help="Store holding crawl state (default: PANTAU_DB_URL or pantau.db)."),
    recheck_days: float = typer.Option(None, "--recheck-days",
                                       help="Revalidate known articles published this many days ago or less (default 3)."),
    delay: float = typer.Option(None, "--delay", help="Seconds between requests to one site (default 0.5; AutoThrottle adapts)."),
    retries: int = typer.Option(None, "--retries", min=0,
                                help="Retries of a failed request, with back-off (default 3; 0 gives up on dead hosts at once)."),
    report: Path = typer.Option(None, "--report", help="Write a JSON report per source (pages, new articles, "
                                                       "the reason a source failed)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Scrapy's log on stderr."),
) -> None:
    """Exit 0 when the crawl ran (page errors are listed in the summary line), 2 on bad usage, 1 when the
    run itself failed (store unreachable, no site reachable)."""
    _die_with_parent()
    if not (source or url or all_sources):
        _usage("give --source CODE_OR_NAME, --url URL or --all")
    if since:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
            _usage(f"--since {since!r}: expected YYYY-MM-DD")
        try:
            dt.date.fromisoformat(since)
        except ValueError:
            _usage(f"--since {since!r}: not a calendar date")
    if max_pages is not None and max_pages < 1:
        _usage("--max-pages must be at least 1")
    for address in url or []:
        if not re.match(r"^(https?://)?[\w.-]+(:\d+)?(/.*)?$", address):
            _usage(f"--url {address!r}: not an http(s) address")

    from crawlers.registry import RegistryError, UnknownSourceError, load_registry, resolve_sources

    try:
        entries = load_registry()
        if source:
            resolve_sources(list(source), entries)
    except UnknownSourceError as exc:
        _usage(str(exc))
    except RegistryError as exc:
        _usage(str(exc))

    from pantau.config import db_url

    store = db_url(db)
    try:
        from db.crawl_state import CrawlState

        CrawlState(store)  # migrates; fails here, clearly, when the store cannot be reached
    except Exception as exc:  # noqa: BLE001 - any store failure ends the run with exit 1
        typer.echo(f"error: crawl state store {store}: {exc}", err=True)
        raise typer.Exit(1) from exc

    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from crawlers.spiders.news import NewsSpider

    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    settings.set("PANTAU_OUT", str(out), priority="cmdline")
    settings.set("PANTAU_DB", store, priority="cmdline")
    settings.set("LOG_LEVEL", "INFO" if verbose else "ERROR", priority="cmdline")
    if delay is not None:
        settings.set("DOWNLOAD_DELAY", delay, priority="cmdline")
        settings.set("AUTOTHROTTLE_START_DELAY", max(delay, 0.01), priority="cmdline")
        settings.set("RANDOMIZE_DOWNLOAD_DELAY", delay > 0, priority="cmdline")
    if retries is not None:
        settings.set("RETRY_TIMES", retries, priority="cmdline")
    if report is not None:
        settings.set("PANTAU_REPORT", str(report), priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, url=list(url or []), source=list(source or []), all=all_sources or None,
                  since=since, max_pages=max_pages, db=store, recheck_days=recheck_days)
    process.start()

    stats = crawler.stats.get_stats() if crawler.stats else {}
    if crawler.spider is None or "finish_reason" not in stats:
        typer.echo("error: the crawl did not start (see the log above)", err=True)
        raise typer.Exit(1)
    if stats.get("downloader/request_count", 0) and not stats.get("response_received_count", 0):
        typer.echo("error: no site answered a single request", err=True)
        raise typer.Exit(1)
    if stats.get("finish_reason") not in ("finished", "closespider_pagecount", "closespider_itemcount"):
        typer.echo(f"error: crawl ended early ({stats.get('finish_reason')})", err=True)
        raise typer.Exit(1)
    sys.stderr.flush()

