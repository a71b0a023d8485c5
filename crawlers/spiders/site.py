"""The sites a run crawls: registry entries by key or name, addresses given on the command line, and
which hosts belong to each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from crawlers.registry import SourceEntry, load_registry, resolve_sources, source_for_url
from crawlers.urls import (
    host_of,
    hostname_of,
)


@dataclass
class Site:
    key: str  # registry key, or the host for a site given by URL only
    start_url: str
    entry: SourceEntry | None
    full_discovery: bool = True  # False when the URL given is a section or page, not the site's root
    regions: list[str] = field(default_factory=list)
    _hostname: str | None = field(default=None, repr=False, compare=False)

    @property
    def hostname(self) -> str:
        if self._hostname is None:
            self._hostname = hostname_of(self.start_url)
        return self._hostname

    @property
    def host(self) -> str:
        return host_of(self.start_url)

    @property
    def root(self) -> str:
        parts = urlsplit(self.start_url)
        return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))

    def holds(self, url: str) -> bool:
        """Whether `url` is on this site: its host, a subdomain, or a host its registry entry names."""
        host = hostname_of(url)
        if host == self.hostname or host.endswith("." + self.hostname):
            return True
        return self.entry is not None and any(host == other or host.endswith("." + other) for other in self.entry.hosts)


def _split(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [v for item in value for v in _split(item)]
    return [part for part in re.split(r"[,\s]+", str(value)) if part]


def sites_to_crawl(*, url=None, source=None, all_sources: bool = False) -> dict[str, Site]:
    """The spider's arguments as sites: registry entries by key or name (`source`, or every one with
    `all_sources`), and addresses (`url`), each under its registry entry when it has one. An address that is
    a section or a page, not a site's root, is crawled from there only (no site-wide discovery)."""
    sites: dict[str, Site] = {}
    entries = load_registry() if (source or all_sources or url) else []
    chosen = list(entries) if all_sources else (resolve_sources(_split(source), entries) if source else [])
    for entry in chosen:
        sites.setdefault(entry.key, Site(entry.key, entry.url, entry, True, list(entry.regions)))
    for address in _split(url):
        if not re.match(r"^https?://", address):
            address = "http://" + address
        entry = source_for_url(address, entries)
        full = urlsplit(address).path in ("", "/") and not urlsplit(address).query
        key = entry.key if entry else host_of(address)
        regions = list(entry.regions) if entry else []
        if key in sites and full:
            continue
        sites[key if full else f"{key} {address}"] = Site(key, address, entry, full, regions)
    return sites
