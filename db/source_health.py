"""The `Source` table: the registry's sources and their health. This module is the table's one writer.

- `sync_sources(engine, rows)`: the registry's fields (name, kind, domain, url, regions, guessed), written
  when a run starts; health fields are never touched by it.
- `record_outcomes(engine, outcomes)`: what a night found out about each source, from a verification of its
  address (DNS, then HTTP) or from its crawl: alive (`failures` back to 0, `last_success_at`) or not
  (`failures` + 1, `last_error` with its reason). After `DEAD_AFTER` failed nights in a row a source is
  skipped until a weekly re-check (`next_check_at`).
- `plan_night(engine, keys)`: which sources to skip tonight (backing off), which to verify first, which to
  crawl straight away.
- `source_health(engine, keys=None)`: one dict per source for `pantau sources` and the site: the registry
  fields, the verdict, last success, last error and its reason, consecutive failures, articles per week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from db.models import CrawlUrl, Source

SOURCES = Source.__table__
URLS = CrawlUrl.__table__
REGISTRY_FIELDS = ("key", "name", "kind", "domain", "url", "region_codes", "guessed")
DEAD_AFTER = 3  # failed nights in a row before a source is skipped between weekly re-checks
RECHECK_DEAD = dt.timedelta(days=7)
RECHECK_ALIVE = dt.timedelta(days=30)  # a verified address is verified again after this
WEEKS_COUNTED = 4  # articles per week: the new articles of the last four weeks, divided by four


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


@dataclass
class Outcome:
    """What one night learned about one source."""

    key: str
    ok: bool
    error: str | None = None  # one line that starts with the reason ("DNS: no address for x.go.id")
    checked: bool = False  # the address itself was verified (DNS, then HTTP), not only crawled
    articles: int | None = None  # new or changed articles, when it was crawled
    run_id: int | None = None


def sync_sources(engine: sa.Engine, rows: Iterable[dict[str, Any]]) -> int:
    """Upsert the registry fields of sources (the last row of a key wins); health fields stay."""
    unique = {str(row["key"]): {name: row.get(name) for name in REGISTRY_FIELDS} for row in rows if row.get("key")}
    if not unique:
        return 0
    for row in unique.values():
        row["region_codes"] = list(row.get("region_codes") or [])
        row["guessed"] = bool(row.get("guessed"))
        row["kind"] = row.get("kind") or "outlet"
        row["name"] = row.get("name") or row["key"]
        if not row.get("domain"):
            url = row.get("url") or ""
            row["domain"] = (urlsplit(url if "//" in url else "//" + url).hostname or url).removeprefix("www.")
    insert = (pg_insert if engine.dialect.name == "postgresql" else sqlite_insert)(SOURCES)
    statement = insert.on_conflict_do_update(
        index_elements=["key"], set_={name: insert.excluded[name] for name in REGISTRY_FIELDS if name != "key"})
    values = list(unique.values())
    with engine.begin() as connection:
        for start in range(0, len(values), 500):
            connection.execute(statement, values[start:start + 500])
    return len(unique)


def record_outcomes(engine: sa.Engine, outcomes: Iterable[Outcome], at: dt.datetime | None = None) -> None:
    """Write each outcome into its source's health (sources not in the table are ignored: a site given
    only by URL has no registry row)."""
    at = at or _now()
    outcomes = list(outcomes)
    if not outcomes:
        return
    with engine.begin() as connection:
        known = {row.key: row for row in connection.execute(
            sa.select(SOURCES.c.key, SOURCES.c.failures, SOURCES.c.guessed).where(
                SOURCES.c.key.in_([o.key for o in outcomes])))}
        for outcome in outcomes:
            row = known.get(outcome.key)
            if row is None:
                continue
            values: dict[str, Any] = {}
            if outcome.run_id is not None:
                values["last_run_id"] = outcome.run_id
            if outcome.articles is not None:
                values["last_articles"] = outcome.articles
            if outcome.ok:
                values.update(verdict="alive", failures=0, last_success_at=at, next_check_at=at + RECHECK_ALIVE)
                if outcome.checked:
                    values["checked_at"] = at
            else:
                failures = (row.failures or 0) + 1
                values.update(failures=failures, last_error=(outcome.error or "failed")[:1000], last_error_at=at,
                              verdict="dead" if failures >= DEAD_AFTER or outcome.checked else "unknown",
                              next_check_at=at + RECHECK_DEAD if failures >= DEAD_AFTER else at)
                if outcome.checked:
                    values["checked_at"] = at
            connection.execute(SOURCES.update().where(SOURCES.c.key == outcome.key).values(**values))


@dataclass
class NightPlan:
    crawl: list[str]  # verified lately and not failing: crawl straight away
    check: list[str]  # verify the address first (never verified, failing, or due for a re-check)
    skipped: dict[str, str]  # key -> why it is skipped tonight (one line)


def plan_night(engine: sa.Engine, keys: Iterable[str], at: dt.datetime | None = None) -> NightPlan:
    """Split tonight's sources: skipped (dead, backing off until their weekly re-check), to verify first,
    or to crawl. Keys without a `Source` row (sites given by URL) are verified first."""
    at = at or _now()
    keys = list(dict.fromkeys(keys))
    with engine.connect() as connection:
        rows = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            rows.update({row.key: row for row in connection.execute(sa.select(SOURCES).where(SOURCES.c.key.in_(chunk)))})
    plan = NightPlan([], [], {})
    for key in keys:
        row = rows.get(key)
        if row is None:
            plan.check.append(key)
            continue
        next_check = _aware(row.next_check_at)
        if (row.failures or 0) >= DEAD_AFTER and next_check is not None and next_check > at:
            since = _aware(row.last_success_at)
            plan.skipped[key] = (f"skipped: unreachable on {row.failures} nights in a row "
                                 f"({(row.last_error or 'no reason recorded').splitlines()[0]}); "
                                 f"next check {next_check:%Y-%m-%d}"
                                 + (f"; last success {since:%Y-%m-%d}" if since else "; never reached"))
        elif row.verdict != "alive" or (row.failures or 0) > 0 or next_check is None or next_check <= at:
            plan.check.append(key)
        else:
            plan.crawl.append(key)
    return plan


def source_health(engine: sa.Engine, keys: Iterable[str] | None = None, at: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Every source (or those of `keys`) with its health, ordered by key: the registry fields plus
    `verdict`, `checked_at`, `next_check_at`, `failures`, `last_success_at`, `last_error`, `last_error_at`,
    `last_articles`, and `articles_per_week` (new articles over the last four weeks / 4)."""
    at = at or _now()
    since = at - dt.timedelta(weeks=WEEKS_COUNTED)
    query = sa.select(SOURCES).order_by(SOURCES.c.key)
    if keys is not None:
        query = query.where(SOURCES.c.key.in_(list(keys)))
    with engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(query)]
        counts = dict(connection.execute(
            sa.select(URLS.c.source, sa.func.count()).where(URLS.c.kind == "article", URLS.c.first_seen >= since)
            .group_by(URLS.c.source)).all())
    for row in rows:
        for name in ("checked_at", "next_check_at", "last_success_at", "last_error_at"):
            row[name] = _aware(row[name])
        row["articles_per_week"] = round(counts.get(row["key"], 0) / WEEKS_COUNTED, 1)
    return rows
