"""A registry that knows what is alive: per-source health with reasons, back-off across nights, early
give-up on dead hosts inside a crawl, `pantau sources`, and the whole registry when no host answers."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time

import pytest

from bench.localsites import LocalSites
from db import Store
from db.source_health import DEAD_AFTER, Outcome, plan_night, record_outcomes, source_health, sync_sources
from flows.probe import probe_urls

ROWS = [{"key": "35.16", "name": "Kabupaten Mojokerto", "kind": "government", "domain": "mojokertokab.go.id",
         "url": "https://mojokertokab.go.id/", "region_codes": ["35.16"], "guessed": False},
        {"key": "radarmojokerto.test", "name": "Radar Mojokerto", "kind": "outlet", "domain": "radarmojokerto.test",
         "url": "https://radarmojokerto.test/", "region_codes": ["35.16", "35.76"]}]


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/"


def test_dead_sources_back_off_across_nights_and_come_back(store_url):
    engine = Store(store_url).engine
    sync_sources(engine, ROWS)
    night = dt.datetime(2026, 12, 1, 19, tzinfo=dt.UTC)
    assert plan_night(engine, ["35.16", "radarmojokerto.test"], night).check == ["35.16", "radarmojokerto.test"]
    for n in range(DEAD_AFTER):
        at = night + dt.timedelta(days=n)
        plan = plan_night(engine, ["35.16"], at)
        assert plan.check == ["35.16"] and not plan.skipped  # still tried, address verified first
        record_outcomes(engine, [Outcome("35.16", False, "DNS: no address for mojokertokab.go.id", checked=True)], at)
    record_outcomes(engine, [Outcome("radarmojokerto.test", True, articles=12, checked=True)], night)
    later = night + dt.timedelta(days=DEAD_AFTER)
    plan = plan_night(engine, ["35.16", "radarmojokerto.test"], later)
    assert plan.crawl == ["radarmojokerto.test"]  # verified lately: crawled straight away
    reason = plan.skipped["35.16"]
    assert reason.startswith(f"skipped: unreachable on {DEAD_AFTER} nights in a row (DNS: no address for ")
    assert "next check 2026-12-10" in reason and "never reached" in reason
    # the weekly re-check: verified again, and a success resets the count
    recheck = night + dt.timedelta(days=DEAD_AFTER - 1, weeks=1)
    assert plan_night(engine, ["35.16"], recheck).check == ["35.16"]
    record_outcomes(engine, [Outcome("35.16", True, articles=3, checked=True)], recheck)
    health = {row["key"]: row for row in source_health(engine)}
    assert health["35.16"]["failures"] == 0 and health["35.16"]["verdict"] == "alive"
    assert health["35.16"]["last_error"].startswith("DNS: no address")  # the last error stays on record
    assert health["radarmojokerto.test"]["last_articles"] == 12
    # the registry's fields are synced without touching health
    sync_sources(engine, [{**ROWS[0], "name": "Pemerintah Kabupaten Mojokerto"}])
    row = {r["key"]: r for r in source_health(engine)}["35.16"]
    assert row["name"] == "Pemerintah Kabupaten Mojokerto" and row["verdict"] == "alive"


def test_probe_names_the_reason_of_each_dead_address():
    with LocalSites(count=2, articles=1, first=90) as sites:
        sites.sites[1].blackhole = True
        live, silent = sites.urls
        dead = closed_port_url()
        verdicts = probe_urls([live, silent, dead, "http://pantau-no-such-host.invalid/"])
    assert verdicts[live].ok and verdicts[live].status == 200
    assert verdicts[silent].reason.startswith(f"no answer from {silent[7:-1]} within ")
    assert verdicts[dead].reason == f"connection refused by {dead[7:-1]}"
    assert verdicts["http://pantau-no-such-host.invalid/"].reason.startswith("DNS: no address for pantau-no-such-host.invalid")


@pytest.mark.slow
def test_a_crawl_gives_up_on_dead_hosts_and_reports_each_source(tmp_path, sqlite_url):
    """One crawl process, three sites: one answers, one refuses, one accepts and never answers. The dead
    ones are given up (no retries, no waiting per URL) with their reasons; the live one is crawled."""
    with LocalSites(count=2, articles=4, first=95) as sites:
        sites.sites[1].blackhole = True
        live, silent = sites.urls
        dead = closed_port_url()
        report = tmp_path / "report.json"
        result = subprocess.run(
            [sys.executable, "-m", "pantau", "crawl", "--url", live, "--url", silent, "--url", dead, "--delay", "0",
             "--out", str(tmp_path / "a.jsonl"), "--report", str(report), "--db", sqlite_url],
            capture_output=True, text=True, timeout=300, env={**os.environ, "PANTAU_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-2000:]
    sources = {entry["url"]: entry for entry in json.loads(report.read_text())["sources"].values()}
    assert sources[live]["status"] == "ok" and sources[live]["new"] == 4
    assert sources[dead]["status"] == "failed" and sources[dead]["reason"] == f"connection refused by {dead[7:-1]}"
    assert sources[silent]["status"] == "failed" and sources[silent]["gave_up"]
    assert sources[silent]["reason"].startswith(f"no answer from {silent[7:-1]} within 15 s")
    assert sources[silent]["requests"] <= 3  # robots.txt, then the first page or two: then it gave up


def test_pantau_sources_fits_100_columns_and_keeps_every_reason(tmp_path, sqlite_url):
    engine = Store(sqlite_url).engine
    from crawlers.registry import load_registry

    sync_sources(engine, [entry.as_source_row() for entry in load_registry()])
    long_reason = ("TLS handshake with pemkab-dengan-nama-yang-panjang-sekali.go.id failed "
                   "([('SSL routines', 'tls_process_server_certificate', 'certificate verify failed')])")
    record_outcomes(engine, [Outcome("35.16", False, long_reason, checked=True),
                             Outcome("35.17", True, articles=4, checked=True)])
    env = {**os.environ, "COLUMNS": "100", "PANTAU_HOME": str(tmp_path)}
    shown = subprocess.run([sys.executable, "-m", "pantau", "sources", "--source", "35.16", "--source", "35.17",
                            "--db", sqlite_url], capture_output=True, text=True, timeout=120, env=env)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines and max(len(line) for line in lines) <= 100
    # The reason is shown whole, wrapped over lines.
    assert long_reason.replace(" ", "") in "".join(line.strip() for line in lines).replace(" ", "")
    failing = json.loads(subprocess.run([sys.executable, "-m", "pantau", "sources", "--failing", "--json",
                                         "--db", sqlite_url], capture_output=True, text=True, timeout=120,
                                        env=env).stdout)
    assert [row["key"] for row in failing] == ["35.16"] and failing[0]["last_error"] == long_reason


@pytest.mark.slow
def test_the_whole_registry_unreachable_is_named_source_by_source(tmp_path):
    """`pantau run --all` where no registry host answers (this sandbox has no network beyond loopback):
    every source fails or is skipped with its reason; later nights stay quick. The times are printed; the
    figures in flows/README.md come from here (this test takes about a minute and a half)."""
    database = f"sqlite:///{tmp_path}/registry.db"
    env = {**os.environ, "PANTAU_HOME": str(tmp_path / "home")}
    env.pop("PREFECT_API_URL", None)
    from crawlers.registry import load_registry

    keys = {entry.key for entry in load_registry()}
    times = []
    for night in range(DEAD_AFTER + 1):
        started = time.monotonic()
        result = subprocess.run([sys.executable, "-m", "pantau", "run", "--all", "--db", database, "--json"],
                                capture_output=True, text=True, timeout=1200, env=env)
        times.append(time.monotonic() - started)
        assert result.returncode == 1, result.stderr[-2000:]  # no source succeeded
        summary = json.loads(result.stdout)
        entries = {entry["target"]: entry for entry in summary["sources"]}
        assert set(entries) == keys
        assert all(entry["status"] in ("failed", "skipped") and entry["error"] for entry in entries.values())
        expected = "skipped: unreachable on" if night == DEAD_AFTER else "DNS: no "
        assert all(entry["error"].startswith(expected) for entry in entries.values()), \
            [entry["error"] for entry in entries.values() if not entry["error"].startswith(expected)][:3]
    print("unreachable registry, night by night (s): " + ", ".join(f"{t:.1f}" for t in times))
