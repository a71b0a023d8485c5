"""The deployments for real, on a temporary Prefect server (what `pantau serve` starts itself when
PREFECT_API_URL is unset): `pantau deploy` registers the nightly flow on a process work pool and a
`prefect worker` runs it from its module entrypoint and crawls the demo site into the store;
`pantau serve` registers its scheduled deployments and serves them. One test, because the server start
and the flow run cost seconds."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from db import Store
from demo import DemoServer
from flows.prefect_server import LocalPrefectServer

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("prefect-flows")]

DEMO_CRAWL = {"crawl_args": ["--delay", "0"], "crawl_retries": 0}


def _wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def _final_state(client, flow_run_id, timeout: float = 240):
    return _wait_for(lambda: (state := client.read_flow_run(flow_run_id).state) and state.is_final() and state,
                     timeout, f"flow run {flow_run_id}")


def test_pool_deployment_runs_on_a_worker_and_served_deployment_runs_on_request(tmp_path, monkeypatch):
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    # A server database of its own: the session's PREFECT_HOME is shared with the other flow tests.
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect-home"))
    pool_db = f"sqlite:///{tmp_path}/pool.db"
    served_db = f"sqlite:///{tmp_path}/served.db"
    with LocalPrefectServer(log_file=tmp_path / "prefect-server.log") as server, DemoServer() as site:
        env = {**os.environ, "PREFECT_API_URL": server.api_url, "PREFECT_WORKER_QUERY_SECONDS": "1",
               "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            # --- several machines: a work pool, a deployment per shard, a worker that runs them
            deploy = subprocess.run(
                [sys.executable, "-m", "pantau", "deploy", "--pool", "pantau-test", "--url", site.url, "--db", pool_db,
                 "--cron", "15 1 * * *"],
                env=env, capture_output=True, text=True, timeout=120)
            assert deploy.returncode == 0, deploy.stderr
            assert "Created work pool 'pantau-test'" in deploy.stdout
            with get_client(sync_client=True) as client:
                deployment = client.read_deployment_by_name("pantau-nightly/nightly")
                assert deployment.work_pool_name == "pantau-test"
                assert deployment.parameters == {"urls": [site.url], "db": pool_db}
                assert deployment.schedules[0].schedule.cron == "15 1 * * *"
                assert deployment.schedules[0].schedule.timezone == "Asia/Jakarta"
                assert client.read_deployment_by_name("pantau-reextract/weekly-reextract").work_pool_name == "pantau-test"

                flow_run = run_deployment("pantau-nightly/nightly", timeout=0, parameters=DEMO_CRAWL)
                worker = subprocess.run([sys.executable, "-m", "prefect", "worker", "start", "--pool", "pantau-test",
                                         "--run-once"], env=env, capture_output=True, text=True, timeout=300)
                assert worker.returncode == 0, worker.stdout + worker.stderr
                assert _final_state(client, flow_run.id).is_completed()
            assert Store(pool_db).stats()["articles"] == len(site.content.articles)

            # --- one machine: `pantau serve` registers its deployment (schedule, parameters) and serves it
            with get_client(sync_client=True) as client:
                for name in ("pantau-nightly/nightly", "pantau-reextract/weekly-reextract"):
                    client.delete_deployment(client.read_deployment_by_name(name).id)
            serving = subprocess.Popen(
                [sys.executable, "-m", "pantau", "serve", "--url", site.url, "--db", served_db, "--cron", "45 3 * * *",
                 "--timezone", "Asia/Makassar"],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            try:
                with get_client(sync_client=True) as client:
                    def served(name):
                        try:
                            return client.read_deployment_by_name(name)
                        except Exception:  # noqa: BLE001 - not registered yet
                            return None

                    nightly = _wait_for(lambda: served("pantau-nightly/nightly"), 120, "the served deployment")
                    weekly = _wait_for(lambda: served("pantau-reextract/weekly-reextract"), 30, "the re-extraction")
                assert nightly.work_pool_name is None
                assert nightly.parameters == {"urls": [site.url], "db": served_db}
                schedule = nightly.schedules[0].schedule
                assert (schedule.cron, schedule.timezone) == ("45 3 * * *", "Asia/Makassar")
                assert weekly.schedules[0].schedule.cron == "0 4 * * 0"
                assert serving.poll() is None  # still serving
            finally:
                serving.terminate()
                serving.communicate(timeout=30)
