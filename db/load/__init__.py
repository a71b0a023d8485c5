"""The load side of the store: one writer per table.

- `articles.py`: `Article`, `ArticleVersion`, `SimhashBand` (start here: `load_articles`);
- `clusters.py`: near-duplicate clusters (reads only; `articles.py` writes what it finds);
- `events.py`: `Event`, `EventPerson` and the full-text index;
- `reference.py`: `Region`, `Run`, and registry `Source` rows;
- `stats.py`: `LoadStats`; `db/rows.py` has the chunking, upserts and value conversion both sides use.

Other stages call these through `db.Store`.
"""
