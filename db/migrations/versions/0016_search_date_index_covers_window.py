"""PostgreSQL: the full-text rows' date index carries the search window's columns

Revision ID: 0016
Revises: 0015

A window without words (browsing, filters of type, agreement kind, province or year, a date range) is the
newest (oldest) events that pass its filters (`db.query.search`). PostgreSQL read them from `event`, a heap row
per event (its rows are wide: the payload), in random places at a million events. The date index of
`event_search` (migration 0014) now INCLUDEs the window's columns (migration 0015), so such a window is an
index-only scan walking dates and checking the filters in the index's own entries: a few index pages instead of
a thousand rows (the table's visibility map, kept by (auto)vacuum, lets it skip the rows). The same index still
serves words sorted by date. SQLite: nothing (its `event_search_window` is already keyed in date order).
"""
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

_INCLUDED = "story_key, type, agreement_kind, province_code, regency_code, index_key, effective_year, loaded_at"


def _date_index(covering: bool) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute("DROP INDEX IF EXISTS ix_event_search_date")
    op.execute("CREATE INDEX ix_event_search_date ON event_search (effective_date)"
               + (f" INCLUDE ({_INCLUDED})" if covering else ""))


def upgrade() -> None:
    _date_index(True)


def downgrade() -> None:
    _date_index(False)
