"""`Store`: the one object other stages use to load into and read from the store. Same behaviour on SQLite
(embedded default) and PostgreSQL (for scale); the schema comes from the Alembic migrations.

    from db import Store
    store = Store("sqlite:///pantau.db")   # migrates on construction; resolve the URL at the edge
                                           # (pantau.config.db_url: --db, PANTAU_DB_URL, the default)

Each method is a thin door to the module doing the work: loads in `db/load/` (one writer per table), reads in
`db/query/`. Loads are idempotent: loading the same records again changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from db.engine import get_engine, migrate
from db.load import articles as _articles
from db.load import events as _events
from db.load import reference as _reference
from db.load.stats import LoadStats
from db.query import pages as _pages
from db.query import search as _search
from db.query import summaries as _summaries
from db.query.request import SearchQuery
from db.query.results import ArticleDetail, CommitmentRow, EventDetail, Hit, RegencySummary, SearchResult
from db.tables import BATCH
from pantau.config import normalise_db_url

_migrated: set[str] = set()


class Store:
    def __init__(self, url: str, *, migrate_schema: bool = True):
        self.url = normalise_db_url(url)
        self.engine = get_engine(self.url)
        self.dialect = self.engine.dialect.name
        if migrate_schema and self.url not in _migrated:
            migrate(self.url)
            _migrated.add(self.url)

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    # ------------------------------------------------------------------ loading (db/load)
    def sync_regions(self) -> int:
        """Upsert the 552 regions of `pantau.regions.all_regions()`."""
        return _reference.sync_regions(self.engine)

    def load_articles(self, records: Iterable[dict[str, Any]]) -> LoadStats:
        """Articles (spec format plus the crawler's optional fields); see `db.load.articles`."""
        return _articles.load_articles(self.engine, records)

    def replace_events(self, article_ids: Iterable[str], events: Iterable[dict[str, Any]],
                       extractor: str | None = None) -> LoadStats:
        """The stored events of each listed article (and each article an event names) become exactly these."""
        return _events.replace_events(self.engine, article_ids, events, extractor)

    def start_run(self, flow: str) -> int:
        return _reference.start_run(self.engine, flow)

    def finish_run(self, run_id: int, status: str = "completed", stats: dict[str, Any] | None = None) -> None:
        _reference.finish_run(self.engine, run_id, status, stats)

    # ------------------------------------------------------------------ reading (db/query)
    def search(self, query: SearchQuery) -> SearchResult:
        """Full text + filters, ranked, paginated, with facet counts (type, province, regency, index, year)."""
        return _search.search(self.engine, query)

    def iter_hits(self, query: SearchQuery, batch_size: int = BATCH) -> Iterator[Hit]:
        """Every hit of a search in result order (exports, feeds); `page`/`per_page` are ignored."""
        return _search.iter_hits(self.engine, query, batch_size)

    def current_event_id(self, event_id: str) -> str | None:
        """The id an event has now: itself if stored, else the event an old id leads to (`db.event_alias`),
        else None; for a redirect from links shared before an id changed."""
        from db.event_alias import current_event_id

        with self.engine.connect() as conn:
            return current_event_id(conn, event_id)

    def source_health(self, keys: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Every source (or those of `keys`) with its health: verdict, last success, last error and its
        reason, consecutive failures, articles per week (`db.source_health.source_health`)."""
        from db.source_health import source_health

        return source_health(self.engine, keys)

    def event(self, event_id: str) -> EventDetail | None:
        return _pages.event(self.engine, event_id)

    def article(self, article_id: str) -> ArticleDetail | None:
        return _pages.article(self.engine, article_id)

    def raw_page(self, page_id: int) -> dict[str, Any] | None:
        """An archived page with its HTML decompressed (`html`, bytes)."""
        return _pages.raw_page(self.engine, page_id)

    def iter_articles(self, *, since: dt.date | str | None = None, ids: Iterable[str] | None = None,
                      batch_size: int = BATCH) -> Iterator[dict[str, Any]]:
        """Stored articles (latest version) in the article format, for re-extraction without recrawling."""
        return _pages.iter_articles(self.engine, since=since, ids=ids, batch_size=batch_size)

    def stats(self) -> dict[str, Any]:
        return _pages.stats(self.engine)

    def headline(self) -> dict[str, Any]:
        """events (stories), articles, last_loaded: the part of `stats` a busy page can afford."""
        return _pages.headline(self.engine)

    def recent_runs(self, limit: int = 10) -> list[dict[str, Any]]:
        return _pages.recent_runs(self.engine, limit)

    def sources(self) -> list[dict[str, Any]]:
        return _pages.sources(self.engine)

    def regency_summary(self, code: str, latest: int = 20) -> RegencySummary | None:
        return _summaries.regency_summary(self.engine, code, latest)

    def province_summary(self, code: str) -> dict[str, Any] | None:
        return _summaries.province_summary(self.engine, code)

    def index_years(self, index: str) -> list[int]:
        return _summaries.index_years(self.engine, index)

    def compare_index(self, index: str, year: int, province: str | None = None,
                      measure: str | None = None) -> list[dict[str, Any]]:
        """One index (one measure of it) across regencies (of a province, or all) for one year, best first:
        by number, or by the catalogue's category order where values are categories (`rank_rows`)."""
        return _summaries.compare_index(self.engine, index, year, province, measure)

    def commitments(self, year: int, province: str | None = None) -> list[CommitmentRow]:
        """The commitment tracker: every regency/city (of a province, or all) with that year's Perjanjian
        Kinerja, other agreements, inaugurations and index results, as consolidated events."""
        from db.query.commitments import commitments

        return commitments(self.engine, year, province)

    def commitment_changes(self, year: int, province: str | None = None, limit: int = 50) -> list[Hit]:
        """The tracker's newest changes (its stories, newest report first), for its Atom feed."""
        from db.query.commitments import commitment_changes

        return commitment_changes(self.engine, year, province, limit)

    def index_measures(self, index: str) -> list[str | None]:
        """The measures an index's reports were read as (None: not said), most reported first."""
        return _summaries.index_measures(self.engine, index)
