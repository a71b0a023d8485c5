"""The `news` spider: discovers and fetches the articles of any news or government site, incrementally.

    cd crawlers && scrapy crawl news -a url=https://mojokertokab.go.id/ -O out.jsonl
    cd crawlers && scrapy crawl news -a source=35.16,radarpekalongan.id -a since=2024-01-01

Discovery, per site: robots.txt `Sitemap:` lines (else the usual sitemap addresses), the home page's feeds
(else `/feed/`, `/rss`, Blogger's `/feeds/posts/default`), the WordPress REST API when the page announces
it, and the home page's links: sections (`/berita`, `/category/x`), pagination (`/page/N`, `?page=N`,
`/berita/index/N`, Blogger `?updated-max=`), article-shaped URLs, and pages of unknown shape (fetched and
classified, a couple of hops deep). Registry overrides add feeds, sitemaps, listings and layouts.

Incremental: a known article is fetched again only when a sitemap/feed/API says it changed since, or when
it is recent enough for the re-check window (then with If-None-Match / If-Modified-Since). A chain of
listing or feed pages is followed only while its pages still hold URLs the store has not seen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.exceptions import IgnoreRequest

from crawlers.article import extract_page, listing_signals
from crawlers.discovery import (
    FEED_PROBES,
    SITEMAP_PROBES,
    Entry,
    is_article_sitemap,
    parse_feed,
    parse_sitemap,
    parse_wordpress_posts,
    robots_crawl_delay,
    robots_sitemaps,
    wordpress_posts_url,
)
from crawlers.items import ArticlePage
from crawlers.registry import SourceEntry, load_registry, resolve_sources, source_for_url
from crawlers.urls import (
    NON_ARTICLE_PATH,
    VARIANT_QUERY,
    amp_original,
    article_url_score,
    canonicalize_url,
    host_of,
    hostname_of,
    is_fetchable,
    is_pagination,
    is_section,
    page_template,
    url_key,
    url_shape,
)
from db.crawl_state import CrawlState, CursorState, UrlState, now
from pantau.config import db_url

PRIORITY = {"robots": 100, "sitemap": 80, "feed": 80, "wpjson": 80, "home": 70, "article": 40,
            "listing": 30, "page": 20}
# Statuses handed to the callbacks; redirects are not among them, so Scrapy follows them (`/` -> `/portal/`,
# http -> https) and the off-site filter sees where they lead.
HANDLED_STATUSES = [304, *range(400, 600)]
MISSING_RECHECK = dt.timedelta(days=7)  # a probed address that was 404 is not probed again before this
LISTING_MIN_LINKS = 5  # a non-article page linking this many article-like URLs is a listing
# URL-shape statistics: links of one template repeated this often on a page (a block of post links), or
# of a template this many of the site's pages turned out to be articles, are article candidates.
REPEATED_SHAPE_LINKS = 4
LEARNED_SHAPE_ARTICLES = 2
KNOWN_LISTINGS_REVISITED = 50  # listing pages of earlier runs fetched directly at the start of a run


@dataclass
class Site:
    key: str  # registry key, or the host for a site given by URL only
    start_url: str
    entry: SourceEntry | None
    full_discovery: bool = True  # False when the URL given is a section or page, not the site's root
    regions: list[str] = field(default_factory=list)

    @property
    def hostname(self) -> str:
        return hostname_of(self.start_url)

    @property
    def host(self) -> str:
        return host_of(self.start_url)

    @property
    def root(self) -> str:
        parts = urlsplit(self.start_url)
        return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))

    def holds(self, url: str) -> bool:
        host = hostname_of(url)
        return host == self.hostname or host.endswith("." + self.hostname)


def _split(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [v for item in value for v in _split(item)]
    return [part for part in re.split(r"[,\s]+", str(value)) if part]


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, url=None, source=None, all=None, since=None, max_pages=None, db=None,  # noqa: A002
                 recheck_days=None, **kwargs):
        super().__init__(**kwargs)
        self.since = dt.date.fromisoformat(since) if since else None
        self.max_pages = int(max_pages) if max_pages else None
        self.db = db
        self.recheck_days_arg = recheck_days
        self.sites: dict[str, Site] = {}
        entries = load_registry() if (source or all or url) else []
        chosen = list(entries) if all else (resolve_sources(_split(source), entries) if source else [])
        for entry in chosen:
            self.sites.setdefault(entry.key, Site(entry.key, entry.url, entry, True, list(entry.regions)))
        for address in _split(url):
            if not re.match(r"^https?://", address):
                address = "http://" + address
            entry = source_for_url(address, entries)
            full = urlsplit(address).path in ("", "/") and not urlsplit(address).query
            key = entry.key if entry else host_of(address)
            regions = list(entry.regions) if entry else []
            if key in self.sites and full:
                continue
            self.sites[key if full else f"{key} {address}"] = Site(key, address, entry, full, regions)
        if not self.sites:
            raise ValueError("nothing to crawl: give url=..., source=... or all=1")
        self.allowed_domains = sorted({site.hostname for site in self.sites.values()})
        self.pages_requested: dict[str, int] = {}
        self.errors: list[str] = []
        self.scheduled: dict[str, bool] = {}  # url_key -> whether it was fresh (new or due) when scheduled
        self.processed: set[str] = set()  # canonical keys of article pages handled in this run
        self.seen_discovery: set[str] = set()  # sitemap/feed/listing URLs requested in this run
        self.discovered_lastmod: dict[str, dt.datetime] = {}
        self.crawl_delays: dict[str, float] = {}  # site key -> robots.txt Crawl-delay (seconds)
        self.listing_fingerprints: set[frozenset[str]] = set()  # article links of paginated pages seen
        self.article_shapes: dict[str, Counter] = {}  # site key -> URL templates (`page_template`) of its articles
        self.started_at = now()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.recheck = dt.timedelta(days=float(spider.recheck_days_arg if spider.recheck_days_arg is not None
                                                 else settings.getfloat("PANTAU_RECHECK_DAYS", 3)))
        spider.page_recheck = dt.timedelta(days=settings.getfloat("PANTAU_PAGE_RECHECK_DAYS", 30))
        spider.max_chain = settings.getint("PANTAU_MAX_PAGINATION", 200)
        spider.discovery_depth = settings.getint("PANTAU_DISCOVERY_DEPTH", 2)
        # `scrapy crawl` run directly is an edge too: it resolves the store URL like the commands do.
        spider.state = CrawlState(spider.db or settings.get("PANTAU_DB") or db_url())
        crawler.signals.connect(spider.on_closed, signal=scrapy.signals.spider_closed)
        return spider

    # --- start --------------------------------------------------------------------------------------
    async def start(self):
        self.state.upsert_sources([s.entry.as_source_row() for s in self.sites.values() if s.entry])
        for site in self.sites.values():
            self.state.preload(site.key)
        for site in self.sites.values():
            for request in self.site_requests(site):
                yield request

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
                          quiet: bool = False):
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
        yield self.request(site, url, role, chain=chain, extra={"validators": validators, "probe": probe,
                                                                "quiet": quiet, "cursor_key": key})

    def listing_request(self, site: Site, url: str, *, chain: int, depth: int = 0, force: bool = False):
        key = url_key(url)
        if chain > self.max_chain or (key in self.seen_discovery and not force):
            return
        self.seen_discovery.add(key)
        yield self.request(site, url, "listing", depth=depth, chain=chain)

    # --- dispatch -----------------------------------------------------------------------------------
    def parse_any(self, response):
        role = response.meta["role"]
        handler = {"robots": self.parse_robots, "home": self.parse_home, "sitemap": self.parse_sitemap,
                   "feed": self.parse_feed, "wpjson": self.parse_wpjson, "listing": self.parse_listing,
                   "article": self.parse_page, "page": self.parse_page}[role]
        yield from handler(response)

    def on_error(self, failure):
        request = failure.request
        if failure.check(IgnoreRequest):
            if "robots.txt" in str(failure.value) and request.meta.get("role") in ("article", "page"):
                # Remember it like a static page, so a disallowed link does not count as new every night.
                self.crawler.stats.inc_value("pantau/robots_forbidden")
                self.state.record(UrlState(url=canonicalize_url(request.url), url_key=url_key(request.url),
                                           source=request.meta["site"], kind="page", error="robots.txt",
                                           last_fetched=now()))
            return
        if request.meta.get("probe") or request.meta.get("quiet"):
            return
        self.errors.append(f"{request.url}: {failure.getErrorMessage() or failure.type.__name__}")
        if request.meta.get("role") in ("article", "page"):
            key = url_key(request.url)
            previous = self.state.get(key)
            if previous is None:
                self.state.record(UrlState(url=canonicalize_url(request.url), url_key=key,
                                           source=request.meta["site"], kind="error",
                                           error=failure.getErrorMessage()[:500], last_fetched=now()))

    def _is_html(self, response) -> bool:
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        return isinstance(response, scrapy.http.HtmlResponse) or "html" in content_type

    def _bad_status(self, response) -> bool:
        if response.status < 400:
            return False
        if response.meta.get("probe"):
            self.mark_missing(response)
        elif response.meta["role"] != "robots" and not (response.meta.get("quiet") and response.status in (404, 410)):
            self.errors.append(f"{response.url}: HTTP {response.status}")
        return True

    def mark_missing(self, response) -> None:
        site = self.site_of(response)
        self.state.set_cursor(CursorState(key=response.meta["cursor_key"], kind="missing", source=site.key,
                                          checked_at=now()))

    # --- robots.txt and the home page ------------------------------------------------------------------
    def parse_robots(self, response):
        site = self.site_of(response)
        if response.status == 200 and hasattr(response, "text"):
            delay = robots_crawl_delay(response.text, self.settings.get("ROBOTSTXT_USER_AGENT") or "*")
            if delay:
                self.honour_crawl_delay(site, response, delay)
        sitemaps = robots_sitemaps(response.text) if response.status == 200 and hasattr(response, "text") else []
        sitemaps = [url for url in sitemaps if site.holds(url)]
        for url in sitemaps:
            yield from self.discovery_request(site, url, "sitemap")
        if not sitemaps and not (site.entry and site.entry.sitemaps):
            for path in SITEMAP_PROBES:
                yield from self.discovery_request(site, site.root.rstrip("/") + path, "sitemap", probe=True)

    def honour_crawl_delay(self, site: Site, response, delay: float) -> None:
        """robots.txt's `Crawl-delay` becomes the least delay between requests to the site's download slot
        (AutoThrottle may raise it, never lower it: see `extensions.CrawlDelayThrottle`)."""
        self.crawl_delays[site.key] = delay
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(response.request))
        if slot is not None and slot.delay < delay:
            slot.delay = delay
            slot.randomize_delay = False
        self.logger.info("crawl-delay %.2f s for %s (robots.txt)", delay, site.key)

    def minimum_delay(self, request) -> float:
        return self.crawl_delays.get(request.meta.get("site"), 0.0)

    def parse_home(self, response):
        site = self.site_of(response)
        if self._bad_status(response) or not self._is_html(response):
            return
        if not site.holds(response.url):  # redirected to another host: crawl it under the same source
            self.errors.append(f"{site.start_url}: redirected off-site to {response.url}")
            return
        signals = listing_signals(response.body, response.url, response.headers.get(b"Content-Type", b"").decode())
        if signals is None:
            return
        feeds = [url for url in signals.feeds if site.holds(url)]
        for url in feeds:
            yield from self.discovery_request(site, url, "feed")
        if not feeds and not (site.entry and site.entry.feeds):
            blogger = "blogger" in (signals.generator or "").lower() or "blogger.com" in response.text[:20000]
            for path in FEED_PROBES:
                if path.startswith("/feeds/") and not blogger:
                    continue
                yield from self.discovery_request(site, site.root.rstrip("/") + path, "feed", probe=True)
        if signals.wp_api and site.holds(signals.wp_api):
            yield from self.discovery_request(site, wordpress_posts_url(signals.wp_api), "wpjson", probe=True)
        yield from self.follow_links(response, site, signals.links + signals.next_links, depth=0, chain=0,
                                     allow_unknown=True)

    # --- links ---------------------------------------------------------------------------------------
    def follow_links(self, response, site: Site, links: list[str], *, depth: int, chain: int,
                     allow_unknown: bool, articles_only: bool = False):
        """Schedule what a page links to; pagination only while the page still shows unseen articles."""
        pattern = site.entry.article_pattern if site.entry else None
        requests, pagination, article_keys = [], [], []
        fresh = candidates = 0
        likely = self._likely_article_shapes(site, links)
        for link in links:
            if not site.holds(link) or not is_fetchable(link):
                continue
            path, query = urlsplit(link)[2:4]
            if query and VARIANT_QUERY.search(query):
                continue
            if is_pagination(link):
                pagination.append(link)
                continue
            if is_section(link):
                if not articles_only and depth <= self.discovery_depth:
                    requests.extend(self.listing_request(site, link, chain=0, depth=depth + 1))
                continue
            if NON_ARTICLE_PATH.search(path) and not (pattern and re.search(pattern, link)):
                continue
            if article_url_score(link) >= 2 or (pattern and re.search(pattern, link)) or \
                    (likely and url_shape(link) in likely):
                candidates += 1
                article_keys.append(url_key(link))
                request, is_fresh = self.consider(site, link, role="article", depth=depth + 1)
                fresh += is_fresh
                if request is not None:
                    requests.append(request)
            elif allow_unknown and not articles_only and depth < self.discovery_depth and urlsplit(link).path not in ("", "/"):
                request, is_fresh = self.consider(site, link, role="page", depth=depth + 1)
                fresh += is_fresh
                if request is not None:
                    requests.append(request)
        if article_keys and not articles_only:
            # A page past the end that repeats an earlier page (some CMSs answer any ?page=N): the end.
            fingerprint = frozenset(article_keys)
            if chain > 0 and fingerprint in self.listing_fingerprints:
                fresh = 0
                self.crawler.stats.inc_value("pantau/listing_repeated")
            self.listing_fingerprints.add(fingerprint)
        if fresh and not articles_only:
            for link in pagination:
                requests.extend(self.listing_request(site, link, chain=chain + 1, depth=depth))
        response.meta["candidates"] = candidates
        response.meta["fresh"] = fresh
        yield from requests

    def _likely_article_shapes(self, site: Site, links: list[str]) -> set[str]:
        """URL templates that are article-like on this site although the URL alone does not say so
        (`/baca/pelantikan-camat`): repeated as a block on this page, or learned from pages classified."""
        counts = Counter()
        for link in set(links):
            if site.holds(link) and not is_pagination(link) and not is_section(link) \
                    and not NON_ARTICLE_PATH.search(urlsplit(link).path):
                shape = url_shape(link)
                if shape:
                    counts[shape] += 1
        likely = {shape for shape, n in counts.items() if n >= REPEATED_SHAPE_LINKS}
        learned = self.article_shapes.get(site.key)
        if learned:  # (a one-segment template, `/*`, would make any link a candidate)
            likely |= {shape for shape, n in learned.items() if n >= LEARNED_SHAPE_ARTICLES and shape.count("/") > 1}
        return likely

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
        state = self.state.get(key, site.key)
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
        request = self.request(site, url, role, depth=depth, priority=PRIORITY[role] + _recency_bonus(lastmod, published),
                               extra={"validators": validators, "lastmod": lastmod, "known": state is not None})
        return request, fresh

    def _due(self, state: UrlState, lastmod: dt.datetime | None) -> bool:
        """Whether a known URL must be fetched again."""
        current = now()
        if state.kind == "listing":
            return True
        if state.kind in ("page", "error", "forgotten"):
            return state.last_fetched is None or current - state.last_fetched >= (
                self.page_recheck if state.kind == "page" else dt.timedelta(days=1))
        if lastmod is not None:
            reference = state.lastmod or state.last_fetched
            if reference is None or lastmod > reference + dt.timedelta(seconds=1):
                return True
        if state.published is not None and self.recheck.total_seconds() > 0:
            return dt.date.today() - state.published <= dt.timedelta(days=self.recheck.days)
        return False

    # --- sitemaps, feeds, WordPress REST ------------------------------------------------------------
    def _save_cursor(self, response, kind: str, watermark: dt.datetime | None) -> None:
        site = self.site_of(response)
        key = response.meta["cursor_key"]
        previous = self.state.cursor(key)
        if previous is not None and previous.watermark and (watermark is None or watermark < previous.watermark):
            watermark = previous.watermark
        etag = response.headers.get(b"ETag")
        last_modified = response.headers.get(b"Last-Modified")
        self.state.set_cursor(CursorState(
            key=key, kind=kind, source=site.key, watermark=watermark,
            etag=etag.decode("latin-1") if etag else None,
            last_modified=last_modified.decode("latin-1") if last_modified else None, checked_at=now()))

    def _entries(self, response, site: Site, entries: list[Entry]):
        requests, fresh = [], 0
        pattern = site.entry.article_pattern if site.entry else None
        for entry in entries:
            if not site.holds(entry.url) or not is_fetchable(entry.url):
                continue
            if NON_ARTICLE_PATH.search(urlsplit(entry.url).path) and not (pattern and re.search(pattern, entry.url)):
                continue
            if self.since and entry.lastmod and entry.lastmod.date() < self.since:
                continue
            # An address that does not look like an article's (a static page in the sitemap) waits until the
            # article-shaped ones have taught the classifier this site's article URLs.
            shaped = article_url_score(entry.url) >= 2 or bool(pattern and re.search(pattern, entry.url))
            request, is_fresh = self.consider(site, entry.url, role="article" if shaped else "page", depth=1,
                                              lastmod=entry.lastmod, published=entry.published)
            fresh += is_fresh
            if request is not None:
                requests.append(request)
        return requests, fresh

    def parse_sitemap(self, response):
        site = self.site_of(response)
        if response.status == 304:
            self.crawler.stats.inc_value("pantau/not_modified")
            return
        if self._bad_status(response):
            return
        result = parse_sitemap(response.body, response.url)
        if result is None:
            if response.meta.get("probe"):
                self.mark_missing(response)
            return
        newest = None
        for child in result.children:
            if not is_article_sitemap(child.url) or not site.holds(child.url):
                continue
            cursor = self.state.cursor(canonicalize_url(child.url))
            if child.lastmod and cursor and cursor.watermark and child.lastmod <= cursor.watermark:
                self.crawler.stats.inc_value("pantau/sitemaps_unchanged")
                continue
            if self.since and child.lastmod and child.lastmod.date() < self.since:
                continue
            yield from self.discovery_request(site, child.url, "sitemap")
        requests, _ = self._entries(response, site, result.urls)
        yield from requests
        for entry in result.urls + result.children:
            if entry.lastmod and (newest is None or entry.lastmod > newest):
                newest = entry.lastmod
        self._save_cursor(response, "sitemapindex" if result.children else "sitemap", newest)

    def parse_feed(self, response):
        site = self.site_of(response)
        if response.status == 304:
            self.crawler.stats.inc_value("pantau/not_modified")
            return
        if self._bad_status(response):
            return
        result = parse_feed(response.body, response.url)
        if result is None or (response.meta.get("probe") and not result.entries and self._is_html(response)):
            if response.meta.get("probe"):
                self.mark_missing(response)
            return
        requests, fresh = self._entries(response, site, result.entries)
        yield from requests
        newest = max((e.lastmod for e in result.entries if e.lastmod), default=None)
        self._save_cursor(response, "feed", newest)
        chain = response.meta.get("chain", 0)
        if result.entries and fresh == len(result.entries) and chain < self.max_chain:
            next_url = result.next_url
            if next_url is None and result.is_wordpress:
                next_url = _with_query(response.url, "paged", chain + 2)
            if next_url:
                # A guessed next page (WordPress ?paged=) that does not exist is the end, not an error.
                yield from self.discovery_request(site, next_url, "feed", chain=chain + 1,
                                                  quiet=result.next_url is None)

    def parse_wpjson(self, response):
        site = self.site_of(response)
        if response.status == 304:
            self.crawler.stats.inc_value("pantau/not_modified")
            return
        if self._bad_status(response):
            return
        entries = parse_wordpress_posts(response.body)
        if entries is None:
            self.mark_missing(response)
            return
        requests, fresh = self._entries(response, site, entries)
        yield from requests
        self._save_cursor(response, "wp-json", max((e.lastmod for e in entries if e.lastmod), default=None))
        chain = response.meta.get("chain", 0)
        total_pages = response.headers.get(b"X-WP-TotalPages")
        more = int(total_pages) > chain + 1 if total_pages and total_pages.isdigit() else len(entries) >= 50
        if entries and fresh == len(entries) and more and chain < self.max_chain:
            next_url = _with_query(response.url, "page", chain + 2)
            yield from self.discovery_request(site, next_url, "wpjson", chain=chain + 1)

    # --- HTML listings and pages ---------------------------------------------------------------------
    def parse_listing(self, response):
        site = self.site_of(response)
        if self._bad_status(response) or not self._is_html(response) or not site.holds(response.url):
            return
        signals = listing_signals(response.body, response.url, response.headers.get(b"Content-Type", b"").decode())
        if signals is None:
            return
        yield from self.follow_links(response, site, signals.links + signals.next_links,
                                     depth=response.meta.get("depth_hops", 1), chain=response.meta.get("chain", 0),
                                     allow_unknown=True)

    def parse_page(self, response):
        site = self.site_of(response)
        request_key = url_key(response.request.url)
        previous = self.state.get(request_key)
        if response.status == 304 and previous is not None:
            self.crawler.stats.inc_value("pantau/not_modified")
            previous.last_fetched = now()
            self.state.record(previous)
            return
        if self._bad_status(response):
            if previous is None:
                self.state.record(UrlState(url=canonicalize_url(response.url), url_key=request_key, source=site.key,
                                           kind="error", status=response.status, last_fetched=now(),
                                           error=f"HTTP {response.status}"))
            return
        if not site.holds(response.url):
            return
        if not self._is_html(response):
            self._record_page(site, response, "page")
            return
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        layout = None
        if site.entry and site.entry.layouts:
            layout = site.entry.layout_for(None)
        shapes = self.article_shapes.get(site.key)
        page = extract_page(response.body, response.url, layout=layout, content_type=content_type,
                            article_pattern=site.entry.article_pattern if site.entry else None, site_shapes=shapes)
        if page is None:
            self._record_page(site, response, "page")
            return
        if layout is not None and page.published is not None and site.entry.layout_for(page.published) is not layout:
            page = extract_page(response.body, response.url, layout=site.entry.layout_for(page.published),
                                content_type=content_type, article_pattern=site.entry.article_pattern,
                                site_shapes=shapes)
        depth = response.meta.get("depth_hops", 1)
        if page.is_article:
            canonical_key = url_key(page.canonical_url)
            if not site.holds(page.canonical_url):
                page.canonical_url = canonicalize_url(response.url)
                canonical_key = url_key(page.canonical_url)
            self.article_shapes.setdefault(site.key, Counter())[page_template(response.request.url)] += 1
            if canonical_key in self.processed:
                self.crawler.stats.inc_value("pantau/articles_duplicate")
                self._remember_alias(site, response, canonical_key, page.published)
            elif self.since and page.published and page.published < self.since:
                self._record_page(site, response, "article-old")
            else:
                self.processed.add(canonical_key)
                etag = response.headers.get(b"ETag")
                last_modified = response.headers.get(b"Last-Modified")
                yield ArticlePage(
                    site=site.key, fetch_url=response.url, canonical_url=page.canonical_url,
                    source_host=site.host, title=page.title, text=page.text, published=page.published,
                    author=page.author, regions=site.regions, html=response.body, status=response.status,
                    content_type=content_type or None,
                    etag=etag.decode("latin-1") if etag else None,
                    last_modified=last_modified.decode("latin-1") if last_modified else None,
                    lastmod=self.discovered_lastmod.get(canonical_key) or response.meta.get("lastmod"),
                    fetched_at=now(),
                )
            # Related and previous/next article links; no wandering into unknown pages from an article.
            yield from self.follow_links(response, site, page.signals.links, depth=depth, chain=0,
                                         allow_unknown=False, articles_only=True)
            return
        self.crawler.stats.inc_value("pantau/non_article_pages")
        links = page.signals.links + page.signals.next_links
        requests = list(self.follow_links(response, site, links, depth=depth, chain=response.meta.get("chain", 0),
                                          allow_unknown=depth < self.discovery_depth))
        self._record_page(site, response, "listing" if self._is_listing(site, page.signals) else "page")
        yield from requests

    def _is_listing(self, site: Site, signals) -> bool:
        """A non-article page that lists articles (post blocks, pagination, or many article links outside
        the navigation and sidebars): fetched on every run, unlike a static page."""
        if signals.entries >= 2 or signals.next_links:
            return True
        main = [link for link in signals.main_links if site.holds(link)]
        if any(is_pagination(link) for link in main):
            return True
        return sum(1 for link in main if article_url_score(link) >= 2) >= LISTING_MIN_LINKS

    def _remember_alias(self, site: Site, response, canonical_key: str, published) -> None:
        """Another address of an article handled in this run (`/node/12` beside its alias): known from now
        on, so the next run does not fetch it again."""
        for url in (response.request.url, response.url):
            key = url_key(url)
            if key != canonical_key and self.state.get(key) is None:
                self.state.record(UrlState(url=canonicalize_url(url), url_key=key, source=site.key, kind="duplicate",
                                           status=response.status, published=published, last_fetched=now()))

    def _record_page(self, site: Site, response, kind: str) -> None:
        """Remember a fetched page that is not a new article version, so it is not fetched every night."""
        if kind == "article-old":
            kind = "page"
        key = url_key(response.url)
        previous = self.state.get(key)
        if previous is not None and previous.kind in ("article", "duplicate"):
            previous.last_fetched = now()
            self.state.record(previous)
            return
        self.state.record(UrlState(url=canonicalize_url(response.url), url_key=key, source=site.key, kind=kind,
                                   status=response.status, last_fetched=now(),
                                   fetch_count=(previous.fetch_count if previous else 0) + 1))
        request_key = url_key(response.request.url)
        if request_key != key and self.state.get(request_key) is None:
            self.state.record(UrlState(url=canonicalize_url(response.request.url), url_key=request_key,
                                       source=site.key, kind=kind, status=response.status, last_fetched=now()))

    # --- end ---------------------------------------------------------------------------------------
    def on_closed(self, spider, reason):
        # URLs fetched in this run that a sitemap/feed later dated: keep the newest date, so the next run
        # does not mistake it for an edit.
        for key, lastmod in self.discovered_lastmod.items():
            state = self.state.get(key) if key in self.scheduled else None
            if state is not None and state.kind in ("article", "duplicate") and state.last_fetched \
                    and state.last_fetched >= self.started_at and (state.lastmod is None or state.lastmod < lastmod):
                state.lastmod = lastmod
                self.state.record(state)
        self.state.close(finished_sources=self.finished_sources(reason))

    def finished_sources(self, reason: str) -> set[str]:
        """Sources crawled to their normal end, whose feed and sitemap watermarks may be saved: not after a
        kill or shutdown, a page budget used up, or a host given up."""
        if reason != "finished":
            return set()
        return ({site.key for site in self.sites.values()} - getattr(self, "sites_over_budget", set())
                - getattr(self, "sites_given_up", set()))


def _recency_bonus(lastmod: dt.datetime | None, published: dt.date | None) -> int:
    """Newer articles first (0..19), so a page budget is spent on the latest news of a large sitemap."""
    day = published or (lastmod.date() if lastmod else None)
    if day is None:
        return 10
    age = (dt.date.today() - day).days
    return max(0, 19 - age // 30)


def _with_query(url: str, name: str, value) -> str:
    parts = urlsplit(url)
    query = [p for p in parts.query.split("&") if p and not p.startswith(name + "=")]
    query.append(f"{name}={value}")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(query), ""))
