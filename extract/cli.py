"""`pantau extract`: the NLP stage on its own, articles JSON Lines in, events JSON Lines out."""

from __future__ import annotations

from pathlib import Path

import typer


def extract(
    in_path: Path = typer.Option(..., "--in", help="Articles JSON Lines (spec/events.md); '-' for stdin."),
    out_path: Path = typer.Option(..., "--out", help="Events JSON Lines to write; '-' for stdout."),
    explain: bool = typer.Option(False, "--explain", help="Print, per event, the rule that fired and its sentence."),
) -> None:
    raise NotImplementedError("extract: built in issue 3")
