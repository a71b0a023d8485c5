"""`pantau search`: the store's search from the command line, printed as a table or in the site's export
formats (JSON, JSON Lines, CSV from `web/exports.py`, so both export the same thing). It lives here, above
the stages, because it joins two of them: the store's query side and the site's presentation."""

from __future__ import annotations

import sys

import typer

FORMATS = ("table", "json", "jsonl", "csv")
TABLE_WIDTH = 100  # columns of the table when the output is not a terminal


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


def search(
    query: str = typer.Argument("", help="Full-text query: words (all must match), \"a phrase\", prefix*, a OR b, -exclude."),
    type_: str = typer.Option(None, "--type", help="agreement_signing | inauguration | index_report (comma-separated)."),
    regency: str = typer.Option(None, "--regency", help="Kemendagri code or name of a regency/city, e.g. 35.16 or 'Kabupaten Mojokerto'."),
    province: str = typer.Option(None, "--province", help="Kemendagri code or name of a province, e.g. 35, 'Jawa Timur', Jatim."),
    index: str = typer.Option(None, "--index", help="Index key, e.g. sakip, spbe, opini_bpk (comma-separated)."),
    since: str = typer.Option(None, "--since", help="Events on or after YYYY-MM-DD (or YYYY-MM, YYYY)."),
    until: str = typer.Option(None, "--until", help="Events on or before YYYY-MM-DD (or YYYY-MM, YYYY)."),
    sort: str = typer.Option(None, "--sort", help="relevance | newest | oldest (default: relevance with a query, else newest)."),
    limit: int = typer.Option(50, "--limit", help="At most this many results (0: all)."),
    format_: str = typer.Option("table", "--format", help="table | json | jsonl | csv"),
    db: str = typer.Option(None, "--db", help="Store URL."),
) -> None:
    """Search stored events; the date is the event's, or its article's publication date when unknown."""
    from db import QueryError, build_query

    if format_ not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}")
    if sort and sort not in ("relevance", "newest", "oldest", "loaded"):
        raise _fail("--sort must be relevance, newest or oldest")
    if limit < 0:
        raise _fail("--limit must be 0 (all) or more")
    try:
        request = build_query(query, types=type_, regency=regency, province=province, index=index, since=since,
                              until=until, sort=sort, per_page=limit or 500, facets=False)
    except QueryError as exc:
        raise _fail(str(exc)) from exc
    _note_ambiguous_names(regency)
    store = _store(db)
    if limit:
        result = store.search(request)
        hits, total = result.hits, result.total
    else:
        hits = list(store.iter_hits(request))
        total = len(hits)
    if format_ == "table":
        _print_table(hits, total, query)
    elif format_ == "json":
        import json

        json.dump([hit.record() for hit in hits], sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    elif format_ == "jsonl":
        import json

        for hit in hits:
            sys.stdout.write(json.dumps(hit.record(), ensure_ascii=False, default=str) + "\n")
    else:
        from web.exports import write_csv

        write_csv(hits, sys.stdout)


def _note_ambiguous_names(regency: str | None) -> None:
    """Say on stderr when a bare name means several places ("Mojokerto": the regency and the city)."""
    from pantau.regions import region, resolve_regency

    for name in (regency or "").split(","):
        codes = resolve_regency(name) if name.strip() else []
        if len(codes) > 1:
            places = " and ".join(f"{region(c).name} ({c})" for c in codes)
            typer.echo(f"note: {name.strip()!r} matches {places}; name one to narrow the search", err=True)


def _print_table(hits, total: int, query: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from pantau.catalogue import type_label
    from web.presentation import summary

    # A terminal's own width; piped output 100 columns, what a reader's window or a pasted report holds. URLs
    # are listed whole under the table, numbered like its rows: folded in a cell they could not be copied.
    console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else TABLE_WIDTH)
    if not hits:
        console.print(f"No events found{f' for {query!r}' if query else ''}. Try fewer words, a prefix "
                      "(kinerj*), another form of a word, or drop a filter; `pantau search --help` lists them.",
                      markup=False, highlight=False)
        return
    table = Table(show_lines=False, expand=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("date", style="cyan", no_wrap=True)
    table.add_column("regency", max_width=22)
    table.add_column("type", style="magenta", max_width=16)
    table.add_column("summary", min_width=30)
    for number, hit in enumerate(hits, 1):
        regency = (hit.event.get("regency") or {}).get("name") or ""
        table.add_row(str(number), hit.date.isoformat() if hit.date else "", regency,
                      type_label(hit.event.get("type", "")), summary(hit.event))
    console.print(table)
    for number, hit in enumerate(hits, 1):
        if hit.url:
            console.print(f"[{number}] {hit.url}", markup=False, highlight=False, soft_wrap=True)
    shown = f"{len(hits)} of {total}" if total > len(hits) else str(total)
    console.print(f"{shown} event(s). --format json|csv for full records; --limit N for more.",
                  markup=False, highlight=False)

