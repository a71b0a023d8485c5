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

The spider is put together from one class per responsibility (start reading at `NewsSpider` below):
- `site.py`: the sites a run crawls (registry entries, addresses) and what belongs to each;
- `scheduling.py`: whether a discovered URL is fetched, how soon, with which validators; the frontier fed
  to the downloader; failed requests;
- `discovering.py`: where URLs come from: robots.txt, sitemaps, feeds, the WordPress REST API, the home
  page and listing pages, and the links they hold;
- `article_pages.py`: a fetched page extracted and classified, an article handed on as an item, anything
  else remembered so it is not fetched every night.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import scrapy

from crawlers.frontier import Frontier
from crawlers.spiders.article_pages import ArticlePages
from crawlers.spiders.discovering import Discovering
from crawlers.spiders.scheduling import Scheduling
from crawlers.spiders.site import Site, sites_to_crawl
from db.crawl_state import CrawlState, now
from pantau.config import db_url


class NewsSpider(Scheduling, Discovering, ArticlePages, scrapy.Spider):
    """The sites to crawl and the run's state (set here, used by the three parts it is made of), Scrapy's
    entry points, and the end of the run."""

    name = "news"

    def __init__(self, url=None, source=None, all=None, since=None, max_pages=None, db=None,  # noqa: A002
                 recheck_days=None, **kwargs):
        super().__init__(**kwargs)
        self.since = dt.date.fromisoformat(since) if since else None
        self.max_pages = int(max_pages) if max_pages else None
        self.db = db
        self.recheck_days_arg = recheck_days
        self.sites: dict[str, Site] = sites_to_crawl(url=url, source=source, all_sources=bool(all))
        if not self.sites:
            raise ValueError("nothing to crawl: give url=..., source=... or all=1")
        self.allowed_domains = sorted({site.hostname for site in self.sites.values()}
                                      | {host for site in self.sites.values() if site.entry for host in site.entry.hosts})
        self.pages_requested: dict[str, int] = {}
        self.errors: list[str] = []
        self.scheduled: dict[str, bool] = {}  # url_key -> whether it was fresh (new or due) when scheduled
        self.processed: set[str] = set()  # canonical keys of article pages handled in this run
        self.seen_discovery: set[str] = set()  # sitemap/feed/listing URLs requested in this run
        self.discovered_lastmod: dict[str, dt.datetime] = {}
        self.crawl_delays: dict[str, float] = {}  # site key -> robots.txt Crawl-delay (seconds)
        self.listing_fingerprints: set[frozenset[str]] = set()  # article links of paginated pages seen
        self.article_shapes: dict[str, Counter] = {}  # site key -> URL templates (`page_template`) of its articles
        self.frontier = Frontier()  # sitemap entries waiting to become requests
        self.sitemaps_read: Counter = Counter()  # site key -> sitemap files requested in this run
        self.refused: list[str] = []  # "url: why" for every target the crawl would not fetch or read in full
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
        async for request in self.feed():
            yield request

    # --- dispatch -----------------------------------------------------------------------------------
    def parse_any(self, response):
        role = response.meta["role"]
        handler = {"robots": self.parse_robots, "home": self.parse_home, "sitemap": self.parse_sitemap,
                   "feed": self.parse_feed, "wpjson": self.parse_wpjson, "listing": self.parse_listing,
                   "article": self.parse_page, "page": self.parse_page}[role]
        yield from handler(response) or ()

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
