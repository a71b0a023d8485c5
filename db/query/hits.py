"""Hits as consolidated events: the reports of one event (one `story_key`, see `db.load.stories`) from every
article, and the fields they disagree on, flagged and never resolved."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import lru_cache
from typing import Any

import sqlalchemy as sa

from db.query.results import Hit, Report
from db.rows import batched
from db.tables import ARTICLES, BATCH, EVENTS
from pantau.catalogue import category_of
from pantau.text import fold

HIT_COLUMNS = (EVENTS.c.id, EVENTS.c.payload, EVENTS.c.article_id, EVENTS.c.effective_date, EVENTS.c.loaded_at,
               sa.null().label("score"), ARTICLES.c.url, ARTICLES.c.title, ARTICLES.c.source, ARTICLES.c.published,
               ARTICLES.c.cluster_id, EVENTS.c.story_key)


def hit_of(row) -> Hit:
    """A Hit from a row of HIT_COLUMNS (without its reports: `with_reports`)."""
    return Hit(id=row.id, event=row.payload, article_id=row.article_id, url=row.url, title=row.title,
               source=row.source, published=row.published, date=row.effective_date,
               score=row.score, loaded_at=row.loaded_at, cluster_id=row.cluster_id,
               story_key=row.story_key or row.id)


def _report_order(row) -> tuple[Any, ...]:
    # The first report is the earliest published (the original, usually), then by id for a stable choice.
    return (row.published is None, row.published or dt.date.max, row.id)


def _members(conn, story_keys: set[str]) -> dict[str, list[Any]]:
    """story key -> its events' HIT_COLUMNS rows, first report first."""
    members: dict[str, list[Any]] = defaultdict(list)
    for chunk in batched(sorted(story_keys), BATCH):
        for row in conn.execute(sa.select(*HIT_COLUMNS).select_from(EVENTS)
                                .outerjoin(ARTICLES, ARTICLES.c.id == EVENTS.c.article_id)
                                .where(EVENTS.c.story_key.in_(chunk))):
            members[row.story_key].append(row)
    return {key: sorted(rows, key=_report_order) for key, rows in members.items()}


def _number_or_text(event: dict[str, Any]) -> tuple[str, str] | None:
    """(comparison key, as written) of an index report's value."""
    number, written = event.get("value_number"), str(event.get("value") or "").strip()
    if isinstance(number, int | float) and not isinstance(number, bool):
        return f"{float(number):g}", written or f"{number:g}"
    return (" ".join(written.upper().split()), written) if written else None


@lru_cache(maxsize=8192)
def _category(index: Any, predicate: Any, value: Any) -> str | None:
    """`category_of`, once per distinct value: a page of stories at a million events holds thousands of
    reports, most of them repeating a few values."""
    return category_of(index, predicate, value)


def _field_values(event: dict[str, Any]) -> dict[str, tuple[str, str] | None]:
    """The fields reports of one event must agree on: name -> (comparison key, as written) or None."""
    kind = event.get("type")
    if kind == "index_report":
        fields = (event.get("index"), event.get("predicate"), event.get("value"))
        try:
            category = _category(*fields)
        except TypeError:  # a value that cannot be a cache key (a list)
            category = category_of(*fields)
        return {"value": _number_or_text(event), "category": (category, category) if category else None}
    if kind == "agreement_signing":
        year = event.get("agreement_year")
        return {"agreement_year": (str(year), str(year)) if year is not None else None}
    if kind == "inauguration":
        count, by = event.get("officials_count"), event.get("inaugurated_by")
        name = by.get("name") if isinstance(by, dict) else by
        return {"officials_count": (str(count), str(count)) if count is not None else None,
                "inaugurated_by": (fold(str(name)), str(name)) if name else None}
    return {}


def disputes(events: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Fields on which reports of one event give different values -> those values, as first written."""
    seen: dict[str, dict[str, str]] = defaultdict(dict)
    for event in events:
        for name, pair in _field_values(event).items():
            if pair is not None:
                seen[name].setdefault(pair[0], pair[1])
    return {name: list(values.values()) for name, values in seen.items() if len(values) > 1}


def _report(row) -> Report:
    return Report(event_id=row.id, article_id=row.article_id, url=row.url, title=row.title, source=row.source,
                  published=row.published, event=row.payload)


def with_reports(conn, hits: list[Hit]) -> list[Hit]:
    """Set each hit's reports (every article's report of its event) and disputes."""
    members = _members(conn, {h.story_key or h.id for h in hits})
    for hit in hits:
        rows = members.get(hit.story_key or hit.id, [])
        hit.reports = [_report(row) for row in rows]
        hit.disputes = disputes([r.event for r in hit.reports])
    return hits


def story_hits(conn, page: list[Any], article_id: str | None = None) -> list[Hit]:
    """Hits for rows of (story_key, score), in their order: each story's first report (or the report of
    `article_id`, for a search of one article's events), with all of them."""
    members = _members(conn, {row.story_key for row in page})
    hits = []
    for row in page:
        rows = members.get(row.story_key)
        if not rows:
            continue  # replaced between the two reads
        hit = hit_of(next((r for r in rows if r.article_id == article_id), rows[0]))
        hit.score = row.score
        hit.reports = [_report(member) for member in rows]
        hit.disputes = disputes([r.event for r in hit.reports])
        hits.append(hit)
    return with_story_counts(conn, hits)


def with_story_counts(conn, hits: list[Hit]) -> list[Hit]:
    """Set each hit's `same_story`: the other stored articles of its near-duplicate cluster."""
    clusters = {h.cluster_id for h in hits if h.cluster_id}
    if clusters:
        sizes = dict(conn.execute(sa.select(ARTICLES.c.cluster_id, sa.func.count())
                                  .where(ARTICLES.c.cluster_id.in_(clusters))
                                  .group_by(ARTICLES.c.cluster_id)).all())
        for hit in hits:
            hit.same_story = max(0, sizes.get(hit.cluster_id, 1) - 1)
    return hits
