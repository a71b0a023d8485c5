"""The store's tables. Alembic migrations in `db/migrations` create them; never `create_all` in production code.

Three groups:
- reference data: `Region`, `Source`;
- content and its provenance: `Article` (latest state), `ArticleVersion` (every distinct body seen),
  `RawPage` (compressed HTML as fetched), `Event` + `EventPerson` (what extraction found, with evidence);
- crawl state, so crawls are incremental and can run from several machines on one store:
  `CrawlUrl` (per URL validators and hashes), `CrawlCursor` (feed/sitemap watermarks), `QueuedArticle`
  (crawled, not yet loaded), `CrawlJob` (the sources of a nightly run), `Run` (flow runs), `EventAlias`.
"""

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, LargeBinary, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

JsonType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Region(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=8)
    level: str = Field(max_length=10, index=True)  # province | regency | city
    name: str
    short_name: str = Field(index=True)
    province_code: str = Field(max_length=2, index=True)


class Source(SQLModel, table=True):
    """A crawl source from the registry (`crawlers/sources.toml`) and its health. One writer:
    `db.crawl_state` (registry fields when a run starts, health fields when a source was checked or crawled)."""

    key: str = Field(primary_key=True)  # registry key, e.g. "35.16" for a government site or the outlet's domain
    name: str
    kind: str = Field(max_length=20)  # government | outlet
    domain: str = Field(index=True)
    url: str
    region_codes: list[str] = Field(default_factory=list, sa_column=Column(JsonType, nullable=False))
    guessed: bool = False  # the address follows the naming pattern but was not verified
    # health: the address's verdict and the crawls' outcomes
    verdict: str = Field(default="unknown", max_length=16)  # unknown | alive | dead
    checked_at: dt.datetime | None = None  # last verification of the address (DNS, then HTTP)
    next_check_at: dt.datetime | None = None  # a dead source is skipped until then
    failures: int = 0  # consecutive nights the source could not be reached
    last_success_at: dt.datetime | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text))  # one line, with its reason
    last_error_at: dt.datetime | None = None
    last_run_id: int | None = None
    last_articles: int = 0  # new or changed articles of the last crawl


class Article(SQLModel, table=True):
    """The latest known state of one page; older bodies live in `ArticleVersion`."""

    id: str = Field(primary_key=True, max_length=64)
    url: str | None = Field(default=None, sa_column=Column(Text))
    canonical_url: str | None = Field(default=None, sa_column=Column(Text, index=True))
    source: str | None = Field(default=None, index=True)
    title: str | None = Field(default=None, sa_column=Column(Text))
    author: str | None = None
    published: dt.date | None = Field(default=None, index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str | None = Field(default=None, max_length=64, index=True)
    # 64-bit SimHash of the body stored as a signed integer; near-duplicates differ in few bits.
    simhash: int | None = Field(default=None, sa_column=Column(BigInteger))
    cluster_id: str | None = Field(default=None, max_length=64, index=True)  # article id of the cluster's first member
    version: int = 1
    first_seen: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow, index=True)
    extra: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JsonType, nullable=False))


class ArticleVersion(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("article_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: str = Field(max_length=64, index=True)
    version: int
    content_hash: str = Field(max_length=64)
    title: str | None = Field(default=None, sa_column=Column(Text))
    text: str = Field(sa_column=Column(Text, nullable=False))
    published: dt.date | None = None
    seen_at: dt.datetime = Field(default_factory=utcnow)


class RawPage(SQLModel, table=True):
    """HTML exactly as fetched, gzip-compressed, so a watchdog can show what a page said on a given day."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(sa_column=Column(Text, nullable=False, index=True))
    article_id: str | None = Field(default=None, max_length=64, index=True)
    fetched_at: dt.datetime = Field(default_factory=utcnow)
    status: int = 200
    content_type: str | None = None
    content_hash: str = Field(max_length=64, index=True)
    body_gz: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Event(SQLModel, table=True):
    """One extracted event. Typed columns carry what search and regency pages filter and sort on;
    `payload` keeps the full record exactly as extraction wrote it (exports are lossless)."""

    __table_args__ = (
        Index("ix_event_regency_type", "regency_code", "type"),
        Index("ix_event_index_year", "index_key", "year"),
        Index("ix_event_loaded_at", "loaded_at"),
        Index("ix_event_story_key", "story_key"),
        # Covering indexes for counting stories (distinct story keys) per type and per region: the about page
        # and region lists read them without touching the table (migration 0009).
        Index("ix_event_type_story", "type", "story_key"),
        Index("ix_event_regency_story", "regency_code", "story_key"),
        # Filtered searches sorted by date read their window in date order (migration 0010).
        Index("ix_event_province_date", "province_code", "effective_date"),
        Index("ix_event_year_date", "effective_year", "effective_date"),
    )

    id: str = Field(primary_key=True, max_length=40)
    article_id: str = Field(max_length=64, index=True)
    type: str = Field(max_length=24)
    regency_code: str | None = Field(default=None, max_length=8)
    province_code: str | None = Field(default=None, max_length=2)
    date: dt.date | None = Field(default=None)  # searches and sorts use `effective_date` (unindexed: migration 0012)
    venue: str | None = Field(default=None, sa_column=Column(Text))
    evidence: str = Field(default="", sa_column=Column(Text, nullable=False))
    # agreement_signing
    agreement_kind: str | None = Field(default=None, max_length=24, index=True)
    agreement_title: str | None = Field(default=None, sa_column=Column(Text))
    agreement_year: int | None = None
    # inauguration
    officials_count: int | None = None
    inaugurated_by: str | None = None
    # index_report
    index_key: str | None = Field(default=None, max_length=24)  # indexed by ix_event_index_year (index_key, year)
    index_label: str | None = Field(default=None, sa_column=Column(Text))
    value: str | None = None
    value_number: float | None = None
    year: int | None = Field(default=None)
    predicate: str | None = None
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JsonType, nullable=False))
    extractor: str | None = None  # pipeline name and version that produced it
    loaded_at: dt.datetime = Field(default_factory=utcnow)
    # `date`, else the article's publication date: what date filters, sorting and the year facet use.
    effective_date: dt.date | None = Field(default=None, index=True)
    effective_year: int | None = Field(default=None)
    # Reports of one event from several articles share it (`db.load.stories`): the unit of search and counts.
    story_key: str | None = Field(default=None, max_length=40)
    measure: str | None = Field(default=None, max_length=16)  # the index's measure (inflation "yoy"...), if any


class SimhashBand(SQLModel, table=True):
    """One of the 7 bands of an article's SimHash (`band << 16 | bits`). Two bodies within
    `NEAR_DUPLICATE_BITS` (6) bits share at least one band exactly (pigeonhole), so near-duplicate
    candidates are found by an indexed lookup instead of a scan of every article. The row carries the
    article's SimHash, so candidates are measured without reading `Article` (migration 0011); on PostgreSQL
    the primary key INCLUDEs it, so they are measured in the index alone (migration 0018)."""

    __table_args__ = {"sqlite_with_rowid": False}

    key: int = Field(sa_column=Column(BigInteger, primary_key=True))
    article_id: str = Field(primary_key=True, max_length=64, index=True)
    simhash: int | None = Field(default=None, sa_column=Column(BigInteger))


class EventPerson(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(max_length=40, index=True)
    name: str
    name_key: str = Field(index=True)  # case- and space-folded name, for grouping a person across events
    role: str | None = None


class CrawlUrl(SQLModel, table=True):
    """What the crawler knows about one URL: enough to skip it, revalidate it, or notice it changed."""

    url: str = Field(sa_column=Column(Text, primary_key=True))  # canonical URL
    source: str | None = Field(default=None, index=True)
    kind: str = Field(default="article", max_length=16)  # article | listing | feed | sitemap | skipped
    status: int | None = None
    etag: str | None = None
    last_modified: str | None = None  # the server's Last-Modified header, verbatim
    lastmod: dt.datetime | None = None  # the sitemap's or feed's date for this URL
    content_hash: str | None = Field(default=None, max_length=64, index=True)
    article_id: str | None = Field(default=None, max_length=64)
    first_seen: dt.datetime = Field(default_factory=utcnow)
    last_fetched: dt.datetime | None = Field(default=None, index=True)
    last_changed: dt.datetime | None = None
    fetch_count: int = 0
    error: str | None = Field(default=None, sa_column=Column(Text))
    # Dedup key (no scheme, `www.`, trailing slash or tracking parameters): http/https twins are one row.
    url_key: str | None = Field(default=None, sa_column=Column(Text, index=True))
    version: int = 0  # distinct article bodies seen at this URL (0 for a page that is not an article)
    published: dt.date | None = None  # the article's date, for the re-check window of recent articles


class CrawlCursor(SQLModel, table=True):
    """A watermark for a feed, sitemap or listing: entries at or before it were already handled."""

    key: str = Field(sa_column=Column(Text, primary_key=True))  # the feed/sitemap URL
    source: str | None = Field(default=None, index=True)
    kind: str = Field(max_length=16)  # feed | sitemap | listing | wp-json
    watermark: dt.datetime | None = None
    etag: str | None = None
    last_modified: str | None = None
    checked_at: dt.datetime = Field(default_factory=utcnow)


class Run(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    flow: str = Field(max_length=40)
    started_at: dt.datetime = Field(default_factory=utcnow)
    finished_at: dt.datetime | None = None
    status: str = Field(default="running", max_length=16)
    stats: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JsonType, nullable=False))
    # A running flow touches this every few seconds; a "running" row whose heartbeat stopped is a crashed run.
    heartbeat_at: dt.datetime | None = None
    owner: str | None = None  # host:pid (and Prefect flow run id) of the process running it


class QueuedArticle(SQLModel, table=True):
    """A crawled article not yet loaded: written in the same transaction that marks its URL as seen, removed
    once the article is in `Article`. Any run on any machine loads what it finds here first."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: str = Field(max_length=64, index=True)
    source: str | None = Field(default=None, index=True)  # registry key (or host) of the crawled site
    version: int = 1  # the crawler's version of the body (newest wins when one article waits twice)
    content_hash: str | None = Field(default=None, max_length=64)
    record: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JsonType, nullable=False))
    queued_at: dt.datetime = Field(default_factory=utcnow)
    leased_by: str | None = None  # the lease of a loader working on it; expired leases are taken over
    leased_until: dt.datetime | None = None


class CrawlJob(SQLModel, table=True):
    """One source to crawl in one nightly run: the queue any worker takes sources from."""

    __table_args__ = (Index("ix_crawljob_run_state", "run_id", "state"),)

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(index=True)
    source: str  # registry key, or the address of a site given by URL
    label: str
    args: list[str] = Field(default_factory=list, sa_column=Column(JsonType, nullable=False))  # `pantau crawl` options
    host: str = Field(index=True)
    state: str = Field(default="queued", max_length=12)  # queued | claimed | done | failed | skipped
    attempts: int = 0
    worker: str | None = None  # host:pid of the process that claimed it
    heartbeat_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    error: str | None = Field(default=None, sa_column=Column(Text))
    result: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JsonType, nullable=False))


class EventAlias(SQLModel, table=True):
    """An event id that changed (a new id scheme, or an event re-read differently): links to the old id
    are sent to the current one."""

    old_id: str = Field(primary_key=True, max_length=40)
    event_id: str = Field(max_length=40, index=True)
    created_at: dt.datetime = Field(default_factory=utcnow)
