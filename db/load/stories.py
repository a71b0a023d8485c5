"""Consolidated events: reports of one event from several articles and outlets share a `story_key`.

An event's story is what it reports, whatever article reports it:
- an agreement signing: its region, day and agreement kind;
- an inauguration: its region and day;
- an index report: its region, index, assessed year and measure (inflation month-to-month, year-on-year and
  year-to-date are three stories, `pantau.catalogue.index_measure`), not its value: two values reported for
  one region, index and year are one story whose value is disputed (the query side flags it, never picks).
An event without its region, or its day (year for an index), cannot be told apart from another event of its
article's region, so it is a story of its own (its key is its event id). Two events of one article with the
same story (two signings of one kind on one day) stay two: the n-th of them joins the n-th of other articles.
The key is computed at load (`db.load.events`) and indexed; search, counts, charts and exports group by it.
"""

from __future__ import annotations

import hashlib
from typing import Any

from pantau.catalogue import index_measure
from pantau.text import fold


def event_measure(event: dict[str, Any]) -> str | None:
    """The index measure an index report's value is, when its index has measures and its text names one."""
    if event.get("type") != "index_report":
        return None
    return index_measure(event.get("index"), str(event.get("value") or ""), event.get("evidence"),
                         event.get("index_label"))


def story_basis(event: dict[str, Any], measure: str | None) -> tuple[str, ...] | None:
    """What makes two reports one event, or None when the event says too little to be matched."""
    code = (event.get("regency") or {}).get("code")
    kind = event.get("type")
    if not code:
        return None
    if kind == "agreement_signing" and event.get("date"):
        return (kind, code, str(event["date"]), str(event.get("agreement_kind")))
    if kind == "inauguration" and event.get("date"):
        return (kind, code, str(event["date"]))
    if kind == "index_report" and isinstance(event.get("year"), int) and not isinstance(event.get("year"), bool):
        label = fold(str(event.get("index_label") or "")) if event.get("index") == "other" else ""
        return (kind, code, str(event.get("index")), str(event["year"]), measure or "", label)
    return None


class StoryKeys:
    """Story keys for the events of one load, in extraction order (see the module's docstring)."""

    def __init__(self) -> None:
        self._count: dict[tuple[str, ...], int] = {}

    def __call__(self, event: dict[str, Any], identifier: str) -> tuple[str, str | None]:
        """(story key, measure) of an event whose id is `identifier`."""
        measure = event_measure(event)
        basis = story_basis(event, measure)
        if basis is None:
            return identifier, measure
        occurrence = self._count.get((str(event["article_id"]), *basis), 0)
        self._count[(str(event["article_id"]), *basis)] = occurrence + 1
        key = "\x1f".join(basis) + (f"\x1f#{occurrence}" if occurrence else "")
        return "st" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:18], measure


def rekey(conn, *, only_missing: bool = True, batch_size: int = 5000) -> int:
    """Compute the story key and measure of stored events (those without one, or all): for stores loaded
    before story keys existed, and after the rules that make a story change. Returns how many were set."""
    import sqlalchemy as sa

    from db.load.events import (  # (the writer of Event; it imports this module)
        update_event_columns,
        update_search_story_keys,
    )
    from db.tables import EVENTS

    keys = StoryKeys()
    done = 0
    last: tuple[str, str] = ("", "")
    while True:
        query = sa.select(EVENTS.c.id, EVENTS.c.article_id, EVENTS.c.payload, EVENTS.c.effective_date)
        if only_missing:
            query = query.where(EVENTS.c.story_key.is_(None))  # set rows drop out: always the next batch
        else:
            query = query.where(sa.tuple_(EVENTS.c.article_id, EVENTS.c.id) > sa.tuple_(*last))
        rows = conn.execute(query.order_by(EVENTS.c.article_id, EVENTS.c.id).limit(batch_size)).all()
        if not rows:
            return done
        updates = []
        for row in rows:
            story_key, measure = keys({**(row.payload or {}), "article_id": row.article_id}, row.id)
            updates.append({"event_key": row.id, "story_key": story_key, "measure": measure})
        update_event_columns(conn, updates)
        update_search_story_keys(conn, [(row.id, row.effective_date, u["story_key"]) for row, u in zip(rows, updates, strict=True)])
        done += len(rows)
        last = (rows[-1].article_id, rows[-1].id)
