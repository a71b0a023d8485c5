"""The extraction lexicon: every word list, pattern and gazetteer the rules use, read from `extract/data/`.

Rules never hold vocabulary as Python literals; they ask a `Lexicon`. One lexicon is built per data folder and
shared by all components of a process.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"

DATA_FILES = (
    "boilerplate.toml", "calendar.toml", "events.toml", "indices.toml", "numbers.toml", "people.toml",
    "regions.toml", "tokenizer.toml", "grammar.toml",
)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass(eq=False)  # hashed by identity: caches key on the lexicon object
class Lexicon:
    data_dir: Path
    raw: dict[str, dict[str, Any]] = field(default_factory=dict)

    # ---- derived tables, filled by _derive()
    months: dict[str, int] = field(default_factory=dict)
    month_names: dict[int, str] = field(default_factory=dict)  # the full name, first in calendar.toml
    weekdays: dict[str, int] = field(default_factory=dict)
    relative_days: dict[str, int] = field(default_factory=dict)
    day_parts: list[str] = field(default_factory=list)
    number_units: dict[str, int] = field(default_factory=dict)
    number_multipliers: dict[str, int] = field(default_factory=dict)
    number_compounds: dict[str, list[str]] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    teen_word: str = "belas"
    grammar: WordSets | None = None

    @property
    def version_hash(self) -> str:
        digest = hashlib.sha1()
        for name in DATA_FILES:
            digest.update((self.data_dir / name).read_bytes())
        for shared in ("calendar.toml", "region_aliases.tsv"):  # read from pantau/data, one table for every stage
            digest.update((Path(__file__).parent.parent / "pantau" / "data" / shared).read_bytes())
        return digest.hexdigest()[:10]

    def _derive(self) -> None:
        cal = self.raw["calendar"]
        self.months = {_fold(name): int(num) for num, names in cal["months"].items() for name in names}
        self.month_names = {int(num): names[0] for num, names in cal["months"].items()}
        self.weekdays = {_fold(name): int(num) for num, names in cal["weekdays"].items() for name in names}
        self.relative_days = {_fold(k): int(v) for k, v in cal["relative"].items()}
        self.day_parts = [_fold(p) for p in cal["day_parts"]]
        num = self.raw["numbers"]
        self.number_units = {k: int(v) for k, v in num["units"].items()}
        self.number_multipliers = {k: int(v) for k, v in num["multipliers"].items()}
        self.number_compounds = {k: list(v) for k, v in num["compounds"].items()}
        self.ordinals = {k: int(v) for k, v in num["ordinals"].items()}
        self.teen_word = num["teen_word"]
        self.grammar = WordSets(self.raw["grammar"]["words"])


class WordSets:
    """The function-word sets of `data/grammar.toml` by role, as attributes: `lex.grammar.coordinators`."""

    def __init__(self, table: dict[str, list[str]]):
        for name, words in table.items():
            setattr(self, name, frozenset(_fold(w) if w.strip() else w for w in words))

    def __getattr__(self, name: str) -> frozenset[str]:
        raise AttributeError(f"grammar.toml has no word set {name!r}")


@cache
def load_lexicon(data_dir: str | None = None) -> Lexicon:
    """The lexicon of `data_dir` (default: the packaged `extract/data`), read once per process."""
    base = Path(data_dir) if data_dir else DATA_DIR
    lex = Lexicon(data_dir=base)
    for name in DATA_FILES:
        path = base / name
        if name.endswith(".toml"):
            with path.open("rb") as fh:
                lex.raw[name.removesuffix(".toml")] = tomllib.load(fh)
    # Month and weekday names are one table for every stage (pantau/data/calendar.toml).
    from pantau.calendar import calendar_table

    shared = calendar_table()
    lex.raw["calendar"] = {**lex.raw["calendar"], "months": shared["months"], "weekdays": shared["weekdays"]}
    lex._derive()
    return lex


fold = _fold


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of data words (escaped, longest first): patterns are built from the data, never
    written with the words in them (tests/extract/test_vocabulary.py).

    Words are grouped under their first letter ("j(?:anuari|uni|uli)|f(?:ebruari)"): the regex engine then tries
    one group per position instead of every word. Only words of one first letter can match at a position (also
    case-insensitively: the letter is grouped lower-cased), and within a group the longest-first order is kept,
    so the same text matches as with the flat list."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    groups: dict[str, list[str]] = {}
    for w in ordered:
        head = w[:1]
        groups.setdefault(head.lower() if head.isascii() and head.isalpha() else w, []).append(w)
    parts = []
    for key, group in groups.items():
        if len(group) == 1 or not (key.isascii() and key.isalpha()):
            parts += [re.escape(w) for w in group]
        elif all(w[:1] == group[0][:1] for w in group):
            parts.append(re.escape(group[0][:1]) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")")
        else:  # "Jan" and "jan": one letter in two cases
            parts.append("(?:" + "|".join(re.escape(w) for w in group) + ")")
    return "|".join(parts)
