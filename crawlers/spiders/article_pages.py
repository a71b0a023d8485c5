"""Item building: a fetched page extracted and classified (`crawlers.article.extract_page`, with the source's
layout for the page's date); an article becomes an `ArticlePage` item, another address of it an alias, and any
other page is remembered (a listing is fetched again every run, a static page monthly)."""

from __future__ import annotations

from collections import Counter

from crawlers.article import extract_page
from crawlers.items import ArticlePage
from crawlers.spiders.site import Site
from crawlers.urls import (
    article_url_score,
    canonicalize_url,
    is_pagination,
    page_template,
    url_key,
)
from db.crawl_state import UrlState, now

LISTING_MIN_LINKS = 5  # a non-article page linking this many article-like URLs is a listing


class ArticlePages:
    """Part of `NewsSpider` (crawlers/spiders/news.py): the callback of article and unknown pages."""

    def parse_page(self, response):
        site = self.site_of(response)
        request_key = url_key(response.request.url)
        # (A URL the sitemap named was looked up with its block; another costs one indexed query.)
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
