"""Deployments of the flows: served on a schedule from one machine (`pantau serve`), or registered on a
Prefect work pool so that workers on several machines share the registry (`pantau deploy`).

Several machines: start one Prefect server (`prefect server start --host 0.0.0.0`), point every machine at
it (`PREFECT_API_URL=http://SERVER:4200/api`) and at one PostgreSQL store (`PANTAU_DB_URL=postgresql://...`),
then on one machine `pantau deploy --pool pantau --shards 4 --all` and on each worker machine
`prefect worker start --pool pantau`. Each shard is a deployment crawling a fixed quarter of the sources, so
the nightly crawl spreads over the workers; all of them write to the same store.

Deployments use module entrypoints (`flows.nightly:nightly`), so a worker needs only pantau installed.
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from flows.targets import TargetError, shard_sources

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


def _deployment(flow, name: str, cron: str, timezone: str, parameters: dict[str, Any],
                work_pool: str | None = None, description: str | None = None):
    from prefect.schedules import Cron
    from prefect.types.entrypoint import EntrypointType

    return flow.to_deployment(
        name=name, schedules=[Cron(cron, timezone=timezone)], parameters=parameters, tags=["pantau"],
        work_pool_name=work_pool, entrypoint_type=EntrypointType.MODULE_PATH, description=description)


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
                               description="Crawl, extract and load every night.")]
    if reextract_cron:
        check_schedule(reextract_cron, timezone)
        deployments.append(_deployment(reextract, "weekly-reextract", reextract_cron, timezone,
                                       {"db": db} if db else {},
                                       description="Re-extract stored articles with the current pipeline."))
    return deployments


def pool_deployments(pool: str, *, shards: int = 1, cron: str = NIGHTLY_CRON, timezone: str = TIMEZONE,
                     reextract_cron: str | None = REEXTRACT_CRON, sources: list[str] | None = None,
                     urls: list[str] | None = None, all_sources: bool = False, db: str | None = None) -> list:
    """One nightly deployment per shard of the chosen registry sources (URLs go to the first shard), plus
    the weekly re-extraction, all on work pool `pool`."""
    from flows.nightly import nightly, reextract
    from flows.targets import plan_targets

    check_schedule(cron, timezone)
    targets = plan_targets(sources, urls, all_sources)
    keys = [t.label for t in targets if t.args[0] == "--source"]
    url_targets = [t.label for t in targets if t.args[0] == "--url"]
    groups = shard_sources(keys, shards) if keys else [[]]
    deployments = []
    for number, group in enumerate(groups, 1):
        parameters = nightly_parameters(group, url_targets if number == 1 else None, False, db)
        name = "nightly" if len(groups) == 1 else f"nightly-shard-{number}-of-{len(groups)}"
        deployments.append(_deployment(nightly, name, cron, timezone, parameters, pool,
                                       description=f"Nightly crawl of {len(group)} source(s)"
                                                   + (f" and {len(url_targets)} URL(s)" if number == 1 and url_targets else "")))
    if reextract_cron:
        check_schedule(reextract_cron, timezone)
        deployments.append(_deployment(reextract, "weekly-reextract", reextract_cron, timezone,
                                       {"db": db} if db else {}, pool,
                                       description="Re-extract stored articles with the current pipeline."))
    return deployments


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
