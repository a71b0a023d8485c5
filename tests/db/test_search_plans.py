"""The plans of search windows on both backends, on a store of a few thousand synthetic events (with planner
statistics, as a deployment has them): the full-text index does the narrowing and the ordering it can, and no
window reads every event of a filter or every match of its words to sort them."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from bench.synthetic import analyse, synthetic
from db import SearchQuery, Store
from db.query import search as S
from tests.db.test_migrations import _downgraded


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def synthetic_store(request, tmp_path_factory):
    from tests.conftest import _scratch_pg_database

    if request.param == "sqlite":
        yield _filled(Store(f"sqlite:///{tmp_path_factory.mktemp('plans')}/plans.db"))
        return
    with _scratch_pg_database() as url:
        yield _filled(Store(url))


def _filled(store: Store) -> Store:
    store.sync_regions()
    articles, events = synthetic(4000, seed=5)
    store.load_articles(articles)
    store.replace_events([a["id"] for a in articles], events, extractor="synthetic")
    analyse(store)
    return store


def _window_plan(store: Store, query: SearchQuery, skip: str | None = None) -> str:
    parsed = query.parsed()
    sort = query.sort or ("relevance" if parsed else "newest")
    dialect = store.dialect
    statement = sa.select(S._window(dialect, query, parsed, sort, "w", skip))
    values = {**S._bind_values(query), **S._window_matches(dialect, query, parsed, "w", skip, sort)}
    compiled = statement.params(**values).compile(dialect=store.engine.dialect,
                                                  compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    with store.engine.connect() as conn:
        cursor = conn.connection.dbapi_connection.cursor()
        if dialect == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + str(compiled), [params[k] for k in compiled.positiontup])
        else:
            cursor.execute("EXPLAIN (COSTS OFF) " + str(compiled), params)
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


DATE_SORTS = [SearchQuery(text="kinerja", sort="newest"), SearchQuery(text="kinerja", sort="oldest"),
              SearchQuery(text="kinerja"), SearchQuery(text="lantik", since=dt.date(2022, 1, 1), until=dt.date(2022, 6, 30))]


@pytest.mark.parametrize("query", DATE_SORTS, ids=["newest", "oldest", "relevance", "date range"])
def test_matches_are_read_in_date_order_of_the_full_text_rows(synthetic_store, query):
    """SQLite: the full-text index's rowid order is date order (migration 0013), so the window reads the
    matches in it (newest first for relevance) and sorts nothing. PostgreSQL: a window sorted by date is sorted
    by the full-text rows' own date (0014), which its planner can walk in an index, checking `tsv` as it goes
    (at this size it reads the table; at a million events it walks the index), never by the events' dates; a
    relevance window is not sorted at all. Either way the window's columns are the full-text rows' copies
    (migration 0015), never looked up in `event`."""
    plan = _window_plan(synthetic_store, query)
    _assert_reads_full_text_rows_alone(synthetic_store.dialect, plan)
    if synthetic_store.dialect == "sqlite":
        assert "SCAN event_search VIRTUAL TABLE" in plan and "TEMP B-TREE" not in plan, plan
    elif query.sort:
        keys = [line.strip() for line in plan.splitlines() if "Sort Key" in line]
        assert all(key.startswith("Sort Key: event_search.effective_date") for key in keys), plan
        assert keys or "Index Scan using ix_event_search_date" in plan, plan
    else:
        assert "Sort" not in plan, plan
    found = synthetic_store.search(query)
    dates = [hit.date for hit in found.hits]
    assert dates and (query.sort is None or dates == sorted(dates, reverse=query.sort == "newest")), dates
    assert not query.since or all(query.since <= day <= query.until for day in dates)


FILTERED = [SearchQuery(text="sakip", years=[2023]), SearchQuery(text="lantik", types=["inauguration"], provinces=["35"]),
            SearchQuery(text="pembangunan manusia", indexes=["ipm"], years=[2022])]


@pytest.mark.parametrize("query", FILTERED, ids=["year", "type + province", "index + year"])
def test_words_and_filters_intersect_inside_the_full_text_index(synthetic_store, query):
    """Both backends: a window of words and facet filters asks the full-text index for both at once (filter
    tokens: SQLite's `filters` column, PostgreSQL's weight-D lexemes, migration 0014), joined row by row to
    the rows' copies of the events' columns (migration 0015), so it stops at its window; it never gathers every
    event of a filter into a hash to join them (PostgreSQL did, for a whole year, at a million events)."""
    plan = _window_plan(synthetic_store, query)
    tokens = ["xfy", "xft", "xfp", "xfi"]
    _assert_reads_full_text_rows_alone(synthetic_store.dialect, plan)
    if synthetic_store.dialect == "sqlite":
        assert "SCAN event_search VIRTUAL TABLE" in plan, plan
    else:
        condition = next(line for line in plan.splitlines() if "(tsv @@" in line)
        assert any(token in condition for token in tokens), plan
        assert "Hash Join" not in plan, plan
        # ... and only there: asked of the rows' columns too, they led the planner to hash every match.
        assert not any(f"{column}" in plan for column in ("effective_year =", "(type)::text =", "province_code", "index_key")), plan
    # A facet's own window (its filter left out, to count its other values) leaves out its token alone.
    facet = next(name for name in ("year", "type", "index") if getattr(query, S._FACET_FILTERS[name]))
    own = S._window_matches(synthetic_store.dialect, query, query.parsed(), "w", facet)["w_m"]
    every = S._window_matches(synthetic_store.dialect, query, query.parsed(), "w", None)["w_m"]
    letter = {"year": "xfy", "type": "xft", "index": "xfi"}[facet]
    assert letter in every and letter not in own and sum(t in own for t in tokens) == sum(t in every for t in tokens) - 1


def _assert_reads_full_text_rows_alone(dialect: str, plan: str) -> None:
    """The window reads the full-text rows and their copies of the events' columns, not `event`: SQLite's
    `event_search_window` by its integer key (the full-text rowid), PostgreSQL's `event_search` alone."""
    if dialect == "sqlite":
        assert "event_search_window USING INTEGER PRIMARY KEY" in plan or "SCAN event_search_window" in plan, plan
        assert "SEARCH event USING" not in plan and "SCAN event USING" not in plan, plan
    else:
        assert "on event_search" in plan and "event_pkey" not in plan and "on event " not in plan, plan


BROWSES = [SearchQuery(), SearchQuery(sort="oldest"), SearchQuery(types=["inauguration"]),
           SearchQuery(types=["inauguration"], provinces=["35"], since=dt.date(2022, 1, 1))]


@pytest.mark.parametrize("query", BROWSES, ids=["newest", "oldest", "type", "type + province + since"])
def test_windows_without_words_walk_the_full_text_rows_in_date_order(synthetic_store, query):
    """A window without words never reads `event` (whose indexes covered a few filters only: a type's window
    sorted a whole type; PostgreSQL read a heap row per event) and sorts nothing. SQLite: it reads
    `event_search_window` in its key's order, which is date order (migration 0015), alone or, with facet
    filters, behind their tokens matched in FTS5. PostgreSQL: an index-only scan of the full-text rows' date
    index, which carries the window's columns (migration 0016), checking the filters in its entries."""
    plan = _window_plan(synthetic_store, query)
    _assert_reads_full_text_rows_alone(synthetic_store.dialect, plan)
    if synthetic_store.dialect == "sqlite":
        assert "TEMP B-TREE" not in plan, plan
        assert ("SCAN event_search VIRTUAL TABLE" in plan) == bool(query.types), plan
    else:
        scans = [line.strip() for line in plan.splitlines() if "Scan" in line and "Subquery Scan" not in line]
        assert scans and all(line.startswith("->  Index Only Scan") and "using ix_event_search_date" in line
                             for line in scans), plan
        assert "Sort" not in plan and "tsv" not in plan, plan
    found = synthetic_store.search(query)
    dates = [hit.date for hit in found.hits]
    assert dates and dates == sorted(dates, reverse=query.sort != "oldest"), dates
    assert all(hit.event["type"] == "inauguration" for hit in found.hits) or not query.types


def test_filter_tokens_are_the_loaders_on_both_backends(synthetic_store):
    """What the migrations wrote in SQL (0008, 0014) and what the loader writes agree (`filter_terms`)."""
    from db.fulltext import filter_terms

    query = sa.text("SELECT s.filters, e.type, e.agreement_kind, e.province_code, e.regency_code, e.index_key, "
                    "e.effective_year FROM event_search s JOIN event e ON e.id = s.event_id")
    with synthetic_store.engine.connect() as conn:
        rows = sorted(conn.execute(query).all())
    assert rows and all(row.filters == filter_terms(dict(row._mapping)) for row in rows)
    if synthetic_store.dialect == "postgresql":
        with _downgraded(synthetic_store, "0013"):
            pass  # the tokens are computed again in SQL on the way back up
        with synthetic_store.engine.connect() as conn:
            assert sorted(conn.execute(query).all()) == rows


MATCHING = ["kinerja", "perjanjian kinerja", '"pakta integritas"', "lantik", "kinerj*", "kemiskinan OR pengangguran",
            "kinerja -pakta", "pelantikan pejabat administrator", "Wali Kota"]


@pytest.mark.parametrize("text", MATCHING)
def test_postgres_windows_match_a_word_that_is_its_own_root_once(synthetic_store, text):
    """PostgreSQL: a window's match reads a word that is its own root as one lexeme of weight A or B ('w':AB),
    one GIN posting list instead of the two of 'w':A | 'w':B (a common word's is long: half the GIN time at
    1M); it finds exactly the same rows, and ranking keeps the two alternatives."""
    from db.query.language import to_tsquery

    if synthetic_store.dialect != "postgresql":
        return
    parsed = SearchQuery(text=text).parsed()
    window = S._window_matches("postgresql", SearchQuery(text=text), parsed, "w", None)
    assert window["w_m_words"] == to_tsquery(parsed) and window["w_m"] == f"({to_tsquery(parsed, ranked=False)})"
    if text in ("kinerja", "Wali Kota"):
        assert ":AB" in window["w_m"] and ":A |" not in window["w_m"], window
    query = sa.text("SELECT event_id FROM event_search WHERE tsv @@ CAST(:q AS tsquery) ORDER BY 1")
    with synthetic_store.engine.connect() as conn:
        ranked = conn.execute(query, {"q": to_tsquery(parsed)}).scalars().all()
        matched = conn.execute(query, {"q": window["w_m"]}).scalars().all()
    assert matched == ranked and ranked


def test_postgres_browsing_one_regency_reads_its_events_and_its_facet_the_full_text_rows(synthetic_store):
    """PostgreSQL without words: a regency (or index) holds a few thousand events at most, found in `event`'s
    indexes sooner than by walking every date of the covering index (migration 0016), so its window reads
    `event`; the regency facet's own window (every regency) has no such filter left and reads `event_search`."""
    if synthetic_store.dialect != "postgresql":
        return
    with synthetic_store.engine.connect() as conn:
        regency, kind = conn.execute(sa.text("SELECT regency_code, type FROM event WHERE regency_code IS NOT NULL "
                                             "GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1")).one()
    query = SearchQuery(regencies=[regency], types=[kind])
    plan = _window_plan(synthetic_store, query)
    assert " on event " in plan and "ix_event_search_date" not in plan, plan
    own = _window_plan(synthetic_store, query, skip="regency")
    assert "on event_search" in own and " on event " not in own, own  # (which scan: the planner's, by size)
    found = synthetic_store.search(query)
    assert found.hits and all(hit.event["regency"]["code"] == regency for hit in found.hits)
    assert any(value.value != regency for value in found.facets["regency"]), found.facets["regency"]
