"""Flow commands: `pantau run`, `pantau reextract`, `pantau serve`, `pantau demo`."""

from __future__ import annotations

import typer


def run(
    source: list[str] = typer.Option(None, "--source", help="Registry source by code or name (repeatable)."),
    url: list[str] = typer.Option(None, "--url", help="Any site by address (repeatable)."),
    all_sources: bool = typer.Option(False, "--all", help="Every source in the registry."),
    db: str = typer.Option(None, "--db", help="Store URL."),
) -> None:
    raise NotImplementedError


def reextract(db: str = typer.Option(None, "--db", help="Store URL.")) -> None:
    raise NotImplementedError


def serve(
    cron: str = typer.Option("0 2 * * *", "--cron", help="When the nightly flow runs."),
    timezone: str = typer.Option("Asia/Jakarta", "--timezone", help="Time zone of the cron schedule."),
) -> None:
    raise NotImplementedError


def demo() -> None:
    raise NotImplementedError
