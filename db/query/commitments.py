"""The commitment tracker: for one year, every regency and city (of a province, or all 514) with what the
sources report — the Perjanjian Kinerja for that year, other agreements signed that year, inaugurations, and
that year's index results — each as consolidated events with all their reports. A regency with nothing found
is listed too: "not found in the sources", which is not "not signed"."""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa

from db.query.hits import story_hits
from db.query.results import CommitmentRow, Hit
from db.rows import batched
from db.tables import BATCH, EVENTS
from pantau.regions import all_regions

PERFORMANCE = "perjanjian_kinerja"


def _conditions(year: int, province: str | None) -> list[Any]:
    agreement_year = sa.func.coalesce(EVENTS.c.agreement_year, EVENTS.c.effective_year)
    relevant = sa.or_(
        # a Perjanjian Kinerja counts for the year it is for (signed in January, or late in December before)
        sa.and_(EVENTS.c.agreement_kind == PERFORMANCE, agreement_year == year),
        sa.and_(EVENTS.c.type == "agreement_signing", EVENTS.c.agreement_kind != PERFORMANCE,
                EVENTS.c.effective_year == year),
        sa.and_(EVENTS.c.type.in_(["inauguration", "index_report"]), EVENTS.c.effective_year == year))
    conditions = [EVENTS.c.regency_code.is_not(None), relevant]
    if province:
        conditions.append(EVENTS.c.province_code == province)
    return conditions


def _stories(conn, year: int, province: str | None) -> list[Hit]:
    # Story keys first (narrow), then each story once with every report.
    keys = [k for (k,) in conn.execute(sa.select(EVENTS.c.story_key).distinct().where(*_conditions(year, province)))]
    hits: list[Hit] = []
    for chunk in batched(sorted(keys), BATCH):
        hits += story_hits(conn, [SimpleNamespace(story_key=key, score=None) for key in chunk])
    return hits


def _column(hit: Hit) -> str:
    event = hit.event
    if event.get("type") == "agreement_signing":
        return "performance" if event.get("agreement_kind") == PERFORMANCE else "agreements"
    return "inaugurations" if event.get("type") == "inauguration" else "indexes"


def commitments(engine, year: int, province: str | None = None) -> list[CommitmentRow]:
    """One row per regency/city (of `province`, or all), in code order, with that year's stories."""
    regions = [r for r in all_regions() if not r.is_province and (province is None or r.province_code == province)]
    with engine.connect() as conn:
        stories = _stories(conn, year, province)
    by_region: dict[str, dict[str, list[Hit]]] = defaultdict(lambda: defaultdict(list))
    for hit in stories:
        code = (hit.event.get("regency") or {}).get("code")
        by_region[code][_column(hit)].append(hit)
    rows = []
    for region in regions:
        found = by_region.get(region.code, {})
        rows.append(CommitmentRow(
            region=region, year=year,
            performance=sorted(found.get("performance", []), key=_by_date),
            agreements=sorted(found.get("agreements", []), key=_by_date),
            inaugurations=sorted(found.get("inaugurations", []), key=_by_date),
            indexes=sorted(found.get("indexes", []), key=lambda h: (h.event.get("index") or "", h.id))))
    return rows


def _by_date(hit: Hit) -> tuple[Any, ...]:
    return (hit.date is None, hit.date.isoformat() if hit.date else "", hit.id)


def commitment_changes(engine, year: int, province: str | None = None, limit: int = 50) -> list[Hit]:
    """The tracker's newest changes: the stories behind its cells, by when their latest report arrived."""
    with engine.connect() as conn:
        keys = conn.execute(sa.select(EVENTS.c.story_key, sa.null().label("score"))
                            .where(*_conditions(year, province)).group_by(EVENTS.c.story_key)
                            .order_by(sa.func.max(EVENTS.c.loaded_at).desc(), EVENTS.c.story_key).limit(limit)).all()
        return story_hits(conn, keys)
