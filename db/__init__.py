"""The queryable store (SQLModel): SQLite by default, PostgreSQL at scale.

The public API other stages use is this package's namespace: `Store` (loads and reads; see `db/store.py`),
the search request and its answers (`SearchQuery`, `build_query`, `QueryError`, `Hit`, `SearchResult`, ...),
`LoadStats`, `article_id_of`, and `migrate`/`get_engine`. The crawler's incremental state is
`db.crawl_state`. Names are imported on first use, so `import db` (and `pantau --help`) stays fast.

Start reading at `db/store.py`; loads live in `db/load/`, reads in `db/query/`, tables in `db/models.py`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Store": "db.store",
    "LoadStats": "db.load.stats",
    "article_id_of": "db.load.articles",
    "SearchQuery": "db.query.request",
    "build_query": "db.query.request",
    "parse_bound": "db.query.request",
    "QueryError": "db.query.language",
    "ParsedQuery": "db.query.language",
    "Term": "db.query.language",
    "parse_query": "db.query.language",
    "Hit": "db.query.results",
    "FacetValue": "db.query.results",
    "SearchResult": "db.query.results",
    "EventDetail": "db.query.results",
    "ArticleDetail": "db.query.results",
    "IndexCell": "db.query.results",
    "CommitmentRow": "db.query.results",
    "RegencySummary": "db.query.results",
    "FACETS": "db.query.search",
    "fold": "db.fulltext",
    "get_engine": "db.engine",
    "migrate": "db.engine",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'db' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value
