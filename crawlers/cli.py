"""`pantau crawl`: the crawler stage on its own, writing articles as JSON Lines."""

from __future__ import annotations

from pathlib import Path

import typer


def crawl(
    source: list[str] = typer.Option(None, "--source", help="Registry source by Kemendagri code or name (repeatable)."),
    url: list[str] = typer.Option(None, "--url", help="Any site's address; discovery finds its articles (repeatable)."),
    all_sources: bool = typer.Option(False, "--all", help="Every source in the registry."),
    since: str = typer.Option(None, "--since", help="Only articles published on or after YYYY-MM-DD."),
    max_pages: int = typer.Option(None, "--max-pages", help="Stop after fetching this many pages per source."),
    out: Path = typer.Option(..., "--out", help="Articles JSON Lines file to write."),
    db: str = typer.Option(None, "--db", help="Store holding crawl state (default: PANTAU_DB_URL or pantau.db)."),
) -> None:
    raise NotImplementedError("crawl: built in issue 4")
