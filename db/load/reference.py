"""The writers of the reference tables: `Region` (the 552 regions of `pantau.regions`), `Run` (flow runs) and,
until the flows stage makes `Source` a single-writer health table, `Source` rows mirrored from the registry
(its other writer is `db.crawl_state.CrawlState.upsert_sources`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from db.rows import batched, upsert
from db.tables import BATCH, REGIONS, RUNS, SOURCES
from pantau.regions import all_regions


def sync_regions(engine) -> int:
    rows = [{"code": r.code, "level": r.level, "name": r.name, "short_name": r.short_name,
             "province_code": r.province_code} for r in all_regions()]
    with engine.begin() as conn:
        for chunk in batched(rows, BATCH):
            upsert(conn, REGIONS, chunk, ["code"])
    return len(rows)


def _source_row(entry: Any) -> dict[str, Any] | None:
    if dataclasses.is_dataclass(entry) and not isinstance(entry, type):
        data = dataclasses.asdict(entry)
    elif hasattr(entry, "model_dump"):
        data = entry.model_dump()
    elif isinstance(entry, dict):
        data = dict(entry)
    else:
        data = dict(vars(entry))
    url = data.get("url") or ""
    key = data.get("key") or data.get("code") or data.get("domain")
    if not key or not url:
        return None
    domain = data.get("domain") or urlsplit(url if "//" in url else "//" + url).hostname or url
    codes = data.get("region_codes") or data.get("regions") or []
    if isinstance(codes, str):
        codes = [codes]
    return {"key": str(key), "name": data.get("name") or str(key), "kind": data.get("kind") or "outlet",
            "domain": domain, "url": url, "region_codes": list(codes), "guessed": bool(data.get("guessed", False))}


def sync_sources(engine, entries: Iterable[Any]) -> int:
    """Upsert registry entries (dicts or dataclasses with the keys of `models.Source`)."""
    rows: dict[str, dict[str, Any]] = {}
    for entry in entries:
        row = _source_row(entry)
        if row:
            rows[row["key"]] = row  # the last entry for a key wins
    with engine.begin() as conn:
        for chunk in batched(list(rows.values()), BATCH):
            upsert(conn, SOURCES, chunk, ["key"])
    return len(rows)


def start_run(engine, flow: str) -> int:
    with engine.begin() as conn:
        return conn.execute(RUNS.insert().values(flow=flow[:40], started_at=dt.datetime.now(dt.UTC),
                                                 status="running", stats={}).returning(RUNS.c.id)).scalar_one()


def finish_run(engine, run_id: int, status: str = "completed", stats: dict[str, Any] | None = None) -> None:
    with engine.begin() as conn:
        conn.execute(RUNS.update().where(RUNS.c.id == run_id).values(
            finished_at=dt.datetime.now(dt.UTC), status=status[:16],
            # Dates or paths in a flow's summary must not lose the run's record: store them as text.
            stats=json.loads(json.dumps(stats or {}, default=str))))
