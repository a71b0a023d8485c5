"""Search over the store: full text (`db.query.language`) and filters, ranked, paginated, with facet counts
(type, agreement kind, province, regency, index, year: the year assessed for an index report, else the year
of the event); each facet counts with every filter but its own.

The unit is the consolidated event (`story_key`, `db.load.stories`): an event reported by two outlets is one
hit with two reports, counted once in totals, facets and exports. A story matches when any of its reports
matches; it ranks by its best-matching report.

A search reads at most `WINDOW` matching events (story, facet columns, dates, score) and counts, ranks, pages
and facets them in the database, in one statement; a facet with a filter of its own set reads its window
without that filter. When no more events match than that, everything is exact. When more do (a one-word
query over a million events), the result says so (`SearchResult.capped`: the total is a lower bound, "more
than") and its counts, facets and pages are those of the window, as search engines cap counts rather than
scan every match per request: without words (or sorted by date or arrival) the window is the newest (oldest,
last loaded) events, so its pages are the first pages; ranked by relevance it is the first matches in the
full-text index's order (SQLite: the newest, `db.fulltext.search_rowid`), ranked among themselves.
Exports (`iter_hits`) always read every match."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from db.fulltext import UNDATED_ROWIDS, filter_token, rowid_day, tokens
from db.query.hits import HIT_COLUMNS, hit_of, story_hits, with_story_counts
from db.query.language import ParsedQuery, to_fts5, to_tsquery
from db.query.request import SearchQuery
from db.query.results import FacetValue, Hit, SearchResult
from db.tables import ARTICLES, BATCH, EVENTS, PEOPLE
from pantau.catalogue import agreement_kind_label, index_short, type_label
from pantau.regions import region_name

__all__ = ["FACETS", "HIT_COLUMNS", "conditions", "hit_of", "iter_hits", "search", "with_story_counts"]

FACETS = ("type", "kind", "province", "regency", "index", "year")


# SQLite's relevance without global statistics: matched words in the event's own words (`body`) weigh 10, in
# `stems` (their roots, and its article's headline) 3, counted from the marks highlight() puts around each match
# of the row being read. FTS5's bm25() would first walk the whole posting list of every searched word to count
# the documents holding it (hundreds of milliseconds at a million events); this costs only the events read.
_FTS5_SCORE = ("10.0 * (length(highlight(event_search, 1, char(1), '')) - length(body))"
               " + 3.0 * (length(highlight(event_search, 2, char(1), '')) - length(stems))")


def _matches(dialect: str, parsed: ParsedQuery, ranked: bool = True, *, name: str = "m", flat: bool = True,
             bound: bool = False):
    """Subquery (event_id, score) of the events matching a parsed query; counts and facets need no score,
    so `ranked=False` skips computing it. SQLite: `flat` lets SQLite merge the subquery into the query around
    it, which then reads matches as the index yields them and stops at its LIMIT (it cannot group them:
    highlight() cannot run inside an aggregate). The expression is the bind parameter `name`: given here, or (`bound`) at execution."""
    if dialect == "sqlite":
        score = _FTS5_SCORE if ranked else "0.0"
        sql = f"SELECT event_id, {score} AS score, rowid AS position FROM event_search WHERE event_search MATCH :{name}"
        value = to_fts5(parsed)
        statement = sa.text(sql + ("" if flat else " LIMIT -1"))
    else:  # ranked by the words alone (`name`_words): the filter tokens in `name` would weigh in ts_rank
        score = f"ts_rank(tsv, CAST(:{name}_words AS tsquery))" if ranked else "0.0"
        statement = sa.text(f"SELECT event_id, {score} AS score, effective_date AS position FROM event_search "
                            f"WHERE tsv @@ CAST(:{name} AS tsquery)")
        value = to_tsquery(parsed)
        if ranked:
            statement = statement.bindparams(sa.bindparam(f"{name}_words", None if bound else value, type_=sa.String))
    statement = statement.bindparams(sa.bindparam(name, None if bound else value, type_=sa.String))
    position = sa.BigInteger if dialect == "sqlite" else EVENTS.c.effective_date.type
    return statement.columns(event_id=sa.String, score=sa.Float, position=position).subquery(name)


_FILTER_FIELDS = {"type": ("types", EVENTS.c.type), "province": ("provinces", EVENTS.c.province_code),
                  "regency": ("regencies", EVENTS.c.regency_code), "index": ("indexes", EVENTS.c.index_key),
                  "year": ("years", EVENTS.c.effective_year), "kind": ("agreement_kinds", EVENTS.c.agreement_kind)}


def conditions(query: SearchQuery, skip: str | None = None, tokens: bool = False) -> list[Any]:
    """The WHERE conditions of a search's filters (all but the facet `skip`; none of the facets when the
    full-text match has them as `tokens`), with named bind parameters (`_bind_values`), so one statement serves
    every search of its shape."""
    where = [column.in_(sa.bindparam(field, getattr(query, field), expanding=True))
             for facet, (field, column) in _FILTER_FIELDS.items()
             if getattr(query, field) and facet != skip and not tokens]
    values = _bind_values(query)
    if query.since:
        where.append(EVENTS.c.effective_date >= sa.bindparam("since", query.since, type_=EVENTS.c.effective_date.type))
    if query.until:
        where.append(EVENTS.c.effective_date <= sa.bindparam("until", query.until, type_=EVENTS.c.effective_date.type))
    if query.article_id:
        where.append(EVENTS.c.article_id == sa.bindparam("article_id", query.article_id, type_=sa.String))
    if query.source:
        where.append(EVENTS.c.article_id.in_(sa.select(ARTICLES.c.id).where(sa.or_(
            ARTICLES.c.source == sa.bindparam("source", values["source"], type_=sa.String),
            ARTICLES.c.source.like(sa.bindparam("source_like", values["source_like"], type_=sa.String), escape="/")))))
    if query.person:
        where.append(EVENTS.c.id.in_(sa.select(PEOPLE.c.event_id).where(
            PEOPLE.c.name_key.like(sa.bindparam("person_like", values["person_like"], type_=sa.String)))))
    return where


def _bind_values(query: SearchQuery) -> dict[str, Any]:
    """The values of the bind parameters `conditions` names."""
    values: dict[str, Any] = {field: list(getattr(query, field)) for field, _ in _FILTER_FIELDS.values()}
    source = (query.source or "").strip().lower()
    escaped = source.replace("/", "//").replace("%", "/%").replace("_", "/_")
    values.update(since=query.since, until=query.until, article_id=query.article_id, source=source,
                  since_rowid=rowid_day(query.since) if query.since else None,
                  until_rowid=rowid_day(query.until) + UNDATED_ROWIDS - 1 if query.until else None,
                  source_like=f"%.{escaped}", person_like=f"%{' '.join(tokens(query.person or ''))}%")
    return values


def _base(columns: list[Any], query: SearchQuery, matches, skip: str | None = None, tokens: bool = False):
    statement = sa.select(*columns).select_from(EVENTS)
    if matches is not None:
        statement = statement.join(matches, matches.c.event_id == EVENTS.c.id)
    return statement.where(*conditions(query, skip, tokens))


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
    sort = query.sort or ("relevance" if parsed else "newest")
    if sort == "relevance" and not parsed:
        sort = "newest"
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            # A search reads a window of rows: parallel workers cost more to start than they save, and take
            # the cores that concurrent requests need (this transaction only).
            conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
        summary = _summary(conn, query, parsed, sort, (page - 1) * per_page, per_page)
        hits = story_hits(conn, summary.page, query.article_id)
    return SearchResult(total=summary.stories, page=page, per_page=per_page, hits=hits, facets=summary.facets,
                        parsed=parsed, capped=summary.read > WINDOW, window=WINDOW)


def _filter_match(dialect: str, query: SearchQuery, skip: str | None) -> str | None:
    """The full-text expression of a search's facet filters (all but `skip`'s) on the index's filter tokens:
    FTS5's `filters` column, or PostgreSQL's lexemes of weight D."""
    clauses = []
    for name, column in _FILTER_COLUMNS.items():
        values = getattr(query, _FACET_FILTERS[name])
        if values and name != skip:
            if dialect == "sqlite":
                clauses.append("(" + " OR ".join(f"filters : {filter_token(column, v)}" for v in values) + ")")
            else:
                clauses.append("(" + " | ".join(f"'{filter_token(column, v)}':D" for v in values) + ")")
    return (" AND " if dialect == "sqlite" else " & ").join(clauses) or None


def _window_matches(dialect: str, query: SearchQuery, parsed: ParsedQuery, name: str,
                    skip: str | None) -> dict[str, str]:
    """The full-text expressions of one window (`_window`), by bind parameter name: the words, and the facet
    filters (`_filter_match`) that narrow the match inside the index."""
    if not parsed:
        return {}
    filters = _filter_match(dialect, query, skip)
    if dialect == "sqlite":
        return {f"{name}_m": to_fts5(parsed) + (f" AND ({filters})" if filters else "")}
    words = to_tsquery(parsed)
    return {f"{name}_m": f"({words})" + (f" & {filters}" if filters else ""), f"{name}_m_words": words}


def _window(dialect: str, query: SearchQuery, parsed: ParsedQuery, sort: str, name: str, skip: str | None = None):
    """At most WINDOW + 1 events matching the search, with every filter but facet `skip`'s, as a CTE of narrow
    rows (story key, facet columns, date, arrival, score): the first by the sort's own order (dated events by
    date, an index's order on both backends, then the undated ones), or for relevance the first matches in the
    full-text index's order. Each part is its own LIMITed query, so the database stops reading
    once it has enough. Its full-text expressions are bind parameters (`_window_matches`)."""
    columns = [EVENTS.c.story_key, *(column.label(facet) for facet, column in _FACET_COLUMNS.items()),
               EVENTS.c.effective_date, EVENTS.c.loaded_at]
    ranked = sort == "relevance"
    scored = ranked and skip is None  # a facet's own window only counts
    sources = [_matches(dialect, parsed, scored, name=f"{name}_m", bound=True) if parsed else None]
    parts = []
    for matches in sources:
        score = matches.c.score if matches is not None else sa.cast(sa.null(), sa.Float)
        # PostgreSQL: the facet filters are left to the match's tokens (`_window_matches`); asked of the events
        # too, they lead the planner to hash every matching row to join them.
        tokens = matches is not None and dialect == "postgresql"
        statement = _base([*columns, score.label("score")], query, matches, skip, tokens)
        date = EVENTS.c.effective_date
        if sort == "loaded":
            parts.append(statement.order_by(EVENTS.c.loaded_at.desc()))
        elif matches is not None and dialect == "sqlite":
            parts += _in_index_order(statement, matches, query, sort)
        elif matches is not None and not ranked:
            parts += _in_date_order(statement, matches, query, sort)
        elif not ranked:
            parts.append(statement.where(date.is_not(None)).order_by(date.asc() if sort == "oldest" else date.desc()))
            parts.append(statement.where(date.is_(None)))
        else:
            parts.append(statement)
    parts = [sa.select(*part.limit(WINDOW + 1).subquery().c) for part in parts]
    union = parts[0] if len(parts) == 1 else sa.union_all(*parts).subquery().select()
    return union.limit(WINDOW + 1).cte(name)


def _in_index_order(statement, matches, query: SearchQuery, sort: str) -> list[Any]:
    """SQLite: the window's parts read in the full-text index's rowid order, which is date order
    (`db.fulltext.search_rowid`), so the index yields the newest (oldest) matches first and a date range is a
    rowid range; relevance reads the newest matches. Undated events have the lowest rowids."""
    position = matches.c.position
    if query.since:
        statement = statement.where(position >= sa.bindparam("since_rowid", type_=sa.BigInteger))
    if query.until:
        statement = statement.where(position <= sa.bindparam("until_rowid", type_=sa.BigInteger))
    if sort != "oldest":
        return [statement.order_by(position.desc())]
    return [statement.where(position >= UNDATED_ROWIDS).order_by(position.asc()),
            statement.where(position < UNDATED_ROWIDS)]


def _in_date_order(statement, matches, query: SearchQuery, sort: str) -> list[Any]:
    """PostgreSQL: the window's parts ordered by the full-text rows' own dates (migration 0014), so the planner
    can walk their date index checking each row's `tsv` and stop at the window (a common word), or read the
    few matches of a rare one from the GIN index and sort them; dated events first, then the undated."""
    position = matches.c.position
    if query.since:
        statement = statement.where(position >= sa.bindparam("since", type_=EVENTS.c.effective_date.type))
    if query.until:
        statement = statement.where(position <= sa.bindparam("until", type_=EVENTS.c.effective_date.type))
    ordered = position.asc() if sort == "oldest" else position.desc()
    return [statement.where(position.is_not(None)).order_by(ordered), statement.where(position.is_(None))]


def _story_order(sort: str, stories) -> list[Any]:
    """The order of stories (`stories`: story_key, score, latest, earliest, arrived): by their best report's
    score, their latest (or earliest) date, arrival; the story key last, for a stable order."""
    newest = [stories.latest.desc().nulls_last(), stories.arrived.desc().nulls_last(), stories.story_key]
    if sort == "relevance":
        return [stories.score.desc().nulls_last(), *newest]
    if sort == "oldest":
        return [stories.earliest.asc().nulls_last(), stories.story_key]
    if sort == "loaded":
        return [stories.arrived.desc().nulls_last(), stories.story_key]
    return newest


class _Summary:
    def __init__(self) -> None:
        self.page: list[Any] = []
        self.stories = self.read = 0
        self.facets: dict[str, list[FacetValue]] = {}


_STATEMENTS: dict[tuple[Any, ...], Any] = {}  # one summary statement per shape of search (`_shape`)


def _shape(dialect: str, query: SearchQuery, parsed: ParsedQuery, sort: str) -> tuple[Any, ...]:
    """What decides a search's statement; everything else is a bind parameter's value."""
    present = tuple(bool(getattr(query, field)) for field, _ in _FILTER_FIELDS.values())
    return (dialect, sort, bool(parsed), present, bool(query.since), bool(query.until), bool(query.article_id),
            bool(query.source), bool(query.person), query.facets, WINDOW)


def _summary(conn, query: SearchQuery, parsed: ParsedQuery, sort: str, offset: int, limit: int) -> _Summary:
    """One statement: the search's window (`_window`), its page of stories in order, how many stories and
    events it holds, and the stories per value of each facet, counted in the database. A facet whose filter is
    set counts in a window read without that filter. Built once per shape of search (building and keying a
    statement this size costs more than running it on a small store), then run with this search's values."""
    dialect = conn.dialect.name
    shape = _shape(dialect, query, parsed, sort)
    statement = _STATEMENTS.get(shape)
    if statement is None:
        if len(_STATEMENTS) > 500:
            _STATEMENTS.clear()
        statement = _STATEMENTS[shape] = _summary_statement(dialect, query, parsed, sort)
    values = {**_bind_values(query), **_window_matches(dialect, query, parsed, "w", None),
              "page_limit": limit, "page_offset": offset}
    for facet in _FACET_COLUMNS if query.facets else ():
        if getattr(query, _FACET_FILTERS[facet]):
            values.update(_window_matches(dialect, query, parsed, f"w_{facet}", facet))
    summary = _Summary()
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for part, value, n, score in conn.execute(statement, values):
        if part == "page":
            summary.page.append((n, value, score))
        elif part in ("stories", "read"):
            setattr(summary, part, n)
        else:
            counts[part][value] = n
    summary.page = [_PageRow(key, score) for _, key, score in sorted(summary.page)]
    summary.facets = {facet: _facet_values(facet, counts.get(facet, {})) for facet in _FACET_COLUMNS if query.facets}
    return summary


def _summary_statement(dialect: str, query: SearchQuery, parsed: ParsedQuery, sort: str):
    read = _window(dialect, query, parsed, sort, "w")
    window = sa.select(read).limit(WINDOW).cte("w_kept")
    stories = (sa.select(window.c.story_key, sa.func.max(window.c.score).label("score"),
                         sa.func.max(window.c.effective_date).label("latest"),
                         sa.func.min(window.c.effective_date).label("earliest"),
                         sa.func.max(window.c.loaded_at).label("arrived"))
               .group_by(window.c.story_key).subquery("stories"))
    ordered = sa.select(stories.c.story_key, stories.c.score,
                        sa.func.row_number().over(order_by=_story_order(sort, stories.c)).label("position"))
    page = (ordered.order_by(*_story_order(sort, stories.c)).limit(sa.bindparam("page_limit", type_=sa.Integer))
            .offset(sa.bindparam("page_offset", type_=sa.Integer)).subquery("page"))
    text = sa.String
    parts = [sa.select(sa.literal("page", text), page.c.story_key, page.c.position.label("n"), page.c.score),
             sa.select(sa.literal("stories", text), sa.cast(sa.null(), text),
                       sa.func.count(sa.distinct(window.c.story_key)), sa.cast(sa.null(), sa.Float)),
             sa.select(sa.literal("read", text), sa.cast(sa.null(), text), sa.func.count(), sa.cast(sa.null(), sa.Float))
             .select_from(read)]
    for facet in _FACET_COLUMNS if query.facets else ():
        source = window
        if getattr(query, _FACET_FILTERS[facet]):
            source = sa.select(_window(dialect, query, parsed, sort, f"w_{facet}", skip=facet)).limit(WINDOW).cte(f"w_{facet}_kept")
        column = source.c[facet]
        parts.append(sa.select(sa.literal(facet, text), sa.cast(column, text), sa.func.count(sa.distinct(source.c.story_key)),
                               sa.cast(sa.null(), sa.Float)).where(column.is_not(None)).group_by(column))
    return sa.union_all(*parts)


class _PageRow:
    __slots__ = ("story_key", "score")

    def __init__(self, story_key: str, score: float | None) -> None:
        self.story_key, self.score = story_key, score


def _facet_values(name: str, counts: dict[str, int]) -> list[FacetValue]:
    if name == "year":
        values = sorted(counts, key=int, reverse=True)
    else:
        values = sorted(counts, key=lambda v: (-counts[v], v))
    return [FacetValue(v, _facet_label(name, int(v) if name == "year" else v), counts[v]) for v in values[:40]]


def iter_hits(engine, query: SearchQuery, batch_size: int = BATCH) -> Iterator[Hit]:
    """Every hit of a search in result order (for exports); `page`/`per_page` are ignored. The ranked story
    keys are read once (narrow rows), then the stories in batches, so long exports stay linear."""
    parsed = query.parsed()
    matches = _matches(engine.dialect.name, parsed, flat=False) if parsed else None
    with engine.connect() as conn:
        ranked = conn.execute(_ranked_stories(query, matches)).all()
        for offset in range(0, len(ranked), batch_size):
            yield from story_hits(conn, ranked[offset:offset + batch_size], query.article_id)


def _ranked_stories(query: SearchQuery, matches):
    """(story_key, score) of every matching story, in result order."""
    score = sa.func.max(matches.c.score) if matches is not None else sa.null()
    statement = _base([EVENTS.c.story_key, score.label("score")], query, matches).group_by(EVENTS.c.story_key)
    sort = query.sort or ("relevance" if matches is not None else "newest")
    if sort == "relevance" and matches is None:
        sort = "newest"
    return statement.order_by(*_story_order(sort, _Aggregates(score)))


class _Aggregates:
    """The aggregate expressions of one story's events, named as `_story_order` reads them."""

    def __init__(self, score) -> None:
        self.story_key = EVENTS.c.story_key
        self.score = score
        self.latest = sa.func.max(EVENTS.c.effective_date)
        self.earliest = sa.func.min(EVENTS.c.effective_date)
        self.arrived = sa.func.max(EVENTS.c.loaded_at)


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
