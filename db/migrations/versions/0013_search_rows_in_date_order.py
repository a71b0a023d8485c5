"""SQLite's full-text index keeps its rows in date order

Revision ID: 0013
Revises: 0012

A row's rowid in `event_search` (FTS5) becomes the event's effective date (days since 1900, top 16 bits) then
47 bits of a hash of its id (`db.fulltext.search_rowid`); it was the hash alone. FTS5 yields matches in rowid
order, so a search sorted by date reads its window of newest (oldest) matches and stops, and a date range is a
rowid range, both inside the index: at a million events a word matching a quarter of them was read whole and
sorted. The table is rebuilt in rowid order, then merged into one segment. The formula is written here as it
stands at this revision. PostgreSQL is unchanged.
"""
import datetime as dt
import hashlib

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_CREATE = ("CREATE VIRTUAL TABLE event_search_new USING fts5(event_id UNINDEXED, body, stems, filters, "
           "tokenize = 'unicode61 remove_diacritics 2')")
_FIRST_DAY = dt.date(1900, 1, 1).toordinal() - 1
_HASH_BITS = 47


def _dated_rowid(event_id: str, effective_date: str | None) -> int:
    digest = int.from_bytes(hashlib.sha1(event_id.encode()).digest()[:8], "big") >> (64 - _HASH_BITS)
    if not effective_date:
        return digest
    day = dt.date.fromisoformat(str(effective_date)[:10]).toordinal() - _FIRST_DAY
    return min(max(day, 1), (1 << (63 - _HASH_BITS)) - 1) << _HASH_BITS | digest


def _hashed_rowid(event_id: str, effective_date: str | None) -> int:
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def _rebuild(rowid) -> None:
    bind = op.get_bind()
    bind.connection.driver_connection.create_function("pantau_search_rowid", 2, rowid, deterministic=True)
    op.execute("DROP TABLE IF EXISTS event_search_new")
    op.execute(_CREATE)
    op.execute("INSERT INTO event_search_new (rowid, event_id, body, stems, filters) "
               "SELECT pantau_search_rowid(s.event_id, e.effective_date) AS r, s.event_id, s.body, s.stems, s.filters "
               "FROM event_search s LEFT JOIN event e ON e.id = s.event_id ORDER BY r")
    op.execute("INSERT INTO event_search_new (event_search_new) VALUES ('optimize')")
    op.execute("DROP TABLE event_search")
    op.execute("ALTER TABLE event_search_new RENAME TO event_search")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(_dated_rowid)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(_hashed_rowid)
