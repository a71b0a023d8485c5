"""SQLite's full-text index keeps its rows in date order (`db.fulltext.search_rowid`, migration 0013), and keeps
them there through every write that moves an event's date; searches sorted by date read it in that order."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from db.fulltext import UNDATED_ROWIDS, rowid_day, search_rowid
from tests.db.conftest import _records
from tests.db.test_migrations import _downgraded

ROWS = sa.text("SELECT s.rowid, s.event_id, e.effective_date FROM event_search s LEFT JOIN event e ON e.id = s.event_id")


def _rows(store) -> list:
    with store.engine.connect() as conn:
        return sorted(conn.execute(ROWS).all())


def _date(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _assert_in_date_order(store) -> None:
    rows = _rows(store)
    with store.engine.connect() as conn:
        events = conn.execute(sa.text("SELECT count(*) FROM event")).scalar_one()
    assert len(rows) == events and all(day is not None for _, _, day in rows)
    assert all(rowid == search_rowid(event_id, _date(day)) for rowid, event_id, day in rows)
    assert [_date(day) for _, _, day in rows] == sorted(_date(day) for _, _, day in rows)


def test_rowids_are_days_then_a_hash():
    assert rowid_day(None) == 0 < UNDATED_ROWIDS <= rowid_day(dt.date(1900, 1, 1))
    days = [dt.date(1850, 5, 1), dt.date(1900, 1, 2), dt.date(2024, 2, 29), dt.date(2024, 3, 1), dt.date(2300, 1, 1)]
    rowids = [search_rowid("event-a", day) for day in days]
    assert rowids == sorted(rowids) and search_rowid("event-b", days[2]) >> 47 == rowids[2] >> 47
    assert search_rowid("event-a", None) < UNDATED_ROWIDS and all(0 < r < 2**63 for r in rowids)


def test_full_text_rows_follow_event_dates_through_loads_and_migration(sqlite_url):
    from db import Store

    store = Store(sqlite_url)
    store.sync_regions()
    articles, events = _records("articles.jsonl"), _records("events.jsonl")
    store.load_articles(articles)
    store.replace_events([a["id"] for a in articles], events, extractor="fixture")
    _assert_in_date_order(store)
    # A new publication date moves the undated events of its article; a changed event date moves that event.
    undated = next(e for e in events if not e.get("date"))
    moved = [{**a, "published": "2019-06-30"} if a["id"] == undated["article_id"] else a for a in articles]
    store.load_articles(moved)
    dated = next(e for e in events if e.get("date") and e["article_id"] != undated["article_id"])
    store.replace_events([dated["article_id"]], [{**e, "date": "2018-01-02"} if e is dated else e for e in events
                                                  if e["article_id"] == dated["article_id"]], extractor="fixture")
    rows = _rows(store)
    assert {_date(day) for _, _, day in rows} >= {dt.date(2019, 6, 30), dt.date(2018, 1, 2)}
    _assert_in_date_order(store)
    store.replace_events([dated["article_id"]], [], extractor="fixture")  # deleted events leave no rows
    _assert_in_date_order(store)
    before = _rows(store)
    with _downgraded(store, "0012"):
        pass  # hashed rowids, then rebuilt in date order on the way back up
    assert _rows(store) == before
