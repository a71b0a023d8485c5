"""Scrapy settings of the pantau crawler: polite by default (robots.txt, AutoThrottle, two requests at a
time per site, an identifying User-Agent, timeouts, retries with back-off, a size cap). A dead host ends
in seconds: short DNS and first-contact timeouts, and `SourceHealthMiddleware` gives up on it."""

from pantau.config import USER_AGENT as PANTAU_USER_AGENT

BOT_NAME = "pantau"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

USER_AGENT = PANTAU_USER_AGENT
ROBOTSTXT_OBEY = True
ROBOTSTXT_USER_AGENT = "pantau"

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Output of one callback handled by this many tasks (Scrapy's default 100, each a task per response): the
# pipelines are synchronous, so more only costs time.
CONCURRENT_ITEMS = 8
DOWNLOAD_DELAY = 0.5
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 20
DNS_TIMEOUT = 5
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0  # seconds; doubled at each retry of the same request
RETRY_BACKOFF_MAX = 60.0
REDIRECT_MAX_TIMES = 5

COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"
DEPTH_LIMIT = 0  # the spider keeps its own budgets for discovery depth and pagination

DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.AddressGuardMiddleware": 45,  # before robots.txt is fetched for a host
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawlers.middlewares.GuardedRedirectMiddleware": 600,
    "crawlers.middlewares.PageBudgetMiddleware": 95,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.BackoffRetryMiddleware": 550,
    # After retries in the response path, before them for exceptions: it can stop retries of a dead host.
    "crawlers.middlewares.SourceHealthMiddleware": 600,
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "crawlers.middlewares.OfflineCookiesMiddleware": 700,
    "crawlers.middlewares.ConditionalGetMiddleware": 890,
}
ITEM_PIPELINES = {
    "crawlers.pipelines.CrawlStatePipeline": 300,
    "crawlers.pipelines.JsonlOutputPipeline": 800,
}
EXTENSIONS = {
    "crawlers.extensions.CrawlProgress": 500,
    "crawlers.extensions.CrawlReport": 510,
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawlers.extensions.CrawlDelayThrottle": 0,
}

# pantau's own settings (flags of `pantau crawl` override them)
PANTAU_DB = None  # store URL; None: PANTAU_DB_URL or sqlite:///pantau.db
PANTAU_OUT = None  # articles JSON Lines file written by JsonlOutputPipeline (None: only Scrapy feeds)
PANTAU_RECHECK_DAYS = 3  # known articles published this recently are revalidated (conditional GET)
PANTAU_PAGE_RECHECK_DAYS = 30  # known non-article pages are fetched again after this many days
PANTAU_MAX_PAGINATION = 200  # listing/feed pages followed in one chain at most
PANTAU_DISCOVERY_DEPTH = 2  # hops from the home page through pages of unknown shape
PANTAU_ARCHIVE_HTML = True  # keep gzip HTML of every new article version (RawPage)
PANTAU_ALLOW_LOCAL = False  # `--allow-local`: the crawl's own sites may be on this machine (loopback)
PANTAU_PROGRESS = None  # None: a Rich progress display when stderr is a terminal
PANTAU_REPORT = None  # JSON file with one entry per source (pages, new articles, failure reason)
PANTAU_GIVE_UP_AFTER = 2  # connection failures in a row, with no page answered, before a site is given up
PANTAU_FIRST_CONTACT_TIMEOUT = 15  # seconds a site that has not answered yet gets per request
