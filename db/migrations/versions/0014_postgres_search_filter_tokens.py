"""PostgreSQL's full-text index holds each event's filter values as tokens, and its date

Revision ID: 0014
Revises: 0013

`event_search` gains `filters` (`db.fulltext.filter_terms`, as SQLite has had since 0008) and its `tsv` takes
them at weight D, after the event's words (so positions and `ts_rank` of the words are unchanged; searched words
are A or B only, so they never match a token). A search with words and filters is then one intersection
inside the GIN index: at a million events "a word + a year" hashed every event of the year to join them. It
also gains the event's `effective_date`, indexed: a search with words sorted by date walks that index and
checks each row's `tsv` until its window is full, instead of walking the events' dates and looking up each
one's `tsv` in another table. The table is built again (a generated column cannot change in place) with the
tokens computed here in SQL, the same as `filter_terms` writes them. SQLite is unchanged.
"""
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

_TOKENS = (("t", "e.type"), ("k", "e.agreement_kind"), ("p", "e.province_code"), ("r", "e.regency_code"),
           ("i", "e.index_key"), ("y", "e.effective_year"))
_VECTOR = ("setweight(to_tsvector('simple'::regconfig, body), 'A') || "
           "setweight(to_tsvector('simple'::regconfig, stems), 'B')")


def _filters_sql() -> str:
    parts = [f"CASE WHEN {column} IS NULL THEN '' ELSE ' xf{letter}' || "
             f"replace(replace(lower(CAST({column} AS TEXT)), '_', ''), '.', '') END" for letter, column in _TOKENS]
    return "ltrim(" + " || ".join(parts) + ")"


def _rebuild(with_filters: bool) -> None:
    vector = _VECTOR + (" || setweight(to_tsvector('simple'::regconfig, filters), 'D')" if with_filters else "")
    op.execute("DROP TABLE IF EXISTS event_search_new")
    op.execute("CREATE TABLE event_search_new (event_id VARCHAR(40) NOT NULL, body TEXT NOT NULL, stems TEXT NOT NULL"
               + (", filters TEXT NOT NULL DEFAULT '', effective_date DATE" if with_filters else "")
               + f", tsv tsvector GENERATED ALWAYS AS ({vector}) STORED)")
    if with_filters:
        op.execute("INSERT INTO event_search_new (event_id, body, stems, filters, effective_date) "
                   f"SELECT s.event_id, s.body, s.stems, COALESCE({_filters_sql()}, ''), e.effective_date "
                   "FROM event_search s LEFT JOIN event e ON e.id = s.event_id")
    else:
        op.execute("INSERT INTO event_search_new (event_id, body, stems) SELECT event_id, body, stems FROM event_search")
    op.execute("DROP TABLE event_search")
    op.execute("ALTER TABLE event_search_new RENAME TO event_search")
    op.execute("ALTER TABLE event_search ADD CONSTRAINT event_search_pkey PRIMARY KEY (event_id)")
    op.execute("CREATE INDEX ix_event_search_tsv ON event_search USING gin (tsv)")
    if with_filters:
        op.execute("CREATE INDEX ix_event_search_date ON event_search (effective_date)")
    op.execute("ANALYZE event_search")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild(with_filters=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild(with_filters=False)
