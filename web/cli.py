"""`pantau web`: the search site and JSON API."""

from __future__ import annotations

import typer


def web(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 for every interface)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    db: str = typer.Option(None, "--db", help="Store URL (default: PANTAU_DB_URL or sqlite:///pantau.db)."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
) -> None:
    """Serve the site (search, event, regency and comparison pages, exports, Atom feeds) and the JSON API."""
    import uvicorn

    from pantau.config import db_url
    from web.app import create_app

    try:
        app = create_app(db_url(db))
    except Exception as exc:  # a store that cannot be opened is a failure of the run
        typer.echo(f"error: cannot open the store: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"pantau web on http://{host}:{port}/ (store: {app.state.store.engine.url.render_as_string(hide_password=True)}; "
               f"API docs at /docs)")
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=True)
