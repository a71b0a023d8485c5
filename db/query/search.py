"""Search over the store: full text (`db.query.language`) and filters, ranked, paginated, with facet counts
(type, province, regency, index, year); each facet counts with every filter but its own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from db.fulltext import tokens
from db.query.language import ParsedQuery, to_fts5, to_tsquery
from db.query.request import SearchQuery
from db.query.results import FacetValue, Hit, SearchResult
from db.tables import ARTICLES, BATCH, EVENTS, PEOPLE
from pantau.catalogue import index_short, type_label
from pantau.regions import region_name

FACETS = ("type", "province", "regency", "index", "year")
HIT_COLUMNS = (EVENTS.c.id, EVENTS.c.payload, EVENTS.c.article_id, EVENTS.c.effective_date, EVENTS.c.loaded_at,
               sa.null().label("score"), ARTICLES.c.url, ARTICLES.c.title, ARTICLES.c.source, ARTICLES.c.published,
               ARTICLES.c.cluster_id)


def _matches(dialect: str, parsed: ParsedQuery, ranked: bool = True):
    """Subquery (event_id, score) of the events matching a parsed query; counts and facets need no score,
    so `ranked=False` skips computing it."""
    if dialect == "sqlite":
        score = "-bm25(event_search, 0.0, 10.0, 3.0)" if ranked else "0.0"
        statement = sa.text(f"SELECT event_id, {score} AS score "
                            "FROM event_search WHERE event_search MATCH :fts").bindparams(fts=to_fts5(parsed))
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
    return conditions


def conditions(query: SearchQuery, skip: str | None = None) -> list[Any]:
    """The WHERE conditions of a search's filters (all but the facet `skip`)."""
    where = _facet_conditions(query, skip)
    if query.agreement_kinds:
        where.append(EVENTS.c.agreement_kind.in_(query.agreement_kinds))
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
        if unranked is not None and not conditions(query):
            # Every indexed row is an event: without filters the index alone gives the count.
            total = conn.execute(sa.select(sa.func.count()).select_from(unranked)).scalar_one()
        else:
            total = conn.execute(_base([sa.func.count()], query, unranked)).scalar_one()
        hits = with_story_counts(conn, _hits(conn, query, matches, offset=(page - 1) * per_page, limit=per_page))
        facets = _facets(conn, query, unranked) if query.facets else {}
    return SearchResult(total=total, page=page, per_page=per_page, hits=hits, facets=facets, parsed=parsed)


def iter_hits(engine, query: SearchQuery, batch_size: int = BATCH) -> Iterator[Hit]:
    """Every hit of a search in result order (for exports); `page`/`per_page` are ignored. The ranked ids are
    read once (narrow rows), then the events in batches, so long exports stay linear."""
    parsed = query.parsed()
    matches = _matches(engine.dialect.name, parsed) if parsed else None
    score = matches.c.score if matches is not None else sa.null()
    with engine.connect() as conn:
        ranked = conn.execute(_base([EVENTS.c.id, score.label("score")], query, matches)
                              .order_by(*_order(query, matches))).all()
        for offset in range(0, len(ranked), batch_size):
            yield from _page_hits(conn, ranked[offset:offset + batch_size])


def _order(query: SearchQuery, matches) -> list[Any]:
    sort = query.sort or ("relevance" if matches is not None else "newest")
    newest = [EVENTS.c.effective_date.desc().nulls_last(), EVENTS.c.loaded_at.desc(), EVENTS.c.id]
    if sort == "relevance" and matches is not None:
        return [matches.c.score.desc(), *newest]
    if sort == "oldest":
        return [EVENTS.c.effective_date.asc().nulls_last(), EVENTS.c.id]
    if sort == "loaded":
        return [EVENTS.c.loaded_at.desc(), EVENTS.c.id]
    return newest


def _hits(conn, query: SearchQuery, matches, *, offset: int, limit: int) -> list[Hit]:
    # Two steps: rank and cut the page on narrow columns, then read the wide rows (payload, article) of that
    # page only, rather than carrying every match's payload through the sort.
    score = matches.c.score if matches is not None else sa.null()
    page = conn.execute(_base([EVENTS.c.id, score.label("score")], query, matches)
                        .order_by(*_order(query, matches)).offset(offset).limit(limit)).all()
    return _page_hits(conn, page)


def _page_hits(conn, page) -> list[Hit]:
    """Hits for rows of (id, score), in their order."""
    if not page:
        return []
    scores = {row.id: row.score for row in page}
    rows = {row.id: row for row in conn.execute(
        sa.select(*HIT_COLUMNS).select_from(EVENTS).outerjoin(ARTICLES, ARTICLES.c.id == EVENTS.c.article_id)
        .where(EVENTS.c.id.in_(list(scores))))}
    hits = []
    for identifier, score_value in scores.items():
        hit = hit_of(rows[identifier])
        hit.score = score_value
        hits.append(hit)
    return hits


def hit_of(row) -> Hit:
    """A Hit from a row of HIT_COLUMNS."""
    return Hit(id=row.id, event=row.payload, article_id=row.article_id, url=row.url, title=row.title,
               source=row.source, published=row.published, date=row.effective_date,
               score=row.score, loaded_at=row.loaded_at, cluster_id=row.cluster_id)


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


def _facets(conn, query: SearchQuery, matches) -> dict[str, list[FacetValue]]:
    columns = {"type": EVENTS.c.type, "province": EVENTS.c.province_code, "regency": EVENTS.c.regency_code,
               "index": EVENTS.c.index_key, "year": EVENTS.c.effective_year}
    facets: dict[str, list[FacetValue]] = {}
    for name, column in columns.items():
        count = sa.func.count().label("n")
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
    return str(value)
