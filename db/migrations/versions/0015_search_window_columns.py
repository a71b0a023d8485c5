"""A search window reads its columns from the full-text rows, not from `event`

Revision ID: 0015
Revises: 0014

A search reads a window of up to 1,000 matching events: their story key, facet columns (type, agreement kind,
province, regency, index, year), effective date and arrival (`db.query.search`). They were looked up in
`event` by id, one row at a time (a B-tree descent into a table of wide rows per match: most of a window's time
at a million events). They are now kept beside the full-text rows:
- SQLite: a table `event_search_window` whose INTEGER PRIMARY KEY is the row's rowid in `event_search`
  (date order, migration 0013), so a match is one lookup in a narrow table read in the index's order, and a
  window without words walks it alone, newest (oldest) first;
- PostgreSQL: columns of `event_search` itself, read from the row the full-text match already fetched. The
  table is built again (a generated column's table cannot gain columns cheaply: every row would be rewritten
  and its `tsvector` computed again anyway).
The loader keeps them in step (`db.load.events`, `db.load.stories.rekey`).
"""
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

_COLUMNS = ("story_key", "type", "agreement_kind", "province_code", "regency_code", "index_key", "effective_year",
            "effective_date", "loaded_at")
_PG_TYPES = ("VARCHAR(40)", "VARCHAR(24) NOT NULL", "VARCHAR(24)", "VARCHAR(2)", "VARCHAR(8)", "VARCHAR(24)",
             "INTEGER", "DATE", "TIMESTAMP WITH TIME ZONE")
_VECTOR = ("setweight(to_tsvector('simple'::regconfig, body), 'A') || "
           "setweight(to_tsvector('simple'::regconfig, stems), 'B') || "
           "setweight(to_tsvector('simple'::regconfig, filters), 'D')")


def _sqlite(up: bool) -> None:
    op.execute("DROP TABLE IF EXISTS event_search_window")
    if not up:
        return
    op.execute("CREATE TABLE event_search_window (search_rowid INTEGER PRIMARY KEY, event_id VARCHAR(40) NOT NULL, "
               "story_key VARCHAR(40), type VARCHAR(24) NOT NULL, agreement_kind VARCHAR(24), province_code VARCHAR(2), "
               "regency_code VARCHAR(8), index_key VARCHAR(24), effective_year INTEGER, effective_date DATE, "
               "loaded_at DATETIME)")
    columns = ", ".join(_COLUMNS)
    op.execute(f"INSERT INTO event_search_window (search_rowid, event_id, {columns}) "
               f"SELECT s.rowid, s.event_id, {', '.join('e.' + c for c in _COLUMNS)} "
               "FROM event_search s JOIN event e ON e.id = s.event_id ORDER BY s.rowid")


def _postgresql(up: bool) -> None:
    window = [c for c in _COLUMNS if c != "effective_date"]  # (there since 0014)
    added = "".join(f", {c} {t}" for c, t in zip(_COLUMNS, _PG_TYPES, strict=True) if c in window) if up else ""
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute("DROP TABLE IF EXISTS event_search_new")
    op.execute("CREATE TABLE event_search_new (event_id VARCHAR(40) NOT NULL" + added + ", body TEXT NOT NULL, "
               "stems TEXT NOT NULL, filters TEXT NOT NULL DEFAULT '', effective_date DATE, "
               f"tsv tsvector GENERATED ALWAYS AS ({_VECTOR}) STORED)")
    copied = "".join(f", e.{c}" for c in window) if up else ""
    op.execute(f"INSERT INTO event_search_new (event_id{''.join(', ' + c for c in window) if up else ''}, body, stems, "
               f"filters, effective_date) SELECT s.event_id{copied}, s.body, s.stems, s.filters, s.effective_date "
               "FROM event_search s" + (" JOIN event e ON e.id = s.event_id" if up else ""))
    op.execute("DROP TABLE event_search")
    op.execute("ALTER TABLE event_search_new RENAME TO event_search")
    op.execute("ALTER TABLE event_search ADD CONSTRAINT event_search_pkey PRIMARY KEY (event_id)")
    op.execute("CREATE INDEX ix_event_search_tsv ON event_search USING gin (tsv)")
    op.execute("CREATE INDEX ix_event_search_date ON event_search (effective_date)")
    op.execute("ANALYZE event_search")


def upgrade() -> None:
    (_sqlite if op.get_bind().dialect.name == "sqlite" else _postgresql)(True)


def downgrade() -> None:
    (_sqlite if op.get_bind().dialect.name == "sqlite" else _postgresql)(False)
