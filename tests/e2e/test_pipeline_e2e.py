"""The whole pipeline for real: the demo site served on 127.0.0.1, crawled by `pantau crawl` subprocesses
under the Prefect nightly flow (ephemeral API, offline), extracted with the spaCy pipeline, loaded into
SQLite and PostgreSQL stores, and found by search. Flow runs cost seconds each, so these tests are few
and each checks a lot; they run in one xdist group so they share one ephemeral Prefect server."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys

import pytest
import sqlalchemy as sa

from db import SearchQuery, Store
from db.models import QueuedArticle
from demo import DemoServer, score_events
from demo.run import demo_events
from flows.runs import run_nightly, run_reextract
from pantau.records import EVENT_TYPES, article_id_for_url

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("prefect-flows")]

# A local site needs no politeness delay; failures should not wait for back-off in tests.
FAST = {"crawl_retries": 0, "crawl_args": ["--delay", "0"], "crawl_timeout": 300}
MOJOKERTO_PK = "bupati-ikfina-saksikan-penandatanganan-perjanjian-kinerja-2024"
# Detection F1 of the extracted events against the demo's gold: what the demo scores (`pantau demo` prints
# it), so any event the pipeline loses or invents on the demo fails here.
MIN_DEMO_F1 = 1.0
# Long enough for a demo-site crawl on a busy machine (~6 s alone), short enough not to wait for a dead one.
CRAWL_TIMEOUT = 25


@pytest.fixture(scope="module")
def demo_site():
    with DemoServer() as site:
        yield site


def closed_port_url() -> str:
    """An address where nothing listens: every fetch is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def article_fetches(site: DemoServer) -> list[str]:
    article_paths = {a.url_path for a in site.content.articles}
    return [r.path for r in site.requests if r.path in article_paths and r.status == 200 and r.method == "GET"]


def event_signature(store: Store) -> set[tuple]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, article_id, type, extractor FROM event")).all()
    return {tuple(row) for row in rows}


def test_demo_site_end_to_end_on_sqlite(demo_site, sqlite_url):
    base = demo_site.base_url
    summary = run_nightly(urls=[demo_site.url], db=sqlite_url, **FAST)
    assert summary["status"] == "completed", summary
    store = Store(sqlite_url)

    # every article of the site, and nothing else (pagination, archives, static pages are not articles)
    stored = {record["url"] for record in store.iter_articles()}
    assert stored == set(demo_site.article_urls().values())
    stats = store.stats()
    assert stats["articles"] == len(demo_site.content.articles)
    assert set(stats["events_by_type"]) == set(EVENT_TYPES)
    assert summary["events"]["extracted"] == stats["reports"]  # every article's report (events count stories)

    scores = score_events(demo_events(sqlite_url, base), base)
    print(f"demo extraction vs gold: {scores}")
    assert scores["f1"] >= MIN_DEMO_F1, scores

    # found by search, through the store API and through the command
    hits = store.search(SearchQuery(text="perjanjian kinerja", per_page=50)).hits
    mojokerto = [h for h in hits if (h.event.get("regency") or {}).get("code") == "35.16"
                 and h.event["type"] == "agreement_signing"]
    assert mojokerto and mojokerto[0].url == demo_site.article_urls()[MOJOKERTO_PK]
    assert mojokerto[0].event["date"] == "2024-01-31"
    command = subprocess.run([sys.executable, "-m", "pantau", "search", "perjanjian kinerja", "--format", "json",
                              "--db", sqlite_url], capture_output=True, text=True, timeout=120)
    assert command.returncode == 0, command.stderr
    assert demo_site.article_urls()[MOJOKERTO_PK] in command.stdout
    assert store.recent_runs(1)[0]["status"] == "completed"

    # a second run finds nothing new and changes nothing
    before = (store.stats()["articles"], event_signature(store))
    demo_site.clear_log()
    again = run_nightly(urls=[demo_site.url], db=sqlite_url, **FAST)
    assert again["status"] == "completed"
    assert article_fetches(demo_site) == []
    assert again["articles"].get("inserted", 0) == 0 and again["articles"].get("updated", 0) == 0
    assert (store.stats()["articles"], event_signature(store)) == before

    # re-extraction replaces events with the current pipeline's, without fetching anything
    article_id = next(h.article_id for h in mojokerto)
    stale = {"article_id": article_id, "type": "inauguration", "regency": {"code": "35.16", "name": "Kabupaten Mojokerto"},
             "date": "2024-01-31", "venue": None, "people": [], "evidence": "contoh peristiwa lama",
             "officials_count": 3, "positions": [], "inaugurated_by": None}
    store.replace_events([article_id], [stale], extractor="old-pipeline-0.0")
    assert event_signature(store) != before[1]
    demo_site.clear_log()
    result = run_reextract(db=sqlite_url)
    assert demo_site.requests == []
    assert result["status"] == "completed" and result["articles"] == len(demo_site.content.articles)
    assert event_signature(store) == before[1]
    assert store.recent_runs(1)[0]["flow"] == "reextract"

    # articles a run crawled but did not load (it died) wait in the store's queue; the next run loads them
    url = "http://127.0.0.1:9/2024/05/02/kendal-teken-perjanjian-kinerja/"
    leftover = {"id": article_id_for_url(url), "url": url, "source": "127.0.0.1:9", "published": "2024-05-02",
                "title": "Kepala OPD Kendal Teken Perjanjian Kinerja",
                "text": "KENDAL – Bupati Kendal Dico M. Ganinduto menyaksikan penandatanganan perjanjian kinerja "
                        "tahun 2024 oleh 30 kepala perangkat daerah di Pendopo Tumenggung Bahurekso, Kamis (2/5/2024)."}
    with store.engine.begin() as conn:
        conn.execute(QueuedArticle.__table__.insert().values(article_id=leftover["id"], source="127.0.0.1:9", version=1,
                                                             record=leftover, queued_at=dt.datetime.now(dt.UTC)))
    third = run_nightly(urls=[demo_site.url], db=sqlite_url, **FAST)
    assert third["status"] == "completed" and third["articles"]["inserted"] == 1
    assert [record["url"] for record in store.iter_articles(ids=[leftover["id"]])] == [url]
    assert any(hit.article_id == leftover["id"] for hit in store.search(SearchQuery(text="kendal", per_page=50)).hits)
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(QueuedArticle.__table__)).scalar_one() == 0


@pytest.mark.postgres
def test_failing_source_does_not_stop_the_others_on_postgresql(demo_site, pg_url):
    dead = closed_port_url()
    summary = run_nightly(urls=[demo_site.url, dead], db=pg_url, **FAST)
    assert summary["status"] == "partial", summary
    by_target = {entry["target"]: entry for entry in summary["sources"]}
    # The dead address is found before any crawl process is spent on it, with the reason first.
    assert by_target[dead]["status"] == "failed"
    assert by_target[dead]["error"].startswith("connection refused by 127.0.0.1:")
    assert by_target[demo_site.url]["status"] == "ok"
    assert by_target[demo_site.url]["articles"] == len(demo_site.content.articles)

    store = Store(pg_url)
    assert store.stats()["articles"] == len(demo_site.content.articles)
    hits = store.search(SearchQuery(text="pelantikan", regencies=["35.24"], per_page=20)).hits
    assert any(h.event["type"] == "inauguration" for h in hits)
    run = store.recent_runs(1)[0]
    assert run["status"] == "partial" and run["stats"]["failed"] == 1


def test_pantau_run_exit_status_when_every_source_fails(tmp_path):
    database = f"sqlite:///{tmp_path}/store.db"
    env = {**os.environ, "PANTAU_HOME": str(tmp_path / "home")}
    dead = closed_port_url()
    result = subprocess.run([sys.executable, "-m", "pantau", "run", "--url", dead, "--crawl-timeout",
                             str(CRAWL_TIMEOUT // 2), "--db", database, "--json"],
                            capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "no source succeeded" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["status"] == "failed" and summary["sources"][0]["status"] == "failed"
    assert summary["sources"][0]["error"].startswith("connection refused by")
    assert Store(database).recent_runs(1)[0]["status"] == "failed"
    # Without verification the crawl itself meets the dead host, and gives up at once with the reason.
    result = subprocess.run([sys.executable, "-m", "pantau", "run", "--url", dead, "--no-verify", "--db", database,
                             "--json"], capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    summary = json.loads(result.stdout)
    assert summary["sources"][0]["error"].startswith("connection refused by"), summary["sources"][0]
