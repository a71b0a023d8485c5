"""What the spider hands to the pipelines: one fetched article page, before dedup and versioning."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class ArticlePage:
    site: str  # source key (registry key, or the host for a site given by URL)
    fetch_url: str  # the URL requested (after redirects)
    canonical_url: str
    source_host: str
    title: str | None
    text: str
    published: dt.date | None
    author: str | None
    regions: list[str]
    html: bytes = field(repr=False)
    status: int = 200
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    lastmod: dt.datetime | None = None  # what the sitemap/feed said about the URL
    fetched_at: dt.datetime | None = None
