"""The queryable store (SQLModel): SQLite by default, PostgreSQL at scale.

Public API for other stages: `get_engine`, `migrate`, and the modules `store` (`db.store.Store`: loads,
search, pages; its docstring lists every method), `search` (query language, `SearchQuery`, labels) and
`crawl_state` (the crawler's incremental state). Tables are in `models`.
"""

from db.engine import get_engine, migrate

__all__ = ["get_engine", "migrate"]
