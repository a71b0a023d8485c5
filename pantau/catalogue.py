"""The event vocabulary every stage shares, read from data:

- `pantau/data/indices.toml`, the index catalogue: every index key (`pantau.records.INDEX_KEYS` is its key
  list) with its short and full names, unit, direction, scale, category order and measures (`IndexInfo`);
- `pantau/data/vocabulary.toml`: display names of the event types and agreement kinds.

    from pantau.catalogue import index_info, index_short, type_label
    index_info("kemiskinan").lower_is_better   # True
    category_rank("sakip", "BB")                # 2 (AA is 0): categories rank by the catalogue's order
    index_measure("inflasi", "0,3", "inflasi bulanan 0,3 persen")   # "mtm"
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

_KNOWN = ("short", "name", "unit", "lower_is_better", "scale", "categories", "measures")


@dataclass(frozen=True)
class Measure:
    key: str  # "yoy"
    label: str  # "tahunan (y-on-y)"
    unit: str  # the index's unit unless the measure has its own ("people" for a head count)
    terms: tuple[str, ...]  # words naming it next to a value, folded to lower case


@dataclass(frozen=True)
class IndexInfo:
    key: str
    short: str  # what a column header shows: "SAKIP"
    name: str  # the full name, also indexed for search
    unit: str = "score"  # score | percent | grade
    lower_is_better: bool = False  # comparisons rank the lowest value first
    scale: tuple[float, float] | None = None  # the range its numbers live in
    categories: tuple[str, ...] = ()  # grades or zones, best first
    measures: Mapping[str, Measure] = field(default_factory=dict)  # quantities reported under this index
    extra: Mapping[str, Any] = field(default_factory=dict)  # further per-index keys of the catalogue

    @property
    def higher_is_better(self) -> bool:
        return not self.lower_is_better


def _toml(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("pantau").joinpath(f"data/{name}").read_text(encoding="utf-8"))


@cache
def indices() -> Mapping[str, IndexInfo]:
    """Every index of the catalogue, in its order."""
    table = {}
    for key, entry in _toml("indices.toml").items():
        if not isinstance(entry, dict) or not entry.get("short") or not entry.get("name"):
            raise ValueError(f"pantau/data/indices.toml: [{key}] needs `short` and `name`")
        table[key] = _index_info(key, entry)
    return MappingProxyType(table)


def _index_info(key: str, entry: dict[str, Any]) -> IndexInfo:
    unit = entry.get("unit", "score")
    measures = {name: Measure(name, str(m.get("label", name)), str(m.get("unit", unit)),
                              tuple(str(t).casefold() for t in m.get("terms", ())))
                for name, m in (entry.get("measures") or {}).items()}
    scale = entry.get("scale")
    if scale is not None and (len(scale) != 2 or scale[0] >= scale[1]):
        raise ValueError(f"pantau/data/indices.toml: [{key}] scale must be [low, high], got {scale!r}")
    return IndexInfo(key=key, short=entry["short"], name=entry["name"], unit=unit,
                     lower_is_better=bool(entry.get("lower_is_better", False)),
                     scale=(float(scale[0]), float(scale[1])) if scale else None,
                     categories=tuple(entry.get("categories", ())), measures=MappingProxyType(measures),
                     extra=MappingProxyType({k: v for k, v in entry.items() if k not in _KNOWN}))


def index_keys() -> tuple[str, ...]:
    return tuple(indices())


def index_info(key: str | None) -> IndexInfo | None:
    return indices().get(key or "")


def index_short(key: str | None) -> str:
    info = index_info(key)
    return info.short if info else key or ""


def index_name(key: str | None) -> str:
    info = index_info(key)
    return info.name if info else key or ""


@cache
def vocabulary() -> Mapping[str, Any]:
    return MappingProxyType(_toml("vocabulary.toml"))


def type_label(event_type: str) -> str:
    return vocabulary()["types"].get(event_type, {}).get("label", event_type)


def type_terms(event_type: str) -> str:
    """Words that find every event of a type ("pelantikan")."""
    return vocabulary()["types"].get(event_type, {}).get("terms", "")


def agreement_kind_label(kind: str | None) -> str:
    return vocabulary()["agreement_kinds"].get(kind or "", kind or "")


def _words(text: str) -> list[str]:
    return re.findall(r"[0-9a-z%]+", text.casefold())


def category_rank(key: str | None, *texts: str | None) -> int | None:
    """The position of the first text's category in the index's order (0 = best), or None when no text
    names one. Whole words only, longest category first ("Sangat Baik" before "Baik", "AA" is not "A")."""
    info = index_info(key)
    if not info or not info.categories:
        return None
    ordered = sorted(enumerate(info.categories), key=lambda item: -len(_words(item[1])))
    for text in texts:
        words = _words(text or "")
        for rank, category in ordered:
            wanted = _words(category)
            if any(words[i:i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1)):
                return rank
    return None


def category_of(key: str | None, *texts: str | None) -> str | None:
    """The catalogue's spelling of the category a text names ("zona hijau" -> "Hijau"), or None."""
    rank = category_rank(key, *texts)
    info = index_info(key)
    return info.categories[rank] if info and rank is not None else None


# Clauses of one sentence: a comma or semicolon followed by a space (a decimal comma has none), or a word
# that turns to another figure.
_CLAUSE = re.compile(r"[;,]\s+|\s+(?:sedangkan|sementara|serta|adapun|dan)\s+", re.IGNORECASE)


def _term_positions(text: str, terms: tuple[str, ...]) -> list[int]:
    folded = text.casefold()
    found = []
    for term in terms:
        pattern = re.escape(term) if not term[-1].isalnum() else rf"(?<![0-9a-z]){re.escape(term)}(?![0-9a-z])"
        found += [match.start() for match in re.finditer(pattern, folded)]
    return found


def _nearest_measure(text: str, anchor: int, measures: Mapping[str, Measure]) -> str | None:
    best = None
    for name, measure in measures.items():
        for position in _term_positions(text, measure.terms):
            distance = abs(position - anchor)
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


def index_measure(key: str | None, value: str | None, *texts: str | None) -> str | None:
    """Which of the index's measures a reported value is (None when the index has none, or no text says):
    the measure named in the value's own clause of the first text that holds the value (nearest to it),
    else the only measure a text names at all."""
    info = index_info(key)
    if not info or not info.measures:
        return None
    written = (value or "").strip()
    for text in (t for t in texts if t):
        at = text.find(written) if written else -1
        if at < 0:
            continue
        bounds = [0, *(m.end() for m in _CLAUSE.finditer(text) if m.end() <= at),
                  *(m.start() for m in _CLAUSE.finditer(text) if m.start() >= at + len(written)), len(text)]
        start = max(b for b in bounds if b <= at)
        end = min(b for b in bounds if b >= at + len(written))
        found = _nearest_measure(text[start:end], at - start, info.measures)
        if found:
            return found
    named = {name for name, m in info.measures.items() for t in texts if t and _term_positions(t, m.terms)}
    return named.pop() if len(named) == 1 else None


def series_key(index: str | None, measure: str | None) -> str:
    """One series of values: an index, or one measure of it ("inflasi.yoy")."""
    return f"{index}.{measure}" if measure else str(index or "")


def split_series(key: str) -> tuple[str, str | None]:
    index, _, measure = key.partition(".")
    return index, measure or None


def series_label(key: str) -> str:
    """What a series' heading shows: "SAKIP", "Inflasi tahunan (y-on-y)"; an index with measures whose
    reports did not say which is "(ukuran tidak disebut)"."""
    index, measure = split_series(key)
    info = index_info(index)
    short = info.short if info else index
    if measure and info and measure in info.measures:
        return f"{short} {info.measures[measure].label}"
    if info and info.measures and not measure:
        return f"{short} (ukuran tidak disebut)"
    return short
