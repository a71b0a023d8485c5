"""`pantau demo`: the whole pipeline on the bundled demo site, offline."""

from __future__ import annotations

import typer


def _progress_logging() -> None:
    """The flow's per-source progress lines (logger `pantau.flows`) on stderr while the demo runs."""
    import logging

    from rich.console import Console
    from rich.logging import RichHandler

    logger = logging.getLogger("pantau.flows")
    if not any(isinstance(h, RichHandler) for h in logger.handlers):
        logger.addHandler(RichHandler(console=Console(stderr=True), show_path=False, show_time=True, markup=False))
    logger.setLevel(logging.INFO)
    logger.propagate = False


def demo(db: str = typer.Option(None, "--db", help="Store URL (default: PANTAU_DB_URL or pantau.db).")) -> None:
    """Run the whole pipeline on the bundled demo site, offline, into the default store."""
    _progress_logging()
    from demo.run import demo_main

    raise typer.Exit(demo_main(db))
