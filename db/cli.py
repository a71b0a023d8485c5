"""Store commands: `pantau load`, `pantau migrate` (`pantau search` is `cli/search.py`: it prints with the site's
export formats).

Only Typer is imported at module level so `pantau --help` stays fast; the store loads on use.
"""

from __future__ import annotations

from pathlib import Path

import typer


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _store(db: str | None):
    from db import Store
    from pantau.config import db_url

    try:
        return Store(db_url(db))
    except Exception as exc:  # an unreachable server or a bad URL is a failure of the run, not of the input
        raise _fail(f"cannot open the store {db or ''}: {exc}".replace("  ", " "), 1) from exc


def load(
    articles: Path = typer.Option(None, "--articles", help="Articles JSON Lines to load."),
    events: Path = typer.Option(None, "--events", help="Events JSON Lines to load (replace each article's events)."),
    extractor: str = typer.Option(None, "--extractor", help="Name/version of the pipeline that wrote the events."),
    db: str = typer.Option(None, "--db", help="Store URL (default: PANTAU_DB_URL or sqlite:///pantau.db)."),
) -> None:
    """Load files into the store. Events replace the stored events of the articles in the articles file
    (or, with only an events file, of the articles its events name). Bad lines are reported as
    FILE:LINE: message and skipped (exit 2); every good line is still loaded."""
    if not articles and not events:
        raise _fail("give --articles FILE and/or --events FILE")
    for path in (articles, events):
        if path and str(path) != "-" and not path.is_file():
            raise _fail(f"{path}: no such file")

    from db import article_id_of
    from pantau.jsonl import BadLine, iter_jsonl
    from pantau.records import article_problem, event_problem

    store = _store(db)
    store.sync_regions()
    bad = 0

    def good(path: Path, validate, lines: list[int], on_record=None):
        """The good records of a file; `lines` gets the line number of each, so what the store refuses
        later is reported as FILE:LINE too."""
        nonlocal bad
        for lineno, record in iter_jsonl(path, validate):
            if isinstance(record, BadLine):
                bad += 1
                typer.echo(str(record), err=True)
                continue
            if on_record:
                on_record(record)
            lines.append(lineno)
            yield record

    def report(path: Path, stats, lines: list[int]) -> None:
        nonlocal bad
        for position, problem in stats.rejected:
            bad += 1
            typer.echo(f"{path}:{lines[position]}: {problem}", err=True)

    article_ids: list[str] = []
    if articles:
        lines: list[int] = []
        stats = store.load_articles(good(articles, article_problem, lines,
                                         lambda r: article_ids.append(article_id_of(r))))
        typer.echo(f"articles: {stats}")
        report(articles, stats, lines)
    if events:
        lines = []
        stats = store.replace_events(article_ids, good(events, event_problem, lines), extractor=extractor)
        typer.echo(f"events: {stats}")
        report(events, stats, lines)
    if bad:
        typer.echo(f"{bad} bad line(s) skipped; the other lines were loaded", err=True)
        raise typer.Exit(2)


def migrate_command(db: str = typer.Option(None, "--db", help="Store URL.")) -> None:
    from db import migrate
    from pantau.config import db_url

    migrate(db_url(db))
