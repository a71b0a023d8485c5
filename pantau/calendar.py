"""Month and weekday names, from the bundled `data/calendar.toml` (shared by the crawlers and the extractor)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def calendar_table() -> dict[str, dict[str, list[str]]]:
    """`{"months": {"1": ["januari", ...]}, "weekdays": {"0": ["senin"], ...}}` as written in the file."""
    text = resources.files("pantau").joinpath("data/calendar.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def month_numbers() -> dict[str, int]:
    """Every month name and abbreviation, case-folded, to its number: "januari" -> 1, "agt" -> 8."""
    return {name.casefold(): int(num) for num, names in calendar_table()["months"].items() for name in names}


@cache
def weekday_numbers() -> dict[str, int]:
    """Every weekday name, case-folded, to Python's weekday number (Monday = 0): "jumat" -> 4."""
    return {name.casefold(): int(num) for num, names in calendar_table()["weekdays"].items() for name in names}
