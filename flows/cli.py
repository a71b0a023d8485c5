"""Flow commands: `pantau run`, `pantau reextract`, `pantau serve`, `pantau deploy`.

Exit status (shared/spec/cli.md): 0 on success (also when some sources failed but others loaded, unless
`--strict`), 2 on bad usage, 1 when the run itself failed (every source failed, or the store/extraction
broke). Prefect is imported only inside the commands so `pantau --help` stays fast.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys

import typer


def _usage(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def _check_since(since: str | None) -> None:
    if since is None:
        return
    try:
        dt.date.fromisoformat(since)
    except ValueError:
        _usage(f"--since {since!r}: expected a date YYYY-MM-DD")


def _progress_logging() -> None:
    """Per-source progress lines on stderr while a flow runs."""
    from rich.console import Console
    from rich.logging import RichHandler

    logger = logging.getLogger("pantau.flows")
    if not any(isinstance(h, RichHandler) for h in logger.handlers):
        handler = RichHandler(console=Console(stderr=True), show_path=False, show_time=True, markup=False)
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def _stop_on_sigterm(stopped: type[BaseException]) -> None:
    """Before the flow starts (Prefect's own server may still be starting): SIGTERM stops the command with
    its message instead of killing it silently. Inside the flow, the flow's own handler takes over."""
    import signal

    def handler(signum, frame):
        raise stopped("stopped by SIGTERM")

    signal.signal(signal.SIGTERM, handler)


def run(
    source: list[str] = typer.Option(None, "--source", help="Registry source by code or name (repeatable)."),
    url: list[str] = typer.Option(None, "--url", help="Any site by address (repeatable)."),
    all_sources: bool = typer.Option(False, "--all", help="Every source in the registry."),
    db: str = typer.Option(None, "--db", help="Store URL."),
    since: str = typer.Option(None, "--since", help="Only articles published on or after YYYY-MM-DD."),
    max_pages: int = typer.Option(None, "--max-pages", help="Stop each source after this many pages."),
    concurrency: int = typer.Option(None, "--concurrency", help="Crawl processes at once (default 2)."),
    batch_size: int = typer.Option(None, "--batch-size", help="Sources per crawl process at most (default 20)."),
    retries: int = typer.Option(1, "--retries", help="Further attempts for a source whose crawl process died."),
    retry_delay: float = typer.Option(None, "--retry-delay", hidden=True, help="Ignored (kept for old scripts)."),
    crawl_timeout: float = typer.Option(3600.0, "--crawl-timeout", help="Seconds one crawl process may take."),
    verify: bool = typer.Option(True, "--verify/--no-verify",
                                help="Verify unverified or failing addresses (DNS, then HTTP) before crawling."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any source failed, not only all."),
    json_out: bool = typer.Option(False, "--json", help="Print the run summary as JSON."),
) -> None:
    """Run the nightly flow once: crawl, extract, load. SIGTERM or Ctrl-C stop it within seconds; what was
    not finished stays queued in the store for the next run."""
    from flows.targets import TargetError, plan_targets

    _check_since(since)
    if max_pages is not None and max_pages < 1:
        _usage("--max-pages must be at least 1")
    if concurrency is not None and concurrency < 1:
        _usage("--concurrency must be at least 1")
    if batch_size is not None and batch_size < 1:
        _usage("--batch-size must be at least 1")
    if retries < 0:
        _usage("--retries cannot be negative")
    if crawl_timeout <= 0:
        _usage("--crawl-timeout must be positive")
    try:
        plan_targets(source, url, all_sources)
    except TargetError as exc:
        _usage(str(exc))
    _progress_logging()
    from rich.console import Console

    from flows.nightly import RunFailed, Stopped
    from flows.report import print_nightly_summary
    from flows.runs import run_nightly

    console = Console()
    _stop_on_sigterm(Stopped)
    try:
        summary = run_nightly(sources=source, urls=url, all_sources=all_sources, db=db, since=since,
                              max_pages=max_pages, concurrency=concurrency, batch_size=batch_size,
                              crawl_retries=retries, crawl_timeout=crawl_timeout, verify=verify)
    except RunFailed as exc:
        _print(exc.summary, json_out, console, print_nightly_summary)
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    except TargetError as exc:
        _usage(str(exc))
    except (Stopped, KeyboardInterrupt) as exc:
        typer.echo(f"stopped: {exc or 'interrupted'}; unfinished sources and unloaded articles stay queued in the "
                   "store for the next run", err=True)
        raise typer.Exit(130 if isinstance(exc, KeyboardInterrupt) else 143) from None
    except Exception as exc:  # noqa: BLE001 - any other failure of the run itself: exit 1 with its reason
        typer.echo(f"error: the nightly run failed: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(1) from None
    _print(summary, json_out, console, print_nightly_summary)
    if strict and summary["status"] != "completed":
        raise typer.Exit(1)


def _print(summary, json_out: bool, console, printer) -> None:
    if json_out:
        import json

        sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2, default=str) + "\n")
    else:
        printer(summary, console)


def reextract(
    db: str = typer.Option(None, "--db", help="Store URL."),
    since: str = typer.Option(None, "--since", help="Only articles published or changed on or after YYYY-MM-DD."),
    batch_size: int = typer.Option(200, "--batch-size", help="Articles per extraction task."),
    json_out: bool = typer.Option(False, "--json", help="Print the run summary as JSON."),
) -> None:
    """Re-extract stored articles with the current pipeline and replace their events (no crawling)."""
    _check_since(since)
    if batch_size < 1:
        _usage("--batch-size must be at least 1")
    _progress_logging()
    from rich.console import Console

    from flows.report import print_reextract_summary
    from flows.runs import run_reextract

    try:
        summary = run_reextract(db=db, since=since, batch_size=batch_size)
    except Exception as exc:  # noqa: BLE001
        typer.echo(f"error: the re-extraction failed: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(1) from None
    _print(summary, json_out, Console(), print_reextract_summary)


def serve(
    cron: str = typer.Option("0 2 * * *", "--cron", help="When the nightly flow runs."),
    timezone: str = typer.Option("Asia/Jakarta", "--timezone", help="Time zone of the cron schedule."),
    reextract_cron: str = typer.Option("0 4 * * 0", "--reextract-cron",
                                       help="When the weekly re-extraction runs ('' to disable)."),
    source: list[str] = typer.Option(None, "--source", help="Only these registry sources (default: all)."),
    url: list[str] = typer.Option(None, "--url", help="Also crawl these sites."),
    db: str = typer.Option(None, "--db", help="Store URL (default: PANTAU_DB_URL or pantau.db)."),
) -> None:
    """Serve the nightly deployment (and a weekly re-extraction) on a schedule with `prefect.serve`.

    Without PREFECT_API_URL a local Prefect server is started on 127.0.0.1 for the schedules."""
    from flows.deploy import served_deployments
    from flows.targets import TargetError, plan_targets

    try:
        plan_targets(source, url, not (source or url))
        deployments = served_deployments(cron=cron, timezone=timezone, reextract_cron=reextract_cron or None,
                                         sources=source, urls=url, db=db)
    except TargetError as exc:
        _usage(str(exc))
    from contextlib import ExitStack

    from prefect import serve as prefect_serve

    from pantau.config import state_dir

    with ExitStack() as stack:
        if not os.environ.get("PREFECT_API_URL"):
            from flows.prefect_server import LocalPrefectServer

            server = stack.enter_context(LocalPrefectServer(log_file=state_dir() / "prefect-server.log"))
            os.environ["PREFECT_API_URL"] = server.api_url
            typer.echo(f"Started a local Prefect server at {server.api_url} (log: {state_dir() / 'prefect-server.log'})",
                       err=True)
        prefect_serve(*deployments)


def deploy(
    pool: str = typer.Option(..., "--pool", help="Prefect work pool the deployments run on."),
    workers: int = typer.Option(None, "--workers", help="Crawl workers a night uses (one per worker machine)."),
    shards: int = typer.Option(None, "--shards", hidden=True, help="Old name of --workers."),
    source: list[str] = typer.Option(None, "--source", help="Registry sources by code or name (repeatable)."),
    url: list[str] = typer.Option(None, "--url", help="Sites by address (repeatable)."),
    all_sources: bool = typer.Option(False, "--all", help="Every source in the registry (read at run time)."),
    cron: str = typer.Option("0 2 * * *", "--cron", help="When the nightly run starts."),
    timezone: str = typer.Option("Asia/Jakarta", "--timezone", help="Time zone of the schedules."),
    reextract_cron: str = typer.Option("0 4 * * 0", "--reextract-cron",
                                       help="When the weekly re-extraction runs ('' to disable)."),
    concurrency: int = typer.Option(None, "--concurrency", help="Crawl processes per worker (default 2)."),
    db: str = typer.Option(None, "--db", help="Store URL passed to the runs (default: each worker's PANTAU_DB_URL)."),
    create_pool: bool = typer.Option(True, "--create-pool/--no-create-pool",
                                     help="Create the work pool (type process) if it does not exist."),
) -> None:
    """Register the nightly flow on a Prefect work pool: one run a night, whose sources any number of
    workers take from one queue in the store. Start a worker on each machine with
    `prefect worker start --pool NAME --limit 1` (all pointed at one PostgreSQL store)."""
    from flows.deploy import ensure_process_pool, ensure_zombie_automation, pool_deployments
    from flows.targets import TargetError

    if not os.environ.get("PREFECT_API_URL"):
        _usage("set PREFECT_API_URL to the Prefect server the workers use (e.g. http://HOST:4200/api; "
               "start one with `prefect server start`)")
    count = workers or shards or 1
    try:
        deployments = pool_deployments(pool, workers=count, cron=cron, timezone=timezone,
                                       reextract_cron=reextract_cron or None, sources=source, urls=url,
                                       all_sources=all_sources, db=db, concurrency=concurrency)
    except TargetError as exc:
        _usage(str(exc))
    try:
        if create_pool and ensure_process_pool(pool):
            typer.echo(f"Created work pool {pool!r} (process).")
        if ensure_zombie_automation():
            typer.echo("Created the automation that marks flow runs Crashed when their heartbeats stop.")
        for deployment in deployments:
            deployment.apply()
            schedule = deployment.schedules[0].schedule if deployment.schedules else None
            when = f"cron {schedule.cron!r} ({schedule.timezone})" if schedule else "started by the nightly run"
            typer.echo(f"Deployment {deployment.flow_name}/{deployment.name} on pool {pool!r}: {when}")
    except Exception as exc:  # noqa: BLE001 - the Prefect server refused or is unreachable
        typer.echo(f"error: could not register the deployments: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"Each night uses {count} worker(s). Start one on each machine with: "
               f"prefect worker start --pool {pool} --limit 1")


def sources(
    db: str = typer.Option(None, "--db", help="Store URL (default: PANTAU_DB_URL or pantau.db)."),
    failing: bool = typer.Option(False, "--failing", help="Only sources whose last check or crawl failed."),
    source: list[str] = typer.Option(None, "--source", help="Only these sources (code, name or domain)."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """The registry's sources and their health: verdict, last success, consecutive failures, articles per
    week, and the last error with its reason."""
    from crawlers.registry import RegistryError, UnknownSourceError, load_registry, resolve_sources

    try:
        entries = load_registry()
        chosen = resolve_sources(list(source), entries) if source else entries
    except (UnknownSourceError, RegistryError) as exc:
        _usage(str(exc))
    from db import Store
    from db.source_health import sync_sources
    from pantau.config import db_url

    try:
        store = Store(db_url(db))
        sync_sources(store.engine, [entry.as_source_row() for entry in entries])
        rows = store.source_health([entry.key for entry in chosen])
    except Exception as exc:  # noqa: BLE001 - the store is unreachable: exit 1 with the reason
        typer.echo(f"error: store {db_url(db)}: {exc}", err=True)
        raise typer.Exit(1) from exc
    if failing:
        rows = [row for row in rows if row["failures"] or row["verdict"] == "dead"]
    if json_out:
        import json

        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    print_sources(rows)


def print_sources(rows: list[dict], console=None) -> None:
    """A table of source health that fits 100 columns; the error column wraps, so no reason is cut."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console(width=min(Console().width, 100))
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    table.add_column("source", no_wrap=True, max_width=14, overflow="ellipsis")
    table.add_column("name", no_wrap=True, max_width=20, overflow="ellipsis")
    table.add_column("state", no_wrap=True)
    table.add_column("last ok", no_wrap=True)
    table.add_column("fails", justify="right", no_wrap=True)
    table.add_column("art/wk", justify="right", no_wrap=True)
    table.add_column("last error (reason first)", overflow="fold", ratio=1)
    colours = {"alive": "green", "dead": "red", "unknown": "yellow"}
    for row in rows:
        state = row["verdict"] if not (row["failures"] and row["verdict"] == "alive") else "failing"
        last_ok = f"{row['last_success_at']:%Y-%m-%d}" if row["last_success_at"] else "never"
        error = (row["last_error"] or "").splitlines()[0] if row["failures"] else ""
        table.add_row(row["key"], row["name"], f"[{colours.get(state, 'yellow')}]{state}[/]", last_ok,
                      str(row["failures"]), f"{row['articles_per_week']:g}", error)
    console.print(table)
    dead = sum(1 for row in rows if row["verdict"] == "dead")
    failing = sum(1 for row in rows if row["failures"])
    console.print(f"{len(rows)} source(s): {sum(1 for r in rows if r['verdict'] == 'alive')} alive, {dead} dead, "
                  f"{failing} failing lately")
