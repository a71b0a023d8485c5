"""The `pantau` command (contract: shared/spec/cli.md). Each stage owns its command in `<stage>/cli.py`;
those modules import only Typer at module level so `pantau --help` stays fast."""

from __future__ import annotations

import sys

import typer

from cli.search import search
from crawlers.cli import crawl
from db.cli import load, migrate_command
from demo.cli import demo
from extract.cli import extract
from flows.cli import deploy, reextract, run, serve, sources
from pantau.jsonl import InputError
from web.cli import web

app = typer.Typer(
    name="pantau",
    help="Watch Indonesian regional-government news and turn it into searchable events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command(help="Crawl registry sources or any site by URL; write articles as JSON Lines.")(crawl)
app.command(help="Extract events from articles (JSON Lines in, JSON Lines out).")(extract)
app.command(help="The registry's sources and their health (last success, last error and why).")(sources)
app.command(help="Load articles and/or events files into the store (idempotent).")(load)
app.command(help="Search stored events by full text and filters.")(search)
app.command(help="Run the nightly flow once (crawl, extract, load) as a Prefect flow.")(run)
app.command(help="Re-extract stored articles with the current pipeline, without recrawling.")(reextract)
app.command(help="Serve the nightly deployment on a schedule (Prefect).")(serve)
app.command(help="Register the nightly flow on a Prefect work pool; workers on any machine share its queue.")(deploy)
app.command(help="Start the search site and JSON API.")(web)
app.command(help="Run the whole pipeline on the bundled demo site, offline, into the default store.")(demo)
app.command("migrate", help="Create or upgrade the store's schema.")(migrate_command)


def main() -> None:
    try:
        app()
    except InputError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
