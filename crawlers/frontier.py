"""URLs discovered in bulk (sitemaps) waiting to become requests, read only as far as the crawl needs.

A sitemap of 100,000 article URLs used to become 100,000 Scrapy requests at once, each carried through the
spider middlewares and the scheduler before the first article was fetched: the crawl's work grew with the
sitemap, not with the pages fetched. Here, per site:
- child sitemaps of an index wait as addresses and are requested one at a time, when the site runs short
  of URLs;
- a fetched sitemap is a reader (a generator over its entries, parsed as they are pulled) from which a
  window of entries is taken at a time; the reader yields None for an entry it read and dropped (not
  wanted, or known and not due), so one refill reads a bounded slice of the sitemap;
- entries wait in a heap, best first (newest and article-shaped first within the window);
and the spider's `start()` (`NewsSpider.feed`) turns them into requests a few at a time while the
downloader has room, taking sites in turn so one large sitemap does not starve the others.
"""

from __future__ import annotations

import heapq
import itertools
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from crawlers.discovery import Entry

READ_WINDOW = 1000  # entries taken from a reader at a time
# Entries read per refill at most, wanted or not, and seconds spent: a sitemap whose URLs are all known (a
# nightly run) or all older than --since is read in short slices with a pause between them
# (`NewsSpider.feed`), so downloads in flight keep their pace.
READ_SLICE = 2_000
READ_SECONDS = 0.01
REFILL_BELOW = 500  # a site's heap is refilled (and its next child sitemap requested) below this


@dataclass(frozen=True, slots=True)
class Waiting:
    site_key: str
    entry: Entry
    role: str  # "unsorted" (decided when it leaves), "article" or "page"


@dataclass(frozen=True, slots=True)
class SitemapDue:
    """A child sitemap whose turn has come to be requested."""

    site_key: str
    url: str
    nesting: int


@dataclass
class _SiteQueue:
    heap: list = field(default_factory=list)
    readers: deque = field(default_factory=deque)  # iterators of (entry, role, priority)
    sitemaps: deque = field(default_factory=deque)  # (url, nesting) waiting to be requested
    sitemaps_in_flight: int = 0

    def pending(self) -> bool:
        return bool(self.heap or self.readers or self.sitemaps)


class Frontier:
    def __init__(self, read_window: int = READ_WINDOW, refill_below: int = REFILL_BELOW, read_slice: int = READ_SLICE):
        self.read_window = read_window
        self.read_slice = read_slice
        self.refill_below = refill_below
        self._sites: dict[str, _SiteQueue] = {}
        self._turns: deque[str] = deque()  # sites with something pending, in round-robin order
        self._order = itertools.count()

    def __bool__(self) -> bool:
        return any(queue.pending() for queue in self._sites.values())

    def _queue(self, site_key: str) -> _SiteQueue:
        queue = self._sites.get(site_key)
        if queue is None:
            queue = self._sites[site_key] = _SiteQueue()
        if site_key not in self._turns:
            self._turns.append(site_key)
        return queue

    def waiting(self, site_key: str) -> int:
        """Entries of the site ready in its heap (more may be unread)."""
        queue = self._sites.get(site_key)
        return len(queue.heap) if queue else 0

    def push(self, site_key: str, entry: Entry, role: str, priority: int) -> None:
        heapq.heappush(self._queue(site_key).heap, (-priority, next(self._order), Waiting(site_key, entry, role)))

    def add_reader(self, site_key: str, reader: Iterator[tuple[Entry, str, int] | None]) -> None:
        """A fetched sitemap's entries, `(entry, role, priority)` or None for one read and dropped, pulled a
        window at a time."""
        self._queue(site_key).readers.append(reader)

    def add_sitemap(self, site_key: str, url: str, nesting: int) -> None:
        self._queue(site_key).sitemaps.append((url, nesting))

    def sitemap_done(self, site_key: str) -> None:
        """A sitemap handed out by `pop` was answered (or failed)."""
        queue = self._sites.get(site_key)
        if queue is not None and queue.sitemaps_in_flight:
            queue.sitemaps_in_flight -= 1

    def forget_in_flight(self) -> None:
        """Nothing is in flight after all (a request that ended without an answer or an error): every site
        may request its next sitemap."""
        for queue in self._sites.values():
            queue.sitemaps_in_flight = 0

    def drop(self, site_key: str) -> int:
        """Forget what a site has waiting (its page budget is spent); returns the entries dropped."""
        queue = self._sites.pop(site_key, None)
        if queue is None:
            return 0
        for reader in queue.readers:
            close = getattr(reader, "close", None)
            if close:
                close()
        return len(queue.heap)

    def _refill(self, site_key: str, queue: _SiteQueue) -> None:
        taken = read = 0
        deadline = time.monotonic() + READ_SECONDS
        while queue.readers and taken < self.read_window and read < self.read_slice:
            reader = queue.readers[0]
            for item in reader:
                read += 1
                if item is not None:
                    entry, role, priority = item
                    heapq.heappush(queue.heap, (-priority, next(self._order), Waiting(site_key, entry, role)))
                    taken += 1
                if taken >= self.read_window or read >= self.read_slice or \
                        (read % 100 == 0 and time.monotonic() > deadline):
                    read = self.read_slice  # (the slice is over)
                    break
            else:
                queue.readers.popleft()

    def pop(self) -> Waiting | SitemapDue | None:
        """The next thing to request for the next site in turn: an entry, or a child sitemap when the site
        runs short; None when no site has anything ready now (sitemaps may be in flight)."""
        for _ in range(len(self._turns)):
            site_key = self._turns.popleft()
            queue = self._sites.get(site_key)
            if queue is None or not queue.pending():
                continue  # (a site with only a sitemap in flight comes back through add_reader)
            self._turns.append(site_key)
            if len(queue.heap) < self.refill_below and queue.readers:
                self._refill(site_key, queue)
            if len(queue.heap) < self.refill_below and not queue.readers and queue.sitemaps \
                    and not queue.sitemaps_in_flight:
                url, nesting = queue.sitemaps.popleft()
                queue.sitemaps_in_flight += 1
                return SitemapDue(site_key, url, nesting)
            if queue.heap:
                return heapq.heappop(queue.heap)[2]
        return None

