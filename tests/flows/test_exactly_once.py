"""Exactly once into the store, whatever dies when: `pantau run` is killed with SIGKILL (its whole process
tree: the flow, the crawl process, Prefect's API server) at three points, on SQLite and PostgreSQL, and the
next run must leave every article of the site in the store exactly once.

- mid-fetch: the crawl has queued part of the site and is still fetching (articles are slow to answer);
- after-crawl: the crawl process ended and nothing is loaded yet;
- mid-load: a batch of articles is loaded, its events are not, and it is still in the queue.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import sqlalchemy as sa

from bench.localsites import LocalSites
from db import Store
from db.models import Article, ArticleVersion, CrawlUrl, Event, QueuedArticle, Run
from tests.support.processes import kill_tree, wait_for

pytestmark = [pytest.mark.slow]

ARTICLES = 24


def count(engine, table, *where) -> int:
    with engine.connect() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one()


def pantau_run(url: str, db: str, home, env_extra: dict[str, str] | None = None) -> subprocess.Popen:
    env = {**os.environ, "PANTAU_HOME": str(home), "PANTAU_CRAWL_FLUSH_EVERY": "3", **(env_extra or {})}
    env.pop("PREFECT_API_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "pantau", "run", "--url", url, "--db", db, "--no-verify", "--json"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


@pytest.mark.parametrize("kill_point", ["mid-fetch", "after-crawl", "mid-load"])
def test_a_killed_run_loses_nothing_and_loads_nothing_twice(kill_point, store_url, tmp_path):
    store = Store(store_url)
    engine = store.engine
    marker = tmp_path / "paused"
    env = {} if kill_point == "mid-fetch" else {"PANTAU_FAULT_PAUSE": kill_point, "PANTAU_FAULT_MARKER": str(marker)}
    with LocalSites(count=1, articles=ARTICLES, delay=0.4 if kill_point == "mid-fetch" else 0.0) as sites:
        url = sites.urls[0]
        first = pantau_run(url, store_url, tmp_path / "home", env)
        try:
            if kill_point == "mid-fetch":
                wait_for(lambda: count(engine, QueuedArticle.__table__) >= 6, 240, "part of the site queued")
                assert count(engine, CrawlUrl.__table__, CrawlUrl.__table__.c.kind == "article") < ARTICLES
            else:
                wait_for(marker.exists, 240, f"the run to pause at {kill_point}")
        finally:
            killed = kill_tree(first.pid)
            first.communicate(timeout=30)
        assert len(killed) >= 2  # the flow and at least Prefect's server or the crawl
        seen = count(engine, CrawlUrl.__table__, CrawlUrl.__table__.c.kind == "article")
        queued = count(engine, QueuedArticle.__table__)
        loaded_before = count(engine, Article.__table__)
        # Every URL the store counts as seen is either loaded or waiting in the queue.
        assert seen <= queued + loaded_before and seen > 0, (seen, queued, loaded_before)
        if kill_point == "mid-load":
            assert loaded_before > 0 and queued == ARTICLES  # loaded but not yet out of the queue

        sites.delay = 0.0
        second = pantau_run(url, store_url, tmp_path / "home2")
        out, err = second.communicate(timeout=400)
        assert second.returncode == 0, err[-3000:]

    expected = set(sites.article_urls())
    with engine.connect() as connection:
        stored = connection.execute(sa.select(Article.__table__.c.url)).scalars().all()
        versions = connection.execute(sa.select(ArticleVersion.__table__.c.article_id)).scalars().all()
        event_ids = connection.execute(sa.select(Event.__table__.c.id)).scalars().all()
        runs = connection.execute(sa.select(Run.__table__.c.status).order_by(Run.__table__.c.id)).scalars().all()
    lost = expected - set(stored)
    duplicated = len(stored) - len(set(stored))
    print(f"{kill_point} on {engine.dialect.name}: lost {len(lost)}, duplicated {duplicated}, "
          f"seen before the kill {seen}, queued {queued}, loaded {loaded_before}")
    assert not lost and duplicated == 0 and set(stored) == expected
    assert len(versions) == len(set(versions)) == ARTICLES  # no article loaded as a second version of itself
    assert len(event_ids) == len(set(event_ids)) and event_ids
    assert count(engine, QueuedArticle.__table__) == 0
    # The killed run's row does not stay "running": the next run marked it crashed once it stopped beating,
    # or it is still within its heartbeat window (then it is marked by a later run).
    assert runs[-1] in ("completed",) and runs[0] in ("crashed", "running")
