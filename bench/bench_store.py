"""Store benchmark: load rate and search latency through `db.Store`, next to baselines measured in
the same run on the same rows.

- load: `Store.load_articles` + `Store.replace_events` (validation, ids, clusters, people, search index)
  vs a bare `executemany` INSERT of the same event rows into a plain table (no index, no search document);
- search: `Store.search` (full text + ranking + facets + page of hits) vs a bare FTS query that returns
  the first 20 matching ids (SQLite: FTS5 MATCH; PostgreSQL: tsvector @@ tsquery) on the same index.

Runs on SQLite (a temporary file) and, when the server answers, on PostgreSQL (a temporary database).
    python -m bench store            # BENCH_EVENTS=5000 by default
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
import uuid

import sqlalchemy as sa

PG_SERVER = os.environ.get("PANTAU_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
EVENTS = int(os.environ.get("BENCH_EVENTS", "5000"))
QUERIES = ["perjanjian kinerja", '"pakta integritas"', "lantik", "kinerj*", "Mojokerto", "opini WTP",
           "pelantikan pejabat", "indeks SPBE", "kejaksaan negeri", "sistem merit"]


def synthetic(events: int, seed: int = 11) -> tuple[list[dict], list[dict]]:
    """Articles and events shaped like the real ones (two events an article, Indonesian wording)."""
    from pantau.regions import all_regions

    rng = random.Random(seed)
    regencies = [r for r in all_regions() if not r.is_province]
    names = ["Ikfina Fahmawati", "Yuhronur Efendi", "Dico Ganinduto", "Ahmad Muhdlor Ali", "Ika Puspitasari",
             "Hendy Setiono", "Ipuk Fiestiandani", "Sutiaji", "Eri Cahyadi", "Whisnu Sakti Buana"]
    words = ("pemerintah daerah pelayanan publik program kegiatan anggaran masyarakat desa kecamatan dinas "
             "kesehatan pendidikan jalan pembangunan evaluasi target capaian laporan rapat koordinasi").split()
    articles, records = [], []
    for number in range((events + 1) // 2):
        region = rng.choice(regencies)
        person = rng.choice(names)
        year = rng.choice([2021, 2022, 2023, 2024])
        day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        filler = " ".join(rng.choice(words) for _ in range(rng.randint(60, 160)))
        kind = rng.choice(["perjanjian_kinerja", "mou", "pakta_integritas", "pks"])
        title = {"perjanjian_kinerja": f"Perjanjian Kinerja tahun {year}", "mou": "nota kesepahaman",
                 "pakta_integritas": "pakta integritas", "pks": "perjanjian kerja sama"}[kind]
        signing = (f"Pejabat {region.name} menandatangani {title} bersama Bupati {person} di pendopo.")
        inauguration = f"Bupati {person} melantik {rng.randint(5, 90)} pejabat administrator di {region.name}."
        value = round(rng.uniform(1.5, 4.5), 2)
        index = f"Indeks SPBE {region.name} tahun {year} mencapai {str(value).replace('.', ',')} dengan predikat baik."
        article_id = f"bench-{number:06d}"
        articles.append({"id": article_id, "url": f"https://bench.test/{article_id}", "source": "bench.test",
                         "title": f"Berita {region.short_name} {number}", "published": day,
                         "text": f"{signing} {filler} {inauguration} {index}"})
        ref = {"code": region.code, "name": region.name}
        base = {"article_id": article_id, "regency": ref, "date": day, "venue": "pendopo",
                "people": [{"name": person, "role": f"Bupati {region.short_name}"}]}
        choice = rng.random()
        records.append({**base, "type": "agreement_signing", "evidence": signing, "agreement_kind": kind,
                        "agreement_title": title, "agreement_year": year, "parties": ["kepala perangkat daerah"]})
        if choice < 0.5:
            records.append({**base, "type": "inauguration", "evidence": inauguration, "officials_count": 10,
                            "positions": ["pejabat administrator"], "inaugurated_by": base["people"][0]})
        else:
            records.append({**base, "type": "index_report", "evidence": index, "index": "spbe",
                            "index_label": "Indeks SPBE", "value": str(value).replace(".", ","),
                            "value_number": value, "year": year, "predicate": "baik"})
    return articles, records[:events]


def _baseline_insert(url: str, events: list[dict]) -> float:
    """Seconds for a bare executemany of the same event rows into a plain table."""
    from db.engine import get_engine

    engine = get_engine(url)
    metadata = sa.MetaData()
    table = sa.Table(f"bench_plain_{uuid.uuid4().hex[:8]}", metadata,
                     sa.Column("id", sa.String(40), primary_key=True), sa.Column("article_id", sa.String(64)),
                     sa.Column("type", sa.String(24)), sa.Column("regency_code", sa.String(8)),
                     sa.Column("date", sa.String(10)), sa.Column("evidence", sa.Text),
                     sa.Column("payload", sa.JSON))
    metadata.create_all(engine)
    rows = [{"id": f"{e['article_id']}-{i}", "article_id": e["article_id"], "type": e["type"],
             "regency_code": e["regency"]["code"], "date": e["date"], "evidence": e["evidence"], "payload": e}
            for i, e in enumerate(events)]
    try:
        start = time.perf_counter()
        with engine.begin() as conn:
            for offset in range(0, len(rows), 500):
                conn.execute(table.insert(), rows[offset:offset + 500])
        return time.perf_counter() - start
    finally:
        metadata.drop_all(engine)


def _bare_fts(store, text: str) -> None:
    from db.query.language import parse_query, to_fts5, to_tsquery

    parsed = parse_query(text)
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            conn.execute(sa.text("SELECT event_id FROM event_search WHERE event_search MATCH :q LIMIT 20"),
                         {"q": to_fts5(parsed)}).fetchall()
        else:
            conn.execute(sa.text("SELECT event_id FROM event_search WHERE tsv @@ CAST(:q AS tsquery) LIMIT 20"),
                         {"q": to_tsquery(parsed)}).fetchall()


def _latencies(function, rounds: int = 3) -> list[float]:
    times = []
    for _ in range(rounds):
        for text in QUERIES:
            start = time.perf_counter()
            function(text)
            times.append((time.perf_counter() - start) * 1000)
    return times


def run_backend(label: str, url: str, articles: list[dict], events: list[dict]) -> None:
    from db import SearchQuery, Store

    store = Store(url)
    store.sync_regions()
    start = time.perf_counter()
    article_stats = store.load_articles(articles)
    article_seconds = time.perf_counter() - start
    start = time.perf_counter()
    event_stats = store.replace_events([a["id"] for a in articles], events, extractor="bench")
    event_seconds = time.perf_counter() - start
    start = time.perf_counter()
    again = store.replace_events([a["id"] for a in articles], events, extractor="bench")
    reload_seconds = time.perf_counter() - start
    assert event_stats.inserted == len(events) and again.unchanged == len(events)
    baseline = _baseline_insert(url, events)
    print(f"[{label}] articles: {len(articles) / article_seconds:,.0f}/s ({article_stats})")
    print(f"[{label}] events:   {len(events) / event_seconds:,.0f}/s through Store.replace_events; "
          f"bare executemany {len(events) / baseline:,.0f}/s; ratio {event_seconds / baseline:.1f}x the baseline's time")
    print(f"[{label}] reload of the same events (idempotent, nothing written): {len(events) / reload_seconds:,.0f}/s")

    store.search(SearchQuery(text="warm up"))
    full = _latencies(lambda text: store.search(SearchQuery(text=text)))
    pages = _latencies(lambda text: store.search(SearchQuery(text=text, facets=False)))
    bare = _latencies(lambda text: _bare_fts(store, text))
    for name, values in (("Store.search + facets", full), ("Store.search, no facets", pages), ("bare FTS query", bare)):
        print(f"[{label}] {name:24s} median {statistics.median(values):7.2f} ms, "
              f"p95 {sorted(values)[int(len(values) * 0.95) - 1]:7.2f} ms")
    print(f"[{label}] search ratio (median, with facets / bare): {statistics.median(full) / statistics.median(bare):.1f}x; "
          f"without facets: {statistics.median(pages) / statistics.median(bare):.1f}x")


def main() -> None:
    from pantau.config import configure_prefect

    configure_prefect()
    articles, events = synthetic(EVENTS)
    print(f"{len(articles)} articles, {len(events)} events")
    with tempfile.TemporaryDirectory() as folder:
        run_backend("sqlite", f"sqlite:///{folder}/bench.db", articles, events)
    name = f"pantau_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = sa.create_engine(f"{PG_SERVER}/test", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # no server: report SQLite only
        print(f"[postgresql] skipped: {exc.__class__.__name__}")
        return
    try:
        run_backend("postgresql", f"{PG_SERVER}/{name}", articles, events)
    finally:
        from db.engine import get_engine

        get_engine(f"{PG_SERVER}/{name}").dispose()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
