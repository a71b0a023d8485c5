"""`pantau demo`: serve the bundled demo site on 127.0.0.1, run the nightly flow against it into the
default store, and print what was found and how to search it.

The site's port is remembered under the state folder and reused, so the articles keep their addresses
(and ids) across runs: running the demo again fetches nothing new and changes nothing.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import sys
import time
from pathlib import Path
from typing import Any

from pantau.config import db_url, state_dir

PORT_FILE = "demo-site-port"
# The site is ours and local: no politeness delay between requests.
DEMO_CRAWL_ARGS = ["--delay", "0", "--allow-local"]  # the demo site is served on this machine


def pantau_command() -> str:
    """How to type `pantau` here: bare when it is on PATH, else the path of this install's script (after
    `make demo` that is `.venv/bin/pantau`, which is not on PATH until the venv is activated)."""
    script = Path(sys.executable).with_name("pantau")
    if not script.exists():
        return f"{shlex.quote(sys.executable)} -m pantau"
    found = shutil.which("pantau")
    if found and os.path.samefile(found, script):
        return "pantau"
    try:
        return shlex.quote(str(script.relative_to(Path.cwd())))
    except ValueError:
        return shlex.quote(str(script))


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def remembered_port() -> tuple[int, bool]:
    """(port, is_new): the demo site's port from an earlier run if it is free, else 0 (any free port)."""
    path: Path = state_dir() / PORT_FILE
    try:
        port = int(path.read_text().strip())
    except (OSError, ValueError):
        return 0, True
    return (port, False) if 0 < port < 65536 and _port_is_free(port) else (0, True)


def demo_events(url: str, base_url: str) -> list[dict[str, Any]]:
    """The stored events of the demo's articles (spec records with `article_id`) in the store at `url`."""
    from db import SearchQuery, Store
    from demo import gold_records

    store = Store(url, migrate_schema=False)
    events = []
    for record in gold_records(base_url):
        query = SearchQuery(article_id=record["id"], facets=False, per_page=200)
        events += [{**hit.event, "article_id": hit.article_id} for hit in store.iter_hits(query)]
    return events


def run_demo(url: str, *, concurrency: int | None = None) -> tuple[dict[str, Any], dict[str, Any], str]:
    """Crawl the demo site into the store at `url`; return (run summary, store stats, site URL)."""
    from demo import DemoServer
    from flows.runs import run_nightly

    port, _ = remembered_port()
    with DemoServer(port=port) as site:
        (state_dir() / PORT_FILE).write_text(str(site.port))
        summary = run_nightly(urls=[site.url], db=url, concurrency=concurrency, crawl_retries=1,
                              retry_delay_seconds=2.0, crawl_timeout=600.0,
                              crawl_args=DEMO_CRAWL_ARGS)
    from db import Store

    return summary, Store(url, migrate_schema=False).stats(), site.url


def demo_main(db: str | None = None) -> int:
    """The command: returns the exit status. The store URL is resolved here, once (`--db`, else the default)."""
    from rich.console import Console

    from flows.nightly import RunFailed
    from flows.report import print_nightly_summary, print_store_stats

    console = Console()
    started = time.monotonic()
    url = db_url(db)
    console.print(f"[bold]pantau demo[/]: crawling the bundled demo site (Lintas Pantura) into {url}", soft_wrap=True)
    try:
        summary, stats, site_url = run_demo(url)
    except RunFailed as exc:
        print_nightly_summary(exc.summary, console)
        console.print(f"[red]The demo run failed: {exc}[/]")
        return 1
    console.print(f"Demo site served at {site_url} for the run.")
    print_nightly_summary(summary, console)
    print_store_stats(stats, console)
    from demo import score_events

    scores = score_events(demo_events(url, site_url.rstrip("/")), site_url.rstrip("/"))
    console.print(f"Against the demo's gold labels (demo/gold.toml): detection precision "
                  f"{scores['precision']:.2f}, recall {scores['recall']:.2f}, F1 {scores['f1']:.2f}; "
                  f"regency right on {scores['regency_accuracy'] or 0:.0%} of paired events")
    db_flag = "" if db is None else f" --db {shlex.quote(db)}"
    pantau = pantau_command()
    activate = (f"\n(or activate the venv, `source {shlex.quote(str(Path(pantau).parent / 'activate'))}`, "
                "and type `pantau …`)") if pantau.endswith("/pantau") else ""
    console.print(f"\nDone in {time.monotonic() - started:.1f} s. Search the events:\n"
                  f"  {pantau} search \"perjanjian kinerja\"{db_flag}\n"
                  f"  {pantau} search pelantikan --regency Lamongan{db_flag}\n"
                  f"  {pantau} search --type index_report --index sakip{db_flag}\n"
                  f"or open the site: {pantau} web{db_flag}  (http://127.0.0.1:8000){activate}",
                  markup=False, highlight=False, soft_wrap=True)
    return 0 if summary["status"] != "failed" else 1
