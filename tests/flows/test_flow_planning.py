"""Planning a run and building deployments: targets from the registry and URLs, shards for work pools,
schedules, and the usage errors `pantau run/serve/deploy` exit 2 with. No flow runs here (fast)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from flows.targets import CrawlTarget, TargetError, plan_targets


def test_plan_targets_resolves_registry_terms_and_urls():
    targets = plan_targets(sources=["35.16"], urls=["http://127.0.0.1:8000/"])
    labels = [t.label for t in targets]
    assert "35.16" in labels  # the government site of Kabupaten Mojokerto
    assert labels[-1] == "http://127.0.0.1:8000/"
    government = next(t for t in targets if t.label == "35.16")
    assert government.args == ("--source", "35.16")
    assert government.source_row["region_codes"] == ["35.16"]
    assert targets[-1].args == ("--url", "http://127.0.0.1:8000/") and targets[-1].source_row is None
    # a region name brings the same government site; duplicates collapse
    again = plan_targets(sources=["Kabupaten Mojokerto", "35.16"])
    assert [t.label for t in again].count("35.16") == 1


def test_plan_targets_all_covers_the_registry():
    from crawlers.registry import load_registry

    targets = plan_targets(all_sources=True)
    assert len(targets) == len(load_registry()) >= 552
    assert len({t.label for t in targets}) == len(targets)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({}, "nothing to crawl"),
    ({"sources": ["Atlantis Raya"]}, "unknown source 'Atlantis Raya'"),
    ({"urls": ["ftp://example.org/"]}, "expected an http:// or https:// address"),
    ({"urls": ["127.0.0.1:8000"]}, "expected an http:// or https:// address"),
])
def test_plan_targets_rejects_bad_usage(kwargs, message):
    with pytest.raises(TargetError, match=message):
        plan_targets(**kwargs)


def test_target_file_names_are_unique_and_safe():
    a = CrawlTarget("http://127.0.0.1:8000/", ("--url", "http://127.0.0.1:8000/"))
    b = CrawlTarget("http://127.0.0.1:8001/", ("--url", "http://127.0.0.1:8001/"))
    assert a.file_stem != b.file_stem
    assert "/" not in a.file_stem and ":" not in a.file_stem


def test_served_deployments_have_schedules_parameters_and_module_entrypoints():
    from prefect.flows import load_flow_from_entrypoint

    from flows.deploy import served_deployments

    nightly, weekly = served_deployments(cron="30 1 * * *", timezone="Asia/Makassar", sources=["35.24"],
                                         db="postgresql+psycopg://pantau@db.internal/pantau")
    assert nightly.name == "nightly" and weekly.name == "weekly-reextract"
    assert nightly.parameters == {"sources": ["35.24"], "db": "postgresql+psycopg://pantau@db.internal/pantau"}
    schedule = nightly.schedules[0].schedule
    assert (schedule.cron, schedule.timezone) == ("30 1 * * *", "Asia/Makassar")
    assert weekly.schedules[0].schedule.cron == "0 4 * * 0"
    assert load_flow_from_entrypoint(nightly.entrypoint).name == "pantau-nightly"
    assert load_flow_from_entrypoint(weekly.entrypoint).name == "pantau-reextract"
    # nothing chosen means the whole registry
    default, _ = served_deployments()
    assert default.parameters == {"all_sources": True}


def test_pool_deployments_share_one_queue_and_never_overlap():
    from flows.deploy import pool_deployments

    deployments = pool_deployments("pantau-pool", workers=3, all_sources=True, urls=["http://127.0.0.1:8000/"])
    assert [d.name for d in deployments] == ["nightly", "crawl-worker", "weekly-reextract"]
    nightly, worker, weekly = deployments
    assert all(d.work_pool_name == "pantau-pool" for d in deployments)
    # The registry is read when the night starts (a source removed since does not break a shard), and the
    # night asks the pool for two more workers beside its own process.
    assert nightly.parameters == {"all_sources": True, "urls": ["http://127.0.0.1:8000/"], "crawl_workers": 2}
    assert nightly.concurrency_limit == 1
    assert nightly.concurrency_options.collision_strategy.value == "CANCEL_NEW"
    assert worker.schedules == [] and worker.entrypoint == "flows.nightly.crawl_worker"
    assert nightly.job_variables["env"]["PREFECT_FLOWS_HEARTBEAT_FREQUENCY"]
    assert weekly.schedules[0].schedule.cron == "0 4 * * 0"
    with pytest.raises(TargetError):
        pool_deployments("pantau-pool", workers=0, all_sources=True)


@pytest.mark.parametrize(("cron", "timezone", "message"), [
    ("every night", "Asia/Jakarta", "--cron"),
    ("0 2 * * *", "Asia/Atlantis", "--timezone"),
])
def test_bad_schedules_are_usage_errors(cron, timezone, message):
    from flows.deploy import check_schedule

    with pytest.raises(TargetError, match=message):
        check_schedule(cron, timezone)


def _pantau(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pantau", *args], capture_output=True, text=True, timeout=120,
                          env=env)


@pytest.mark.parametrize(("args", "message"), [
    (["run"], "nothing to crawl"),
    (["run", "--source", "Atlantis Raya"], "unknown source"),
    (["run", "--url", "ftp://example.org/"], "http:// or https://"),
    (["run", "--all", "--since", "kemarin"], "--since"),
    (["reextract", "--since", "31/1/2024"], "--since"),
    (["serve", "--cron", "every night"], "--cron"),
    (["serve", "--timezone", "Mars/Olympus"], "--timezone"),
])
def test_flow_commands_exit_2_on_bad_usage(args, message):
    result = _pantau(*args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr


def test_deploy_needs_a_prefect_server():
    import os

    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    result = _pantau("deploy", "--pool", "pantau", "--all", env=env)
    assert result.returncode == 2 and "PREFECT_API_URL" in result.stderr


def test_each_source_is_one_job_crawled_by_its_exact_key():
    """A region brings its government site and its outlets, each once; each job crawls exactly its own
    source (`=KEY`), so an outlet is not crawled again for every region that points at it, and a government
    site's outcome is its own."""
    from crawlers.registry import resolve_sources
    from flows.nightly import _jobs_for

    targets = plan_targets(sources=["35.16", "35.76", "Kota Mojokerto"])
    jobs = _jobs_for(targets)
    assert len({job["source"] for job in jobs}) == len(jobs)
    government = next(job for job in jobs if job["source"] == "35.16")
    assert government["args"] == ["--source", "=35.16"] and government["host"] == "mojokertokab.go.id"
    assert [entry.key for entry in resolve_sources(["=35.16"])] == ["35.16"]
    assert len(resolve_sources(["35.16"])) > 1  # the region itself still brings its outlets


def test_a_source_removed_from_the_registry_fails_alone():
    """A deployment made before a source left the registry: that term fails with its reason, the others run."""
    from flows.nightly import _tolerant_targets

    targets, unknown = _tolerant_targets(["35.16", "Atlantis Raya"], ["http://127.0.0.1:8000/"], False)
    assert "35.16" in [t.label for t in targets] and "http://127.0.0.1:8000/" in [t.label for t in targets]
    assert unknown == [("Atlantis Raya", "unknown source 'Atlantis Raya': not a Kemendagri code, region name, "
                                         "source key or domain in the registry")]
    with pytest.raises(TargetError, match="nothing to crawl"):
        _tolerant_targets(None, None, False)
