"""Request scheduling: whether a discovered URL is fetched at all (new, or known and due again), with which
priority and validators; the frontier of sitemap entries fed to the downloader while it has room; the
requests for sitemaps, feeds and listings; and what a failed request leaves in the crawl state."""

from __future__ import annotations

import datetime as dt
import re
import zlib

import scrapy
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from crawlers.discovery import (
    MAX_SITEMAP_BYTES,
)
from crawlers.frontier import SitemapDue
from crawlers.spiders.site import Site
from crawlers.urls import (
    amp_original,
    article_url_score,
    canonicalize_url,
    url_key,
)
from db.crawl_state import UrlState, now

PRIORITY = {"robots": 100, "sitemap": 80, "feed": 80, "wpjson": 80, "home": 70, "article": 40,
            "listing": 30, "page": 20}
# Statuses handed to the callbacks; redirects are not among them, so Scrapy follows them (`/` -> `/portal/`,
# http -> https) and the off-site filter sees where they lead.
HANDLED_STATUSES = [304, *range(400, 600)]
MISSING_RECHECK = dt.timedelta(days=7)  # a probed address that was 404 is not probed again before this
KNOWN_LISTINGS_REVISITED = 50  # listing pages of earlier runs fetched directly at the start of a run
# Sitemap entries become requests only while the scheduler holds fewer than this many (see `feed`).
FRONTIER_STOCK = 16
FEED_PAUSE = 0.02  # seconds the feeder waits when the downloader is full or nothing is waiting
MAX_SITEMAPS_PER_SITE = 1000  # sitemap files read per site and run


class Scheduling:
    """Part of `NewsSpider` (crawlers/spiders/news.py), which sets the run's state these methods use."""

    async def feed(self):
        """Requests from the frontier, a few at a time, while the downloader has room: the crawl's work grows
        with the pages it fetches, not with the size of the sitemaps it read. Ends when nothing waits and
        nothing is in flight (then the spider goes idle and closes)."""
        from twisted.internet import reactor  # (imported here: Scrapy installs its reactor before crawling)

        engine = self.crawler.engine
        while True:
            if self.frontier:
                if self._scheduled_count(engine) < FRONTIER_STOCK and not engine.needs_backout():
                    waiting = self.frontier.pop()
                    if waiting is None:  # a slice of a sitemap read and dropped, or only sitemaps in flight
                        busy = self._in_flight(engine)
                        if not busy:
                            self.frontier.forget_in_flight()
                        # A real pause while downloads are in flight (the reactor reads one chunk per socket per
                        # turn, so they need several turns between slices to keep their pace); none otherwise.
                        await maybe_deferred_to_future(deferLater(reactor, FEED_PAUSE if busy else 0, lambda: None))
                        continue
                    site = self.sites_by_key[waiting.site_key]
                    if self.max_pages and self.pages_requested.get(site.key, 0) >= self.max_pages:
                        self.crawler.stats.inc_value("pantau/over_budget", 1 + self.frontier.drop(site.key))
                        continue
                    if isinstance(waiting, SitemapDue):
                        requests = list(self.discovery_request(site, waiting.url, "sitemap", extra={
                            "sitemap_nesting": waiting.nesting, "from_frontier": True}))
                        if not requests:
                            self.frontier.sitemap_done(site.key)
                        for request in requests:
                            yield request
                        continue
                    request = self._frontier_request(site, waiting)
                    if request is not None:
                        yield request
                    continue
            elif not self._in_flight(engine):
                return
            await maybe_deferred_to_future(deferLater(reactor, FEED_PAUSE, lambda: None))

    def _frontier_request(self, site: Site, waiting) -> scrapy.Request | None:
        entry, role = waiting.entry, waiting.role
        if role == "unsorted":
            # An address that does not look like an article's (a static page in the sitemap) waits until the
            # article-shaped ones have taught the classifier this site's article URLs.
            pattern = site.entry.article_pattern if site.entry else None
            shaped = article_url_score(entry.url) >= 2 or bool(pattern and re.search(pattern, entry.url))
            role = "article" if shaped else "page"
            if not shaped and self.frontier.waiting(site.key):
                self.frontier.push(site.key, entry, role, PRIORITY[role] + recency_bonus(entry.lastmod, entry.published))
                return None
        request, _ = self.consider(site, entry.url, role=role, depth=1, lastmod=entry.lastmod,
                                   published=entry.published)
        return request

    @staticmethod
    def _scheduled_count(engine) -> int:
        scheduler = engine.scheduler
        try:
            return len(scheduler)
        except TypeError:  # a scheduler without a length: pending or not
            return FRONTIER_STOCK if scheduler.has_pending_requests() else 0

    @staticmethod
    def _in_flight(engine) -> bool:
        return bool(engine.downloader.active) or not engine.scraper.slot.is_idle() or \
            engine.scheduler.has_pending_requests()

    @property
    def sites_by_key(self) -> dict[str, Site]:
        if not hasattr(self, "_sites_by_key"):
            self._sites_by_key = {}
            for site in self.sites.values():
                self._sites_by_key.setdefault(site.key, site)
        return self._sites_by_key

    def refuse(self, url: str, why: str) -> None:
        """A target not fetched, or not read in full, for a reason the user should see in the report."""
        self.crawler.stats.inc_value("pantau/refused")
        entry = f"{url}: {why}"
        if len(self.refused) < 1000 and entry not in self.refused:
            self.refused.append(entry)

    def site_requests(self, site: Site):
        if not site.full_discovery:
            yield self.request(site, site.start_url, "page", depth=0, dont_filter=True)
            return
        yield self.request(site, site.root + "robots.txt", "robots", dont_filter=True,
                           extra={"dont_obey_robotstxt": True})
        yield self.request(site, site.start_url, "home", depth=0, dont_filter=True)
        # Listings found on earlier runs, however deep (a page of links in between is only re-read monthly):
        # new articles show up there first.
        known_listings = sorted(self.state.known(site.key, "listing"), key=lambda s: s.last_fetched or now(),
                                reverse=True)
        for state in known_listings[:KNOWN_LISTINGS_REVISITED]:
            yield from self.listing_request(site, state.url, chain=0, depth=1)
        entry = site.entry
        if entry:
            for url in entry.sitemaps:
                yield from self.discovery_request(site, url, "sitemap")
            for url in entry.feeds:
                yield from self.discovery_request(site, url, "feed")
            for url in entry.listings:
                yield from self.listing_request(site, url, chain=0, force=True)

    def request(self, site: Site, url: str, role: str, *, depth: int = 0, chain: int = 0, priority=None,
                dont_filter: bool = False, extra: dict | None = None, callback=None) -> scrapy.Request:
        meta = {"site": site.key, "site_id": id(site), "role": role, "depth_hops": depth, "chain": chain,
                "handle_httpstatus_list": HANDLED_STATUSES, **(extra or {})}
        self._site_by_id[id(site)] = site
        return scrapy.Request(url, callback=callback or self.parse_any, errback=self.on_error, meta=meta,
                              priority=PRIORITY[role] if priority is None else priority, dont_filter=dont_filter)

    @property
    def _site_by_id(self) -> dict[int, Site]:
        if not hasattr(self, "_sites_index"):
            self._sites_index = {}
        return self._sites_index

    def site_of(self, response_or_request) -> Site:
        return self._site_by_id[response_or_request.meta["site_id"]]

    def discovery_request(self, site: Site, url: str, role: str, *, chain: int = 0, probe: bool = False,
                          quiet: bool = False, extra: dict | None = None):
        """A sitemap/feed/API request, with the cursor's validators; probes skip known-missing addresses."""
        key = canonicalize_url(url)
        # One feed offered as Atom and as RSS (Blogger's `?alt=rss`) is fetched once.
        seen_key = re.sub(r"([?&])alt=(rss|atom|json)(&|$)", r"\1", key).rstrip("?&")
        if seen_key in self.seen_discovery:
            return
        self.seen_discovery.add(seen_key)
        cursor = self.state.cursor(key)
        if probe and cursor is not None and cursor.kind == "missing" and now() - cursor.checked_at < MISSING_RECHECK:
            return
        # A sitemap index is always read in full: its children may change while its own body does not
        # (WordPress's index carries no dates).
        usable = cursor is not None and cursor.kind not in ("missing", "sitemapindex")
        validators = (cursor.etag, cursor.last_modified) if usable else None
        meta = {"validators": validators, "probe": probe, "quiet": quiet, "cursor_key": key, **(extra or {})}
        if role == "sitemap":
            # A sitemap may be 50 MB by the protocol (the page cap is smaller); a larger one is cut, reported.
            meta.setdefault("download_maxsize", MAX_SITEMAP_BYTES)
            self.sitemaps_read[site.key] += 1
            if self.sitemaps_read[site.key] > MAX_SITEMAPS_PER_SITE:
                self.refuse(url, f"more than {MAX_SITEMAPS_PER_SITE} sitemaps on one site")
                return
        yield self.request(site, url, role, chain=chain, extra=meta)

    def listing_request(self, site: Site, url: str, *, chain: int, depth: int = 0, force: bool = False):
        key = url_key(url)
        if chain > self.max_chain or (key in self.seen_discovery and not force):
            return
        self.seen_discovery.add(key)
        yield self.request(site, url, "listing", depth=depth, chain=chain)

    def on_error(self, failure):
        request = failure.request
        if request.meta.get("from_frontier"):
            self.frontier.sitemap_done(request.meta["site"])
        role = request.meta.get("role")
        if failure.check(IgnoreRequest):
            if str(failure.value).startswith("refused:") and role in ("article", "page"):
                # (named in the report by the middleware that refused it) not asked for again for a month
                self._remember_failure(request, "page", str(failure.value))
                return
            if "robots.txt" in str(failure.value) and request.meta.get("role") in ("article", "page"):
                # Remember it like a static page, so a disallowed link does not count as new every night.
                self.crawler.stats.inc_value("pantau/robots_forbidden")
                self.state.record(UrlState(url=canonicalize_url(request.url), url_key=url_key(request.url),
                                           source=request.meta["site"], kind="page", error="robots.txt",
                                           last_fetched=now()))
            return
        if failure.check(DownloadCancelledError):  # over DOWNLOAD_MAXSIZE: an endless or enormous body
            limit = request.meta.get("download_maxsize") or self.settings.getint("DOWNLOAD_MAXSIZE")
            self.refuse(request.url, f"larger than {limit / 2**20:g} MB; download cancelled")
            if role in ("article", "page"):
                self._remember_failure(request, "page", "over the size cap")
            return
        if request.meta.get("probe") or request.meta.get("quiet"):
            return
        message = failure.getErrorMessage() or failure.type.__name__
        if failure.check(zlib.error) or "decompressing" in message:
            message = f"malformed compressed body (Content-Encoding: gzip/deflate): {message}"
        self.errors.append(f"{request.url}: {message}")
        if role in ("article", "page"):
            self._remember_failure(request, "error", message)

    def _remember_failure(self, request, kind: str, why: str) -> None:
        key = url_key(request.url)
        if self.state.get(key) is None:
            self.state.record(UrlState(url=canonicalize_url(request.url), url_key=key, source=request.meta["site"],
                                       kind=kind, error=why[:500], last_fetched=now()))

    def consider(self, site: Site, url: str, *, role: str, depth: int, lastmod: dt.datetime | None = None,
                 published: dt.date | None = None) -> tuple[scrapy.Request | None, bool]:
        """Decide whether a discovered URL is fetched: `(request or None, fresh)`."""
        key = url_key(url)
        if lastmod is not None:
            known_lastmod = self.discovered_lastmod.get(key)
            if known_lastmod is None or lastmod > known_lastmod:
                self.discovered_lastmod[key] = lastmod
        if key in self.scheduled:
            return None, self.scheduled[key]
        if self.since and published and published < self.since:
            return None, False
        state = self.state.get(key)
        validators = None
        # Fresh: a URL the store has never seen, or a known article due again. Only fresh URLs keep a
        # chain of listing/feed pages going.
        fresh = True
        if state is not None:
            due = self._due(state, lastmod)
            if not due:
                self.crawler.stats.inc_value("pantau/known_skipped")
                return None, False
            if state.kind in ("article", "duplicate"):
                validators = (state.etag, state.last_modified)
                role = "article"
            else:
                role = "page"
                fresh = False
        self.scheduled[key] = fresh
        # An AMP copy is a stripped-down template of the same article: fetch (and archive) the original.
        url = amp_original(url) or url
        request = self.request(site, url, role, depth=depth, priority=PRIORITY[role] + recency_bonus(lastmod, published),
                               extra={"validators": validators, "lastmod": lastmod, "known": state is not None})
        return request, fresh

    def _due(self, state: UrlState, lastmod: dt.datetime | None) -> bool:
        """Whether a known URL must be fetched again."""
        current = now()
        if state.kind == "listing":
            return True
        if state.kind in ("page", "error"):
            return state.last_fetched is None or current - state.last_fetched >= (
                self.page_recheck if state.kind == "page" else dt.timedelta(days=1))
        if lastmod is not None:
            reference = state.lastmod or state.last_fetched
            if reference is None or lastmod > reference + dt.timedelta(seconds=1):
                return True
        if state.published is not None and self.recheck.total_seconds() > 0:
            return dt.date.today() - state.published <= dt.timedelta(days=self.recheck.days)
        return False


def recency_bonus(lastmod: dt.datetime | None, published: dt.date | None) -> int:
    """Newer articles first (0..19), so a page budget is spent on the latest news of a large sitemap."""
    day = published or (lastmod.date() if lastmod else None)
    if day is None:
        return 10
    age = (dt.date.today() - day).days
    return max(0, 19 - age // 30)
