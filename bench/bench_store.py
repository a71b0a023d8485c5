"""Store benchmark at scale: load rate and search latency through `db.Store` on a store of `--events`
synthetic events (`bench.synthetic`: built once per size under /tmp, then reused), next to baselines measured
in the same run on the same data.

- load: a fresh slice of articles and events (`--slice`) through `Store.load_articles` + `Store.replace_events`
  (validation, ids, clusters, stories, people, search index) onto an empty store and onto the full one, each
  vs a bare `executemany` of the same rows into plain tables (no index, no search document) in the same
  database; then removed again. The articles carry the crawler's fingerprints (`content_hash`, `simhash`), as
  `pantau crawl` writes them;
- search: ≥ 20 realistic queries (words, phrases, prefixes, names, OR and exclusion, filters, date ranges,
  sorts) through `Store.search` with and without facets, vs a bare full-text query returning 20 matching ids
  (SQLite: FTS5 MATCH; PostgreSQL: tsvector @@ tsquery) on the same index;
- SQLite only: 100,000 events into a fresh store (`--fresh`), timed.

Runs on SQLite and, when the server answers, on PostgreSQL.
    python -m bench store                        # 5,000 events (BENCH_EVENTS)
    python -m bench store --events 1000000       # the issue-13 run: builds the stores the first time
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager

import sqlalchemy as sa

from bench.synthetic import PG_PREFIX, PG_SERVER, cached_store, iter_synthetic, postgres_reachable, synthetic  # noqa: F401  (API of this module)

EVENTS = int(os.environ.get("BENCH_EVENTS", "5000"))


def realistic_queries() -> list[tuple[str, dict]]:
    """(label, SearchQuery fields): what people type and click on the site."""
    day = dt.date.fromisoformat
    return [
        ("words", {"text": "perjanjian kinerja"}), ("phrase", {"text": '"pakta integritas"'}),
        ("root word", {"text": "lantik"}), ("prefix", {"text": "kinerj*"}), ("regency name", {"text": "Mojokerto"}),
        ("index and grade", {"text": "opini WTP"}), ("three words", {"text": "pelantikan pejabat administrator"}),
        ("index name", {"text": "indeks SPBE"}), ("two words", {"text": "sistem merit"}),
        ("person", {"text": "Teguh Wibowo"}), ("OR", {"text": "kemiskinan OR pengangguran"}),
        ("exclusion", {"text": "kinerja -pakta"}), ("phrase + prefix", {"text": '"kepala desa" lantik*'}),
        ("words + type", {"text": "Wali Kota", "types": ["inauguration"]}),
        ("index + year", {"text": "SAKIP", "years": [2023]}),
        ("words + regency", {"text": "penandatanganan", "regencies": ["35.16"]}),
        ("words + province + since", {"text": "lantik", "provinces": ["35"], "since": day("2022-01-01")}),
        ("words + index + year", {"text": "pembangunan manusia", "indexes": ["ipm"], "years": [2022]}),
        ("words, newest", {"text": "Surabaya", "sort": "newest"}), ("words, oldest", {"text": "pejabat pengawas", "sort": "oldest"}),
        ("browse", {}), ("type + province", {"types": ["inauguration"], "provinces": ["35"]}),
        ("date range", {"since": day("2023-01-01"), "until": day("2023-03-31")}),
        ("kind + year", {"agreement_kinds": ["mou"], "years": [2024]}),
        ("regency, page 3", {"regencies": ["33.74"], "page": 3}),
    ]


def _plain_tables(engine) -> tuple[sa.MetaData, sa.Table, sa.Table]:
    metadata = sa.MetaData()
    suffix = uuid.uuid4().hex[:8]
    articles = sa.Table(f"bench_articles_{suffix}", metadata, sa.Column("id", sa.String(64), primary_key=True),
                        sa.Column("url", sa.Text), sa.Column("source", sa.String(255)), sa.Column("title", sa.Text),
                        sa.Column("published", sa.String(10)), sa.Column("text", sa.Text))
    events = sa.Table(f"bench_events_{suffix}", metadata, sa.Column("id", sa.String(40), primary_key=True),
                      sa.Column("article_id", sa.String(64)), sa.Column("type", sa.String(24)),
                      sa.Column("regency_code", sa.String(8)), sa.Column("date", sa.String(10)),
                      sa.Column("evidence", sa.Text), sa.Column("payload", sa.JSON))
    metadata.create_all(engine)
    return metadata, articles, events


def bare_load(engine, articles: list[dict], events: list[dict]) -> float:
    """Seconds for a bare executemany of the same articles and events into plain tables, one transaction."""
    metadata, article_table, event_table = _plain_tables(engine)
    article_rows = [{k: a.get(k) for k in ("id", "url", "source", "title", "published", "text")} for a in articles]
    event_rows = [{"id": f"{e['article_id']}-{i}", "article_id": e["article_id"], "type": e["type"],
                   "regency_code": e["regency"]["code"], "date": e["date"], "evidence": e["evidence"], "payload": e}
                  for i, e in enumerate(events)]
    try:
        start = time.perf_counter()
        with engine.begin() as conn:
            for table, rows in ((article_table, article_rows), (event_table, event_rows)):
                for offset in range(0, len(rows), 1000):
                    conn.execute(table.insert(), rows[offset:offset + 1000])
        return time.perf_counter() - start
    finally:
        metadata.drop_all(engine)


def _remove(store, article_ids: list[str]) -> None:
    """Take a measured slice out again, so the cached store stays the size it says."""
    from db.tables import ARTICLES, BANDS, VERSIONS

    store.replace_events(article_ids, [])
    with store.engine.begin() as conn:
        for table, column in ((BANDS, BANDS.c.article_id), (VERSIONS, VERSIONS.c.article_id), (ARTICLES, ARTICLES.c.id)):
            for offset in range(0, len(article_ids), 500):
                conn.execute(table.delete().where(column.in_(article_ids[offset:offset + 500])))


def timed_load(store, articles: list[dict], events: list[dict]) -> tuple[float, float]:
    """(seconds for the articles, seconds for their events) through `Store.load_articles` + `replace_events`;
    the slice is removed again afterwards, so a cached store stays the size it says."""
    ids = [a["id"] for a in articles]
    try:
        start = time.perf_counter()
        store.load_articles(articles)
        middle = time.perf_counter()
        stats = store.replace_events(ids, events, extractor="bench")
        end = time.perf_counter()
    finally:
        _remove(store, ids)
    assert stats.inserted == len(events), stats
    return middle - start, end - middle


@contextmanager
def empty_store(label: str):
    """A migrated store holding only the regions, dropped afterwards: a temporary SQLite file, or a
    temporary database on the PostgreSQL server of the cached stores."""
    from db import Store
    from db.engine import get_engine

    if label == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            store = Store(f"sqlite:///{folder}/empty.db")
            store.sync_regions()
            yield store
            store.engine.dispose()
        return
    name = f"{PG_PREFIX}empty_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(f"{PG_SERVER}/test", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        store = Store(f"{PG_SERVER}/{name}")
        store.sync_regions()
        yield store
        get_engine(store.url).dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def measure_load(label: str, store, size: int, seed: int) -> None:
    """The same slice loaded onto an empty store and onto `store`, each beside a bare `executemany` of the
    same rows into plain tables of the same database: the loads should stay flat as the store grows."""
    articles, events = synthetic(size, seed=seed)
    lines = []
    with empty_store(label) as empty:
        for name, target in (("an empty store", empty), ("the store", store)):
            articles_s, events_s = timed_load(target, articles, events)
            bare = bare_load(target.engine, articles, events)
            total = articles_s + events_s
            lines.append((name, len(events) / total, len(events) / bare))
            print(f"[{label}] load {len(events):,} events ({len(articles):,} articles) onto {name}: "
                  f"{len(events) / total:,.0f} events/s through the Store (articles {articles_s:.1f} s, events "
                  f"{events_s:.1f} s) vs {len(events) / bare:,.0f}/s bare executemany = {bare / total:.2f}x the "
                  f"bare rate", flush=True)
    (_, empty_rate, empty_bare), (_, full_rate, full_bare) = lines
    print(f"[{label}] load rate, store empty -> full: {empty_rate:,.0f} -> {full_rate:,.0f} events/s "
          f"({full_rate / empty_rate:.2f}x); bare {empty_bare:,.0f} -> {full_bare:,.0f}/s; ratio to bare on the "
          f"full store {full_rate / full_bare:.2f}x (goal >= 0.5x)", flush=True)


def bare_fts(store, text: str) -> None:
    from db.query.language import parse_query, to_fts5, to_tsquery

    parsed = parse_query(text)
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            conn.execute(sa.text("SELECT event_id FROM event_search WHERE event_search MATCH :q LIMIT 20"),
                         {"q": to_fts5(parsed)}).fetchall()
        else:
            conn.execute(sa.text("SELECT event_id FROM event_search WHERE tsv @@ CAST(:q AS tsquery) LIMIT 20"),
                         {"q": to_tsquery(parsed)}).fetchall()


def _timed(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def _line(label: str, name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]
    return f"[{label}] {name:26s} p50 {statistics.median(values):7.2f} ms, p95 {p95:7.2f} ms ({len(values)} runs)"


def measure_search(label: str, store, rounds: int) -> None:
    from db import SearchQuery

    queries = realistic_queries()
    store.search(SearchQuery(text="pemanasan"))
    full, bare, pages, capped, slowest = [], [], [], 0, []
    for round_ in range(rounds):
        for name, fields in queries:
            query = SearchQuery(**fields)
            result = None

            def run(query=query):
                nonlocal result
                result = store.search(query)

            elapsed = _timed(run)
            full.append(elapsed)
            slowest.append((elapsed, name))
            capped += round_ == 0 and result.capped
            pages.append(_timed(lambda query=query: store.search(SearchQuery(**{**query.__dict__, "facets": False}))))
            if fields.get("text"):
                bare.append(_timed(lambda text=fields["text"]: bare_fts(store, text)))
    print(_line(label, "Store.search + facets", full))
    print(_line(label, "Store.search, no facets", pages))
    print(_line(label, "bare FTS (20 ids)", bare))
    print(f"[{label}] {len(queries)} queries x {rounds} rounds; {capped} of them read past the window (capped "
          f"counts); slowest: " + ", ".join(f"{n} {t:.0f} ms" for t, n in sorted(slowest, reverse=True)[:3]), flush=True)


def fresh_sqlite_load(events: int) -> None:
    from db import Store

    articles, records = synthetic(events, seed=23)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/fresh.db")
        store.sync_regions()
        start, cpu = time.perf_counter(), time.process_time()
        store.load_articles(articles)
        middle, middle_cpu = time.perf_counter(), time.process_time()
        store.replace_events([a["id"] for a in articles], records, extractor="bench")
        end, end_cpu = time.perf_counter(), time.process_time()
    print(f"[sqlite] {events:,} events into a fresh store: events {end - middle:.1f} s ({end_cpu - middle_cpu:.1f} s "
          f"CPU), with their {len(articles):,} articles {end - start:.1f} s ({end_cpu - cpu:.1f} s CPU); goal <= 10 s",
          flush=True)


def run_backend(label: str, events: int, args) -> None:
    from db import Store

    url, built = cached_store(label, events)
    note = f"built in {built:.0f} s ({events / built:,.0f} events/s)" if built else "reused"
    store = Store(url)
    with store.engine.connect() as conn:
        held = conn.execute(sa.text("SELECT count(*) FROM event")).scalar_one()
    print(f"[{label}] store of {held:,} events: {note}", flush=True)
    measure_load(label, store, args.slice, seed=97)
    measure_search(label, store, args.rounds)


def main(argv: list[str] | None = None) -> None:
    from pantau.config import configure_prefect

    parser = argparse.ArgumentParser(prog="python -m bench store")
    parser.add_argument("--events", type=int, default=EVENTS, help="events in the store searched and loaded onto")
    parser.add_argument("--slice", type=int, default=20_000, help="events loaded onto it for the load rate")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the query set")
    parser.add_argument("--fresh", type=int, default=100_000, help="events loaded into a fresh SQLite store (0: skip)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    configure_prefect()
    backends = args.backends.split(",")
    if "sqlite" in backends:
        run_backend("sqlite", args.events, args)
        if args.fresh:
            fresh_sqlite_load(args.fresh)
    if "postgresql" in backends:
        if postgres_reachable():
            run_backend("postgresql", args.events, args)


if __name__ == "__main__":
    main()
