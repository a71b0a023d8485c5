"""`python -m crawlers ...`: the same command as `pantau crawl`, without loading the other stages."""

import typer

from crawlers.cli import crawl

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
app.command()(crawl)

if __name__ == "__main__":
    app()
