"""Flow benchmark: a night of many local sources through Prefect, beside the same stages run by hand.

    python -m bench flow                      # 500 sites x 10 new articles (about 20 minutes on 2 cores)
    python -m bench flow --sources 60         # a quick look

Every site is served on its own loopback address (`bench/localsites.py`), so the crawler treats them as
separate hosts, as it would real ones. Each configuration starts from a fresh SQLite store, so every article
is new. Measured in one run:
- baseline: the stages by hand, no Prefect: `pantau crawl` processes of 20 sites each, two at a time (what
  the flow runs), then `extract.extract_articles` and the store's loads;
- one machine: `pantau run` (the nightly flow on Prefect's ephemeral API), concurrency 2;
- two workers: a Prefect server, `pantau deploy --workers 2` and two `prefect worker start --limit 1`
  processes (one crawl process each), the night started with `run_deployment`.
Printed: wall time, articles per second, and the ratio to the baseline (goal ≤ 1.2).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BATCH = 20
CONCURRENCY = 2
CRAWL_ARGS = ["--delay", "0"]


def _baseline(urls: list[str], folder: Path) -> tuple[float, int]:
    from db import Store
    from extract import PIPELINE_VERSION, extract_articles
    from pantau.jsonl import BadLine, iter_jsonl

    db = f"sqlite:///{folder}/baseline.db"
    Store(db).sync_regions()
    started = time.perf_counter()
    batches = [urls[start:start + BATCH] for start in range(0, len(urls), BATCH)]

    def crawl(numbered: tuple[int, list[str]]) -> Path:
        number, batch = numbered
        out = folder / f"baseline-{number}.jsonl"
        command = [sys.executable, "-m", "pantau", "crawl", *[a for u in batch for a in ("--url", u)], "--out", str(out),
                   "--db", db, *CRAWL_ARGS]
        subprocess.run(command, check=True, capture_output=True)
        return out

    with ThreadPoolExecutor(CONCURRENCY) as pool:
        files = list(pool.map(crawl, enumerate(batches)))
    store = Store(db, migrate_schema=False)
    loaded = 0
    for file in files:
        records = [r for _, r in iter_jsonl(file) if not isinstance(r, BadLine)]
        events = list(extract_articles(records))
        store.load_articles(records)
        store.replace_events([r["id"] for r in records], events, extractor=PIPELINE_VERSION)
        loaded += len(records)
    return time.perf_counter() - started, loaded


def _one_machine(urls: list[str], folder: Path) -> tuple[float, int, dict]:
    from flows.runs import run_nightly

    started = time.perf_counter()
    summary = run_nightly(urls=urls, db=f"sqlite:///{folder}/one.db", concurrency=CONCURRENCY, batch_size=BATCH,
                          crawl_retries=0, crawl_args=CRAWL_ARGS)
    return time.perf_counter() - started, summary["articles"]["inserted"], summary


def _two_workers(urls: list[str], folder: Path) -> tuple[float, int, str]:
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from db import Store
    from flows.prefect_server import LocalPrefectServer

    db = f"sqlite:///{folder}/two.db"
    Store(db)
    os.environ["PREFECT_HOME"] = str(folder / "prefect-server-home")
    workers = []
    with LocalPrefectServer(log_file=folder / "prefect-server.log") as server:
        env = {**os.environ, "PREFECT_API_URL": server.api_url, "PREFECT_WORKER_QUERY_SECONDS": "1",
               "PANTAU_DB_URL": db}
        subprocess.run([sys.executable, "-m", "pantau", "deploy", "--pool", "bench", "--workers", "2",
                        "--concurrency", "1", *[a for u in urls for a in ("--url", u)]],
                       env=env, check=True, capture_output=True)
        try:
            for number in (1, 2):
                workers.append(subprocess.Popen(
                    [sys.executable, "-m", "prefect", "worker", "start", "--pool", "bench", "--limit", "1"],
                    env={**env, "PANTAU_HOME": str(folder / f"worker-{number}")}, stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL))
            with temporary_settings(updates={PREFECT_API_URL: server.api_url}), get_client(sync_client=True) as client:
                started = time.perf_counter()
                run = run_deployment("pantau-nightly/nightly", timeout=0,
                                     parameters={"crawl_args": CRAWL_ARGS, "batch_size": BATCH, "crawl_retries": 0})
                while not (state := client.read_flow_run(run.id).state).is_final():
                    time.sleep(1)
                seconds = time.perf_counter() - started
        finally:
            for worker in workers:
                worker.terminate()
                worker.wait(30)
    return seconds, Store(db).stats()["articles"], state.name


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench flow")
    parser.add_argument("--sources", type=int, default=500)
    parser.add_argument("--articles", type=int, default=10)
    args = parser.parse_args(sys.argv[2:] if argv is None and len(sys.argv) > 1 and sys.argv[1] == "flow" else argv)
    with tempfile.TemporaryDirectory(prefix="pantau-bench-flow-") as tmp:
        folder = Path(tmp)
        os.environ["PANTAU_HOME"] = str(folder / "state")
        from bench.localsites import LocalSites
        from flows import configure_prefect  # noqa: F401 - Prefect's offline settings, before Prefect loads

        with LocalSites(count=args.sources, articles=args.articles) as sites:
            expected = args.sources * args.articles
            print(f"{args.sources} local sites x {args.articles} new articles = {expected} articles; "
                  f"crawl processes of {BATCH} sites, {CONCURRENCY} at a time", flush=True)
            baseline, loaded = _baseline(sites.urls, folder)
            print(f"baseline (the stages by hand):   {baseline:7.1f} s  {loaded / baseline:6.1f} articles/s  "
                  f"({loaded} loaded)", flush=True)
            one, loaded, summary = _one_machine(sites.urls, folder)
            print(f"nightly flow, one machine:       {one:7.1f} s  {loaded / one:6.1f} articles/s  "
                  f"ratio {one / baseline:4.2f}x  ({loaded} loaded, {summary['status']})", flush=True)
            two, loaded, state = _two_workers(sites.urls, folder)
            print(f"nightly flow, two workers:       {two:7.1f} s  {loaded / two:6.1f} articles/s  "
                  f"ratio {two / baseline:4.2f}x  ({loaded} loaded, {state})", flush=True)
        print("goal: each ratio ≤ 1.2 (Prefect's overhead on the same stages); both workers share 2 cores here")


if __name__ == "__main__":
    main()
