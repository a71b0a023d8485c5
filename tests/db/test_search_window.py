"""The search window's copies of the events' columns (migration 0015: SQLite's `event_search_window`, keyed by
the full-text rowid; PostgreSQL's `event_search`) stay equal to `event` through every write: loads,
re-extraction (changed, moved and dropped events), a new publication date, re-keying, and the migration."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from db.fulltext import search_rowid
from db.load.stories import rekey
from db.tables import SEARCH_WINDOW_COLUMNS
from tests.db.conftest import _records
from tests.db.test_migrations import _downgraded

COLUMNS = ", ".join(SEARCH_WINDOW_COLUMNS)


def _day(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _copies(store) -> list[tuple]:
    """(event id, its window columns) of every full-text row; SQLite: checked to sit under its event's rowid."""
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            rows = conn.execute(sa.text(f"SELECT search_rowid, event_id, {COLUMNS} FROM event_search_window")).all()
            fts = {rowid for (rowid,) in conn.execute(sa.text("SELECT rowid FROM event_search"))}
            assert {row[0] for row in rows} == fts
            assert all(row[0] == search_rowid(row[1], _day(row.effective_date)) for row in rows)
            return sorted(tuple(row[1:]) for row in rows)
        return sorted(tuple(row) for row in conn.execute(sa.text(f"SELECT event_id, {COLUMNS} FROM event_search")))


def _events(store) -> list[tuple]:
    with store.engine.connect() as conn:
        return sorted(tuple(row) for row in conn.execute(sa.text(f"SELECT id, {COLUMNS} FROM event")))


def _assert_in_step(store) -> list[tuple]:
    copies = _copies(store)
    assert copies == _events(store) and copies
    return copies


def test_window_columns_follow_the_events_through_every_write(store_url):
    from db import Store

    store = Store(store_url)
    store.sync_regions()
    articles, events = _records("articles.jsonl"), _records("events.jsonl")
    store.load_articles(articles)
    store.replace_events([a["id"] for a in articles], events, extractor="fixture")
    _assert_in_step(store)
    # Re-extraction: one event gets a date (a new rowid on SQLite), another of its article is dropped.
    article = "jatim-spbe-2023"
    own = [e for e in events if e["article_id"] == article]
    store.replace_events([article], [{**own[0], "date": "2017-03-04"}, *own[1:-1]], extractor="fixture")
    copies = _assert_in_step(store)
    assert len(copies) == len(events) - 1
    assert dt.date(2017, 3, 4) in {_day(row[SEARCH_WINDOW_COLUMNS.index("effective_date") + 1]) for row in copies}
    # A new publication date moves the article's undated events.
    undated = next(e for e in events if not e.get("date"))
    store.load_articles([{**a, "published": "2016-05-06"} if a["id"] == undated["article_id"] else a for a in articles])
    _assert_in_step(store)
    # Re-keying after the rules changed sets the copies too.
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE event SET story_key = 'stale'"))
        conn.execute(sa.text(f"UPDATE {'event_search_window' if store.dialect == 'sqlite' else 'event_search'} "
                             "SET story_key = 'stale'"))
        assert rekey(conn, only_missing=False) > 0
    assert all(row[1] != "stale" for row in _assert_in_step(store))
    before = _assert_in_step(store)
    with _downgraded(store, "0014"):
        pass  # built again from `event` on the way back up
    assert _assert_in_step(store) == before
