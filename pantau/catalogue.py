"""The event vocabulary every stage shares, read from data:

- `pantau/data/indices.toml`, the index catalogue: every index key (`pantau.records.INDEX_KEYS` is its key
  list) with its short and full names, unit and direction (`IndexInfo`);
- `pantau/data/vocabulary.toml`: display names of the event types and agreement kinds.

    from pantau.catalogue import index_info, index_short, type_label
    index_info("kemiskinan").lower_is_better   # True
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

_KNOWN = ("short", "name", "unit", "lower_is_better")


@dataclass(frozen=True)
class IndexInfo:
    key: str
    short: str  # what a column header shows: "SAKIP"
    name: str  # the full name, also indexed for search
    unit: str = "score"  # score | percent | grade
    lower_is_better: bool = False  # comparisons rank the lowest value first
    extra: Mapping[str, Any] = field(default_factory=dict)  # further per-index keys of the catalogue


def _toml(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("pantau").joinpath(f"data/{name}").read_text(encoding="utf-8"))


@cache
def indices() -> Mapping[str, IndexInfo]:
    """Every index of the catalogue, in its order."""
    table = {}
    for key, entry in _toml("indices.toml").items():
        if not isinstance(entry, dict) or not entry.get("short") or not entry.get("name"):
            raise ValueError(f"pantau/data/indices.toml: [{key}] needs `short` and `name`")
        table[key] = IndexInfo(key=key, **{k: entry[k] for k in _KNOWN if k in entry},
                               extra=MappingProxyType({k: v for k, v in entry.items() if k not in _KNOWN}))
    return MappingProxyType(table)


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
