"""Store commands: `pantau load`, `pantau search`, `pantau migrate`."""

from __future__ import annotations

from pathlib import Path

import typer


def load(
    articles: Path = typer.Option(None, "--articles", help="Articles JSON Lines to load."),
    events: Path = typer.Option(None, "--events", help="Events JSON Lines to load (replace each article's events)."),
    db: str = typer.Option(None, "--db", help="Store URL (default: PANTAU_DB_URL or sqlite:///pantau.db)."),
) -> None:
    raise NotImplementedError


def search(
    query: str = typer.Argument("", help="Full-text query, e.g. 'perjanjian kinerja'."),
    type_: str = typer.Option(None, "--type", help="agreement_signing | inauguration | index_report"),
    regency: str = typer.Option(None, "--regency", help="Kemendagri code or name of a regency/city."),
    province: str = typer.Option(None, "--province", help="Kemendagri code or name of a province."),
    index: str = typer.Option(None, "--index", help="Index key, e.g. sakip, spbe, opini_bpk."),
    since: str = typer.Option(None, "--since", help="Events on or after YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="Events on or before YYYY-MM-DD."),
    limit: int = typer.Option(50, "--limit", help="At most this many results."),
    format_: str = typer.Option("table", "--format", help="table | json | csv"),
    db: str = typer.Option(None, "--db", help="Store URL."),
) -> None:
    raise NotImplementedError


def migrate_command(db: str = typer.Option(None, "--db", help="Store URL.")) -> None:
    from db.engine import migrate

    migrate(db)
