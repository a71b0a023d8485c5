"""Search over the store: full text (`db.query.language`) and filters, ranked, paginated, with facet counts
(type, agreement kind, province, regency, index, year: the year assessed for an index report, else the year
of the event); each facet counts with every filter but its own.

The unit is the consolidated event (`story_key`, `db.load.stories`): an event reported by two outlets is one
hit with two reports, counted once in totals, facets and exports. A story matches when any of its reports
matches; it ranks by its best-matching report."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from db.fulltext import tokens
from db.query.hits import HIT_COLUMNS, hit_of, story_hits, with_story_counts
from db.query.language import ParsedQuery, to_fts5, to_tsquery
from db.query.request import SearchQuery
from db.query.results import FacetValue, Hit, SearchResult
from db.tables import ARTICLES, BATCH, EVENTS, PEOPLE
from pantau.catalogue import agreement_kind_label, index_short, type_label
from pantau.regions import region_name

__all__ = ["FACETS", "HIT_COLUMNS", "conditions", "hit_of", "iter_hits", "search", "with_story_counts"]

FACETS = ("type", "kind", "province", "regency", "index", "year")
STORIES = sa.func.count(sa.distinct(EVENTS.c.story_key))  # what every count counts


def _matches(dialect: str, parsed: ParsedQuery, ranked: bool = True):
    """Subquery (event_id, score) of the events matching a parsed query; counts and facets need no score,
    so `ranked=False` skips computing it."""
    if dialect == "sqlite":
        score = "-bm25(event_search, 0.0, 10.0, 3.0)" if ranked else "0.0"
        # LIMIT -1 (no limit) keeps SQLite from flattening the subquery into the grouped query: bm25() cannot
        # run inside an aggregate.
        statement = sa.text(f"SELECT event_id, {score} AS score "
                            "FROM event_search WHERE event_search MATCH :fts LIMIT -1").bindparams(fts=to_fts5(parsed))
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


def search(engine, query: SearchQuery) -> SearchResult:
    parsed = query.parsed()
    dialect = engine.dialect.name
    matches = _matches(dialect, parsed) if parsed else None
    unranked = _matches(dialect, parsed, ranked=False) if parsed else None
    page = max(1, query.page)
    per_page = max(1, min(query.per_page, 1000))
    with engine.connect() as conn:
        total = conn.execute(_base([STORIES], query, unranked)).scalar_one()
        hits = _hits(conn, query, matches, offset=(page - 1) * per_page, limit=per_page)
        facets = _facets(conn, query, unranked) if query.facets else {}
    return SearchResult(total=total, page=page, per_page=per_page, hits=hits, facets=facets, parsed=parsed)


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


def _hits(conn, query: SearchQuery, matches, *, offset: int, limit: int) -> list[Hit]:
    # Two steps: rank and cut the page on narrow columns, then read the wide rows (payload, article) of that
    # page's stories only, rather than carrying every match's payload through the sort.
    page = conn.execute(_ranked_stories(query, matches).offset(offset).limit(limit)).all()
    return story_hits(conn, page, query.article_id)


def _facets(conn, query: SearchQuery, matches) -> dict[str, list[FacetValue]]:
    columns = {"type": EVENTS.c.type, "kind": EVENTS.c.agreement_kind, "province": EVENTS.c.province_code, "regency": EVENTS.c.regency_code,
               "index": EVENTS.c.index_key, "year": EVENTS.c.effective_year}
    facets: dict[str, list[FacetValue]] = {}
    for name, column in columns.items():
        count = STORIES.label("n")
        statement = (_base([column.label("value"), count], query, matches, skip=name)
                     .where(column.is_not(None)).group_by(column))
        statement = statement.order_by(column.desc()) if name == "year" else statement.order_by(count.desc(), column)
        rows = conn.execute(statement.limit(40)).fetchall()
        facets[name] = [FacetValue(str(r.value), _facet_label(name, r.value), r.n) for r in rows]
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
