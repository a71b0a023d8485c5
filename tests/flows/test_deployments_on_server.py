"""The README's "On several machines", for real: a Prefect server, a PostgreSQL store, `pantau deploy
--pool P --workers 2`, and two `prefect worker start --pool P --limit 1` processes. A night is started, one
worker's whole process tree is killed mid-run; the night finishes on the other worker, the dead worker's
flow run is marked Crashed (heartbeats), and the next night leaves every article in the store exactly once.
Also: pantau's log lines reach the Prefect run, each run publishes a markdown artifact, no store run row
stays "running", and `pantau serve` registers its scheduled deployments.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa

from bench.localsites import LocalSites
from db import Store
from db.models import Article, ArticleVersion, CrawlJob, QueuedArticle, Run
from flows.prefect_server import LocalPrefectServer
from tests.support.processes import kill_tree, tree, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.xdist_group("prefect-server")]

SITES, ARTICLES = 8, 6
# Small batches and one crawl process per worker, so the night is spread over both workers; slow article
# pages, so a worker can be killed while it crawls.
NIGHT = {"batch_size": 2, "concurrency": 1, "crawl_args": ["--delay", "0"], "verify": False}


def _final_state(client, flow_run_id, timeout: float = 400):
    return wait_for(lambda: (state := client.read_flow_run(flow_run_id).state) and state.is_final() and state,
                    timeout, f"flow run {flow_run_id} to end", every=1)


def _rows(engine, query):
    with engine.connect() as connection:
        return connection.execute(query).all()


def test_two_workers_share_a_night_and_a_killed_worker_loses_nothing(tmp_path, monkeypatch, pg_url):
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect-home"))
    engine = Store(pg_url).engine
    workers: list[subprocess.Popen] = []
    with LocalPrefectServer(log_file=tmp_path / "prefect-server.log") as server, \
            LocalSites(count=SITES, articles=ARTICLES, delay=0.5, first=40) as sites:
        env = {**os.environ, "PREFECT_API_URL": server.api_url, "PREFECT_WORKER_QUERY_SECONDS": "1",
               "PREFECT_WORKER_PREFETCH_SECONDS": "1", "PANTAU_DB_URL": pg_url, "PANTAU_CRAWL_FLUSH_EVERY": "3"}
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            deploy = subprocess.run(
                [sys.executable, "-m", "pantau", "deploy", "--pool", "pantau-test", "--workers", "2",
                 *[arg for url in sites.urls for arg in ("--url", url)], "--cron", "15 1 * * *"],
                env=env, capture_output=True, text=True, timeout=120)
            assert deploy.returncode == 0, deploy.stderr
            assert "Created work pool 'pantau-test'" in deploy.stdout
            try:
                for number in (1, 2):
                    workers.append(subprocess.Popen(
                        [sys.executable, "-m", "prefect", "worker", "start", "--pool", "pantau-test", "--limit", "1",
                         "--name", f"machine-{number}"],
                        env={**env, "PANTAU_HOME": str(tmp_path / f"machine-{number}")},
                        stdout=open(tmp_path / f"worker-{number}.log", "w"), stderr=subprocess.STDOUT,  # noqa: SIM115
                        start_new_session=True))
                with get_client(sync_client=True) as client:
                    nightly = client.read_deployment_by_name("pantau-nightly/nightly")
                    assert nightly.global_concurrency_limit.limit == 1  # nights never overlap
                    assert nightly.concurrency_options.collision_strategy.value == "CANCEL_NEW"

                    night = run_deployment("pantau-nightly/nightly", timeout=0, parameters=NIGHT)
                    # Both machines crawl: jobs claimed by two different processes.
                    claimers = wait_for(lambda: len(pids := {row[0].split(":")[1].split("/")[0] for row in _rows(
                        engine, sa.select(CrawlJob.__table__.c.worker).where(CrawlJob.__table__.c.worker.is_not(None)))})
                        >= 2 and pids, 240, "both workers to take sources")
                    # Kill the machine whose process is not the night's own (its crawl-worker run).
                    night_owner = _rows(engine, sa.select(Run.__table__.c.owner))[0][0].split(":")[1].split()[0]
                    victim = next(w for w in workers if any(str(p) in claimers - {night_owner} for p in tree(w.pid)))
                    # Between two batches the worker has no crawl process; kill it while one runs.
                    wait_for(lambda: len(tree(victim.pid)) >= 3, 120, "the victim's crawl process", every=0.05)
                    killed = kill_tree(victim.pid)
                    victim.wait(30)
                    assert len(killed) >= 3  # the worker, its flow run process, its crawl process

                    assert _final_state(client, night.id).is_completed()
                    helper = [run for run in client.read_flow_runs() if run.name.startswith("night ")]
                    assert helper
                    # Prefect's zombie automation: the killed worker's flow run stops beating and is crashed.
                    crashed = wait_for(lambda: any(client.read_flow_run(r.id).state.is_crashed() for r in helper),
                                       300, "the dead worker's flow run to be marked Crashed", every=2)
                    assert crashed

                    logs = client.read_logs()
                    assert any("pantau.flows" == log.name and str(log.flow_run_id) == str(night.id) for log in logs)
                    artifact = client.read_latest_artifacts()
                    assert any(a.key == "pantau-nightly" and "Sources" in (a.data or "") for a in artifact)

                    # The next night (on the surviving worker) finds everything in place: each article once.
                    second = run_deployment("pantau-nightly/nightly", timeout=0, parameters=NIGHT)
                    assert _final_state(client, second.id).is_completed()
            finally:
                for worker in workers:
                    if worker.poll() is None:
                        kill_tree(worker.pid)
                        worker.wait(30)

    stored = [row[0] for row in _rows(engine, sa.select(Article.__table__.c.url))]
    versions = [row[0] for row in _rows(engine, sa.select(ArticleVersion.__table__.c.article_id))]
    expected = set(sites.article_urls())
    print(f"two workers, one killed: {len(expected - set(stored))} lost, {len(stored) - len(set(stored))} duplicated")
    assert set(stored) == expected and len(stored) == len(expected)
    assert len(versions) == len(set(versions)) == len(expected)
    assert _rows(engine, sa.select(sa.func.count()).select_from(QueuedArticle.__table__))[0][0] == 0
    statuses = [row[0] for row in _rows(engine, sa.select(Run.__table__.c.status))]
    assert "running" not in statuses and statuses.count("completed") == 2


def test_served_deployments_register_their_schedules(tmp_path, monkeypatch):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect-home"))
    served_db = f"sqlite:///{tmp_path}/served.db"
    with LocalPrefectServer(log_file=tmp_path / "prefect-server.log") as server:
        env = {**os.environ, "PREFECT_API_URL": server.api_url, "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
        serving = subprocess.Popen(
            [sys.executable, "-m", "pantau", "serve", "--url", "http://127.0.0.1:9/", "--db", served_db,
             "--cron", "45 3 * * *", "--timezone", "Asia/Makassar"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            with temporary_settings(updates={PREFECT_API_URL: server.api_url}), get_client(sync_client=True) as client:
                def served(name):
                    try:
                        return client.read_deployment_by_name(name)
                    except Exception:  # noqa: BLE001 - not registered yet
                        return None

                nightly = wait_for(lambda: served("pantau-nightly/nightly"), 120, "the served deployment")
                weekly = wait_for(lambda: served("pantau-reextract/weekly-reextract"), 30, "the re-extraction")
            assert nightly.work_pool_name is None
            assert nightly.parameters == {"urls": ["http://127.0.0.1:9/"], "db": served_db}
            assert nightly.global_concurrency_limit.limit == 1
            schedule = nightly.schedules[0].schedule
            assert (schedule.cron, schedule.timezone) == ("45 3 * * *", "Asia/Makassar")
            assert weekly.schedules[0].schedule.cron == "0 4 * * 0"
            assert serving.poll() is None  # still serving
        finally:
            started = time.monotonic()
            serving.terminate()
            serving.communicate(timeout=30)
            assert time.monotonic() - started < 30
