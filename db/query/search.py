"""Search over the store: full text (`db.query.language`) and filters, ranked, paginated, with facet counts
(type, agreement kind, province, regency, index, year: the year assessed for an index report, else the year
of the event); each facet counts with every filter but its own.

The unit is the consolidated event (`story_key`, `db.load.stories`): an event reported by two outlets is one
hit with two reports, counted once in totals, facets and exports. A story matches when any of its reports
matches; it ranks by its best-matching report.

A search reads at most `WINDOW` matching events (story, facet columns, dates, score), in one statement, from
the full-text rows' copies of those columns (migration 0015) when it can, and groups them into stories, ranks,
pages and counts facets from those narrow rows; a facet with a filter of its own set reads its window without
that filter. When no more events match than that, everything is exact. When more do (a one-word
query over a million events), the result says so (`SearchResult.capped`: the total is a lower bound, "more
than") and its counts, facets and pages are those of the window, as search engines cap counts rather than
scan every match per request: without words (or sorted by date or arrival) the window is the newest (oldest,
last loaded) events, so its pages are the first pages; ranked by relevance it is the first matches in the
full-text index's order (SQLite: the newest, `db.fulltext.search_rowid`), ranked among themselves.
Exports (`iter_hits`) always read every match."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from db.fulltext import UNDATED_ROWIDS, filter_token, rowid_day, tokens
from db.query.hits import HIT_COLUMNS, hit_of, story_hits, with_story_counts
from db.query.language import ParsedQuery, to_fts5, to_tsquery
from db.query.request import SearchQuery
from db.query.results import FacetValue, Hit, SearchResult
from db.tables import ARTICLES, BATCH, EVENTS, PEOPLE, SEARCH, SEARCH_WINDOW, SEARCH_WINDOW_COLUMNS
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
    highlight() cannot run inside an aggregate). The expression is the bind parameter `name`: given here, or
    (`bound`) at execution. PostgreSQL's rows also have the search window's columns (migration 0015)."""
    value = None if bound else to_fts5(parsed) if dialect == "sqlite" else to_tsquery(parsed)
    if dialect == "sqlite":
        score = _FTS5_SCORE if ranked else "0.0"
        sql = f"SELECT event_id, {score} AS score, rowid AS position FROM event_search WHERE event_search MATCH :{name}"
        statement = sa.text(sql + ("" if flat else " LIMIT -1"))
        window = {}
    else:  # ranked by the words alone (`name`_words): the filter tokens in `name` would weigh in ts_rank
        score = f"ts_rank(tsv, CAST(:{name}_words AS tsquery))" if ranked else "0.0"
        window = {column: EVENTS.c[column].type for column in SEARCH_WINDOW_COLUMNS}
        statement = sa.text(f"SELECT event_id, {score} AS score, effective_date AS position, {', '.join(window)} "
                            f"FROM event_search WHERE tsv @@ CAST(:{name} AS tsquery)")
        if ranked:
            statement = statement.bindparams(sa.bindparam(f"{name}_words", value, type_=sa.String))
    statement = statement.bindparams(sa.bindparam(name, value, type_=sa.String))
    position = sa.BigInteger if dialect == "sqlite" else EVENTS.c.effective_date.type
    return statement.columns(event_id=sa.String, score=sa.Float, position=position, **window).subquery(name)


_FILTER_FIELDS = {"type": ("types", EVENTS.c.type), "province": ("provinces", EVENTS.c.province_code),
                  "regency": ("regencies", EVENTS.c.regency_code), "index": ("indexes", EVENTS.c.index_key),
                  "year": ("years", EVENTS.c.effective_year), "kind": ("agreement_kinds", EVENTS.c.agreement_kind)}


def conditions(query: SearchQuery, skip: str | None = None, tokens: bool = False) -> list[Any]:
    """The WHERE conditions of a search's filters on `event` (all but the facet `skip`'s; none of the facets
    when the full-text match has them as `tokens`), with named bind parameters (`_bind_values`), so one
    statement serves every search of its shape."""
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
_SEARCH_FILTER_COLUMNS = {facet: (field, column.name) for facet, (field, column) in _FILTER_FIELDS.items()}


# PostgreSQL, for a search's transaction only, in one round trip: it reads a window of rows, so parallel
# workers cost more to start than they save (and take the cores concurrent requests need), and so does JIT
# compilation (tens of ms, chosen when a million rows make a plan's estimated cost high); its statements are
# prepared after a few runs (psycopg), and a generic plan, made without the words' selectivity, would walk the
# date index for a rare word or gather every match of a common one: each search is planned for its values.
_PG_SEARCH_SETTINGS = ("SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off; "
                       "SET LOCAL plan_cache_mode = force_custom_plan")


def search(engine, query: SearchQuery) -> SearchResult:
    parsed = query.parsed()
    page = max(1, query.page)
    per_page = max(1, min(query.per_page, WINDOW))
    sort = query.sort or ("relevance" if parsed else "newest")
    if sort == "relevance" and not parsed:
        sort = "newest"
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(_PG_SEARCH_SETTINGS)
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
                    skip: str | None, sort: str = "relevance") -> dict[str, str]:
    """The full-text expressions of one window (`_window`), by bind parameter name: the words, and the facet
    filters (`_filter_match`) that narrow the match inside the index; on SQLite, the filters alone without
    words (`_full_text_window`)."""
    filters = _filter_match(dialect, query, skip)
    if dialect == "sqlite" and not parsed and filters and _reads_full_text_rows(dialect, query, parsed, sort):
        return {f"{name}_m": filters}
    if not parsed:
        return {}
    if dialect == "sqlite":
        return {f"{name}_m": to_fts5(parsed) + (f" AND ({filters})" if filters else "")}
    match = to_tsquery(parsed, ranked=False)
    return {f"{name}_m": f"({match})" + (f" & {filters}" if filters else ""), f"{name}_m_words": to_tsquery(parsed)}


def _window(dialect: str, query: SearchQuery, parsed: ParsedQuery, sort: str, name: str, skip: str | None = None):
    """At most WINDOW + 1 events matching the search, with every filter but facet `skip`'s, as a CTE of narrow
    rows (story key, facet columns, date, arrival, score): the first by the sort's own order (dated events by
    date, an index's order on both backends, then the undated ones), or for relevance the first matches in the
    full-text index's order. Each part is its own LIMITed query, so the database stops reading
    once it has enough. Its full-text expressions are bind parameters (`_window_matches`). Read from the
    full-text rows' copies of the events' columns (migration 0015: `_full_text_window`) when it can, else from
    `event` (sorted by arrival, filtered by article, source or person; PostgreSQL without words)."""
    if _reads_full_text_rows(dialect, query, parsed, sort, skip):
        parts = _full_text_window(dialect, query, parsed, sort, name, skip)
    else:
        parts = _event_window(dialect, query, parsed, sort, name, skip)
    parts = [sa.select(*part.limit(WINDOW + 1).subquery().c) for part in parts]
    union = parts[0] if len(parts) == 1 else sa.union_all(*parts).subquery().select()
    return union.limit(WINDOW + 1).cte(name)


def _reads_full_text_rows(dialect: str, query: SearchQuery, parsed: ParsedQuery, sort: str,
                          skip: str | None = None) -> bool:
    """Whether a window reads the full-text rows' copies of the events' columns: its filters are all among
    them, in the order `event_search` can give; PostgreSQL without words: unless a regency or index is asked
    for (a few thousand events at most, found in `event`'s indexes faster than by walking every date: the
    other filters hold a percent or more of the events, so a walk of the covering date index, migration 0016,
    meets a window of them soon)."""
    return (sort != "loaded" and not (query.article_id or query.source or query.person)
            and (bool(parsed) or dialect == "sqlite"
                 or not ((query.regencies and skip != "regency") or (query.indexes and skip != "index"))))


def _window_columns(rows, score) -> list[Any]:
    """A window's row: story key, facet columns, and its date and arrival as the driver gives them (only ever
    compared with each other: ISO text on SQLite), with no conversion per row; then its score."""
    return [rows.c.story_key, *(rows.c[column].label(facet) for facet, column in _FILTER_COLUMNS.items()),
            sa.type_coerce(rows.c.effective_date, sa.String).label("effective_date"),
            sa.type_coerce(rows.c.loaded_at, sa.String).label("loaded_at"), score.label("score")]


def _event_window(dialect: str, query: SearchQuery, parsed: ParsedQuery, sort: str, name: str,
                  skip: str | None) -> list[Any]:
    """The window's parts read from `event` and its indexes, each match (if words) joined to its event."""
    matches = _matches(dialect, parsed, sort == "relevance" and skip is None, name=f"{name}_m", bound=True) if parsed else None
    score = matches.c.score if matches is not None else sa.cast(sa.null(), sa.Float)
    # PostgreSQL: the facet filters are left to the match's tokens (`_window_matches`); asked of the events
    # too, they lead the planner to hash every matching row to join them.
    tokens = matches is not None and dialect == "postgresql"
    statement = _base(_window_columns(EVENTS, score), query, matches, skip, tokens)
    date = EVENTS.c.effective_date
    if sort == "loaded":
        return [statement.order_by(EVENTS.c.loaded_at.desc())]
    if matches is not None and dialect == "sqlite":
        return _in_index_order(statement, matches.c.position, query, sort)
    if matches is not None:
        return [statement] if sort == "relevance" else _in_date_order(statement, matches.c.position, sort)
    return [statement.where(date.is_not(None)).order_by(date.asc() if sort == "oldest" else date.desc()),
            statement.where(date.is_(None))]


def _full_text_window(dialect: str, query: SearchQuery, parsed: ParsedQuery, sort: str, name: str,
                      skip: str | None) -> list[Any]:
    """The window's parts read from the full-text rows and their copies of the events' columns (migration
    0015): SQLite's `event_search_window`, keyed by the full-text rowid (matched in FTS5, or without words or
    filters read alone, in its key's date order); PostgreSQL's `event_search`. The facet filters are the
    match's tokens (`_window_matches`); PostgreSQL without words: conditions on the copied columns, which its
    covering date index holds (migration 0016)."""
    ranked = sort == "relevance"
    scored = ranked and skip is None  # a facet's own window only counts
    matched = bool(parsed) or (dialect == "sqlite" and _filter_match(dialect, query, skip) is not None)
    matches = _matches(dialect, parsed, scored, name=f"{name}_m", bound=True) if matched else None
    if dialect == "sqlite":
        rows = SEARCH_WINDOW
        score = matches.c.score if matches is not None else sa.cast(sa.null(), sa.Float)
        statement = sa.select(*_window_columns(rows, score)).select_from(rows)
        position = rows.c.search_rowid
        if matches is not None:  # read in the full-text index's order, each match's row looked up by its key
            statement = statement.join(matches, matches.c.position == rows.c.search_rowid)
            position = matches.c.position
    elif matches is not None:
        rows = matches
        statement = sa.select(*_window_columns(rows, rows.c.score))
        position = rows.c.position
    else:  # the columns alone, so the covering date index (migration 0016) answers without reading the rows
        rows = SEARCH
        statement = sa.select(*_window_columns(rows, sa.cast(sa.null(), sa.Float))).select_from(rows).where(
            *(rows.c[column].in_(sa.bindparam(field, expanding=True)) for facet, (field, column) in
              _SEARCH_FILTER_COLUMNS.items() if getattr(query, field) and facet != skip))
        position = rows.c.effective_date
    if query.since:
        statement = statement.where(rows.c.effective_date >= sa.bindparam("since", type_=EVENTS.c.effective_date.type))
    if query.until:
        statement = statement.where(rows.c.effective_date <= sa.bindparam("until", type_=EVENTS.c.effective_date.type))
    if dialect == "sqlite":
        return _in_index_order(statement, position, query, sort)
    return [statement] if ranked else _in_date_order(statement, position, sort)


def _in_index_order(statement, position, query: SearchQuery, sort: str) -> list[Any]:
    """SQLite: the window's parts read in the full-text index's rowid order, which is date order
    (`db.fulltext.search_rowid`), so the index yields the newest (oldest) matches first and a date range is a
    rowid range; relevance reads the newest matches. Undated events have the lowest rowids."""
    if query.since:
        statement = statement.where(position >= sa.bindparam("since_rowid", type_=sa.BigInteger))
    if query.until:
        statement = statement.where(position <= sa.bindparam("until_rowid", type_=sa.BigInteger))
    if sort != "oldest":
        return [statement.order_by(position.desc())]
    return [statement.where(position >= UNDATED_ROWIDS).order_by(position.asc()),
            statement.where(position < UNDATED_ROWIDS)]


def _in_date_order(statement, position, sort: str) -> list[Any]:
    """PostgreSQL: the window's parts ordered by the full-text rows' own dates (migration 0014), so the planner
    can walk their date index checking each row's `tsv` and stop at the window (a common word), or read the
    few matches of a rare one from the GIN index and sort them; dated events first, then the undated."""
    ordered = position.asc() if sort == "oldest" else position.desc()
    return [statement.where(position.is_not(None)).order_by(ordered), statement.where(position.is_(None))]


# The order of stories, first key first (field, descending): by their best report's score, their latest (or
# earliest) date, arrival; NULLs last, the story key last, for a stable order. Read in SQL (`_story_order`,
# exports) and in Python over a window's stories (`_in_story_order`).
_STORY_ORDER = {"relevance": (("score", True), ("latest", True), ("arrived", True)),
                "oldest": (("earliest", False),), "loaded": (("arrived", True),),
                "newest": (("latest", True), ("arrived", True))}


def _story_order(sort: str, stories) -> list[Any]:
    """`_STORY_ORDER` as SQL (`stories`: story_key, score, latest, earliest, arrived)."""
    keys = _STORY_ORDER.get(sort, _STORY_ORDER["newest"])
    return [*((getattr(stories, field).desc() if descending else getattr(stories, field).asc()).nulls_last()
              for field, descending in keys), stories.story_key]


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
    """The search's window (`_window`) and, for each facet whose filter is set, the window read without that
    filter, in one statement (built once per shape of search: building and keying it costs more than running
    it on a small store); then its stories, their page in order and the stories per value of each facet,
    counted here from those narrow rows (a few thousand at most: cheaper than a GROUP BY per facet in SQL)."""
    dialect = conn.dialect.name
    shape = _shape(dialect, query, parsed, sort)
    statement = _STATEMENTS.get(shape)
    if statement is None:
        if len(_STATEMENTS) > 500:
            _STATEMENTS.clear()
        statement = _STATEMENTS[shape] = _windows_statement(dialect, query, parsed, sort)
    values = {**_bind_values(query), **_window_matches(dialect, query, parsed, "w", None, sort)}
    for facet in _FACET_COLUMNS if query.facets else ():
        if getattr(query, _FACET_FILTERS[facet]):
            values.update(_window_matches(dialect, query, parsed, f"w_{facet}", facet, sort))
    windows: dict[str, list[Any]] = defaultdict(list)
    for row in conn.execute(statement, values).all():
        windows[row[0]].append(row)
    summary = _Summary()
    summary.read = len(windows["w"])
    kept = windows["w"][:WINDOW]
    stories = _stories(kept)
    summary.stories = len(stories)
    summary.page = [_PageRow(key, story[0]) for key, story in _in_story_order(sort, stories)[offset:offset + limit]]
    for facet in _FACET_COLUMNS if query.facets else ():
        rows = windows[f"w_{facet}"][:WINDOW] if getattr(query, _FACET_FILTERS[facet]) else kept
        summary.facets[facet] = _facet_values(facet, _facet_counts(rows, facet))
    return summary


def _windows_statement(dialect: str, query: SearchQuery, parsed: ParsedQuery, sort: str):
    """The rows of the search's window (part "w") and of each set facet's own window ("w_<facet>")."""
    parts = [sa.select(sa.literal("w", sa.String).label("part"), _window(dialect, query, parsed, sort, "w"))]
    for facet in _FACET_COLUMNS if query.facets else ():
        if getattr(query, _FACET_FILTERS[facet]):
            own = _window(dialect, query, parsed, sort, f"w_{facet}", skip=facet)
            parts.append(sa.select(sa.literal(f"w_{facet}", sa.String).label("part"), own))
    return parts[0] if len(parts) == 1 else sa.union_all(*parts)


Story = list[Any]  # [best score, latest date, earliest date, last arrival] of a story's events in a window
# A window's row (`_windows_statement`): part, story key, the facet columns, date, arrival, score.
_KEY, _DATE, _ARRIVED, _SCORE = 1, len(_FACET_COLUMNS) + 2, len(_FACET_COLUMNS) + 3, len(_FACET_COLUMNS) + 4


def _stories(rows: list[Any]) -> dict[str, Story]:
    """story key -> its `Story`, as SQL's max() and min() would give them (NULLs left out)."""
    stories: dict[str, Story] = {}
    for row in rows:
        key, score, day, arrived = row[_KEY], row[_SCORE], row[_DATE], row[_ARRIVED]
        story = stories.get(key)
        if story is None:
            stories[key] = [score, day, day, arrived]
            continue
        if score is not None and (story[0] is None or score > story[0]):
            story[0] = score
        if day is not None:
            if story[1] is None or day > story[1]:
                story[1] = day
            if story[2] is None or day < story[2]:
                story[2] = day
        if arrived is not None and (story[3] is None or arrived > story[3]):
            story[3] = arrived
    return stories


_STORY_FIELDS = ("score", "latest", "earliest", "arrived")  # a `Story`'s fields, in order


def _in_story_order(sort: str, stories: dict[str, Story]) -> list[tuple[str, Story]]:
    """The stories in `_STORY_ORDER`'s order, by stable sorts from its last key to its first."""
    ordered = sorted(stories.items())
    for field, descending in reversed(_STORY_ORDER.get(sort, _STORY_ORDER["newest"])):
        index = _STORY_FIELDS.index(field)
        present = [item for item in ordered if item[1][index] is not None]
        present.sort(key=lambda item, index=index: item[1][index], reverse=descending)
        ordered = present + [item for item in ordered if item[1][index] is None]
    return ordered


def _facet_counts(rows: list[Any], facet: str) -> dict[str, int]:
    """Value (as text) -> how many stories of the rows have it."""
    pairs = set(map(itemgetter(list(_FACET_COLUMNS).index(facet) + 2, _KEY), rows))  # (value, story key)
    return {str(value): n for value, n in Counter(value for value, _ in pairs).items() if value is not None}


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
