"""Discovery: where a site's URLs come from. robots.txt (`Sitemap:` lines, `Crawl-delay`), sitemaps and
sitemap indexes, RSS/Atom feeds, the WordPress REST API, the home page and HTML listings, and the links a
page holds (sections, pagination, article-shaped URLs, URL templates learned on the site)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from itertools import islice
from urllib.parse import urlsplit, urlunsplit

import scrapy

from crawlers.discovery import (
    FEED_PROBES,
    MAX_SITEMAP_BYTES,
    MAX_SITEMAP_URLS,
    SITEMAP_PROBES,
    Entry,
    gunzip_limited,
    is_article_sitemap,
    iter_sitemap,
    parse_feed,
    parse_wordpress_posts,
    robots_crawl_delay,
    robots_sitemaps,
    wordpress_posts_url,
)
from crawlers.page_signals import listing_signals
from crawlers.spiders.scheduling import PRIORITY, recency_bonus
from crawlers.spiders.site import Site
from crawlers.urls import (
    NON_ARTICLE_PATH,
    NON_HTML_EXTENSIONS,
    VARIANT_QUERY,
    article_url_score,
    canonicalize_url,
    is_fetchable,
    is_pagination,
    is_section,
    url_key,
    url_shape,
)
from db.crawl_state import LOOKUP_BATCH, CursorState, now

# URL-shape statistics: links of one template repeated this often on a page (a block of post links), or
# of a template this many of the site's pages turned out to be articles, are article candidates.
REPEATED_SHAPE_LINKS = 4
LEARNED_SHAPE_ARTICLES = 2
MAX_SITEMAP_NESTING = 2  # an index of indexes is read; a third level is refused (a self-nesting bomb)


class Discovering:
    """Part of `NewsSpider` (crawlers/spiders/news.py): the callbacks of robots.txt, home, sitemap, feed,
    REST and listing responses."""

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

    def _nothing_to_read(self, response) -> bool:
        """A sitemap, feed or API answer that is unchanged (304, counted) or an error (reported)."""
        if response.status == 304:
            self.crawler.stats.inc_value("pantau/not_modified")
            return True
        return self._bad_status(response)

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
            if not self._wanted(site, entry, pattern):
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
        """An index's child sitemaps wait in the frontier and are requested one at a time as the site runs
        short of URLs (nesting and count bounded); a sitemap's URLs are read from the frontier as far as the
        crawl needs, `--since` and the store's cursor cutting old ones before any request exists."""
        site = self.site_of(response)
        if response.meta.get("from_frontier"):
            self.frontier.sitemap_done(site.key)
        if self._nothing_to_read(response):
            return
        body, truncated = gunzip_limited(response.body, MAX_SITEMAP_BYTES)
        if truncated:
            self.refuse(response.url, f"sitemap larger than {MAX_SITEMAP_BYTES // 2**20} MB uncompressed; the rest not read")
        parsed = iter_sitemap(body, response.url)
        if parsed is None:
            if response.meta.get("probe"):
                self.mark_missing(response)
            elif response.body[:2] == b"\x1f\x8b" and not body:
                self.refuse(response.url, "malformed gzip")
            return
        kind, entries = parsed
        nesting = response.meta.get("sitemap_nesting", 0)
        if kind == "urlset":
            self.frontier.add_reader(site.key, self._sitemap_entries(site, response, entries))
            return
        newest = None
        wanted = []
        for child in entries:
            if child.lastmod and (newest is None or child.lastmod > newest):
                newest = child.lastmod
            if not is_article_sitemap(child.url) or not site.holds(child.url):
                continue
            if nesting >= MAX_SITEMAP_NESTING:
                self.refuse(child.url, f"sitemap index nested more than {MAX_SITEMAP_NESTING} deep")
                continue
            cursor = self.state.cursor(canonicalize_url(child.url))
            if child.lastmod and cursor and cursor.watermark and child.lastmod <= cursor.watermark:
                self.crawler.stats.inc_value("pantau/sitemaps_unchanged")
                continue
            if self.since and child.lastmod and child.lastmod.date() < self.since:
                continue
            wanted.append(child)
        # Newest child first (Yoast and WordPress list the oldest first), so a page budget is spent on the
        # latest news; children without a date keep their order, after the dated ones.
        wanted.sort(key=lambda child: -child.lastmod.timestamp() if child.lastmod else float("inf"))
        for child in wanted:
            self.frontier.add_sitemap(site.key, child.url, nesting + 1)
        self._save_cursor(response, "sitemapindex", newest)

    def _sitemap_entries(self, site: Site, response, entries):
        """A fetched sitemap's entries to fetch as `(entry, role, priority)`, parsed as the frontier pulls them,
        and None for each entry read and dropped: not wanted, or known and not due. Entries are read a block
        at a time and the store is asked about a block's wanted URLs in one query (`CrawlState.prefetch`), so
        a nightly run over a sitemap of 100,000 known URLs makes no request and 100 queries for them, and
        memory holds what the sitemap names, not every URL the store knows. Its cursor (newest lastmod,
        validators) is saved once it has been read to the end."""
        pattern = site.entry.article_pattern if site.entry else None
        newest = None
        read, entries = 0, iter(entries)
        while block := list(islice(entries, LOOKUP_BATCH)):
            wanted: list[Entry | None] = []
            for entry in block:
                read += 1
                if read > MAX_SITEMAP_URLS:
                    self.refuse(response.url, f"more than {MAX_SITEMAP_URLS:,} URLs in one sitemap; the rest not read")
                    break
                if entry.lastmod and (newest is None or entry.lastmod > newest):
                    newest = entry.lastmod
                wanted.append(entry if self._wanted(site, entry, pattern) else None)
            self.state.prefetch(url_key(entry.url) for entry in wanted if entry is not None)
            for entry in wanted:
                if entry is None or self._known_and_not_due(site, entry):
                    yield None
                    continue
                # Whether it looks like an article is decided when it leaves the frontier (`_frontier_request`).
                yield entry, "unsorted", PRIORITY["article"] + recency_bonus(entry.lastmod, entry.published)
            if read > MAX_SITEMAP_URLS:
                break
        self._save_cursor(response, "sitemap", newest)

    def _known_and_not_due(self, site: Site, entry: Entry) -> bool:
        """A sitemap entry `consider` would not fetch, decided at read time, before it waits in the frontier."""
        key = url_key(entry.url)
        if key in self.scheduled:  # (already requested in this run: its sitemap date is still worth keeping)
            self.consider(site, entry.url, role="article", depth=1, lastmod=entry.lastmod, published=entry.published)
            return True
        state = self.state.get(key)
        if state is None or self._due(state, entry.lastmod):
            return False
        self.crawler.stats.inc_value("pantau/known_skipped")
        return True

    def _wanted(self, site: Site, entry: Entry, pattern: str | None) -> bool:
        """Whether a discovered entry may become a request at all (before any request exists). Runs on every
        sitemap entry: one split of the URL, no normalisation."""
        if self.since and ((entry.lastmod and entry.lastmod.date() < self.since)
                           or (entry.published and entry.published < self.since)):
            return False
        parts = urlsplit(entry.url)
        host = (parts.hostname or "").rstrip(".")
        if host.startswith("www."):
            host = host[4:]
        if parts.scheme not in ("http", "https") or not (host == site.hostname or host.endswith("." + site.hostname)):
            return False
        if NON_HTML_EXTENSIONS.search(parts.path):
            return False
        return not (NON_ARTICLE_PATH.search(parts.path) and not (pattern and re.search(pattern, entry.url)))

    def parse_feed(self, response):
        site = self.site_of(response)
        if self._nothing_to_read(response):
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
        if self._nothing_to_read(response):
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

    # --- HTML listings -------------------------------------------------------------------------------
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


def _with_query(url: str, name: str, value) -> str:
    parts = urlsplit(url)
    query = [p for p in parts.query.split("&") if p and not p.startswith(name + "=")]
    query.append(f"{name}={value}")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(query), ""))
