"""URLs discovered in bulk (sitemaps) waiting to become requests.

A sitemap of 100,000 article URLs used to become 100,000 Scrapy requests at once, each carried through the
spider middlewares and the scheduler before the first article was fetched: the crawl's work grew with the
sitemap, not with the pages fetched. Here entries wait as plain tuples, newest first per site, and the
spider's `start()` turns a few at a time into requests while the downloader has room (`NewsSpider.feed`),
taking sites in turn so one large sitemap does not starve the others.
"""

from __future__ import annotations

import heapq
import itertools
from collections import deque
from dataclasses import dataclass

from crawlers.discovery import Entry

MAX_WAITING_PER_SITE = 500_000  # beyond this a site's sitemaps are not read further (reported)


@dataclass(frozen=True, slots=True)
class Waiting:
    site_key: str
    entry: Entry
    role: str  # "article" for article-shaped addresses, "page" for the others (fetched after them)


class Frontier:
    def __init__(self, max_per_site: int = MAX_WAITING_PER_SITE):
        self.max_per_site = max_per_site
        self._heaps: dict[str, list[tuple[int, int, Waiting]]] = {}
        self._turns: deque[str] = deque()  # sites with entries waiting, in round-robin order
        self._order = itertools.count()
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def waiting(self, site_key: str) -> int:
        return len(self._heaps.get(site_key, ()))

    def push(self, site_key: str, entry: Entry, role: str, priority: int) -> bool:
        """Queue an entry (higher priority first, then first come); False when the site's queue is full."""
        heap = self._heaps.setdefault(site_key, [])
        if len(heap) >= self.max_per_site:
            return False
        if not heap:
            self._turns.append(site_key)
        heapq.heappush(heap, (-priority, next(self._order), Waiting(site_key, entry, role)))
        self._size += 1
        return True

    def pop(self) -> Waiting | None:
        """The best entry of the next site in turn."""
        while self._turns:
            site_key = self._turns.popleft()
            heap = self._heaps.get(site_key)
            if not heap:
                continue
            _, _, waiting = heapq.heappop(heap)
            self._size -= 1
            if heap:
                self._turns.append(site_key)
            return waiting
        return None

    def drop(self, site_key: str) -> int:
        """Forget a site's entries (its page budget is spent); returns how many."""
        heap = self._heaps.pop(site_key, [])
        self._size -= len(heap)
        return len(heap)
