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


class CrawlReport:
    """At the end of a crawl, one entry per source in `PANTAU_REPORT` (JSON): pages answered, new and
    changed articles, errors, and — for a source that failed — one line starting with the reason. A source
    fails when none of its pages answered (DNS, refused, timeouts, or an error status on every page)."""

    def __init__(self, crawler, path: str):
        self.crawler = crawler
        self.path = path

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy.exceptions import NotConfigured

        path = crawler.settings.get("PANTAU_REPORT")
        if not path:
            raise NotConfigured
        extension = cls(crawler, path)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def entries(self, spider, reason: str) -> dict[str, dict]:
        from urllib.parse import urlsplit

        stats = self.crawler.stats
        health = getattr(getattr(self.crawler, "pantau_health", None), "sites", {})
        by_host = {site.hostname: site.key for site in spider.sites.values()}
        errors: dict[str, list[str]] = {}
        for error in getattr(spider, "errors", []):
            host = (urlsplit(error.split(": ", 1)[0]).hostname or "").removeprefix("www.")
            if host in by_host:
                errors.setdefault(by_host[host], []).append(error)
        report = {}
        for site in spider.sites.values():
            seen = health.get(site.key, {})
            entry = {
                "source": site.key, "url": site.start_url,
                "requests": seen.get("requests", 0), "pages": seen.get("responses", 0),
                "new": stats.get_value(f"pantau/site/{site.key}/new", 0),
                "changed": stats.get_value(f"pantau/site/{site.key}/changed", 0),
                "errors": len(errors.get(site.key, [])), "first_errors": errors.get(site.key, [])[:3],
                "statuses": seen.get("statuses", {}), "gave_up": seen.get("gave_up", False),
                "over_budget": site.key in getattr(spider, "sites_over_budget", set()),
            }
            entry["status"], entry["reason"] = self.verdict(seen, reason)
            report[site.key] = entry
        return report

    @staticmethod
    def verdict(seen: dict, reason: str) -> tuple[str, str | None]:
        if seen.get("ok"):
            return "ok", None
        if seen.get("reason"):
            return "failed", seen["reason"]
        statuses = seen.get("statuses") or {}
        if statuses:
            status, count = max(statuses.items(), key=lambda item: item[1])
            return "failed", f"HTTP {status} on every page ({sum(statuses.values())} answered)"
        if reason != "finished":
            return "failed", f"crawl stopped ({reason}) before the site answered"
        return "failed", "no page answered (no request reached the site)"

    def closed(self, spider, reason):
        import json
        import os

        report = {"finish_reason": reason, "sources": self.entries(spider, reason)}
        temporary = f"{self.path}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=1)
        os.replace(temporary, self.path)
