"""Deployments of the flows: served on a schedule from one machine (`pantau serve`), or registered on a
Prefect work pool so that workers on several machines share the night's work (`pantau deploy`).

Several machines: start one Prefect server (`prefect server start --host 0.0.0.0`), point every machine at
it (`PREFECT_API_URL=http://SERVER:4200/api`) and at one PostgreSQL store (`PANTAU_DB_URL=postgresql://...`),
then on one machine `pantau deploy --pool pantau --workers 2 --all` and on each worker machine
`prefect worker start --pool pantau --limit 1`. The nightly run queues its sources in the store and asks
the pool for `workers - 1` crawl-worker runs; every run takes sources from the same queue until it is
empty, so a worker that is faster, or alone, simply takes more. A worker that dies stops beating: its
sources go back to the queue, and Prefect marks its flow run Crashed (the zombie automation below).

The nightly deployment has a concurrency limit of 1: a night still running when the next one is due makes
the next one cancelled, never two at once. Deployments use module entrypoints (`flows.nightly.nightly`),
so a worker needs only pantau installed.
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from flows.targets import TargetError

NIGHTLY_CRON = "0 2 * * *"
REEXTRACT_CRON = "0 4 * * 0"  # weekly, Sunday 04:00, after that night's crawl
TIMEZONE = "Asia/Jakarta"


def check_schedule(cron: str, timezone: str) -> None:
    """Raise TargetError (bad usage) for an invalid cron string or time zone."""
    from prefect.schedules import Cron

    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise TargetError(f"--timezone {timezone!r}: not an IANA time zone such as Asia/Jakarta") from None
    try:
        Cron(cron, timezone=timezone)
    except ValueError as exc:
        raise TargetError(f"--cron {cron!r}: {exc}") from None


HEARTBEAT_SECONDS = 30  # flow runs on a pool beat this often (Prefect's least); the automation waits 3 beats
ZOMBIE_AUTOMATION = "pantau: crash flow runs whose heartbeats stopped"


def _deployment(flow, name: str, cron: str | None, timezone: str, parameters: dict[str, Any],
                work_pool: str | None = None, description: str | None = None, single: bool = False):
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.schedules import Cron
    from prefect.types.entrypoint import EntrypointType

    options: dict[str, Any] = {}
    if single:
        # Nights never overlap: a run due while the previous one still runs is cancelled.
        options["concurrency_limit"] = ConcurrencyLimitConfig(
            limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)
    if work_pool:
        options["job_variables"] = {"env": {"PREFECT_FLOWS_HEARTBEAT_FREQUENCY": str(HEARTBEAT_SECONDS)}}
    return flow.to_deployment(
        name=name, schedules=[Cron(cron, timezone=timezone)] if cron else [], parameters=parameters,
        tags=["pantau"], work_pool_name=work_pool, entrypoint_type=EntrypointType.MODULE_PATH,
        description=description, **options)


def nightly_parameters(sources: list[str] | None = None, urls: list[str] | None = None,
                       all_sources: bool = False, db: str | None = None) -> dict[str, Any]:
    parameters: dict[str, Any] = {}
    if sources:
        parameters["sources"] = list(sources)
    if urls:
        parameters["urls"] = list(urls)
    if all_sources:
        parameters["all_sources"] = True
    if db:
        parameters["db"] = db
    return parameters


def served_deployments(*, cron: str = NIGHTLY_CRON, timezone: str = TIMEZONE,
                       reextract_cron: str | None = REEXTRACT_CRON, sources: list[str] | None = None,
                       urls: list[str] | None = None, all_sources: bool = False, db: str | None = None) -> list:
    """The nightly deployment (and the weekly re-extraction) for `prefect.serve` on this machine."""
    from flows.nightly import nightly, reextract

    check_schedule(cron, timezone)
    deployments = [_deployment(nightly, "nightly", cron, timezone,
                               nightly_parameters(sources, urls, all_sources or not (sources or urls), db),
                               description="Crawl, extract and load every night.", single=True)]
    if reextract_cron:
        check_schedule(reextract_cron, timezone)
        deployments.append(_deployment(reextract, "weekly-reextract", reextract_cron, timezone,
                                       {"db": db} if db else {},
                                       description="Re-extract stored articles with the current pipeline."))
    return deployments


def pool_deployments(pool: str, *, workers: int = 1, cron: str = NIGHTLY_CRON, timezone: str = TIMEZONE,
                     reextract_cron: str | None = REEXTRACT_CRON, sources: list[str] | None = None,
                     urls: list[str] | None = None, all_sources: bool = False, db: str | None = None,
                     concurrency: int | None = None) -> list:
    """On work pool `pool`: the nightly deployment (one run a night; it asks the pool for `workers - 1`
    crawl-worker runs), the crawl-worker deployment (no schedule), and the weekly re-extraction."""
    from flows.nightly import crawl_worker, nightly, reextract
    from flows.targets import plan_targets

    if workers < 1:
        raise TargetError("--workers must be at least 1")
    check_schedule(cron, timezone)
    plan_targets(sources, urls, all_sources)  # bad usage now, not at 2 a.m.
    parameters = {**nightly_parameters(sources, urls, all_sources, db), "crawl_workers": workers - 1}
    if concurrency:
        parameters["concurrency"] = concurrency
    what = "every registry source" if all_sources else f"{len(sources or [])} source term(s)"
    deployments = [
        _deployment(nightly, "nightly", cron, timezone, parameters, pool, single=True,
                    description=f"Nightly crawl of {what}" + (f" and {len(urls)} URL(s)" if urls else "")
                                + f", on {workers} worker(s) taking sources from one queue in the store."),
        _deployment(crawl_worker, "crawl-worker", None, timezone, {"db": db} if db else {}, pool,
                    description="More hands for a nightly run: started by the nightly run, not on a schedule."),
    ]
    if reextract_cron:
        check_schedule(reextract_cron, timezone)
        deployments.append(_deployment(reextract, "weekly-reextract", reextract_cron, timezone,
                                       {"db": db} if db else {}, pool,
                                       description="Re-extract stored articles with the current pipeline."))
    return deployments


def ensure_zombie_automation() -> bool:
    """A Prefect automation that marks a flow run Crashed when its heartbeats stop (its worker machine or
    process died), so the run does not stay Running. True when it was created."""
    from datetime import timedelta

    from prefect.automations import Automation
    from prefect.client.schemas.objects import StateType
    from prefect.events.actions import ChangeFlowRunState
    from prefect.events.schemas.automations import EventTrigger, Posture
    from prefect.events.schemas.events import ResourceSpecification

    try:
        Automation.read(name=ZOMBIE_AUTOMATION)
        return False
    except ValueError:
        pass
    Automation(
        name=ZOMBIE_AUTOMATION,
        description="pantau: a flow run that stopped sending heartbeats has lost its process; mark it Crashed.",
        trigger=EventTrigger(
            after={"prefect.flow-run.heartbeat"},
            expect={"prefect.flow-run.heartbeat", "prefect.flow-run.Completed", "prefect.flow-run.Failed",
                    "prefect.flow-run.Cancelled", "prefect.flow-run.Crashed"},
            match=ResourceSpecification({"prefect.resource.id": ["prefect.flow-run.*"]}),
            for_each={"prefect.resource.id"}, posture=Posture.Proactive, threshold=1,
            within=timedelta(seconds=HEARTBEAT_SECONDS * 3)),
        actions=[ChangeFlowRunState(state=StateType.CRASHED,
                                    message="its heartbeats stopped: the worker process or machine died")],
    ).create()
    return True


def ensure_process_pool(pool: str) -> bool:
    """Create the process work pool if it does not exist; True when it was created."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            client.read_work_pool(pool)
            return False
        except ObjectNotFound:
            client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
            return True
