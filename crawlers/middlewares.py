"""Downloader middlewares: page budget per source, retries with exponential back-off, conditional GET
with stored validators, cookies without tldextract's network fetch, and per-source health (giving up early
on a dead host, with the reason)."""

from __future__ import annotations

import logging

import scrapy.downloadermiddlewares.cookies as scrapy_cookies
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.defer import deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater

from crawlers.urls import TLD_EXTRACT_PRIVATE

logger = logging.getLogger(__name__)

# Scrapy's cookie middleware builds a module-level TLDExtract that downloads the public-suffix list on
# first use; the crawler has no network beyond the sites it crawls, so use the bundled snapshot.
scrapy_cookies._split_domain = TLD_EXTRACT_PRIVATE


class OfflineCookiesMiddleware(CookiesMiddleware):
    """Scrapy's cookie handling, importable only after the offline suffix list is in place."""


class PageBudgetMiddleware:
    """`--max-pages N`: at most N requests per source (robots.txt not counted)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        spider = self.crawler.spider
        limit = getattr(spider, "max_pages", None)
        if not limit or request.url.endswith("/robots.txt") or request.meta.get("budget_counted"):
            return None
        site = request.meta.get("site")
        if site is None:
            return None
        used = spider.pages_requested.get(site, 0)
        if used >= limit:
            self.crawler.stats.inc_value("pantau/over_budget")
            over = getattr(spider, "sites_over_budget", None)
            if over is None:
                over = spider.sites_over_budget = set()
            over.add(site)  # its feed/sitemap watermarks must not move past what was not fetched
            raise IgnoreRequest(f"page budget of {limit} used for {site}")
        spider.pages_requested[site] = used + 1
        request.meta["budget_counted"] = True
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, waiting `RETRY_BACKOFF_BASE * 2**n` seconds (at most `RETRY_BACKOFF_MAX`, or the
    server's Retry-After) before the n-th retry, so an overloaded government server gets room."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def _wait(self, retry_request, response=None):
        if retry_request is None:
            return None
        attempt = retry_request.meta.get("retry_times", 1)
        delay = min(self.cap, self.base * 2 ** (attempt - 1))
        if response is not None:
            header = response.headers.get(b"Retry-After")
            if header and header.strip().isdigit():
                delay = min(self.cap, float(header.strip()))
        if delay > 0:
            await deferred_to_future(deferLater(reactor, delay, lambda: None))
        return retry_request

    async def process_response(self, request, response):
        result = super().process_response(request, response)
        if result is response:
            return response
        return await self._wait(result, response) or response

    async def process_exception(self, request, exception):
        result = super().process_exception(request, exception)
        if result is None:
            return None
        return await self._wait(result)


class ConditionalGetMiddleware:
    """Sends the stored ETag / Last-Modified of a known URL (request.meta["validators"]) so an unchanged
    page costs a 304 and no body."""

    def __init__(self, settings):
        if not settings.getbool("PANTAU_CONDITIONAL_GET", True):
            raise NotConfigured

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings)

    def process_request(self, request):
        etag, last_modified = request.meta.get("validators") or (None, None)
        if etag and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = etag
        if last_modified and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = last_modified
        return None


# --- source health: give up early on a dead host, and say why ---------------------------------------

def failure_reason(exception: BaseException, url: str, timeout: float | None = None) -> str:
    """One line that starts with the reason a request failed at the connection level."""
    from urllib.parse import urlsplit

    from scrapy import exceptions as scrapy_errors
    from twisted.internet import error as net
    from twisted.web._newclient import ResponseNeverReceived

    parts = urlsplit(url)
    host = parts.hostname or url
    address = parts.netloc or host
    # Scrapy ≥ 2.13 wraps Twisted's errors in its own.
    if isinstance(exception, getattr(scrapy_errors, "CannotResolveHostError", ())):
        return f"DNS: no address for {host}"
    if isinstance(exception, getattr(scrapy_errors, "DownloadConnectionRefusedError", ())):
        return f"connection refused by {address}"
    if isinstance(exception, getattr(scrapy_errors, "DownloadTimeoutError", ())):
        return f"no answer from {address} within {timeout:g} s" if timeout else f"no answer from {address} (timeout)"
    if isinstance(exception, getattr(scrapy_errors, "ResponseDataLossError", ())):
        return f"connection to {address} closed mid-answer"
    if isinstance(exception, net.DNSLookupError):
        return f"DNS: no address for {host}"
    if isinstance(exception, net.ConnectionRefusedError):
        return f"connection refused by {address}"
    if isinstance(exception, net.TCPTimedOutError | net.TimeoutError):
        return f"no answer from {address} within {timeout:g} s" if timeout else f"no answer from {address} (timeout)"
    if isinstance(exception, net.NoRouteError):
        return f"no route to {address}"
    if isinstance(exception, ResponseNeverReceived | net.ConnectionLost | net.ConnectionDone):
        reasons = getattr(exception, "reasons", None)
        detail = f" ({reasons[0].getErrorMessage()})" if reasons else ""
        if "SSL" in detail or "ssl" in detail or "TLS" in detail:
            return f"TLS handshake with {address} failed{detail}"
        return f"connection to {address} closed before any answer{detail}"
    message = " ".join(str(exception).split()) or type(exception).__name__
    return f"{type(exception).__name__} from {address}: {message}"[:300]


class SourceHealthMiddleware:
    """Per source (site): counts responses and connection failures, records the first reason a site
    failed, and gives up on a site early: after a DNS failure, or `PANTAU_GIVE_UP_AFTER` connection
    failures in a row, with no page answered, its remaining requests are dropped (no retries, no waiting
    out timeouts on every URL). A site that has not answered yet gets `PANTAU_FIRST_CONTACT_TIMEOUT`."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.give_up_after = settings.getint("PANTAU_GIVE_UP_AFTER", 2)
        self.first_timeout = settings.getfloat("PANTAU_FIRST_CONTACT_TIMEOUT", 15.0)
        self.sites: dict[str, dict] = {}
        self._by_host: dict[str, str] | None = None

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler)
        crawler.pantau_health = middleware  # read by the CrawlReport extension
        return middleware

    def site_key(self, request) -> str | None:
        site = request.meta.get("site")
        if site:
            return site
        if self._by_host is None:
            spider = self.crawler.spider
            self._by_host = {s.hostname: s.key for s in getattr(spider, "sites", {}).values()}
        from urllib.parse import urlsplit

        host = (urlsplit(request.url).hostname or "").lower()
        if host.startswith("www."):
            host = host[4:]
        return self._by_host.get(host)

    def health(self, key: str) -> dict:
        return self.sites.setdefault(key, {"requests": 0, "responses": 0, "ok": 0, "statuses": {},
                                           "failures_in_row": 0, "connection_failures": 0, "reason": None,
                                           "gave_up": False})

    def process_request(self, request):
        key = self.site_key(request)
        if key is None:
            return None
        site = self.health(key)
        if site["gave_up"]:
            self.crawler.stats.inc_value("pantau/given_up_requests")
            raise IgnoreRequest(f"gave up on {key}: {site['reason']}")
        site["requests"] += 1
        if not site["responses"] and self.first_timeout:
            # Scrapy's timeout middleware (earlier in the chain) has set the default already.
            current = request.meta.get("download_timeout") or self.crawler.settings.getfloat("DOWNLOAD_TIMEOUT", 30)
            request.meta["download_timeout"] = min(current, self.first_timeout)
        return None

    def process_response(self, request, response):
        key = self.site_key(request)
        if key is not None:
            site = self.health(key)
            site["responses"] += 1
            site["failures_in_row"] = 0
            status = str(response.status)
            site["statuses"][status] = site["statuses"].get(status, 0) + 1
            if response.status < 400 or response.status in (404, 410):
                site["ok"] += 1
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, IgnoreRequest):
            return None
        key = self.site_key(request)
        if key is None:
            return None
        site = self.health(key)
        reason = failure_reason(exception, request.url, request.meta.get("download_timeout"))
        site["connection_failures"] += 1
        site["failures_in_row"] += 1
        site["last_reason"] = reason
        if site["reason"] is None:
            site["reason"] = reason
        from scrapy import exceptions as scrapy_errors
        from twisted.internet.error import DNSLookupError

        unresolvable = (DNSLookupError, getattr(scrapy_errors, "CannotResolveHostError", DNSLookupError))
        dead = isinstance(exception, unresolvable) or site["failures_in_row"] >= (
            self.give_up_after if not site["responses"] else max(10, self.give_up_after))
        if not site["responses"]:
            request.meta["dont_retry"] = True  # nothing answered yet: a retry would only wait again
        if dead and not site["gave_up"]:
            site["gave_up"] = True
            site["reason"] = reason if not site["responses"] else f"{reason} ({site['failures_in_row']} failures in a row)"
            request.meta["dont_retry"] = True
            logger.info("giving up on %s: %s", key, site["reason"])
            spider = self.crawler.spider
            if spider is not None:
                given_up = getattr(spider, "sites_given_up", None)
                if given_up is None:
                    given_up = spider.sites_given_up = set()
                given_up.add(key)
        return None
