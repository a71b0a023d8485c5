"""The writer of `Article`, `ArticleVersion` and `SimhashBand`: articles in the format of `shared/spec/events.md`
plus the crawler's optional fields, loaded idempotently.

A known id whose title or body changed gets a new `ArticleVersion` and `version` + 1; metadata a later crawl
could not find does not erase what an earlier one found; every article joins a near-duplicate cluster
(`db.load.clusters`); the events of changed articles are refreshed (`db.load.events`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from db.load.clusters import assign_clusters, clusterable, stored_band_keys
from db.load.events import refresh_article_events
from db.load.stats import LoadStats
from db.rows import (
    DeferredIndexes,
    as_date,
    as_datetime,
    batched,
    insert_rows,
    one_of,
    refusal,
    signed64,
    write_transaction,
)
from db.tables import ARTICLES, BANDS, BATCH, VERSIONS
from pantau import fingerprint
from pantau.records import ARTICLE_FIELDS, article_id_for_url, article_problem
from pantau.text import clean_record

# The article fields with columns of their own; any other key of a record is kept in `Article.extra`.
STORED_ARTICLE_FIELDS = (*ARTICLE_FIELDS, "canonical_url", "author", "content_hash", "simhash", "version",
                         "fetched_at", "regions")
_METADATA = ("url", "canonical_url", "source", "author", "published")


def article_id_of(record: dict[str, Any]) -> str:
    """The id an article record is stored under: its `id`, else one derived from its (canonical) URL,
    else from its body."""
    if record.get("id") not in (None, ""):
        return str(record["id"])[:64]
    url = record.get("canonical_url") or record.get("url")
    if url:
        return article_id_for_url(url)
    return "h" + fingerprint.content_hash(record.get("text") or "")[:15]


def load_articles(engine, records: Iterable[dict[str, Any]]) -> LoadStats:
    """One transaction; each chunk of `BATCH` records in a savepoint. A record the store refuses costs only
    itself: its chunk is loaded again record by record and the refused one is reported (`LoadStats.rejected`)."""
    stats = LoadStats()
    with write_transaction(engine) as conn:
        deferred = DeferredIndexes(conn, ("article", "articleversion", "simhashband"))
        for chunk in batched(enumerate(records), BATCH):
            deferred.written(stats.inserted)
            chunk_stats = LoadStats()
            try:
                with conn.begin_nested():
                    _load_chunk(conn, chunk, chunk_stats)
            except DBAPIError:
                for position, record in chunk:
                    one = LoadStats()
                    try:
                        with conn.begin_nested():
                            _load_chunk(conn, [(position, record)], one)
                    except DBAPIError as exc:
                        stats.reject(position, f"article {_where(record, position)}: {refusal(exc)}")
                        continue
                    stats.add(one)
                continue
            stats.add(chunk_stats)
        deferred.restore()
    return stats


def _where(record: Any, position: int) -> str:
    if isinstance(record, dict) and isinstance(record.get("id"), str | int):
        return repr(str(record["id"])[:80])
    return f"#{position + 1}"


# Columns the store indexes or bounds: longer values cannot be stored on PostgreSQL (and would not be on both).
_LIMITS = {"source": 255, "content_hash": 64, "canonical_url": 2048}


def store_problem(record: dict[str, Any]) -> str | None:
    """Why the store cannot keep an otherwise valid article, or None."""
    for name, limit in _LIMITS.items():
        value = record.get(name)
        if isinstance(value, str) and len(value) > limit:
            return f"field {name!r} is longer than {limit} characters"
    return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _given_simhash(value: Any) -> int | None:
    """The crawler's SimHash if it is one (an integer, or its decimal string), else None (computed here)."""
    if isinstance(value, str) and 0 < len(value) <= 21 and value.lstrip("-").isascii() and value.lstrip("-").isdigit():
        value = int(value)
    return signed64(value) if isinstance(value, int) and not isinstance(value, bool) else None


def article_row(record: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    text = record["text"]
    simhash = _given_simhash(record.get("simhash"))
    if simhash is None:
        simhash = fingerprint.simhash(text)
    extra = {k: v for k, v in record.items() if k not in STORED_ARTICLE_FIELDS}
    if record.get("regions"):
        extra["regions"] = record["regions"]
    if record.get("fetched_at"):
        extra["fetched_at"] = record["fetched_at"]
    return {
        "id": article_id_of(record), "url": _text(record.get("url")),
        "canonical_url": _text(record.get("canonical_url")), "source": _text(record.get("source")),
        "title": _text(record.get("title")), "author": _text(record.get("author")),
        "published": as_date(record.get("published")), "text": text,
        "content_hash": _text(record.get("content_hash")) or fingerprint.content_hash(text),
        "simhash": simhash, "cluster_id": None, "version": 1,
        "first_seen": as_datetime(record.get("fetched_at")) or now, "updated_at": now, "extra": extra,
    }


def _valid_rows(chunk: list[tuple[int, Any]], stats: LoadStats, now: dt.datetime) -> list[dict[str, Any]]:
    incoming = []
    for position, record in chunk:
        if isinstance(record, dict):
            record = clean_record(record)  # no-op for records read by pantau.jsonl; other callers get it here
            problem = article_problem(record) or store_problem(record)
        else:
            problem = "not an object"
        if problem:
            stats.reject(position, f"article {_where(record, position)}: {problem}")
            continue
        incoming.append(article_row(record, now))
    return incoming


def _version(row: dict[str, Any], version: int, published, seen_at: dt.datetime) -> dict[str, Any]:
    return {"article_id": row["id"], "version": version, "content_hash": row["content_hash"],
            "title": row["title"], "text": row["text"], "published": published, "seen_at": seen_at}


def _merge(known: dict[str, Any], row: dict[str, Any], now: dt.datetime) -> tuple[dict[str, Any], bool, bool]:
    """(the stored row updated with an incoming one, whether the body changed, whether anything did)."""
    merged = dict(known)
    # Metadata a later crawl could not find (None) does not erase what an earlier one found.
    if row["title"] is None:
        row["title"] = known["title"]
    body_changed = known["content_hash"] != row["content_hash"] or known["title"] != row["title"]
    for name in _METADATA:
        if row[name] is not None:
            merged[name] = row[name]
    # A refetch of an unchanged page is not a change: the first fetch time stays.
    fresh = {k: v for k, v in row["extra"].items() if k != "fetched_at" or body_changed}
    merged["extra"] = {**(known.get("extra") or {}), **fresh}
    if body_changed:
        merged.update(text=row["text"], title=row["title"], content_hash=row["content_hash"],
                      simhash=row["simhash"], version=known["version"] + 1, updated_at=now)
    meta_changed = any(merged[n] != known[n] for n in (*_METADATA, "extra"))
    if meta_changed and not body_changed:
        merged["updated_at"] = now
    return merged, body_changed, body_changed or meta_changed


def _load_chunk(conn, chunk: list[tuple[int, Any]], stats: LoadStats) -> None:
    now = dt.datetime.now(dt.UTC)
    incoming = _valid_rows(chunk, stats, now)
    if not incoming:
        return
    ids = list({row["id"] for row in incoming})
    existing = {row.id: dict(row._mapping) for row in conn.execute(sa.select(ARTICLES).where(one_of(conn, ARTICLES.c.id, ids)))}
    current: dict[str, dict[str, Any]] = dict(existing)
    new_ids: list[str] = []
    changed_ids: set[str] = set()  # rows to update
    rehash_ids: list[str] = []  # body changed or new: (re)cluster
    versions: list[dict[str, Any]] = []
    for row in incoming:
        known = current.get(row["id"])
        seen_at = as_datetime(row["extra"].get("fetched_at")) or now
        if known is None:
            current[row["id"]] = row
            new_ids.append(row["id"])
            rehash_ids.append(row["id"])
            versions.append(_version(row, 1, row["published"], seen_at))
            stats.inserted += 1
            continue
        merged, body_changed, changed = _merge(known, row, now)
        if body_changed:
            versions.append(_version(row, merged["version"], merged["published"], seen_at))
            if row["id"] not in rehash_ids:
                rehash_ids.append(row["id"])
        if not changed:
            stats.unchanged += 1
            continue
        current[row["id"]] = merged
        if row["id"] not in new_ids:
            changed_ids.add(row["id"])
        stats.updated += 1
    stats.clustered += assign_clusters(conn, [current[i] for i in rehash_ids])
    _write(conn, current, new_ids, changed_ids, versions, rehash_ids, existing)


def _write(conn, current, new_ids, changed_ids, versions, rehash_ids, existing) -> None:
    insert_rows(conn, ARTICLES, [current[i] for i in new_ids])
    for article_id in changed_ids:
        row = current[article_id]
        conn.execute(ARTICLES.update().where(ARTICLES.c.id == article_id), {k: v for k, v in row.items() if k != "id"})
    insert_rows(conn, VERSIONS, versions)
    # Bands carry the publication period (`db.load.clusters`): a new date moves them as a new body does.
    band_ids = rehash_ids + sorted(i for i in changed_ids if i not in rehash_ids
                                   and existing[i]["published"] != current[i]["published"])
    rebanded = [i for i in band_ids if i in existing]
    if rebanded:
        conn.execute(BANDS.delete().where(BANDS.c.article_id.in_(rebanded)))
    bands = [{"key": key, "article_id": i, "simhash": current[i]["simhash"]} for i in band_ids if clusterable(current[i])
             for key in stored_band_keys(current[i]["simhash"], current[i]["published"])]
    insert_rows(conn, BANDS, bands)
    touched = list(changed_ids) + new_ids
    if touched:
        refresh_article_events(conn, touched)
