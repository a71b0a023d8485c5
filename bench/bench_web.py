"""Site benchmark: the search page as a browser gets it — an HTTP GET of `/` through `pantau web` (uvicorn on
127.0.0.1, a separate process), with full text, filters, facets and the rendered page — next to the bare
full-text query's time on the same store in the same run (the first 20 matching ids: SQLite FTS5 MATCH,
PostgreSQL tsvector @@ tsquery), for the same typed queries.

The store is `bench.synthetic.cached_store` (the synthetic store `bench store` builds and caches under /tmp:
one build per size, shared by both benchmarks).

    python -m bench web                          # 5,000 events (BENCH_EVENTS), SQLite and PostgreSQL
    python -m bench web --events 1000000         # the issue-10 run (builds the store the first time)
    python -m bench web --events 20000 --backends sqlite --rounds 5
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from urllib.parse import urlencode

import sqlalchemy as sa

EVENTS = int(os.environ.get("BENCH_EVENTS", "5000"))

# What people type into the search page and click in its filters: (label, query string pairs).
TEXT_PAGES = [
    ("words", {"q": "perjanjian kinerja"}), ("phrase", {"q": '"pakta integritas"'}), ("root word", {"q": "lantik"}),
    ("prefix", {"q": "kinerj*"}), ("regency name", {"q": "Mojokerto"}), ("index and grade", {"q": "opini WTP"}),
    ("three words", {"q": "pelantikan pejabat administrator"}), ("index name", {"q": "indeks SPBE"}),
    ("person", {"q": "Teguh Wibowo"}), ("OR", {"q": "kemiskinan OR pengangguran"}),
    ("exclusion", {"q": "kinerja -pakta"}), ("words + type", {"q": "Wali Kota", "type": "inauguration"}),
    ("words + index + year", {"q": "SAKIP", "index": "sakip", "year": "2023"}),
    ("words + regency", {"q": "penandatanganan", "regency": "35.16"}),
    ("words + province + since", {"q": "lantik", "province": "35", "since": "2022-01-01"}),
    ("words, newest", {"q": "Surabaya", "sort": "newest"}), ("words, page 2", {"q": "pejabat", "page": "2"}),
]
FILTER_PAGES = [
    ("home (no filter, store counts)", {}), ("type + province", {"type": "inauguration", "province": "35"}), ("kind + year", {"kind": "mou", "year": "2024"}),
    ("index + year", {"index": "spbe", "year": "2022"}), ("province, page 3", {"province": "33", "page": "3"}),
]


def bare_fts(engine, text: str) -> int:
    """The bare full-text query: the first 20 matching event ids, nothing else."""
    from db.query.language import parse_query, to_fts5, to_tsquery

    parsed = parse_query(text)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(sa.text("SELECT event_id FROM event_search WHERE event_search MATCH :q LIMIT 20"),
                                {"q": to_fts5(parsed)}).fetchall()
        else:
            rows = conn.execute(sa.text("SELECT event_id FROM event_search WHERE tsv @@ CAST(:q AS tsquery) LIMIT 20"),
                                {"q": to_tsquery(parsed)}).fetchall()
    return len(rows)


class Site:
    """`pantau web` over a store, in its own process on a free loopback port (stopped on exit); the test
    suite's server helpers (tests/support/hostile_http.py) start and stop it."""

    def __init__(self, url: str):
        from tests.support.hostile_http import free_port

        self.url, self.port = url, free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Site:
        from tests.support.hostile_http import start_server

        self.process = start_server(self.url, self.port)
        return self

    def __exit__(self, *exc) -> None:
        from tests.support.hostile_http import stop_server

        if self.process:
            stop_server(self.process)
            self.process = None


def _ms(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def _line(label: str, name: str, values: list[float]) -> str:
    return (f"[{label}] {name:30s} p50 {statistics.median(values):8.1f} ms, p95 {p95(values):8.1f} ms, "
            f"max {max(values):8.1f} ms ({len(values)} runs)")


def _get(client, params: dict[str, str]) -> tuple[int, int]:
    response = client.get("/?" + urlencode(params))
    if response.status_code != 200:
        raise RuntimeError(f"GET /?{urlencode(params)}: {response.status_code} {response.text[:300]}")
    if 'class="facets"' not in response.text:
        raise RuntimeError(f"GET /?{urlencode(params)}: the page has no facets")
    return response.status_code, len(response.content)


def measure(label: str, url: str, rounds: int) -> dict[str, float]:
    """Search pages over HTTP and the bare query of the same texts, interleaved query by query so the
    machine's load falls on both alike; the numbers of this run."""
    import httpx

    from db.engine import get_engine

    engine = get_engine(url)
    pages, filters, bare, slowest = [], [], [], []
    with Site(url) as site, httpx.Client(base_url=site.base, timeout=300) as client:
        for _name, params in TEXT_PAGES[:3] + FILTER_PAGES[:2]:  # warm the server's caches and the store's
            _get(client, params)
            if params.get("q"):
                bare_fts(engine, params["q"])
        for _round in range(rounds):
            for name, params in TEXT_PAGES:
                elapsed = _ms(lambda params=params: _get(client, params))
                pages.append(elapsed)
                slowest.append((elapsed, name))
                bare.append(_ms(lambda text=params["q"]: bare_fts(engine, text)))
            for name, params in FILTER_PAGES:
                elapsed = _ms(lambda params=params: _get(client, params))
                filters.append(elapsed)
                slowest.append((elapsed, name))
    print(_line(label, "search page, text (HTTP)", pages))
    print(_line(label, "search page, filters only", filters))
    print(_line(label, "bare FTS query (20 ids)", bare))
    print(f"[{label}] search page p95 / bare FTS p95: {p95(pages) / p95(bare):.1f}x "
          f"(p50: {statistics.median(pages) / statistics.median(bare):.1f}x); slowest pages: "
          + ", ".join(f"{n} {t:.0f} ms" for t, n in sorted(slowest, reverse=True)[:3]), flush=True)
    return {"page_p95": p95(pages), "bare_p95": p95(bare), "filters_p95": p95(filters)}


def run_backend(label: str, events: int, rounds: int) -> None:
    from bench.synthetic import cached_store

    start = time.perf_counter()
    url, built = cached_store(label, events)
    note = f"built in {built:.0f} s" if built else f"reused ({time.perf_counter() - start:.1f} s to check)"
    from db.engine import get_engine

    with get_engine(url).connect() as conn:
        held = conn.execute(sa.text("SELECT count(*) FROM event")).scalar_one()
    print(f"[{label}] store of {held:,} events: {note}", flush=True)
    measure(label, url, rounds)


def main(argv: list[str] | None = None) -> None:
    from pantau.config import configure_prefect

    parser = argparse.ArgumentParser(prog="python -m bench web")
    parser.add_argument("--events", type=int, default=EVENTS, help="events in the synthetic store searched")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the page set")
    parser.add_argument("--backends", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    args, _names = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    configure_prefect()
    backends = args.backends.split(",")
    if "sqlite" in backends:
        run_backend("sqlite", args.events, args.rounds)
    if "postgresql" in backends:
        from bench.synthetic import postgres_reachable

        if postgres_reachable():
            run_backend("postgresql", args.events, args.rounds)


if __name__ == "__main__":
    main()
