"""The source registry (`crawlers/sources.toml`): every government site and local outlet pantau crawls.

Public API (used by the flow and the web site): `load_registry()`, `resolve_sources(terms)`,
`source_for_url(url)`, `SourceEntry`, `Layout`, `UnknownSourceError`.

`PANTAU_SOURCES` may point at another registry file (a private list, or the fixture registry of the tests).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from crawlers.urls import host_of, hostname_of
from pantau.regions import regions_by_code, regions_named

DEFAULT_REGISTRY = Path(__file__).with_name("sources.toml")


class RegistryError(ValueError):
    """The registry file itself is wrong; the message names the file and the entry."""


class UnknownSourceError(LookupError):
    def __init__(self, term: str):
        super().__init__(f"unknown source {term!r}: not a Kemendagri code, region name, source key or domain "
                         "in the registry")
        self.term = term


@dataclass(frozen=True)
class Layout:
    """CSS selectors that beat generic extraction on one site, valid for pages published from `valid_from`
    on (fundus-style versioning: when a site changes its layout, add a new layout with a later date)."""

    valid_from: dt.date = dt.date.min
    title: str | None = None
    body: str | None = None
    date: str | None = None
    author: str | None = None
    remove: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceEntry:
    key: str  # Kemendagri code for a government site, the domain for an outlet
    name: str
    kind: str  # government | outlet
    url: str
    regions: tuple[str, ...]
    guessed: bool = False  # the address follows the naming pattern but was not verified
    coverage_guessed: bool = False
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    article_pattern: str | None = None  # regex on the URL: a page matching it is an article on this site
    hosts: tuple[str, ...] = ()  # other hosts the site's pages may redirect to (a moved domain); others are refused
    layouts: tuple[Layout, ...] = field(default=())

    @property
    def domain(self) -> str:
        return host_of(self.url)

    @property
    def hostname(self) -> str:
        return hostname_of(self.url)

    def layout_for(self, published: dt.date | None) -> Layout | None:
        """The layout valid on `published` (the newest one when the date is unknown)."""
        if not self.layouts:
            return None
        ordered = sorted(self.layouts, key=lambda layout: layout.valid_from)
        if published is None:
            return ordered[-1]
        valid = [layout for layout in ordered if layout.valid_from <= published]
        return valid[-1] if valid else ordered[0]

    def as_source_row(self) -> dict:
        """The store's `Source` row."""
        return {"key": self.key, "name": self.name, "kind": self.kind, "domain": self.domain, "url": self.url,
                "region_codes": list(self.regions), "guessed": self.guessed}


def _strings(value, where: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RegistryError(f"{where}: '{name}' must be a list of strings")
    return tuple(value)


def _layout(raw: dict, where: str) -> Layout:
    valid_from = raw.get("valid_from", dt.date.min)
    if isinstance(valid_from, str):
        try:
            valid_from = dt.date.fromisoformat(valid_from)
        except ValueError as exc:
            raise RegistryError(f"{where}: layout valid_from {valid_from!r} is not YYYY-MM-DD") from exc
    unknown = set(raw) - {"valid_from", "title", "body", "date", "author", "remove"}
    if unknown:
        raise RegistryError(f"{where}: unknown layout field(s) {sorted(unknown)}")
    return Layout(valid_from=valid_from, title=raw.get("title"), body=raw.get("body"), date=raw.get("date"),
                  author=raw.get("author"), remove=_strings(raw.get("remove"), where, "remove"))


_FIELDS = {"key", "name", "kind", "url", "regions", "guessed", "coverage_guessed", "feeds", "sitemaps",
           "listings", "article_pattern", "layout", "hosts"}


def parse_registry(text: str, path: str) -> list[SourceEntry]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{path}: {exc}") from exc
    known_regions = regions_by_code()
    entries: list[SourceEntry] = []
    seen: set[str] = set()
    for index, raw in enumerate(data.get("source", []), 1):
        where = f"{path}: source #{index} ({raw.get('key', '?')})"
        missing = [name for name in ("key", "name", "kind", "url") if not raw.get(name)]
        if missing:
            raise RegistryError(f"{where}: missing {', '.join(missing)}")
        unknown = set(raw) - _FIELDS
        if unknown:
            raise RegistryError(f"{where}: unknown field(s) {sorted(unknown)}")
        if raw["kind"] not in ("government", "outlet"):
            raise RegistryError(f"{where}: kind must be 'government' or 'outlet'")
        if not re.match(r"^https?://[^/]+", raw["url"]):
            raise RegistryError(f"{where}: url {raw['url']!r} is not an http(s) address")
        regions = _strings(raw.get("regions"), where, "regions")
        for code in regions:
            if code not in known_regions:
                raise RegistryError(f"{where}: unknown region code {code!r}")
        if raw["key"] in seen:
            raise RegistryError(f"{where}: duplicate key")
        seen.add(raw["key"])
        pattern = raw.get("article_pattern")
        if pattern:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RegistryError(f"{where}: article_pattern is not a regex ({exc})") from exc
        entries.append(SourceEntry(
            key=raw["key"], name=raw["name"], kind=raw["kind"], url=raw["url"], regions=regions,
            guessed=bool(raw.get("guessed", False)), coverage_guessed=bool(raw.get("coverage_guessed", False)),
            feeds=_strings(raw.get("feeds"), where, "feeds"), sitemaps=_strings(raw.get("sitemaps"), where, "sitemaps"),
            listings=_strings(raw.get("listings"), where, "listings"), article_pattern=pattern,
            hosts=tuple(host.lower().removeprefix("www.") for host in _strings(raw.get("hosts"), where, "hosts")),
            layouts=tuple(_layout(layout, where) for layout in raw.get("layout", [])),
        ))
    return entries


def registry_path() -> Path:
    return Path(os.environ.get("PANTAU_SOURCES") or DEFAULT_REGISTRY)


@cache
def _load(path: str) -> tuple[SourceEntry, ...]:
    file = Path(path)
    if not file.is_file():
        raise RegistryError(f"{path}: registry file not found")
    return tuple(parse_registry(file.read_text(encoding="utf-8"), path))


def load_registry(path: str | os.PathLike[str] | None = None) -> list[SourceEntry]:
    return list(_load(str(path or registry_path())))


def _fold(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s.-]", " ", name.casefold()).split())


def resolve_sources(terms: list[str], entries: list[SourceEntry] | None = None) -> list[SourceEntry]:
    """Registry entries for Kemendagri codes, region names, source keys, names or domains.

    A region (by code or name) brings its government site and the outlets tied specifically to it;
    `Mojokerto` alone matches both the regency and the city; `=KEY` is exactly the source with that key.
    Raises `UnknownSourceError` for a term that matches nothing.
    """
    entries = entries if entries is not None else load_registry()
    chosen: dict[str, SourceEntry] = {}
    for term in terms:
        if term.startswith("="):  # exactly one source by its key: no region expansion (the flow's batches)
            exact = [e for e in entries if e.key == term[1:]]
            if not exact:
                raise UnknownSourceError(term[1:])
            chosen.setdefault(exact[0].key, exact[0])
            continue
        folded = _fold(term)
        matches = [e for e in entries if e.key.casefold() == folded or _fold(e.name) == folded
                   or e.domain == host_of(term.strip().lower())]
        # Region names are read by the project's one resolver of typed names (the search's too).
        for code in [region.code for region in regions_named(term)]:
            matches += [e for e in entries if e.kind == "government" and code in e.regions]
            matches += [e for e in entries if e.kind == "outlet" and code in e.regions]
        if not matches:
            raise UnknownSourceError(term)
        for entry in matches:
            chosen.setdefault(entry.key, entry)
    return list(chosen.values())


def source_for_url(url: str, entries: list[SourceEntry] | None = None) -> SourceEntry | None:
    """The registry entry whose site holds `url` (longest matching host wins), or None."""
    entries = entries if entries is not None else load_registry()
    host = host_of(url)
    best = None
    for entry in entries:
        domain = entry.domain
        if host == domain or host.endswith("." + domain):
            if best is None or len(domain) > len(best.domain):
                best = entry
    return best
