"""Flow benchmark: what Prefect orchestration costs on top of the pipeline itself, on the bundled demo site.

    python -m bench flow

Measured in one run, each into a fresh SQLite store (so every run crawls all 35 articles):
- baseline: the same stages called directly (the `pantau crawl` subprocess, `extract.extract_file`, the
  store loads), no Prefect;
- the nightly flow, cold (the first flow run of the process starts Prefect's ephemeral API) and warm;
- `pantau demo` as a user runs it (a fresh process and state folder; the issue's goal: under 2 minutes).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _baseline(site_url: str, folder: Path) -> float:
    from db.store import Store
    from extract import PIPELINE_VERSION, extract_file
    from pantau.jsonl import BadLine, iter_jsonl

    db = f"sqlite:///{folder}/baseline.db"
    articles, events = folder / "baseline.articles.jsonl", folder / "baseline.events.jsonl"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pantau", "crawl", "--url", site_url, "--out", str(articles), "--db", db,
                    "--delay", "0"], check=True, capture_output=True)
    extract_file(str(articles), str(events))
    store = Store(db)
    store.sync_regions()
    records = [r for _, r in iter_jsonl(articles) if not isinstance(r, BadLine)]
    store.load_articles(records)
    store.replace_events([r["id"] for r in records], [e for _, e in iter_jsonl(events) if not isinstance(e, BadLine)],
                         extractor=PIPELINE_VERSION)
    return time.perf_counter() - started


def _flow(site_url: str, db: str) -> tuple[float, dict]:
    from flows.runs import run_nightly

    started = time.perf_counter()
    summary = run_nightly(urls=[site_url], db=db, crawl_retries=0, retry_delay_seconds=0, crawl_args=["--delay", "0"])
    return time.perf_counter() - started, summary


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="pantau-bench-flow-") as tmp:
        folder = Path(tmp)
        os.environ["PANTAU_HOME"] = str(folder / "state")
        from pantau.config import configure_prefect

        configure_prefect()
        from demo import DemoServer

        with DemoServer() as site:
            baseline = _baseline(site.url, folder)
            cold, summary = _flow(site.url, f"sqlite:///{folder}/cold.db")
            warm, _ = _flow(site.url, f"sqlite:///{folder}/warm.db")
        articles = summary["articles"]["crawled"]
        print(f"demo site: {articles} articles, {summary['events']['extracted']} events")
        print(f"baseline (stages called directly): {baseline:6.1f} s  ({articles / baseline:5.1f} articles/s)")
        print(f"nightly flow, cold:                {cold:6.1f} s  ratio {cold / baseline:4.2f}x "
              "(includes starting the ephemeral Prefect API)")
        print(f"nightly flow, warm:                {warm:6.1f} s  ratio {warm / baseline:4.2f}x")

        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_") and k != "PANTAU_DB_URL"}
        env["PANTAU_HOME"] = str(folder / "demo-state")
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "pantau", "demo", "--db", f"sqlite:///{folder}/demo.db"],
                                cwd=folder, env=env, capture_output=True, text=True)
        demo = time.perf_counter() - started
        status = "ok" if result.returncode == 0 else f"exit {result.returncode}"
        print(f"pantau demo (fresh process and state): {demo:6.1f} s ({status}; goal < 120 s on 2 cores)")


if __name__ == "__main__":
    main()
