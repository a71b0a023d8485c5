"""The query side of the store (reads only).

- `request.py`: `SearchQuery` and `build_query` (what a person typed -> a search); start here;
- `language.py`: the search language and its SQLite FTS5 / PostgreSQL tsquery forms;
- `search.py`: ranked, filtered, paginated search with facet counts, and `iter_hits` for exports;
- `pages.py`: an event, an article, an archived page, totals, runs, stored articles for re-extraction;
- `summaries.py`: regency and province summaries, one index compared across regencies;
- `results.py`: the answers (`Hit`, `SearchResult`, `EventDetail`, `RegencySummary`, ...).

Other stages call these through `db.Store`.
"""
