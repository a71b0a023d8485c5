"""SIGTERM (a worker cancelling the run, `kill`, systemd) stops `pantau run` quickly and says so: the crawl
processes stop, their sources stay queued, the run's row says "stopped", and the next run loads every
article exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa

from bench.localsites import LocalSites
from db import Store
from db.models import Article, CrawlJob, Run
from tests.support.processes import kill_tree, tree, wait_for

pytestmark = [pytest.mark.slow]


def test_sigterm_stops_a_run_within_seconds_and_loses_nothing(tmp_path, sqlite_url):
    engine = Store(sqlite_url).engine
    env = {**os.environ, "PANTAU_HOME": str(tmp_path / "home"), "PANTAU_CRAWL_FLUSH_EVERY": "3"}
    env.pop("PREFECT_API_URL", None)
    with LocalSites(count=3, articles=12, delay=1.0, first=130) as sites:
        command = [sys.executable, "-m", "pantau", "run", *[a for u in sites.urls for a in ("--url", u)],
                   "--db", sqlite_url, "--no-verify"]
        running = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            def crawling():
                with engine.connect() as connection:
                    return connection.execute(sa.select(sa.func.count()).select_from(CrawlJob.__table__)
                                              .where(CrawlJob.__table__.c.state == "claimed")).scalar_one()
            wait_for(crawling, 240, "the crawl to start")
            assert len(tree(running.pid)) >= 2  # the flow and its crawl process
            started = time.monotonic()
            running.send_signal(signal.SIGTERM)
            out, err = running.communicate(timeout=60)
            seconds = time.monotonic() - started
        finally:
            if running.poll() is None:
                kill_tree(running.pid)
        print(f"SIGTERM to exit: {seconds:.1f} s")
        assert running.returncode == 143, err[-2000:]
        assert "stopped by SIGTERM" in err and "stay queued" in err
        with engine.connect() as connection:
            run = connection.execute(sa.select(Run.__table__.c.status, Run.__table__.c.stats)).one()
        assert run.status == "stopped" and run.stats["error"] == "stopped by SIGTERM"

        sites.delay = 0.0
        again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=400)
        assert again.returncode == 0, again.stderr[-2000:]
    with engine.connect() as connection:
        urls = connection.execute(sa.select(Article.__table__.c.url)).scalars().all()
    assert sorted(urls) == sorted(sites.article_urls())
