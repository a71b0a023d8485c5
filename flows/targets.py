"""What a nightly run crawls: one `CrawlTarget` per registry source or per URL. No Prefect here, so the CLI
can check its arguments (and exit 2) before starting a run."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


class TargetError(ValueError):
    """Bad usage: no target, an unknown source, a malformed URL (the CLI exits 2)."""


@dataclass(frozen=True)
class CrawlTarget:
    """One crawl subprocess: `pantau crawl <args> --out FILE --db URL`."""

    label: str  # the registry key or the URL, for summaries
    args: tuple[str, ...]  # ("--source", "35.16") or ("--url", "http://...")
    source_row: dict[str, Any] | None = field(default=None, compare=False)  # the store's Source row, if any

    @property
    def file_stem(self) -> str:
        """A file name unique to the target and readable in the run folder."""
        readable = re.sub(r"[^A-Za-z0-9.]+", "-", self.label).strip("-")[:60] or "target"
        digest = hashlib.sha1(self.label.encode("utf-8")).hexdigest()[:8]
        return f"{readable}-{digest}"


def _check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TargetError(f"--url {url!r}: expected an http:// or https:// address")
    return url.strip()


def plan_targets(sources: Iterable[str] | None = None, urls: Iterable[str] | None = None,
                 all_sources: bool = False) -> list[CrawlTarget]:
    """The crawl targets of a run, in a stable order, each source once.

    Registry terms (Kemendagri codes, region names, source keys, domains) are resolved with
    `crawlers.registry.resolve_sources`; a region brings its government site and its local outlets.
    """
    sources = [s for s in (sources or []) if s and s.strip()]
    urls = [u for u in (urls or []) if u and u.strip()]
    if not (sources or urls or all_sources):
        raise TargetError("nothing to crawl: give --source CODE_OR_NAME, --url URL or --all")
    targets: dict[str, CrawlTarget] = {}
    if sources or all_sources:
        from crawlers.registry import UnknownSourceError, load_registry, resolve_sources

        try:
            entries = load_registry() if all_sources else resolve_sources(sources)
        except UnknownSourceError as exc:
            raise TargetError(str(exc)) from None
        for entry in entries:
            targets.setdefault(entry.key, CrawlTarget(entry.key, ("--source", entry.key), entry.as_source_row()))
    for url in urls:
        checked = _check_url(url)
        targets.setdefault(checked, CrawlTarget(checked, ("--url", checked)))
    return list(targets.values())
