"""Progress of a crawl (pages, articles, errors) with Rich on a terminal, and one summary line at the end."""

from __future__ import annotations

import sys
import time

from scrapy import signals
from scrapy.extensions.throttle import AutoThrottle


class CrawlProgress:
    def __init__(self, crawler):
        self.crawler = crawler
        setting = crawler.settings.get("PANTAU_PROGRESS")
        self.live = sys.stderr.isatty() if setting is None else bool(setting)
        self.progress = None
        self.task = None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.update, signal=signals.response_received)
        crawler.signals.connect(extension.update, signal=signals.item_scraped)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def counts(self) -> dict[str, int]:
        stats = self.crawler.stats
        spider = self.crawler.spider
        return {
            "pages": stats.get_value("response_received_count", 0),
            "articles": stats.get_value("item_scraped_count", 0),
            "new": stats.get_value("pantau/articles_new", 0),
            "changed": stats.get_value("pantau/articles_changed", 0),
            "unchanged": stats.get_value("pantau/articles_unchanged", 0),
            "duplicates": stats.get_value("pantau/articles_duplicate", 0),
            "known_skipped": stats.get_value("pantau/known_skipped", 0),
            "not_modified": stats.get_value("pantau/not_modified", 0),
            "non_articles": stats.get_value("pantau/non_article_pages", 0),
            "errors": len(getattr(spider, "errors", ())) if spider else 0,
            "refused": stats.get_value("pantau/refused", 0),
        }

    def opened(self, spider):
        if not self.live:
            return
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(SpinnerColumn(), TextColumn("[bold]crawl[/] {task.description}"),
                                 TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        self.progress.start()
        self.task = self.progress.add_task(self._describe(), total=None)

    def _describe(self) -> str:
        c = self.counts()
        return f"pages {c['pages']}  articles {c['articles']}  errors {c['errors']}"

    def update(self, *args, **kwargs):
        if self.progress is not None:
            self.progress.update(self.task, description=self._describe())

    def summary(self) -> str:
        c = self.counts()
        elapsed = time.monotonic() - self.started
        return ("crawl: " + " ".join(f"{k}={v}" for k, v in c.items()) + f" seconds={elapsed:.1f}")

    def closed(self, spider, reason):
        if self.progress is not None:
            self.progress.stop()
        errors = getattr(spider, "errors", [])
        for error in errors[:20]:
            print(f"  error: {error}", file=sys.stderr)
        if len(errors) > 20:
            print(f"  … and {len(errors) - 20} more errors", file=sys.stderr)
        # Targets not fetched, or not read in full, on purpose (private addresses, redirects to other hosts,
        # loops, size caps, sitemap bombs): named, so a user can see what the crawl left out and why.
        refused = getattr(spider, "refused", [])
        for entry in refused[:50]:
            print(f"  refused: {entry}", file=sys.stderr)
        if len(refused) > 50:
            print(f"  … and {len(refused) - 50} more refused", file=sys.stderr)
        # The summary is the last line: the flow reads it as the crawl's one-line report.
        print(self.summary() + (f" reason={reason}" if reason != "finished" else ""), file=sys.stderr,
              flush=True)


class CrawlDelayThrottle(AutoThrottle):
    """AutoThrottle that never lowers a site's delay below the `Crawl-delay` its robots.txt asks."""

    def _response_downloaded(self, response, request, spider=None):
        super()._response_downloaded(response, request, spider)
        spider = self.crawler.spider
        floor = spider.minimum_delay(request) if hasattr(spider, "minimum_delay") else 0.0
        if floor:
            _, slot = self._get_slot(request, spider)
            if slot is not None and slot.delay < floor:
                slot.delay = floor
