"""What the about page tells the public about the store: sources, coverage, the last crawls and the counts.
Built from the store's public API, and only from fields meant for readers: never a run's id, its working
folder, the store's URL or a source's error text (those stay in `pantau sources` and the run reports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from db import SearchQuery, Store
from pantau.regions import all_regions

RUN_STATUS = {"completed": "selesai", "partial": "sebagian sumber gagal", "failed": "gagal",
              "stopped": "dihentikan", "crashed": "terhenti tak terduga", "running": "sedang berjalan"}
FLOW_NAMES = {"nightly": "pengambilan malam", "reextract": "ekstraksi ulang", "demo": "demo"}


@dataclass
class PublicRun:
    """One crawl as readers see it: when, how it ended, what it added."""

    name: str
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    status: str
    sources: int | None = None
    articles_new: int | None = None
    events_new: int | None = None


@dataclass
class AboutFacts:
    stats: dict[str, Any]
    sources_registered: int = 0
    sources_by_kind: dict[str, int] = field(default_factory=dict)
    sources_alive: int = 0
    last_success: dt.datetime | None = None
    regencies_covered: int = 0
    regencies_total: int = 0
    provinces_covered: int = 0
    provinces_total: int = 0
    first_event: Any = None
    last_event: Any = None
    runs: list[PublicRun] = field(default_factory=list)


def _count(value: Any, *keys: str) -> int | None:
    """A whole number at `keys` inside a run's summary (nested dicts), or None."""
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def public_run(run: dict[str, Any]) -> PublicRun:
    stats = run.get("stats") or {}
    return PublicRun(
        name=FLOW_NAMES.get(run.get("flow") or "", "pengambilan"), started_at=run.get("started_at"),
        finished_at=run.get("finished_at"), status=RUN_STATUS.get(run.get("status") or "", "tidak diketahui"),
        sources=_count(stats, "targets"), articles_new=_count(stats, "articles", "inserted"),
        events_new=_count(stats, "events", "inserted"))


def _event_date(store: Store, sort: str) -> Any:
    hits = store.search(SearchQuery(sort=sort, per_page=1)).hits
    return hits[0].date if hits else None


def about_facts(store: Store, runs: int = 10) -> AboutFacts:
    stats = store.stats()
    sources = store.sources()
    regions = all_regions()
    covered = {row["code"] for row in stats["events_by_regency"]}
    facts = AboutFacts(
        stats=stats, sources_registered=len(sources),
        sources_alive=sum(1 for s in sources if s.get("last_success_at")),
        last_success=max((s["last_success_at"] for s in sources if s.get("last_success_at")), default=None),
        regencies_covered=sum(1 for r in regions if not r.is_province and r.code in covered),
        regencies_total=sum(1 for r in regions if not r.is_province),
        provinces_covered=len({code[:2] for code in covered}),
        provinces_total=sum(1 for r in regions if r.is_province),
        first_event=_event_date(store, "oldest"), last_event=_event_date(store, "newest"),
        runs=[public_run(run) for run in store.recent_runs(runs)])
    for source in sources:
        kind = source.get("kind") or "lain"
        facts.sources_by_kind[kind] = facts.sources_by_kind.get(kind, 0) + 1
    return facts
