"""SQLAlchemy Core handles of the store's tables, shared by the load side and the query side."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import TSVECTOR

from db.models import Article, ArticleVersion, Event, EventPerson, RawPage, Region, Run, SimhashBand, Source

ARTICLES = Article.__table__
VERSIONS = ArticleVersion.__table__
EVENTS = Event.__table__
PEOPLE = EventPerson.__table__
BANDS = SimhashBand.__table__
RAW = RawPage.__table__
REGIONS = Region.__table__
RUNS = Run.__table__
SOURCES = Source.__table__
# The full-text index is dialect-specific SQL (FTS5 on SQLite, a tsvector table on PostgreSQL; migration 0002).
# A search window's columns, copies of the event's (migration 0015): on PostgreSQL in `event_search` itself, on
# SQLite in `event_search_window`, whose key is the row's rowid in the full-text index (`db.fulltext.search_rowid`).
SEARCH_WINDOW_COLUMNS = ("story_key", "type", "agreement_kind", "province_code", "regency_code", "index_key",
                         "effective_year", "effective_date", "loaded_at")
SEARCH = sa.table("event_search", sa.column("event_id", sa.String), sa.column("body", sa.Text),
                  sa.column("stems", sa.Text), sa.column("filters", sa.Text), sa.column("tsv", TSVECTOR),
                  *(sa.column(name, EVENTS.c[name].type) for name in SEARCH_WINDOW_COLUMNS))
SEARCH_WINDOW = sa.table("event_search_window", sa.column("search_rowid", sa.BigInteger), sa.column("event_id", sa.String),
                         *(sa.column(name, EVENTS.c[name].type) for name in SEARCH_WINDOW_COLUMNS))

BATCH = 500  # rows per statement or transaction chunk
