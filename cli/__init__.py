"""The `pantau` command: one Typer app composing the commands each stage defines in its own `<stage>/cli.py`
(see `cli/main.py`). This package sits above every stage; no stage imports it."""
