"""`pantau extract`: the NLP stage on its own, articles JSON Lines in, events JSON Lines out."""

from __future__ import annotations

import sys
from pathlib import Path

import typer


def _count_lines(path: Path) -> int | None:
    if str(path) == "-" or not path.is_file():
        return None
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


def extract(
    in_path: Path = typer.Option(..., "--in", help="Articles JSON Lines (spec/events.md); '-' for stdin."),
    out_path: Path = typer.Option(..., "--out", help="Events JSON Lines to write; '-' for stdout."),
    explain: bool = typer.Option(False, "--explain", help="Print, per event, the rule that fired and its sentence."),
) -> None:
    from extract import extract_file
    from pantau.jsonl import InputError

    if str(in_path) != "-" and not in_path.is_file():
        raise InputError(f"{in_path}: no such file")
    total = _count_lines(in_path)
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("articles", total=total)
            report = extract_file(in_path, out_path, explain=explain, progress=lambda n: bar.advance(task, n))
    else:
        report = extract_file(in_path, out_path, explain=explain)
    if explain:
        for line in report.explanations:
            typer.echo(line, err=True)
    for bad in report.bad_lines:
        typer.echo(str(bad), err=True)
    typer.echo(f"{report.articles} articles, {report.events} events -> {out_path}"
               + (f"; {len(report.bad_lines)} bad lines" if report.bad_lines else ""), err=True)
    if report.bad_lines:
        raise typer.Exit(2)
