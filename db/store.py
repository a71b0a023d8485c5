"""The store API: what the flow, `pantau load`/`pantau search` and the site call. Same behaviour on SQLite
(embedded default) and PostgreSQL (for scale); the schema comes from the Alembic migrations.

    from db.store import Store
    store = Store(url)                  # url=None -> PANTAU_DB_URL or sqlite:///pantau.db; migrates on construction

Loading (every load is idempotent: loading the same records again changes nothing):
- `sync_regions() -> int`: upsert the 552 regions of `pantau.regions.all_regions()`.
- `load_articles(records) -> LoadStats`: articles in the format of `shared/spec/events.md` plus the
  optional crawler fields `canonical_url`, `author`, `content_hash`, `simhash`, `fetched_at`, `regions`
  (others are kept in `Article.extra`). A known id whose title or body changed gets a new `ArticleVersion`
  and `version` + 1; every article joins a near-duplicate cluster (`cluster_id`; SimHash within
  `pantau.fingerprint.NEAR_DUPLICATE_BITS`, found through banded SimHash keys and a publication window).
- `replace_events(article_ids, events, extractor=None) -> LoadStats`: the stored events of each listed
  article (and of each article an event names) become exactly the given ones. Event ids come from
  `pantau.records.event_id` (article, type, region and the event's own key fields, never its evidence), so
  reloads and re-extractions keep ids and the site's event URLs; an event whose id changes anyway leaves
  an alias (`current_event_id(old_id)`). Invalid events are skipped and reported in `LoadStats.problems`.
- `iter_articles(*, since=None, ids=None, batch_size=500) -> Iterator[dict]`: stored articles (latest
  version) in the article format, for re-extraction without recrawling. `since` (date) selects articles
  published on or after it, or changed on or after it.
- `start_run(flow) -> int`, `finish_run(run_id, status="completed", stats=None)`, `recent_runs()`.

Reading:
- `search(SearchQuery) -> SearchResult`: full text (syntax in `db.search`) + filters, ranked, paginated,
  with facet counts (type, province, regency, index, year); each facet counts with every filter but its own.
- `iter_hits(SearchQuery)`: every hit of a search (exports, feeds), in pages of `per_page`.
- `event(event_id) -> EventDetail | None`, `current_event_id(event_id) -> str | None` (an old id's
  current event, for a redirect), `article(article_id) -> ArticleDetail | None`,
  `raw_page(page_id)`, `regency_summary(code)`, `province_summary(code)`, `compare_index(index, year, province)`,
  `index_years(index)`, `stats()`.
- `resolve_regency(name_or_code) -> list[str]`, `resolve_province(name_or_code) -> str` (raise
  `db.search.UnknownRegion` with a suggestion).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import hashlib
import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from db.engine import get_engine, migrate
from db.event_alias import current_event_id, record_aliases
from db.models import (
    Article,
    ArticleVersion,
    Event,
    EventPerson,
    RawPage,
    Region,
    Run,
    SimhashBand,
    Source,
)
from db.search import (
    FacetValue,
    Hit,
    ParsedQuery,
    SearchQuery,
    SearchResult,
    index_short,
    label_terms,
    labels,
    resolve_province,
    resolve_regency,
    search_document,
    to_fts5,
    to_tsquery,
    tokens,
    type_label,
)
from pantau import fingerprint
from pantau.config import db_url
from pantau.records import EventIds, article_id_for_url, article_problem, event_problem
from pantau.regions import all_regions, regions_by_code

ARTICLES = Article.__table__
VERSIONS = ArticleVersion.__table__
EVENTS = Event.__table__
PEOPLE = EventPerson.__table__
BANDS = SimhashBand.__table__
RAW = RawPage.__table__
RUNS = Run.__table__
SEARCH = sa.table("event_search", sa.column("event_id", sa.String), sa.column("body", sa.Text),
                  sa.column("stems", sa.Text))

BATCH = 500
# Pigeonhole: 64 bits in 7 bands; two hashes within 6 differing bits agree exactly on at least one band.
_BAND_WIDTHS = (9, 9, 9, 9, 9, 9, 10)
NEAR_DUPLICATE_WINDOW = dt.timedelta(days=30)  # republications of a story appear within weeks of each other
MIN_CLUSTER_WORDS = 20  # very short bodies (stubs, captions) say too little to call two of them one story
ARTICLE_FIELDS = ("id", "url", "source", "title", "published", "text", "canonical_url", "author",
                  "content_hash", "simhash", "version", "fetched_at", "regions")
FACETS = ("type", "province", "regency", "index", "year")

_migrated: set[str] = set()


# ---------------------------------------------------------------------------------------------- results

@dataclass
class LoadStats:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    skipped: int = 0
    clustered: int = 0  # articles that joined an existing near-duplicate cluster
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def __str__(self) -> str:
        parts = [f"{self.inserted} new", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.deleted:
            parts.append(f"{self.deleted} removed")
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        if self.clustered:
            parts.append(f"{self.clustered} near-duplicates clustered")
        return ", ".join(parts)


@dataclass
class EventDetail:
    hit: Hit
    article: dict[str, Any] | None  # the article (latest version) with its text, or None if not stored
    other_events: list[Hit]  # the article's other events
    cluster: list[dict[str, Any]]  # the same story elsewhere (other articles of the cluster)
    raw_pages: list[dict[str, Any]]  # archived HTML as fetched: id, url, fetched_at, status


@dataclass
class ArticleDetail:
    article: dict[str, Any]
    versions: list[dict[str, Any]]
    events: list[Hit]
    cluster: list[dict[str, Any]]
    raw_pages: list[dict[str, Any]]


@dataclass
class IndexCell:
    value: str | None
    value_number: float | None
    predicate: str | None
    event_id: str
    reports: int  # events that reported this index for this region and year
    others: list[str] = field(default_factory=list)  # different values reported elsewhere


@dataclass
class RegencySummary:
    region: Any  # pantau.regions.Region
    province: Any
    counts: dict[str, int]  # events by type
    signings: dict[int, dict[str, int]]  # year -> agreement kind -> events
    inaugurations: dict[int, dict[str, int]]  # year -> {"events": n, "officials": sum}
    indexes: dict[str, dict[int, IndexCell]]  # index key -> year -> cell
    people: list[dict[str, Any]]  # most mentioned people: name, role, events
    latest: list[Hit]


# ---------------------------------------------------------------------------------------------- helpers

def _batched(iterable: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(iterable)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _datetime(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, str) and value:
        try:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return None


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


def _signed64(value: int) -> int:
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >= 1 << 63 else value


def simhash_bands(simhash: int) -> list[int]:
    """The band keys of a SimHash (see `models.SimhashBand`)."""
    unsigned = simhash & ((1 << 64) - 1)
    keys, shift = [], 0
    for band, width in enumerate(_BAND_WIDTHS):
        keys.append(band << 16 | (unsigned >> shift) & ((1 << width) - 1))
        shift += width
    return keys


def article_id_of(record: dict[str, Any]) -> str:
    """The id an article record is stored under: its `id`, else one derived from its (canonical) URL,
    else from its body."""
    if record.get("id") not in (None, ""):
        return str(record["id"])[:64]
    url = record.get("canonical_url") or record.get("url")
    if url:
        return article_id_for_url(url)
    return "h" + fingerprint.content_hash(record.get("text") or "")[:15]


def _fts_rowid(event_id_: str) -> int:
    # FTS5 rows are addressed by integer rowid; derive it from the event id so deletes need no lookup.
    return int(hashlib.sha1(event_id_.encode()).hexdigest()[:15], 16)


def _region_name(code: str | None) -> str | None:
    region = regions_by_code().get(code or "")
    return region.name if region else None


# ---------------------------------------------------------------------------------------------- the store

class Store:
    def __init__(self, url: str | None = None, *, migrate_schema: bool = True):
        self.url = db_url(url)
        self.engine = get_engine(self.url)
        self.dialect = self.engine.dialect.name
        if migrate_schema and self.url not in _migrated:
            migrate(self.url)
            _migrated.add(self.url)

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    # ------------------------------------------------------------------ upserts
    def _insert(self, table):
        return (sqlite_insert if self.dialect == "sqlite" else pg_insert)(table)

    def _upsert(self, conn, table, rows: list[dict[str, Any]], keys: list[str]) -> None:
        if not rows:
            return
        statement = self._insert(table)
        updates = {name: statement.excluded[name] for name in rows[0] if name not in keys}
        conn.execute(statement.on_conflict_do_update(index_elements=keys, set_=updates), rows)

    # ------------------------------------------------------------------ reference data
    def sync_regions(self) -> int:
        rows = [{"code": r.code, "level": r.level, "name": r.name, "short_name": r.short_name,
                 "province_code": r.province_code} for r in all_regions()]
        with self.engine.begin() as conn:
            for chunk in _batched(rows, BATCH):
                self._upsert(conn, Region.__table__, chunk, ["code"])
        return len(rows)

    def sources(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.select(Source.__table__).order_by("name"))]

    # ------------------------------------------------------------------ articles
    def load_articles(self, records: Iterable[dict[str, Any]]) -> LoadStats:
        stats = LoadStats()
        for chunk in _batched(records, BATCH):
            with self.engine.begin() as conn:
                self._load_article_chunk(conn, chunk, stats)
        return stats

    @staticmethod
    def _article_row(record: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
        text = record["text"]
        url = record.get("url") or None
        canonical = record.get("canonical_url") or None
        article_id = article_id_of(record)
        simhash = record.get("simhash")
        simhash = _signed64(int(simhash)) if isinstance(simhash, int | str) and str(simhash).lstrip("-").isdigit() \
            else fingerprint.simhash(text)
        extra = {k: v for k, v in record.items() if k not in ARTICLE_FIELDS}
        if record.get("regions"):
            extra["regions"] = record["regions"]
        if record.get("fetched_at"):
            extra["fetched_at"] = record["fetched_at"]
        return {
            "id": article_id, "url": url, "canonical_url": canonical, "source": record.get("source") or None,
            "title": record.get("title") or None, "author": record.get("author") or None,
            "published": _date(record.get("published")), "text": text,
            "content_hash": record.get("content_hash") or fingerprint.content_hash(text),
            "simhash": simhash, "cluster_id": None, "version": 1,
            "first_seen": _datetime(record.get("fetched_at")) or now, "updated_at": now, "extra": extra,
        }

    def _load_article_chunk(self, conn, chunk: list[dict[str, Any]], stats: LoadStats) -> None:
        now = dt.datetime.now(dt.UTC)
        incoming: list[dict[str, Any]] = []
        for position, record in enumerate(chunk):
            problem = article_problem(record) if isinstance(record, dict) else "not an object"
            if problem:
                stats.skipped += 1
                stats.problems.append(f"article {record.get('id', '#' + str(position)) if isinstance(record, dict) else position}: {problem}")
                continue
            incoming.append(self._article_row(record, now))
        if not incoming:
            return
        ids = list({row["id"] for row in incoming})
        existing = {row.id: dict(row._mapping) for row in conn.execute(
            sa.select(ARTICLES).where(ARTICLES.c.id.in_(ids)))}
        current: dict[str, dict[str, Any]] = dict(existing)
        new_ids: list[str] = []
        changed_ids: set[str] = set()  # rows to update
        rehash_ids: list[str] = []  # body changed or new: (re)cluster
        versions: list[dict[str, Any]] = []
        for row in incoming:
            known = current.get(row["id"])
            seen_at = _datetime(row["extra"].get("fetched_at")) or now
            if known is None:
                current[row["id"]] = row
                new_ids.append(row["id"])
                rehash_ids.append(row["id"])
                versions.append({"article_id": row["id"], "version": 1, "content_hash": row["content_hash"],
                                 "title": row["title"], "text": row["text"], "published": row["published"],
                                 "seen_at": seen_at})
                stats.inserted += 1
                continue
            merged = dict(known)
            # Metadata a later crawl could not find (None) does not erase what an earlier one found.
            if row["title"] is None:
                row["title"] = known["title"]
            body_changed = known["content_hash"] != row["content_hash"] or known["title"] != row["title"]
            for name in ("url", "canonical_url", "source", "author", "published"):
                if row[name] is not None:
                    merged[name] = row[name]
            # A refetch of an unchanged page is not a change: the first fetch time stays.
            fresh = {k: v for k, v in row["extra"].items() if k != "fetched_at" or body_changed}
            merged["extra"] = {**(known.get("extra") or {}), **fresh}
            if body_changed:
                merged.update(text=row["text"], title=row["title"], content_hash=row["content_hash"],
                              simhash=row["simhash"], version=known["version"] + 1, updated_at=now)
                versions.append({"article_id": row["id"], "version": merged["version"],
                                 "content_hash": row["content_hash"], "title": row["title"], "text": row["text"],
                                 "published": merged["published"], "seen_at": seen_at})
                if row["id"] not in rehash_ids:
                    rehash_ids.append(row["id"])
            meta_changed = any(merged[n] != known[n] for n in ("url", "canonical_url", "source", "author",
                                                               "published", "extra"))
            if not body_changed and not meta_changed:
                stats.unchanged += 1
                continue
            if not body_changed:
                merged["updated_at"] = now
            current[row["id"]] = merged
            if row["id"] not in new_ids:
                changed_ids.add(row["id"])
            stats.updated += 1
        self._assign_clusters(conn, [current[i] for i in rehash_ids], stats)
        if new_ids:
            conn.execute(ARTICLES.insert(), [current[i] for i in new_ids])
        for article_id in changed_ids:
            row = current[article_id]
            conn.execute(ARTICLES.update().where(ARTICLES.c.id == article_id),
                         {k: v for k, v in row.items() if k != "id"})
        if versions:
            conn.execute(VERSIONS.insert(), versions)
        rebanded = [i for i in rehash_ids if i in existing]
        if rebanded:
            conn.execute(BANDS.delete().where(BANDS.c.article_id.in_(rebanded)))
        bands = [{"key": key, "article_id": i} for i in rehash_ids if self._clusterable(current[i])
                 for key in simhash_bands(current[i]["simhash"])]
        if bands:
            conn.execute(BANDS.insert(), bands)
        touched = list(changed_ids) + new_ids
        if touched:
            self._refresh_article_events(conn, touched)

    @staticmethod
    def _clusterable(row: dict[str, Any]) -> bool:
        return row["simhash"] is not None and len(row["text"].split()) >= MIN_CLUSTER_WORDS

    def _assign_clusters(self, conn, rows: list[dict[str, Any]], stats: LoadStats) -> None:
        """Give each row the cluster of its closest near-duplicate among stored articles and the rows
        before it, or its own id. Candidates come from the band index, within the publication window."""
        rows_by_id = {row["id"]: row for row in rows}
        clusterable = [row for row in rows if self._clusterable(row)]
        candidates: dict[str, dict[str, Any]] = {}
        keys = sorted({key for row in clusterable for key in simhash_bands(row["simhash"])})
        for key_chunk in _batched(keys, 900):
            query = (sa.select(ARTICLES.c.id, ARTICLES.c.simhash, ARTICLES.c.cluster_id, ARTICLES.c.published,
                               ARTICLES.c.first_seen)
                     .join(BANDS, BANDS.c.article_id == ARTICLES.c.id)
                     .where(BANDS.c.key.in_(key_chunk)).distinct())
            dates = [row["published"] for row in clusterable if row["published"]]
            if dates and len(dates) == len(clusterable):
                query = query.where(sa.or_(ARTICLES.c.published.is_(None), ARTICLES.c.published.between(
                    min(dates) - NEAR_DUPLICATE_WINDOW, max(dates) + NEAR_DUPLICATE_WINDOW)))
            for found in conn.execute(query):
                if found.id not in rows_by_id:
                    candidates[found.id] = dict(found._mapping)
        bands_of: dict[int, list[str]] = defaultdict(list)
        for candidate in candidates.values():
            for key in simhash_bands(candidate["simhash"]):
                bands_of[key].append(candidate["id"])
        for row in rows:
            if not self._clusterable(row):
                row["cluster_id"] = row["id"]
                continue
            best = None
            for candidate_id in {c for key in simhash_bands(row["simhash"]) for c in bands_of.get(key, ())}:
                candidate = candidates[candidate_id]
                if row["published"] and candidate["published"] and \
                        abs(row["published"] - candidate["published"]) > NEAR_DUPLICATE_WINDOW:
                    continue
                distance = fingerprint.hamming(row["simhash"], candidate["simhash"])
                if distance <= fingerprint.NEAR_DUPLICATE_BITS:
                    rank = (distance, candidate["published"] or dt.date.max, candidate_id)
                    if best is None or rank < best[0]:
                        best = (rank, candidate)
            if best:
                row["cluster_id"] = best[1]["cluster_id"] or best[1]["id"]
                stats.clustered += 1
            else:
                row["cluster_id"] = row["id"]
            # Later rows of this batch may be near-duplicates of this one.
            candidates[row["id"]] = row
            for key in simhash_bands(row["simhash"]):
                bands_of[key].append(row["id"])

    def iter_articles(self, *, since: dt.date | str | None = None, ids: Iterable[str] | None = None,
                      batch_size: int = BATCH) -> Iterator[dict[str, Any]]:
        since_date = _date(since)
        conditions = []
        if since_date:
            since_time = dt.datetime.combine(since_date, dt.time(), dt.UTC)
            conditions.append(sa.or_(ARTICLES.c.published >= since_date, ARTICLES.c.updated_at >= since_time))
        id_chunks: Iterable[list[str] | None] = _batched(ids, batch_size) if ids is not None else [None]
        with self.engine.connect() as conn:
            for id_chunk in id_chunks:
                last = ""
                while True:
                    query = sa.select(ARTICLES).where(ARTICLES.c.id > last, *conditions)
                    if id_chunk is not None:
                        query = query.where(ARTICLES.c.id.in_(id_chunk))
                    rows = conn.execute(query.order_by(ARTICLES.c.id).limit(batch_size)).fetchall()
                    for row in rows:
                        yield self._article_record(dict(row._mapping))
                    if len(rows) < batch_size:
                        break
                    last = rows[-1].id

    @staticmethod
    def _article_record(row: dict[str, Any]) -> dict[str, Any]:
        extra = row.get("extra") or {}
        return {
            "id": row["id"], "url": row["url"], "source": row["source"], "title": row["title"],
            "published": row["published"].isoformat() if row["published"] else None, "text": row["text"],
            "canonical_url": row["canonical_url"], "author": row["author"], "content_hash": row["content_hash"],
            "simhash": row["simhash"], "version": row["version"], "regions": extra.get("regions"),
            "cluster_id": row["cluster_id"],
        }

    # ------------------------------------------------------------------ events
    def replace_events(self, article_ids: Iterable[str], events: Iterable[dict[str, Any]],
                       extractor: str | None = None) -> LoadStats:
        stats = LoadStats()
        listed = {str(a) for a in article_ids}
        ids = EventIds()
        kept: dict[str, dict[str, Any]] = {}
        keep: set[str] = set()
        named: set[str] = set()
        with self.engine.begin() as conn:
            for chunk in _batched(events, BATCH):
                valid: list[tuple[str, dict[str, Any]]] = []
                for position, event in enumerate(chunk):
                    problem = event_problem(event) if isinstance(event, dict) else "not an object"
                    if problem:
                        stats.skipped += 1
                        where = event.get("article_id") if isinstance(event, dict) else None
                        stats.problems.append(f"event #{position} of article {where}: {problem}")
                        continue
                    event = {**event, "article_id": str(event["article_id"])}
                    identifier, first = ids(event)
                    if not first:
                        continue  # the same event twice in one load
                    keep.add(identifier)
                    kept[identifier] = event
                    named.add(event["article_id"])
                    valid.append((identifier, event))
                self._upsert_events(conn, valid, extractor, stats)
            for article_chunk in _batched(sorted(listed | named), BATCH):
                stored = conn.execute(sa.select(EVENTS.c.id, EVENTS.c.payload)
                                      .where(EVENTS.c.article_id.in_(article_chunk))).all()
                stale = [identifier for identifier, _ in stored if identifier not in keep]
                record_aliases(conn, [(i, p) for i, p in stored if i not in keep], kept)
                self._delete_events(conn, stale)
                stats.deleted += len(stale)
        return stats

    def _article_info(self, conn, article_ids: Iterable[str]) -> dict[str, tuple[str | None, dt.date | None]]:
        info = {}
        for chunk in _batched(set(article_ids), BATCH):
            for row in conn.execute(sa.select(ARTICLES.c.id, ARTICLES.c.title, ARTICLES.c.published)
                                    .where(ARTICLES.c.id.in_(chunk))):
                info[row.id] = (row.title, row.published)
        return info

    @staticmethod
    def _event_row(identifier: str, event: dict[str, Any], extractor: str | None,
                   article: tuple[str | None, dt.date | None]) -> dict[str, Any]:
        regency = event.get("regency") or {}
        code = regency.get("code") or None
        date = _date(event.get("date"))
        effective = date or article[1]
        by = event.get("inaugurated_by")
        return {
            "id": identifier, "article_id": event["article_id"], "type": event["type"], "regency_code": code,
            "province_code": code.split(".")[0] if code else None, "date": date,
            "venue": event.get("venue") or None, "evidence": event.get("evidence") or "",
            "agreement_kind": event.get("agreement_kind"), "agreement_title": event.get("agreement_title"),
            "agreement_year": _int(event.get("agreement_year")), "officials_count": _int(event.get("officials_count")),
            "inaugurated_by": by.get("name") if isinstance(by, dict) else (by if isinstance(by, str) else None),
            "index_key": event.get("index") if event["type"] == "index_report" else None,
            "index_label": event.get("index_label"),
            "value": str(event["value"]) if event.get("value") is not None else None,
            "value_number": _float(event.get("value_number")), "year": _int(event.get("year")),
            "predicate": event.get("predicate"), "payload": event, "extractor": extractor,
            "effective_date": effective, "effective_year": effective.year if effective else None,
        }

    @staticmethod
    def _document(event: dict[str, Any], title: str | None) -> tuple[str, str]:
        regency = event.get("regency") or {}
        parts: list[str | None] = [event.get("evidence"), title, event.get("venue"), regency.get("name"),
                                   _region_name(regency.get("code")), event.get("agreement_title"),
                                   event.get("index_label"), event.get("value"), event.get("predicate")]
        for person in event.get("people") or []:
            parts += [person.get("name"), person.get("role")]
        by = event.get("inaugurated_by")
        if isinstance(by, dict):
            parts += [by.get("name"), by.get("role")]
        parts += [str(p) for p in (event.get("parties") or []) + (event.get("positions") or []) if p]
        parts += label_terms(event)
        seen: set[str] = set()
        unique = [p for p in parts if isinstance(p, str) and p and not (p in seen or seen.add(p))]
        return search_document(unique)

    def _write_search_rows(self, conn, rows: list[tuple[str, str, str]]) -> None:
        if not rows:
            return
        if self.dialect == "sqlite":
            conn.execute(sa.text("DELETE FROM event_search WHERE rowid = :rowid"),
                         [{"rowid": _fts_rowid(r[0])} for r in rows])
            conn.execute(sa.text("INSERT INTO event_search (rowid, event_id, body, stems) "
                                 "VALUES (:rowid, :event_id, :body, :stems)"),
                         [{"rowid": _fts_rowid(i), "event_id": i, "body": b, "stems": s} for i, b, s in rows])
        else:
            self._upsert(conn, SEARCH, [{"event_id": i, "body": b, "stems": s} for i, b, s in rows], ["event_id"])

    @staticmethod
    def _people_rows(identifier: str, event: dict[str, Any]) -> list[dict[str, Any]]:
        rows, seen = [], set()
        for person in event.get("people") or []:
            name = str(person.get("name") or "").strip()
            key = " ".join(tokens(name))
            if not key or (key, person.get("role")) in seen:
                continue
            seen.add((key, person.get("role")))
            rows.append({"event_id": identifier, "name": name, "name_key": key, "role": person.get("role")})
        return rows

    def _upsert_events(self, conn, valid: list[tuple[str, dict[str, Any]]], extractor: str | None,
                       stats: LoadStats) -> None:
        if not valid:
            return
        ids = [identifier for identifier, _ in valid]
        existing = {row.id: (row.payload, row.extractor) for row in conn.execute(
            sa.select(EVENTS.c.id, EVENTS.c.payload, EVENTS.c.extractor).where(EVENTS.c.id.in_(ids)))}
        articles = self._article_info(conn, (event["article_id"] for _, event in valid))
        inserts, updates, people, documents = [], [], [], []
        for identifier, event in valid:
            article = articles.get(event["article_id"], (None, None))
            if identifier in existing:
                stored_payload, stored_extractor = existing[identifier]
                if stored_payload == event and extractor in (None, stored_extractor):
                    stats.unchanged += 1
                    continue
                updates.append(self._event_row(identifier, event, extractor or stored_extractor, article))
                stats.updated += 1
            else:
                inserts.append(self._event_row(identifier, event, extractor, article))
                stats.inserted += 1
            people += self._people_rows(identifier, event)
            documents.append((identifier, *self._document(event, article[0])))
        if inserts:
            conn.execute(EVENTS.insert(), inserts)
        for row in updates:
            conn.execute(EVENTS.update().where(EVENTS.c.id == row["id"]),
                         {k: v for k, v in row.items() if k != "id"})
        if updates:
            conn.execute(PEOPLE.delete().where(PEOPLE.c.event_id.in_([r["id"] for r in updates])))
        if people:
            conn.execute(PEOPLE.insert(), people)
        self._write_search_rows(conn, documents)

    def _delete_events(self, conn, ids: list[str]) -> None:
        for chunk in _batched(ids, BATCH):
            conn.execute(PEOPLE.delete().where(PEOPLE.c.event_id.in_(chunk)))
            conn.execute(EVENTS.delete().where(EVENTS.c.id.in_(chunk)))
            if self.dialect == "sqlite":
                conn.execute(sa.text("DELETE FROM event_search WHERE rowid = :rowid"),
                             [{"rowid": _fts_rowid(i)} for i in chunk])
            else:
                conn.execute(SEARCH.delete().where(SEARCH.c.event_id.in_(chunk)))

    def _refresh_article_events(self, conn, article_ids: list[str]) -> None:
        """After an article's title or date changed (or it arrived after its events), refresh what its
        events derive from it: the effective date and the search document."""
        for chunk in _batched(article_ids, BATCH):
            rows = conn.execute(sa.select(EVENTS.c.id, EVENTS.c.article_id, EVENTS.c.date, EVENTS.c.payload)
                                .where(EVENTS.c.article_id.in_(chunk))).fetchall()
            if not rows:
                continue
            articles = self._article_info(conn, chunk)
            updates, documents = [], []
            for row in rows:
                title, published = articles.get(row.article_id, (None, None))
                effective = row.date or published
                updates.append({"event_key": row.id, "effective_date": effective,
                                "effective_year": effective.year if effective else None})
                documents.append((row.id, *self._document(row.payload, title)))
            conn.execute(EVENTS.update().where(EVENTS.c.id == sa.bindparam("event_key"))
                         .values(effective_date=sa.bindparam("effective_date"),
                                 effective_year=sa.bindparam("effective_year")), updates)
            self._write_search_rows(conn, documents)

    # ------------------------------------------------------------------ runs
    def start_run(self, flow: str) -> int:
        with self.engine.begin() as conn:
            return conn.execute(RUNS.insert().values(flow=flow[:40], started_at=dt.datetime.now(dt.UTC),
                                                     status="running", stats={}).returning(RUNS.c.id)).scalar_one()

    def finish_run(self, run_id: int, status: str = "completed", stats: dict[str, Any] | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(RUNS.update().where(RUNS.c.id == run_id).values(
                finished_at=dt.datetime.now(dt.UTC), status=status[:16],
                # Dates or paths in a flow's summary must not lose the run's record: store them as text.
                stats=json.loads(json.dumps(stats or {}, default=str))))

    def recent_runs(self, limit: int = 10) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(RUNS).order_by(RUNS.c.started_at.desc()).limit(limit))
            return [dict(r._mapping) for r in rows]

    # ------------------------------------------------------------------ search
    resolve_regency = staticmethod(resolve_regency)
    resolve_province = staticmethod(resolve_province)

    def _matches(self, parsed: ParsedQuery, ranked: bool = True):
        """Subquery (event_id, score) of the events matching a parsed query; counts and facets need no
        score, so `ranked=False` skips computing it."""
        if self.dialect == "sqlite":
            score = "-bm25(event_search, 0.0, 10.0, 3.0)" if ranked else "0.0"
            statement = sa.text(f"SELECT event_id, {score} AS score "
                                "FROM event_search WHERE event_search MATCH :fts").bindparams(fts=to_fts5(parsed))
        else:
            score = "ts_rank(tsv, CAST(:tsq AS tsquery))" if ranked else "0.0"
            statement = sa.text(f"SELECT event_id, {score} AS score "
                                "FROM event_search WHERE tsv @@ CAST(:tsq AS tsquery)").bindparams(tsq=to_tsquery(parsed))
        return statement.columns(event_id=sa.String, score=sa.Float).subquery("m")

    def _conditions(self, query: SearchQuery, skip: str | None = None) -> list[Any]:
        conditions = []
        if query.types and skip != "type":
            conditions.append(EVENTS.c.type.in_(query.types))
        if query.provinces and skip != "province":
            conditions.append(EVENTS.c.province_code.in_(query.provinces))
        if query.regencies and skip != "regency":
            conditions.append(EVENTS.c.regency_code.in_(query.regencies))
        if query.indexes and skip != "index":
            conditions.append(EVENTS.c.index_key.in_(query.indexes))
        if query.years and skip != "year":
            conditions.append(EVENTS.c.effective_year.in_(query.years))
        if query.agreement_kinds:
            conditions.append(EVENTS.c.agreement_kind.in_(query.agreement_kinds))
        if query.since:
            conditions.append(EVENTS.c.effective_date >= query.since)
        if query.until:
            conditions.append(EVENTS.c.effective_date <= query.until)
        if query.article_id:
            conditions.append(EVENTS.c.article_id == query.article_id)
        if query.source:
            source = query.source.strip().lower()
            conditions.append(EVENTS.c.article_id.in_(sa.select(ARTICLES.c.id).where(
                sa.or_(ARTICLES.c.source == source, ARTICLES.c.source.like("%." + source)))))
        if query.person:
            key = " ".join(tokens(query.person))
            conditions.append(EVENTS.c.id.in_(sa.select(PEOPLE.c.event_id).where(
                PEOPLE.c.name_key.like(f"%{key}%"))))
        return conditions

    def _base(self, columns: list[Any], query: SearchQuery, matches, skip: str | None = None):
        statement = sa.select(*columns).select_from(EVENTS)
        if matches is not None:
            statement = statement.join(matches, matches.c.event_id == EVENTS.c.id)
        return statement.where(*self._conditions(query, skip))

    def search(self, query: SearchQuery) -> SearchResult:
        parsed = query.parsed()
        matches = self._matches(parsed) if parsed else None
        unranked = self._matches(parsed, ranked=False) if parsed else None
        page = max(1, query.page)
        per_page = max(1, min(query.per_page, 1000))
        with self.engine.connect() as conn:
            if unranked is not None and not self._conditions(query):
                # Every indexed row is an event: without filters the index alone gives the count.
                total = conn.execute(sa.select(sa.func.count()).select_from(unranked)).scalar_one()
            else:
                total = conn.execute(self._base([sa.func.count()], query, unranked)).scalar_one()
            hits = self._with_story_counts(
                conn, self._hits(conn, query, matches, offset=(page - 1) * per_page, limit=per_page))
            facets = self._facets(conn, query, unranked) if query.facets else {}
        return SearchResult(total=total, page=page, per_page=per_page, hits=hits, facets=facets, parsed=parsed)

    def iter_hits(self, query: SearchQuery, batch_size: int = BATCH) -> Iterator[Hit]:
        """Every hit of a search in result order (for exports); `page`/`per_page` are ignored. The ranked
        ids are read once (narrow rows), then the events in batches, so long exports stay linear."""
        parsed = query.parsed()
        matches = self._matches(parsed) if parsed else None
        score = matches.c.score if matches is not None else sa.null()
        with self.engine.connect() as conn:
            ranked = conn.execute(self._base([EVENTS.c.id, score.label("score")], query, matches)
                                  .order_by(*self._order(query, matches))).all()
            for offset in range(0, len(ranked), batch_size):
                yield from self._page_hits(conn, ranked[offset:offset + batch_size])

    def _order(self, query: SearchQuery, matches) -> list[Any]:
        sort = query.sort or ("relevance" if matches is not None else "newest")
        newest = [EVENTS.c.effective_date.desc().nulls_last(), EVENTS.c.loaded_at.desc(), EVENTS.c.id]
        if sort == "relevance" and matches is not None:
            return [matches.c.score.desc(), *newest]
        if sort == "oldest":
            return [EVENTS.c.effective_date.asc().nulls_last(), EVENTS.c.id]
        if sort == "loaded":
            return [EVENTS.c.loaded_at.desc(), EVENTS.c.id]
        return newest

    def _hits(self, conn, query: SearchQuery, matches, *, offset: int, limit: int) -> list[Hit]:
        # Two steps: rank and cut the page on narrow columns, then read the wide rows (payload, article)
        # of that page only, rather than carrying every match's payload through the sort.
        score = matches.c.score if matches is not None else sa.null()
        page = conn.execute(self._base([EVENTS.c.id, score.label("score")], query, matches)
                            .order_by(*self._order(query, matches)).offset(offset).limit(limit)).all()
        return self._page_hits(conn, page)

    def _page_hits(self, conn, page) -> list[Hit]:
        """Hits for rows of (id, score), in their order."""
        if not page:
            return []
        scores = {row.id: row.score for row in page}
        rows = {row.id: row for row in conn.execute(
            sa.select(EVENTS.c.id, EVENTS.c.payload, EVENTS.c.article_id, EVENTS.c.effective_date,
                      EVENTS.c.loaded_at, sa.null().label("score"), ARTICLES.c.url, ARTICLES.c.title,
                      ARTICLES.c.source, ARTICLES.c.published, ARTICLES.c.cluster_id)
            .select_from(EVENTS).outerjoin(ARTICLES, ARTICLES.c.id == EVENTS.c.article_id)
            .where(EVENTS.c.id.in_(list(scores))))}
        hits = []
        for identifier, score_value in scores.items():
            hit = self._hit(rows[identifier])
            hit.score = score_value
            hits.append(hit)
        return hits

    @staticmethod
    def _hit(row) -> Hit:
        return Hit(id=row.id, event=row.payload, article_id=row.article_id, url=row.url, title=row.title,
                   source=row.source, published=row.published, date=row.effective_date,
                   score=row.score, loaded_at=row.loaded_at, cluster_id=row.cluster_id)

    @staticmethod
    def _with_story_counts(conn, hits: list[Hit]) -> list[Hit]:
        clusters = {h.cluster_id for h in hits if h.cluster_id}
        if clusters:
            sizes = dict(conn.execute(sa.select(ARTICLES.c.cluster_id, sa.func.count())
                                      .where(ARTICLES.c.cluster_id.in_(clusters))
                                      .group_by(ARTICLES.c.cluster_id)).all())
            for hit in hits:
                hit.same_story = max(0, sizes.get(hit.cluster_id, 1) - 1)
        return hits

    def _facets(self, conn, query: SearchQuery, matches) -> dict[str, list[FacetValue]]:
        columns = {"type": EVENTS.c.type, "province": EVENTS.c.province_code, "regency": EVENTS.c.regency_code,
                   "index": EVENTS.c.index_key, "year": EVENTS.c.effective_year}
        facets: dict[str, list[FacetValue]] = {}
        for name, column in columns.items():
            count = sa.func.count().label("n")
            statement = (self._base([column.label("value"), count], query, matches, skip=name)
                         .where(column.is_not(None)).group_by(column))
            statement = statement.order_by(column.desc()) if name == "year" else \
                statement.order_by(count.desc(), column)
            rows = conn.execute(statement.limit(40)).fetchall()
            facets[name] = [FacetValue(str(r.value), self._facet_label(name, r.value), r.n) for r in rows]
        return facets

    @staticmethod
    def _facet_label(name: str, value: Any) -> str:
        if name == "type":
            return type_label(value)
        if name in ("province", "regency"):
            return _region_name(value) or str(value)
        if name == "index":
            return index_short(value)
        return str(value)

    # ------------------------------------------------------------------ pages
    def _hits_where(self, conn, *conditions, order=None, limit: int | None = None) -> list[Hit]:
        statement = (sa.select(EVENTS.c.id, EVENTS.c.payload, EVENTS.c.article_id, EVENTS.c.effective_date,
                               EVENTS.c.loaded_at, sa.null().label("score"), ARTICLES.c.url, ARTICLES.c.title,
                               ARTICLES.c.source, ARTICLES.c.published, ARTICLES.c.cluster_id)
                     .select_from(EVENTS).outerjoin(ARTICLES, ARTICLES.c.id == EVENTS.c.article_id)
                     .where(*conditions)
                     .order_by(*(order or [EVENTS.c.effective_date.desc().nulls_last(), EVENTS.c.id])))
        if limit:
            statement = statement.limit(limit)
        return self._with_story_counts(conn, [self._hit(row) for row in conn.execute(statement)])

    def _article_dict(self, conn, article_id: str, with_text: bool = True) -> dict[str, Any] | None:
        row = conn.execute(sa.select(ARTICLES).where(ARTICLES.c.id == article_id)).first()
        if row is None:
            return None
        data = dict(row._mapping)
        if not with_text:
            data.pop("text")
        return data

    def _cluster(self, conn, article: dict[str, Any] | None) -> list[dict[str, Any]]:
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

    def _raw_pages(self, conn, article: dict[str, Any] | None) -> list[dict[str, Any]]:
        if not article:
            return []
        urls = [u for u in (article.get("url"), article.get("canonical_url")) if u]
        condition = RAW.c.article_id == article["id"]
        if urls:
            condition = sa.or_(condition, RAW.c.url.in_(urls))
        rows = conn.execute(sa.select(RAW.c.id, RAW.c.url, RAW.c.fetched_at, RAW.c.status, RAW.c.content_type)
                            .where(condition).order_by(RAW.c.fetched_at.desc()).limit(50))
        return [dict(r._mapping) for r in rows]

    def current_event_id(self, event_id_: str) -> str | None:
        """The id an event has now: itself if stored, else the event an old id (an earlier id scheme, or an
        event re-read differently) leads to, else None."""
        with self.engine.connect() as conn:
            return current_event_id(conn, event_id_)

    def event(self, event_id_: str) -> EventDetail | None:
        with self.engine.connect() as conn:
            found = self._hits_where(conn, EVENTS.c.id == event_id_)
            if not found:
                return None
            hit = found[0]
            article = self._article_dict(conn, hit.article_id)
            others = self._hits_where(conn, EVENTS.c.article_id == hit.article_id, EVENTS.c.id != hit.id,
                                      order=[EVENTS.c.type, EVENTS.c.id])
            return EventDetail(hit=hit, article=article, other_events=others, cluster=self._cluster(conn, article),
                               raw_pages=self._raw_pages(conn, article))

    def article(self, article_id: str) -> ArticleDetail | None:
        with self.engine.connect() as conn:
            article = self._article_dict(conn, article_id)
            if article is None:
                return None
            versions = [dict(r._mapping) for r in conn.execute(
                sa.select(VERSIONS.c.version, VERSIONS.c.title, VERSIONS.c.content_hash, VERSIONS.c.seen_at,
                          VERSIONS.c.published, VERSIONS.c.text)
                .where(VERSIONS.c.article_id == article_id).order_by(VERSIONS.c.version.desc()))]
            events = self._hits_where(conn, EVENTS.c.article_id == article_id, order=[EVENTS.c.type, EVENTS.c.id])
            return ArticleDetail(article=article, versions=versions, events=events,
                                 cluster=self._cluster(conn, article), raw_pages=self._raw_pages(conn, article))

    def raw_page(self, page_id: int) -> dict[str, Any] | None:
        """An archived page with its HTML decompressed (`html`, bytes)."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(RAW).where(RAW.c.id == page_id)).first()
        if row is None:
            return None
        data = dict(row._mapping)
        data["html"] = gzip.decompress(data.pop("body_gz"))
        return data

    def regency_summary(self, code: str, latest: int = 20) -> RegencySummary | None:
        region = regions_by_code().get(code)
        if region is None:
            return None
        province = regions_by_code().get(region.province_code)
        with self.engine.connect() as conn:
            counts = dict(conn.execute(sa.select(EVENTS.c.type, sa.func.count()).where(EVENTS.c.regency_code == code)
                                       .group_by(EVENTS.c.type)).all())
            # The same story republished by several outlets yields one event per copy: count each once
            # (per near-duplicate cluster), so a watchdog's tally is of commitments, not of articles.
            story = sa.func.coalesce(ARTICLES.c.cluster_id, EVENTS.c.article_id)
            rows = conn.execute(
                sa.select(EVENTS.c.type, story.label("story"), EVENTS.c.agreement_kind, EVENTS.c.agreement_year,
                          EVENTS.c.effective_year, EVENTS.c.officials_count, EVENTS.c.date)
                .outerjoin(ARTICLES, ARTICLES.c.id == EVENTS.c.article_id)
                .where(EVENTS.c.regency_code == code, EVENTS.c.type.in_(["agreement_signing", "inauguration"]))
            ).fetchall()
            signings: dict[int, dict[str, int]] = defaultdict(Counter)
            inaugurations: dict[int, dict[str, int]] = defaultdict(lambda: {"events": 0, "officials": 0})
            seen: set[tuple[Any, ...]] = set()
            for row in rows:
                key = (row.type, row.story, row.agreement_kind, row.agreement_year, row.officials_count, row.date)
                if key in seen:
                    continue
                seen.add(key)
                if row.type == "agreement_signing":
                    signings[row.agreement_year or row.effective_year or 0][row.agreement_kind or "other"] += 1
                else:
                    entry = inaugurations[row.effective_year or 0]
                    entry["events"] += 1
                    entry["officials"] += row.officials_count or 0
            indexes = self._index_cells(conn, EVENTS.c.regency_code == code)
            people = [{"name": name, "role": role, "events": n} for name, role, n in conn.execute(
                sa.select(sa.func.min(PEOPLE.c.name), sa.func.max(PEOPLE.c.role), sa.func.count(sa.distinct(PEOPLE.c.event_id)))
                .join(EVENTS, EVENTS.c.id == PEOPLE.c.event_id).where(EVENTS.c.regency_code == code)
                .group_by(PEOPLE.c.name_key).order_by(sa.func.count(sa.distinct(PEOPLE.c.event_id)).desc(),
                                                      sa.func.min(PEOPLE.c.name)).limit(15))]
            recent = self._hits_where(conn, EVENTS.c.regency_code == code, limit=latest)
        return RegencySummary(
            region=region, province=province, counts=counts,
            signings={y: dict(k) for y, k in sorted(signings.items(), reverse=True)},
            inaugurations=dict(sorted(inaugurations.items(), reverse=True)),
            indexes=indexes, people=people, latest=recent)

    def _index_cells(self, conn, *conditions) -> dict[str, dict[int, IndexCell]]:
        """index -> year -> the value most reports agree on (ties: the latest report), other values listed."""
        year = sa.func.coalesce(EVENTS.c.year, EVENTS.c.effective_year)
        rows = conn.execute(
            sa.select(EVENTS.c.index_key, year.label("year"), EVENTS.c.value, EVENTS.c.value_number,
                      EVENTS.c.predicate, EVENTS.c.id, EVENTS.c.effective_date)
            .where(EVENTS.c.type == "index_report", *conditions)
            .order_by(EVENTS.c.effective_date.desc().nulls_last(), EVENTS.c.id)).fetchall()
        grouped: dict[tuple[str, int], list[Any]] = defaultdict(list)
        for row in rows:
            grouped[(row.index_key, row.year or 0)].append(row)
        table: dict[str, dict[int, IndexCell]] = defaultdict(dict)
        for (index, year_), reports in grouped.items():
            def value_key(r):
                return f"{r.value_number:g}" if r.value_number is not None else (r.value or "").strip().upper()
            votes = Counter(value_key(r) for r in reports)
            best_key = max(votes, key=lambda k: (votes[k], -next(i for i, r in enumerate(reports) if value_key(r) == k)))
            best = next(r for r in reports if value_key(r) == best_key)
            others = sorted({r.value or "" for r in reports if value_key(r) != best_key})
            table[index][year_] = IndexCell(best.value, best.value_number, best.predicate, best.id,
                                            len(reports), others)
        return {k: dict(sorted(v.items())) for k, v in sorted(table.items())}

    def province_summary(self, code: str) -> dict[str, Any] | None:
        province = regions_by_code().get(code)
        if province is None or not province.is_province:
            return None
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(EVENTS.c.regency_code, EVENTS.c.type, sa.func.count(), sa.func.max(EVENTS.c.effective_date))
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

    def index_years(self, index: str) -> list[int]:
        year = sa.func.coalesce(EVENTS.c.year, EVENTS.c.effective_year)
        with self.engine.connect() as conn:
            return [y for y in conn.execute(sa.select(year).distinct()
                                            .where(EVENTS.c.type == "index_report", EVENTS.c.index_key == index)
                                            .order_by(year.desc())).scalars() if y]

    def compare_index(self, index: str, year: int, province: str | None = None) -> list[dict[str, Any]]:
        """One index across regencies (of a province, or all) for one year, best value first."""
        conditions = [EVENTS.c.index_key == index, EVENTS.c.regency_code.is_not(None),
                      sa.func.coalesce(EVENTS.c.year, EVENTS.c.effective_year) == year]
        if province:
            conditions.append(EVENTS.c.province_code == province)
        with self.engine.connect() as conn:
            regions = [r for (r,) in conn.execute(sa.select(EVENTS.c.regency_code).distinct().where(
                EVENTS.c.type == "index_report", *conditions))]
            rows = []
            for chunk in _batched(regions, BATCH):
                for region_code in chunk:
                    cells = self._index_cells(conn, EVENTS.c.regency_code == region_code, *conditions)
                    cell = cells.get(index, {}).get(year)
                    if cell:
                        rows.append({"code": region_code, "name": _region_name(region_code) or region_code,
                                     "cell": cell})
        direction = 1 if labels()["indexes"].get(index, {}).get("lower_is_better") else -1
        rows.sort(key=lambda r: (r["cell"].value_number is None, direction * (r["cell"].value_number or 0),
                                 (r["cell"].value or "").upper(), r["name"]))
        return rows

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            articles = conn.execute(sa.select(sa.func.count()).select_from(ARTICLES)).scalar_one()
            clusters = conn.execute(sa.select(sa.func.count(sa.distinct(ARTICLES.c.cluster_id)))).scalar_one()
            events = conn.execute(sa.select(sa.func.count()).select_from(EVENTS)).scalar_one()
            by_type = dict(conn.execute(sa.select(EVENTS.c.type, sa.func.count()).group_by(EVENTS.c.type)).all())
            by_regency = [
                {"code": code, "name": _region_name(code) or code, "events": n}
                for code, n in conn.execute(
                    sa.select(EVENTS.c.regency_code, sa.func.count()).where(EVENTS.c.regency_code.is_not(None))
                    .group_by(EVENTS.c.regency_code).order_by(sa.func.count().desc(), EVENTS.c.regency_code))]
            sources = conn.execute(sa.select(sa.func.count(sa.distinct(ARTICLES.c.source)))).scalar_one()
            latest = conn.execute(sa.select(sa.func.max(EVENTS.c.loaded_at))).scalar_one()
        return {"articles": articles, "clusters": clusters, "sources": sources, "events": events,
                "events_by_type": by_type, "events_by_regency": by_regency, "last_loaded": latest}

