"""What one page of the site needs: an event with its article, cluster and archive; an article with its
versions; an archived page; the store's totals and recent runs; stored articles for re-extraction."""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Iterable, Iterator
from typing import Any

import sqlalchemy as sa

from db.query.hits import HIT_COLUMNS, hit_of, with_reports, with_story_counts
from db.query.results import ArticleDetail, EventDetail, Hit
from db.rows import as_date, batched
from db.tables import ARTICLES, BATCH, EVENTS, RAW, RUNS, SOURCES, VERSIONS
from pantau import fingerprint
from pantau.regions import region_name


def hits_where(conn, *conditions, order=None, limit: int | None = None, stories: bool = False) -> list[Hit]:
    """Events matching the conditions, each with every report of its event; with `stories`, each
    consolidated event once (its first event in the order)."""
    statement = (sa.select(*HIT_COLUMNS).select_from(EVENTS).outerjoin(ARTICLES, ARTICLES.c.id == EVENTS.c.article_id)
                 .where(*conditions)
                 .order_by(*(order or [EVENTS.c.effective_date.desc().nulls_last(), EVENTS.c.id])))
    if limit:
        statement = statement.limit(limit * 3 if stories else limit)
    hits = [hit_of(row) for row in conn.execute(statement)]
    if stories:
        hits = list({hit.story_key: hit for hit in reversed(hits)}.values())[::-1][:limit or None]
    return with_reports(conn, with_story_counts(conn, hits))


def _article_dict(conn, article_id: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(ARTICLES).where(ARTICLES.c.id == article_id)).first()
    return dict(row._mapping) if row is not None else None


def _cluster(conn, article: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not article or not article.get("cluster_id"):
        return []
    rows = conn.execute(sa.select(ARTICLES.c.id, ARTICLES.c.url, ARTICLES.c.title, ARTICLES.c.source,
                                  ARTICLES.c.published, ARTICLES.c.simhash)
                        .where(ARTICLES.c.cluster_id == article["cluster_id"], ARTICLES.c.id != article["id"])
                        .order_by(ARTICLES.c.published.asc().nulls_last(), ARTICLES.c.id).limit(100))
    out = []
    for row in rows:
        data = dict(row._mapping)
        simhash = data.pop("simhash")
        data["distance"] = fingerprint.hamming(simhash, article["simhash"]) \
            if simhash is not None and article.get("simhash") is not None else None
        out.append(data)
    return out


def _raw_pages(conn, article: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not article:
        return []
    urls = [u for u in (article.get("url"), article.get("canonical_url")) if u]
    condition = RAW.c.article_id == article["id"]
    if urls:
        condition = sa.or_(condition, RAW.c.url.in_(urls))
    rows = conn.execute(sa.select(RAW.c.id, RAW.c.url, RAW.c.fetched_at, RAW.c.status, RAW.c.content_type)
                        .where(condition).order_by(RAW.c.fetched_at.desc()).limit(50))
    return [dict(r._mapping) for r in rows]


def event(engine, event_id: str) -> EventDetail | None:
    with engine.connect() as conn:
        found = hits_where(conn, EVENTS.c.id == event_id)
        if not found:
            return None
        hit = found[0]
        article = _article_dict(conn, hit.article_id)
        others = hits_where(conn, EVENTS.c.article_id == hit.article_id, EVENTS.c.id != hit.id,
                            order=[EVENTS.c.type, EVENTS.c.id])
        return EventDetail(hit=hit, article=article, other_events=others, cluster=_cluster(conn, article),
                           raw_pages=_raw_pages(conn, article))


def article(engine, article_id: str) -> ArticleDetail | None:
    with engine.connect() as conn:
        stored = _article_dict(conn, article_id)
        if stored is None:
            return None
        versions = [dict(r._mapping) for r in conn.execute(
            sa.select(VERSIONS.c.version, VERSIONS.c.title, VERSIONS.c.content_hash, VERSIONS.c.seen_at,
                      VERSIONS.c.published, VERSIONS.c.text)
            .where(VERSIONS.c.article_id == article_id).order_by(VERSIONS.c.version.desc()))]
        events = hits_where(conn, EVENTS.c.article_id == article_id, order=[EVENTS.c.type, EVENTS.c.id])
        return ArticleDetail(article=stored, versions=versions, events=events,
                             cluster=_cluster(conn, stored), raw_pages=_raw_pages(conn, stored))


def raw_page(engine, page_id: int) -> dict[str, Any] | None:
    """An archived page with its HTML decompressed (`html`, bytes)."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(RAW).where(RAW.c.id == page_id)).first()
    if row is None:
        return None
    data = dict(row._mapping)
    data["html"] = gzip.decompress(data.pop("body_gz"))
    return data


def headline(engine) -> dict[str, Any]:
    """What the home page says of the store: events (each story once), articles, the last load. Three cheap
    reads, where `stats`' per-type and per-regency counts of distinct stories take seconds at a million
    events."""
    with engine.connect() as conn:
        articles = conn.execute(sa.select(sa.func.count()).select_from(ARTICLES)).scalar_one()
        events = conn.execute(sa.select(sa.func.count(sa.distinct(EVENTS.c.story_key)))).scalar_one()
        latest = conn.execute(sa.select(sa.func.max(EVENTS.c.loaded_at))).scalar_one()
    return {"articles": articles, "events": events, "last_loaded": latest}


def stats(engine) -> dict[str, Any]:
    with engine.connect() as conn:
        articles = conn.execute(sa.select(sa.func.count()).select_from(ARTICLES)).scalar_one()
        clusters = conn.execute(sa.select(sa.func.count(sa.distinct(ARTICLES.c.cluster_id)))).scalar_one()
        reports = conn.execute(sa.select(sa.func.count()).select_from(EVENTS)).scalar_one()
        stories = sa.func.count(sa.distinct(EVENTS.c.story_key))  # an event reported twice counts once
        events = conn.execute(sa.select(stories)).scalar_one()
        by_type = dict(conn.execute(sa.select(EVENTS.c.type, stories).group_by(EVENTS.c.type)).all())
        by_regency = [
            {"code": code, "name": region_name(code) or code, "events": n}
            for code, n in conn.execute(
                sa.select(EVENTS.c.regency_code, stories).where(EVENTS.c.regency_code.is_not(None))
                .group_by(EVENTS.c.regency_code).order_by(stories.desc(), EVENTS.c.regency_code))]
        sources = conn.execute(sa.select(sa.func.count(sa.distinct(ARTICLES.c.source)))).scalar_one()
        latest = conn.execute(sa.select(sa.func.max(EVENTS.c.loaded_at))).scalar_one()
    return {"articles": articles, "clusters": clusters, "sources": sources, "events": events, "reports": reports,
            "events_by_type": by_type, "events_by_regency": by_regency, "last_loaded": latest}


def recent_runs(engine, limit: int = 10) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(RUNS).order_by(RUNS.c.started_at.desc()).limit(limit))
        return [dict(r._mapping) for r in rows]


def sources(engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(SOURCES).order_by("name"))]


def article_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored article (latest version) in the article format, as extraction reads it."""
    extra = row.get("extra") or {}
    return {
        "id": row["id"], "url": row["url"], "source": row["source"], "title": row["title"],
        "published": row["published"].isoformat() if row["published"] else None, "text": row["text"],
        "canonical_url": row["canonical_url"], "author": row["author"], "content_hash": row["content_hash"],
        "simhash": row["simhash"], "version": row["version"], "regions": extra.get("regions"),
        "cluster_id": row["cluster_id"],
    }


def iter_articles(engine, *, since: dt.date | str | None = None, ids: Iterable[str] | None = None,
                  batch_size: int = BATCH) -> Iterator[dict[str, Any]]:
    """Stored articles for re-extraction without recrawling; `since` selects those published, or changed,
    on or after that date."""
    since_date = as_date(since)
    where = []
    if since_date:
        since_time = dt.datetime.combine(since_date, dt.time(), dt.UTC)
        where.append(sa.or_(ARTICLES.c.published >= since_date, ARTICLES.c.updated_at >= since_time))
    id_chunks: Iterable[list[str] | None] = batched(ids, batch_size) if ids is not None else [None]
    with engine.connect() as conn:
        for id_chunk in id_chunks:
            last = ""
            while True:
                query = sa.select(ARTICLES).where(ARTICLES.c.id > last, *where)
                if id_chunk is not None:
                    query = query.where(ARTICLES.c.id.in_(id_chunk))
                rows = conn.execute(query.order_by(ARTICLES.c.id).limit(batch_size)).fetchall()
                for row in rows:
                    yield article_record(dict(row._mapping))
                if len(rows) < batch_size:
                    break
                last = rows[-1].id
