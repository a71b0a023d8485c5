"""`pantau web`: the search site and JSON API."""

from __future__ import annotations

import typer


def web(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    db: str = typer.Option(None, "--db", help="Store URL."),
) -> None:
    raise NotImplementedError
