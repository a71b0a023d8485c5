"""Item pipelines: exact dedup and versioning against the crawl state (plus the raw HTML archive), then the
articles JSON Lines output. A new article version is queued in the store in the same transaction that marks
its URL seen (`CrawlState.record_article`), so the flow loads it even if this process dies before the end."""

from __future__ import annotations

import datetime as dt

from scrapy.exceptions import DropItem

from crawlers.items import ArticlePage
from crawlers.urls import canonicalize_url, url_key
from db.crawl_state import UrlState, now
from pantau.fingerprint import content_hash, simhash
from pantau.jsonl import JsonlWriter
from pantau.records import article_id_for_url


class CrawlStatePipeline:
    """Turns an `ArticlePage` into an article record, or drops it when the store already has this body:
    unchanged (same URL, same body) or an exact duplicate (same body at another URL)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.archive = crawler.settings.getbool("PANTAU_ARCHIVE_HTML", True)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if not isinstance(item, ArticlePage):
            return item
        state = self.crawler.spider.state
        stats = self.crawler.stats
        canonical = item.canonical_url
        key = url_key(canonical)
        body_hash = content_hash(item.text)
        article_id = article_id_for_url(canonical)
        fetched_at = item.fetched_at or now()
        previous = state.get(key)
        if previous is not None and previous.kind == "article" and previous.article_id:
            article_id = previous.article_id  # the page keeps its id across http/https and www twins
        common = dict(source=item.site, status=item.status, etag=item.etag, last_modified=item.last_modified,
                      lastmod=item.lastmod, last_fetched=fetched_at, published=item.published,
                      fetch_count=(previous.fetch_count if previous else 0) + 1)
        self._remember_alias(state, item, key, article_id, body_hash, common)

        duplicate = state.duplicate_of(body_hash, key)
        if duplicate is not None and (previous is None or previous.kind != "article"):
            state.record(UrlState(url=canonical, url_key=key, kind="duplicate", content_hash=body_hash,
                                  article_id=duplicate.article_id, **common))
            stats.inc_value("pantau/articles_duplicate")
            raise DropItem(f"same body as {duplicate.url}")

        if previous is not None and previous.kind == "article" and previous.content_hash == body_hash:
            previous.__dict__.update({k: v for k, v in common.items() if v is not None})
            state.record(previous)
            stats.inc_value("pantau/articles_unchanged")
            raise DropItem(f"unchanged: {canonical}")

        version = (previous.version if previous is not None and previous.kind == "article" else 0) + 1
        record = {
            "id": article_id,
            "url": canonical,
            "source": item.source_host,
            "title": item.title,
            "published": item.published.isoformat() if isinstance(item.published, dt.date) else None,
            "text": item.text,
            "canonical_url": canonical,
            "author": item.author,
            "content_hash": body_hash,
            "simhash": simhash(item.text),
            "version": version,
            "fetched_at": fetched_at.isoformat(timespec="seconds"),
            "regions": list(item.regions),
        }
        page = None
        if self.archive:
            page = state.archived_page(item.fetch_url, article_id, item.status, item.content_type, item.html,
                                       body_hash, fetched_at)
        # The URL counts as seen only together with its article waiting in the store to be loaded.
        state.record_article(UrlState(
            url=canonical, url_key=key, kind="article", content_hash=body_hash, article_id=article_id,
            version=version, last_changed=fetched_at,
            first_seen=previous.first_seen if previous else fetched_at, **common,
        ), record, page=page)
        stats.inc_value("pantau/articles_new" if version == 1 else "pantau/articles_changed")
        stats.inc_value(f"pantau/site/{item.site}/{'new' if version == 1 else 'changed'}")
        return record

    @staticmethod
    def _remember_alias(state, item, key, article_id, body_hash, common) -> None:
        """The URL we fetched, when it differs from the canonical one, is known too: not fetched again."""
        fetched = canonicalize_url(item.fetch_url)
        fetched_key = url_key(fetched)
        if fetched_key != key:
            # Not flushed alone: it is written with the article it points to (or with the next batch).
            state.record(UrlState(url=fetched, url_key=fetched_key, kind="duplicate", content_hash=body_hash,
                                  article_id=article_id, **common), flush=False)


class JsonlOutputPipeline:
    """Writes article records to `PANTAU_OUT` (atomically renamed into place when the crawl ends)."""

    def __init__(self, path: str | None):
        self.path = path
        self.writer: JsonlWriter | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("PANTAU_OUT"))

    def open_spider(self):
        if self.path:
            self.writer = JsonlWriter(self.path)

    def close_spider(self):
        if self.writer is not None:
            self.writer.close(ok=True)

    def process_item(self, item):
        if self.writer is not None and isinstance(item, dict):
            self.writer.write(item)
        return item
