"""SQLite's full-text index holds each event's filter values as tokens

Revision ID: 0008
Revises: 0007

`event_search` (FTS5) gains a `filters` column: tokens for the event's type, agreement kind, province, regency,
index and year (`db.fulltext.filter_terms`), weighted 0 in bm25, so a search with words and filters intersects
them inside the index (`db.query.search`). The table is rebuilt with its rows and the tokens computed here in
SQL, the same as `filter_terms` writes them. PostgreSQL is unchanged: its planner joins a filter's events to
their `tsv`.
"""
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_TOKENS = (("t", "e.type"), ("k", "e.agreement_kind"), ("p", "e.province_code"), ("r", "e.regency_code"),
           ("i", "e.index_key"), ("y", "e.effective_year"))
_CREATE = ("CREATE VIRTUAL TABLE {name} USING fts5(event_id UNINDEXED, body, stems{extra}, "
           "tokenize = 'unicode61 remove_diacritics 2')")


def _filters_sql() -> str:
    parts = [f"CASE WHEN {column} IS NULL THEN '' ELSE ' xf{letter}' || "
             f"replace(replace(lower(CAST({column} AS TEXT)), '_', ''), '.', '') END" for letter, column in _TOKENS]
    return "ltrim(" + " || ".join(parts) + ")"


def _rebuild(with_filters: bool) -> None:
    op.execute("DROP TABLE IF EXISTS event_search_new")
    op.execute(_CREATE.format(name="event_search_new", extra=", filters" if with_filters else ""))
    if with_filters:
        op.execute("INSERT INTO event_search_new (rowid, event_id, body, stems, filters) "
                   f"SELECT s.rowid, s.event_id, s.body, s.stems, COALESCE({_filters_sql()}, '') "
                   "FROM event_search s LEFT JOIN event e ON e.id = s.event_id")
    else:
        op.execute("INSERT INTO event_search_new (rowid, event_id, body, stems) "
                   "SELECT rowid, event_id, body, stems FROM event_search")
    op.execute("DROP TABLE event_search")
    op.execute("ALTER TABLE event_search_new RENAME TO event_search")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(with_filters=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(with_filters=False)
