"""Search over the store: full text (`db.query.language`) and filters, ranked, paginated, with facet counts
(type, agreement kind, province, regency, index, year: the year assessed for an index report, else the year
of the event); each facet counts with every filter but its own.

The unit is the consolidated event (`story_key`, `db.load.stories`): an event reported by two outlets is one
hit with two reports, counted once in totals, facets and exports. A story matches when any of its reports
matches; it ranks by its best-matching report.

A search reads at most `WINDOW` matching events, in one narrow query (story, facet columns, dates, score),
and counts, ranks and pages them here; a facet with a filter of its own set reads its window without that
filter. When no more events match than that, everything is exact. When more do (a one-word query over a
million events), the result says so (`SearchResult.capped`: the total is a lower bound, "more than") and its
counts, facets and pages are those of the window, as search engines cap counts rather than scan every match
per request: without words (or sorted by date or arrival) the window is the newest (oldest, last loaded)
events, so its pages are the first pages; ranked by relevance it is the first matches in the full-text
index's order, ranked among themselves. Exports (`iter_hits`) always read every match."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from db.fulltext import filter_token, tokens
from db.query.hits import HIT_COLUMNS, hit_of, story_hits, with_story_counts
from db.query.language import ParsedQuery, to_fts5, to_tsquery
from db.query.request import SearchQuery
from db.query.results import FacetValue, Hit, SearchResult
from db.tables import ARTICLES, BATCH, EVENTS, PEOPLE
from pantau.catalogue import agreement_kind_label, index_short, type_label
from pantau.regions import region_name

__all__ = ["FACETS", "HIT_COLUMNS", "conditions", "hit_of", "iter_hits", "search", "with_story_counts"]

FACETS = ("type", "kind", "province", "regency", "index", "year")


def _matches(dialect: str, parsed: ParsedQuery, ranked: bool = True, *, filters: str | None = None,
             flat: bool = False):
    """Subquery (event_id, score) of the events matching a parsed query; counts and facets need no score,
    so `ranked=False` skips computing it. SQLite: `filters` (`_filter_match`) narrows the match inside the
    index; `flat` lets SQLite merge the subquery into the query around it, which then reads matches as the
    index yields them and stops at its LIMIT (it cannot group them: bm25() cannot run inside an aggregate)."""
    if dialect == "sqlite":
        # The filter tokens' column weighs nothing: filters find, they never rank.
        score = "-bm25(event_search, 0.0, 10.0, 3.0, 0.0)" if ranked else "0.0"
        expression = to_fts5(parsed) + (f" AND ({filters})" if filters else "")
        statement = sa.text(f"SELECT event_id, {score} AS score FROM event_search WHERE event_search MATCH :fts"
                            + ("" if flat else " LIMIT -1")).bindparams(fts=expression)
    else:
        score = "ts_rank(tsv, CAST(:tsq AS tsquery))" if ranked else "0.0"
        statement = sa.text(f"SELECT event_id, {score} AS score "
                            "FROM event_search WHERE tsv @@ CAST(:tsq AS tsquery)").bindparams(tsq=to_tsquery(parsed))
    return statement.columns(event_id=sa.String, score=sa.Float).subquery("m")


def _facet_conditions(query: SearchQuery, skip: str | None) -> list[Any]:
    conditions = []
    if query.types and skip != "type":
        conditions.append(EVENTS.c.type.in_(query.types))
    if query.provinces and skip != "province":
        conditions.append(EVENTS.c.province_code.in_(query.provinces))
    if query.regencies and skip != "regency":
        conditions.append(EVENTS.c.regency_code.in_(query.regencies))
    if query.indexes and skip != "index":
        conditions.append(EVENTS.c.index_key.in_(query.indexes))
    if query.years and skip != "year":
        conditions.append(EVENTS.c.effective_year.in_(query.years))
    if query.agreement_kinds and skip != "kind":
        conditions.append(EVENTS.c.agreement_kind.in_(query.agreement_kinds))
    return conditions


def conditions(query: SearchQuery, skip: str | None = None) -> list[Any]:
    """The WHERE conditions of a search's filters (all but the facet `skip`)."""
    where = _facet_conditions(query, skip)
    if query.since:
        where.append(EVENTS.c.effective_date >= query.since)
    if query.until:
        where.append(EVENTS.c.effective_date <= query.until)
    if query.article_id:
        where.append(EVENTS.c.article_id == query.article_id)
    if query.source:
        source = query.source.strip().lower()
        where.append(EVENTS.c.article_id.in_(sa.select(ARTICLES.c.id).where(
            sa.or_(ARTICLES.c.source == source, ARTICLES.c.source.endswith("." + source, autoescape=True)))))
    if query.person:
        key = " ".join(tokens(query.person))
        where.append(EVENTS.c.id.in_(sa.select(PEOPLE.c.event_id).where(PEOPLE.c.name_key.like(f"%{key}%"))))
    return where


def _base(columns: list[Any], query: SearchQuery, matches, skip: str | None = None):
    statement = sa.select(*columns).select_from(EVENTS)
    if matches is not None:
        statement = statement.join(matches, matches.c.event_id == EVENTS.c.id)
    return statement.where(*conditions(query, skip))


WINDOW = 1000  # matching events a search reads at most (see the module's docstring)
_FACET_COLUMNS = {"type": EVENTS.c.type, "kind": EVENTS.c.agreement_kind, "province": EVENTS.c.province_code,
                  "regency": EVENTS.c.regency_code, "index": EVENTS.c.index_key, "year": EVENTS.c.effective_year}
_FACET_FILTERS = {"type": "types", "kind": "agreement_kinds", "province": "provinces", "regency": "regencies",
                  "index": "indexes", "year": "years"}


_FILTER_COLUMNS = {name: column.name for name, column in _FACET_COLUMNS.items()}  # as `filter_token` names them


def search(engine, query: SearchQuery) -> SearchResult:
    parsed = query.parsed()
    page = max(1, query.page)
    per_page = max(1, min(query.per_page, WINDOW))
    with engine.connect() as conn:
        rows, complete = _window(conn, query, parsed)
        sort = query.sort or ("relevance" if parsed else "newest")
        stories = _ordered_stories(rows, sort if parsed or sort != "relevance" else "newest")
        hits = story_hits(conn, stories[(page - 1) * per_page:page * per_page], query.article_id)
        facets = _facets(conn, query, parsed, rows) if query.facets else {}
    return SearchResult(total=len(stories), page=page, per_page=per_page, hits=hits, facets=facets, parsed=parsed,
                        capped=not complete)


def _filter_match(query: SearchQuery, skip: str | None) -> str | None:
    """The FTS5 expression of a search's facet filters (all but `skip`'s) on the index's filter tokens."""
    clauses = []
    for name, column in _FILTER_COLUMNS.items():
        values = getattr(query, _FACET_FILTERS[name])
        if values and name != skip:
            clauses.append("(" + " OR ".join(f"filters : {filter_token(column, v)}" for v in values) + ")")
    return " AND ".join(clauses) or None


def _window(conn, query: SearchQuery, parsed: ParsedQuery, skip: str | None = None) -> tuple[list[Any], bool]:
    """(at most WINDOW events matching the search, with every filter but facet `skip`'s; whether that is all
    of them). Narrow rows: story key, facet columns, date, arrival, score."""
    matches = None
    if parsed:
        dialect = conn.dialect.name
        ranked = (query.sort or "relevance") == "relevance"
        filters = _filter_match(query, skip) if dialect == "sqlite" else None
        matches = _matches(dialect, parsed, ranked, filters=filters, flat=True)
    score = matches.c.score if matches is not None else sa.null()
    # Dates and times only order stories here: read as the database returns them (ISO text on SQLite, whose
    # order is theirs), not converted to Python objects, which cost more than the query at a thousand rows.
    columns = [EVENTS.c.story_key, *(column.label(name) for name, column in _FACET_COLUMNS.items()),
               sa.type_coerce(EVENTS.c.effective_date, sa.String).label("effective_date"),
               sa.type_coerce(EVENTS.c.loaded_at, sa.String).label("loaded_at"), score.label("score")]
    statement = _base(columns, query, matches, skip)
    sort = query.sort or ("relevance" if matches is not None else "newest")
    if sort == "loaded":
        statement = statement.order_by(EVENTS.c.loaded_at.desc())
    elif sort != "relevance" or matches is None:
        # Dated events by date (an index's order on both backends), then the undated ones, which sort last.
        date = EVENTS.c.effective_date
        dated = conn.execute(statement.where(date.is_not(None))
                             .order_by(date.asc() if sort == "oldest" else date.desc()).limit(WINDOW + 1)).all()
        if len(dated) <= WINDOW:
            dated += conn.execute(statement.where(date.is_(None)).limit(WINDOW + 1 - len(dated))).all()
        return dated[:WINDOW], len(dated) <= WINDOW
    rows = conn.execute(statement.limit(WINDOW + 1)).all()
    return rows[:WINDOW], len(rows) <= WINDOW


class _Story:
    __slots__ = ("story_key", "score", "latest", "earliest", "arrived")

    def __init__(self, row) -> None:
        self.story_key, self.score = row.story_key, row.score
        self.latest = self.earliest = row.effective_date
        self.arrived = row.loaded_at

    def add(self, row) -> None:
        if row.score is not None and (self.score is None or row.score > self.score):
            self.score = row.score
        if row.effective_date is not None:
            if self.latest is None or row.effective_date > self.latest:
                self.latest = row.effective_date
            if self.earliest is None or row.effective_date < self.earliest:
                self.earliest = row.effective_date
        if row.loaded_at is not None and (self.arrived is None or row.loaded_at > self.arrived):
            self.arrived = row.loaded_at


def _ordered_stories(rows: list[Any], sort: str) -> list[_Story]:
    """The stories of a window's events in result order (the order `_order` gives in SQL)."""
    stories: dict[str, _Story] = {}
    for row in rows:
        if row.story_key in stories:
            stories[row.story_key].add(row)
        else:
            stories[row.story_key] = _Story(row)
    ordered = sorted(stories.values(), key=lambda s: s.story_key)
    # Stable sorts, least significant key first; a missing date sorts last either way.
    if sort == "oldest":
        ordered.sort(key=lambda s: (s.earliest is None, s.earliest or 0))
        return ordered
    ordered.sort(key=lambda s: (s.arrived is not None, s.arrived or 0), reverse=True)
    if sort == "loaded":
        return ordered
    ordered.sort(key=lambda s: (s.latest is not None, s.latest or 0), reverse=True)
    if sort == "relevance":
        ordered.sort(key=lambda s: (s.score is not None, s.score or 0.0), reverse=True)
    return ordered


def iter_hits(engine, query: SearchQuery, batch_size: int = BATCH) -> Iterator[Hit]:
    """Every hit of a search in result order (for exports); `page`/`per_page` are ignored. The ranked story
    keys are read once (narrow rows), then the stories in batches, so long exports stay linear."""
    parsed = query.parsed()
    matches = _matches(engine.dialect.name, parsed) if parsed else None
    with engine.connect() as conn:
        ranked = conn.execute(_ranked_stories(query, matches)).all()
        for offset in range(0, len(ranked), batch_size):
            yield from story_hits(conn, ranked[offset:offset + batch_size], query.article_id)


def _order(query: SearchQuery, matches) -> list[Any]:
    """The order of stories: by their best report's score, their latest (or earliest) date, arrival."""
    sort = query.sort or ("relevance" if matches is not None else "newest")
    latest_date, arrived = sa.func.max(EVENTS.c.effective_date), sa.func.max(EVENTS.c.loaded_at)
    newest = [latest_date.desc().nulls_last(), arrived.desc(), EVENTS.c.story_key]
    if sort == "relevance" and matches is not None:
        return [sa.func.max(matches.c.score).desc(), *newest]
    if sort == "oldest":
        return [sa.func.min(EVENTS.c.effective_date).asc().nulls_last(), EVENTS.c.story_key]
    if sort == "loaded":
        return [arrived.desc(), EVENTS.c.story_key]
    return newest


def _ranked_stories(query: SearchQuery, matches):
    """(story_key, score) of every matching story, in result order."""
    score = sa.func.max(matches.c.score) if matches is not None else sa.null()
    return (_base([EVENTS.c.story_key, score.label("score")], query, matches)
            .group_by(EVENTS.c.story_key).order_by(*_order(query, matches)))


def _facets(conn, query: SearchQuery, parsed: ParsedQuery, rows: list[Any]) -> dict[str, list[FacetValue]]:
    """Stories per value of each facet: from the search's own window, or for a facet whose filter is set, from
    a window read without that filter."""
    facets: dict[str, list[FacetValue]] = {}
    for position, name in enumerate(_FACET_COLUMNS, start=1):  # the column's place in a window's rows
        window = _window(conn, query, parsed, skip=name)[0] if getattr(query, _FACET_FILTERS[name]) else rows
        stories: dict[Any, set[str]] = defaultdict(set)
        for row in window:
            if row[position] is not None:
                stories[row[position]].add(row[0])
        counts = {value: len(keys) for value, keys in stories.items()}
        if name == "year":
            values = sorted(counts, reverse=True)
        else:
            values = sorted(counts, key=lambda v: (-counts[v], v))
        facets[name] = [FacetValue(str(v), _facet_label(name, v), counts[v]) for v in values[:40]]
    return facets


def _facet_label(name: str, value: Any) -> str:
    if name == "type":
        return type_label(value)
    if name in ("province", "regency"):
        return region_name(value) or str(value)
    if name == "index":
        return index_short(value)
    if name == "kind":
        return agreement_kind_label(value)
    return str(value)
