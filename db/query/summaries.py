"""What regency, province and comparison pages show: commitments counted per story, index values over the
years per series (an index, or one of its measures: inflation month-to-month, year-on-year, year-to-date are
three series), every value the reports gave (a disputed year keeps them all), one index across regencies for
a year ranked by the index's own semantics (categories by the catalogue's order, numbers by value)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import sqlalchemy as sa

from db.query.pages import hits_where
from db.query.results import IndexCell, IndexValue, RegencySummary
from db.rows import batched
from db.tables import BATCH, EVENTS, PEOPLE
from pantau.catalogue import category_of, category_rank, index_info, series_key
from pantau.regions import all_regions, region_name, regions_by_code


def _commitments(conn, code: str) -> tuple[dict[int, dict[str, int]], dict[int, dict[str, int]]]:
    """(signings: year -> agreement kind -> n, inaugurations: year -> {events, officials}) of one regency."""
    # The same event reported by several outlets is one story (`story_key`): count each once, so a
    # watchdog's tally is of commitments, not of articles.
    rows = conn.execute(
        sa.select(EVENTS.c.type, EVENTS.c.story_key, EVENTS.c.agreement_kind, EVENTS.c.agreement_year,
                  EVENTS.c.effective_year, EVENTS.c.officials_count, EVENTS.c.date)
        .where(EVENTS.c.regency_code == code, EVENTS.c.type.in_(["agreement_signing", "inauguration"]))
        .order_by(EVENTS.c.story_key, EVENTS.c.agreement_year.is_(None), EVENTS.c.id)
    ).fetchall()
    signings: dict[int, Counter] = defaultdict(Counter)
    inaugurations: dict[int, dict[str, int]] = defaultdict(lambda: {"events": 0, "officials": 0})
    seen: set[str] = set()
    for row in rows:
        if row.story_key in seen:
            continue
        seen.add(row.story_key)
        if row.type == "agreement_signing":
            signings[row.agreement_year or row.effective_year or 0][row.agreement_kind or "other"] += 1
        else:
            entry = inaugurations[row.effective_year or 0]
            entry["events"] += 1
            entry["officials"] += row.officials_count or 0
    return ({y: dict(k) for y, k in sorted(signings.items(), reverse=True)},
            dict(sorted(inaugurations.items(), reverse=True)))


def _people(conn, code: str) -> list[dict[str, Any]]:
    events = sa.func.count(sa.distinct(PEOPLE.c.event_id))
    return [{"name": name, "role": role, "events": n} for name, role, n in conn.execute(
        sa.select(sa.func.min(PEOPLE.c.name), sa.func.max(PEOPLE.c.role), events)
        .join(EVENTS, EVENTS.c.id == PEOPLE.c.event_id).where(EVENTS.c.regency_code == code)
        .group_by(PEOPLE.c.name_key).order_by(events.desc(), sa.func.min(PEOPLE.c.name)).limit(15))]


def regency_summary(engine, code: str, latest: int = 20) -> RegencySummary | None:
    region = regions_by_code().get(code)
    if region is None:
        return None
    with engine.connect() as conn:
        counts = dict(conn.execute(sa.select(EVENTS.c.type, sa.func.count(sa.distinct(EVENTS.c.story_key)))
                                   .where(EVENTS.c.regency_code == code).group_by(EVENTS.c.type)).all())
        signings, inaugurations = _commitments(conn, code)
        indexes = index_cells(conn, EVENTS.c.regency_code == code)
        people = _people(conn, code)
        recent = hits_where(conn, EVENTS.c.regency_code == code, limit=latest, stories=True)
    return RegencySummary(region=region, province=regions_by_code().get(region.province_code), counts=counts,
                          signings=signings, inaugurations=inaugurations, indexes=indexes, people=people,
                          latest=recent)


def _value_key(row) -> str:
    return f"{row.value_number:g}" if row.value_number is not None else (row.value or "").strip().upper()


def _cell(index: str, measure: str | None, reports: list[Any]) -> IndexCell:
    """The reports of one index, measure, region and year: every distinct value, most reported first (ties:
    the latest report); the first is what tables sort by, and a cell with two values is disputed."""
    votes = Counter(_value_key(r) for r in reports)
    first = {key: next(r for r in reports if _value_key(r) == key) for key in votes}
    ordered = sorted(votes, key=lambda k: (-votes[k], reports.index(first[k])))
    values = [IndexValue(first[k].value, first[k].value_number,
                         category_of(index, first[k].predicate, first[k].value), first[k].id, votes[k])
              for k in ordered]
    best = first[ordered[0]]
    return IndexCell(best.value, best.value_number, best.predicate, best.id, len(reports),
                     [v.value or "" for v in values[1:]], measure=measure, category=values[0].category,
                     values=values)


def index_cells(conn, *conditions) -> dict[str, dict[int, IndexCell]]:
    """series (index, or "index.measure") -> assessed year (else the report's year) -> its cell."""
    year = sa.func.coalesce(EVENTS.c.year, EVENTS.c.effective_year)
    rows = conn.execute(
        sa.select(EVENTS.c.index_key, EVENTS.c.measure, year.label("year"), EVENTS.c.value, EVENTS.c.value_number,
                  EVENTS.c.predicate, EVENTS.c.id, EVENTS.c.effective_date)
        .where(EVENTS.c.type == "index_report", *conditions)
        .order_by(EVENTS.c.effective_date.desc().nulls_last(), EVENTS.c.id)).fetchall()
    grouped: dict[tuple[str, str | None, int], list[Any]] = defaultdict(list)
    for row in rows:
        grouped[(row.index_key, row.measure, row.year or 0)].append(row)
    table: dict[str, dict[int, IndexCell]] = defaultdict(dict)
    for (index, measure, year_), reports in grouped.items():
        table[series_key(index, measure)][year_] = _cell(index, measure, reports)
    return {k: dict(sorted(v.items())) for k, v in sorted(table.items())}


def province_summary(engine, code: str) -> dict[str, Any] | None:
    province = regions_by_code().get(code)
    if province is None or not province.is_province:
        return None
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(EVENTS.c.regency_code, EVENTS.c.type, sa.func.count(sa.distinct(EVENTS.c.story_key)),
                      sa.func.max(EVENTS.c.effective_date))
            .where(EVENTS.c.province_code == code).group_by(EVENTS.c.regency_code, EVENTS.c.type)).all()
    counts: dict[str, dict[str, Any]] = defaultdict(lambda: {"total": 0, "latest": None})
    for regency, kind, n, latest in rows:
        entry = counts[regency]
        entry[kind] = n
        entry["total"] += n
        if latest and (entry["latest"] is None or latest > entry["latest"]):
            entry["latest"] = latest
    regencies = [r for r in all_regions() if r.province_code == code and not r.is_province]
    return {"province": province, "regencies": regencies, "counts": dict(counts)}


def index_measures(engine, index: str) -> list[str | None]:
    """The measures an index's reports were read as (None: not said), most reported first."""
    with engine.connect() as conn:
        return [m for m, _ in conn.execute(
            sa.select(EVENTS.c.measure, sa.func.count()).where(EVENTS.c.type == "index_report",
                                                                EVENTS.c.index_key == index)
            .group_by(EVENTS.c.measure).order_by(sa.func.count().desc(), EVENTS.c.measure))]


def index_years(engine, index: str) -> list[int]:
    year = sa.func.coalesce(EVENTS.c.year, EVENTS.c.effective_year)
    with engine.connect() as conn:
        return [y for y in conn.execute(sa.select(year).distinct()
                                        .where(EVENTS.c.type == "index_report", EVENTS.c.index_key == index)
                                        .order_by(year.desc())).scalars() if y]


def compare_index(engine, index: str, year: int, province: str | None = None,
                  measure: str | None = None, level: str = "regency") -> list[dict[str, Any]]:
    """One index (one measure of it: by default its most reported, "" for reports that did not say) across
    regencies (of a province, or all) for one year, best first (`rank_rows`). Each row: code, name, cell,
    basis ("number" | "category" | "unranked"). A province's own value is not a regency's: with
    `level="province"` the provinces are ranked among themselves instead."""
    if level not in ("regency", "province"):
        raise ValueError(f"unknown level {level!r}")
    if measure is None:
        measure = next(iter(index_measures(engine, index)), None)
    conditions = [EVENTS.c.index_key == index, EVENTS.c.regency_code.is_not(None),
                  sa.func.coalesce(EVENTS.c.year, EVENTS.c.effective_year) == year,
                  EVENTS.c.measure == measure if measure else EVENTS.c.measure.is_(None)]
    if province:
        conditions.append(EVENTS.c.province_code == province)
    # Kemendagri codes: "35" is a province, "35.07" a regency or city.
    conditions.append(EVENTS.c.regency_code.contains(".") if level == "regency"
                      else ~EVENTS.c.regency_code.contains("."))
    with engine.connect() as conn:
        regions = [r for (r,) in conn.execute(sa.select(EVENTS.c.regency_code).distinct().where(
            EVENTS.c.type == "index_report", *conditions))]
        rows = []
        for chunk in batched(regions, BATCH):
            for region_code in chunk:
                cells = index_cells(conn, EVENTS.c.regency_code == region_code, *conditions)
                cell = cells.get(series_key(index, measure), {}).get(year)
                if cell:
                    rows.append({"code": region_code, "name": region_name(region_code) or region_code, "cell": cell})
    return rank_rows(index, rows)


def rank_rows(index: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Best first, never comparing one scale with another: when every value is a number, by number (the
    index's direction); otherwise, for an index with categories, by the catalogue's category order (AA > A >
    BB...; numbers order regencies within one category), and values with no category after them, by
    number. Each row's `basis` says which scale ranked it."""
    info = index_info(index)
    direction = 1 if info and info.lower_is_better else -1
    by_number = all(r["cell"].value_number is not None for r in rows) or not (info and info.categories)
    for row in rows:
        cell = row["cell"]
        rank = None if by_number else category_rank(index, cell.predicate, cell.value)
        row["category_rank"] = rank
        if rank is not None:
            row["basis"] = "category"
        else:
            row["basis"] = "number" if cell.value_number is not None else "unranked"
    categories = len(info.categories) if info else 0
    rows.sort(key=lambda r: (r["basis"] == "unranked", r["category_rank"] if r["category_rank"] is not None
                             else categories, r["cell"].value_number is None,
                             direction * (r["cell"].value_number or 0), (r["cell"].value or "").upper(), r["name"]))
    return rows
