"""SQLAlchemy Core handles of the store's tables, shared by the load side and the query side."""

from __future__ import annotations

import sqlalchemy as sa

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
SEARCH = sa.table("event_search", sa.column("event_id", sa.String), sa.column("body", sa.Text),
                  sa.column("stems", sa.Text), sa.column("filters", sa.Text), sa.column("effective_date", sa.Date))

BATCH = 500  # rows per statement or transaction chunk
