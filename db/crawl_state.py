"""The crawler's incremental state in the store: seen URLs with validators and body hashes (`CrawlUrl`),
feed/sitemap/listing watermarks (`CrawlCursor`) and the raw HTML archive (`RawPage`), of which this module is
the one writer. Articles crawled but not yet loaded go to the loaders' queue (`QueuedArticle`, written by
`db.crawl_queue`), the registry's sources to `Source` (written by `db.source_health`).

Keeping it in the store (not in dbm files) lets several machines crawl against one PostgreSQL database.
A crawl starts by reading a source's listings (`preload`, a few rows); the URLs a sitemap names are looked
up a block of `LOOKUP_BATCH` at a time (`prefetch`), so memory grows with what a crawl touches, never with
every URL the store knows. Writes are buffered and flushed in batches, because a crawl touches thousands of
rows and one transaction per page would dominate its time.

Exactly once: an article's URL state and its queued record are written in one transaction
(`record_article`), so a URL counts as seen only when its article waits in the store to be loaded; a crawl
killed at any point leaves either both or neither. Feed and sitemap watermarks are written only when a
source's crawl ended normally (`close(finished_sources=...)`): a watermark written before the articles it
covers were fetched would hide them from the next run.
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from sqlalchemy import func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from db.crawl_queue import queue_articles
from db.engine import get_engine, migrate
from db.models import CrawlCursor, CrawlUrl, RawPage

# Buffered rows before a write transaction (`PANTAU_CRAWL_FLUSH_EVERY`: the kill tests flush often).
FLUSH_EVERY = int(os.environ.get("PANTAU_CRAWL_FLUSH_EVERY", "200"))
LOOKUP_BATCH = 1000  # URLs looked up in one query (`prefetch`): a sitemap's entries are read this many at a time
PRELOADED_KINDS = ("listing",)  # what a crawl starts from (`known`); the rest grows with the store: looked up


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands datetimes back without a zone; everything the crawler stores is UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class UrlState:
    url: str  # canonical URL (the row's key)
    url_key: str
    source: str | None = None
    kind: str = "article"  # article | duplicate | page | listing | feed | sitemap | error
    status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    lastmod: dt.datetime | None = None
    content_hash: str | None = None
    article_id: str | None = None
    first_seen: dt.datetime = field(default_factory=now)
    last_fetched: dt.datetime | None = None
    last_changed: dt.datetime | None = None
    fetch_count: int = 0
    error: str | None = None
    version: int = 0
    published: dt.date | None = None


@dataclass
class CursorState:
    key: str
    kind: str
    source: str | None = None
    watermark: dt.datetime | None = None
    etag: str | None = None
    last_modified: str | None = None
    checked_at: dt.datetime = field(default_factory=now)


_URL_COLUMNS = [c.name for c in CrawlUrl.__table__.columns]


def _url_state(row) -> UrlState:
    data = {name: getattr(row, name) for name in _URL_COLUMNS}
    for name in ("lastmod", "first_seen", "last_fetched", "last_changed"):
        data[name] = _aware(data[name])
    data["url_key"] = data["url_key"] or data["url"]
    return UrlState(**data)


class CrawlState:
    """Crawl state over the store at `url` (resolved at the edge: `pantau.config.db_url`)."""

    def __init__(self, url: str, *, run_migrations: bool = True):
        if run_migrations:
            migrate(url)
        self.engine = get_engine(url)
        self._urls: dict[str, UrlState] = {}  # url_key -> state, of the rows looked up or touched
        self._absent: set[str] = set()  # url_keys looked up and not in the store
        self._by_hash: dict[str, str] = {}  # content hash -> url_key of the article holding it
        self._loaded_sources: set[str] = set()
        self._dirty_urls: dict[str, UrlState] = {}
        self._dirty_cursors: dict[str, CursorState] = {}  # written only at a normal end (see close)
        self._pages: list[dict] = []
        self._queued: list[dict] = []
        self._cursors: dict[str, CursorState] = {}

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _upsert(self, table, rows: list[dict], keys: list[str]):
        make = pg_insert if self.dialect == "postgresql" else sqlite_insert
        statement = make(table)
        columns = {c: statement.excluded[c] for c in rows[0] if c not in keys}
        return statement.on_conflict_do_update(index_elements=keys, set_=columns), rows

    # --- sources ---------------------------------------------------------------------------------------
    def upsert_sources(self, rows: list[dict]) -> None:
        """The registry's fields of `Source` rows (see `db.source_health.sync_sources`)."""
        from db.source_health import sync_sources

        sync_sources(self.engine, rows)

    # --- URLs ------------------------------------------------------------------------------------------
    def preload(self, source: str) -> int:
        """Read the URLs of `source` a crawl starts from (its listings) into memory; returns how many."""
        if source in self._loaded_sources:
            return 0
        self._loaded_sources.add(source)
        table = CrawlUrl.__table__
        with self.engine.connect() as connection:
            rows = connection.execute(select(table).where(table.c.source == source, table.c.kind.in_(PRELOADED_KINDS)))
            count = 0
            for row in rows:
                self._remember(_url_state(row))
                count += 1
        return count

    def known(self, source: str, kind: str) -> list[UrlState]:
        """The URLs of `source` of one kind in memory (the listings found on earlier runs, once preloaded)."""
        return [state for state in self._urls.values() if state.source == source and state.kind == kind]

    def _remember(self, state: UrlState) -> None:
        self._urls[state.url_key] = state
        if state.content_hash and state.kind == "article":
            self._by_hash.setdefault(state.content_hash, state.url_key)

    def prefetch(self, url_keys: Iterable[str]) -> None:
        """Look up the URLs not yet in memory, one query per `LOOKUP_BATCH` of them; `get` then answers from
        memory, found or not."""
        wanted = [key for key in dict.fromkeys(url_keys) if key not in self._urls and key not in self._absent]
        table = CrawlUrl.__table__
        with self.engine.connect() as connection:
            for start in range(0, len(wanted), LOOKUP_BATCH):
                chunk = wanted[start:start + LOOKUP_BATCH]
                for row in connection.execute(select(table).where(table.c.url_key.in_(chunk))):
                    self._remember(_url_state(row))
                self._absent.update(key for key in chunk if key not in self._urls)

    def get(self, url_key: str) -> UrlState | None:
        """The known state of a URL: from memory when it was looked up or touched, else one indexed query."""
        if url_key not in self._urls and url_key not in self._absent:
            self.prefetch([url_key])
        return self._urls.get(url_key)

    def duplicate_of(self, content_hash: str, url_key: str) -> UrlState | None:
        """Another article URL already holding exactly this body, or None."""
        holder = self._by_hash.get(content_hash)
        if holder and holder != url_key:
            return self._urls.get(holder)
        table = CrawlUrl.__table__
        with self.engine.connect() as connection:
            row = connection.execute(
                select(table).where(table.c.content_hash == content_hash, table.c.kind == "article",
                                    table.c.url_key != url_key).limit(1)
            ).first()
        if row is None:
            return None
        state = _url_state(row)
        self._remember(state)
        return state

    def record(self, state: UrlState, *, flush: bool = True) -> None:
        """Remember `state` (buffered; written at the next flush)."""
        existing = self.get(state.url_key)
        if existing is not None and existing.url != state.url:
            state.url = existing.url  # the http/https or www twin keeps the row it already has
            state.first_seen = existing.first_seen
        self._remember(state)
        self._dirty_urls[state.url_key] = state
        if flush:
            self._maybe_flush()

    # --- cursors ---------------------------------------------------------------------------------------
    def cursor(self, key: str) -> CursorState | None:
        if key in self._cursors:
            return self._cursors[key]
        table = CrawlCursor.__table__
        with self.engine.connect() as connection:
            row = connection.execute(select(table).where(table.c.key == key)).first()
        state = None
        if row is not None:
            state = CursorState(key=row.key, kind=row.kind, source=row.source, watermark=_aware(row.watermark),
                                etag=row.etag, last_modified=row.last_modified, checked_at=_aware(row.checked_at))
        self._cursors[key] = state
        return state

    def set_cursor(self, state: CursorState) -> None:
        """Remember a watermark; it reaches the store only when its source's crawl ends normally."""
        self._cursors[state.key] = state
        self._dirty_cursors[state.key] = state

    # --- raw HTML archive --------------------------------------------------------------------------------
    @staticmethod
    def archived_page(url: str, article_id: str | None, status: int, content_type: str | None, body: bytes,
                      content_hash: str, fetched_at: dt.datetime | None = None) -> dict:
        """A `RawPage` row for `archive` or `record_article`."""
        return {"url": url, "article_id": article_id, "fetched_at": fetched_at or now(), "status": status,
                "content_type": content_type, "content_hash": content_hash,
                "body_gz": gzip.compress(body, compresslevel=6)}

    def archive(self, url: str, article_id: str | None, status: int, content_type: str | None, body: bytes,
                content_hash: str, fetched_at: dt.datetime | None = None) -> None:
        self._pages.append(self.archived_page(url, article_id, status, content_type, body, content_hash, fetched_at))
        self._maybe_flush()

    def archived_pages(self, article_id: str) -> list[tuple[dt.datetime, bytes]]:
        """`(fetched_at, html)` for every archived copy of an article, oldest first."""
        table = RawPage.__table__
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(table.c.fetched_at, table.c.body_gz).where(table.c.article_id == article_id)
                .order_by(table.c.fetched_at)
            ).all()
        return [(_aware(fetched), gzip.decompress(body)) for fetched, body in rows]

    # --- articles -------------------------------------------------------------------------------------
    def record_article(self, state: UrlState, record: dict, *, page: dict | None = None) -> None:
        """A new article version: its URL state, its record queued for loading and its archived page go
        to the store together (one flush, one transaction)."""
        self.record(state, flush=False)
        self._queued.append({"article_id": record["id"], "source": state.source, "version": state.version or 1,
                             "content_hash": state.content_hash, "record": record, "queued_at": now()})
        if page is not None:
            self._pages.append(page)
        self._maybe_flush()

    # --- writing ---------------------------------------------------------------------------------------
    def _maybe_flush(self) -> None:
        if len(self._dirty_urls) + len(self._pages) + len(self._queued) >= FLUSH_EVERY:
            self.flush()

    def flush(self, cursors: list[CursorState] | None = None) -> None:
        urls = [asdict(s) for s in self._dirty_urls.values()]
        cursor_rows = [asdict(s) for s in cursors or ()]
        pages, queued = self._pages, self._queued
        if not (urls or cursor_rows or pages or queued):
            return
        with self.engine.begin() as connection:
            if urls:
                statement, rows = self._upsert(CrawlUrl.__table__, urls, ["url"])
                connection.execute(statement, rows)
            if cursor_rows:
                statement, rows = self._upsert(CrawlCursor.__table__, cursor_rows, ["key"])
                connection.execute(statement, rows)
            if pages:
                connection.execute(insert(RawPage.__table__), pages)
            if queued:
                queue_articles(connection, queued)
        self._dirty_urls.clear()
        self._pages, self._queued = [], []

    def close(self, finished_sources: set[str] | None = None) -> None:
        """Write what is buffered. Watermarks are written for the sources in `finished_sources` (crawled to
        their normal end), and "missing" marks of probed addresses for every source."""
        cursors = [c for c in self._dirty_cursors.values()
                   if c.kind == "missing" or (finished_sources is not None and c.source in finished_sources)]
        self.flush(cursors)
        self._dirty_cursors.clear()

    # --- reporting -------------------------------------------------------------------------------------
    def counts(self, source: str | None = None) -> dict[str, int]:
        """Known URLs per kind (for a source, or overall)."""
        table = CrawlUrl.__table__
        query = select(table.c.kind, func.count()).group_by(table.c.kind)
        if source:
            query = query.where(table.c.source == source)
        with self.engine.connect() as connection:
            return {kind: count for kind, count in connection.execute(query)}

