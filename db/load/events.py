"""The writer of `Event`, `EventPerson` and the full-text index (`event_search`).

`replace_events(article_ids, events)`: the stored events of each listed article (and of each article an event
names) become exactly the given ones. Event ids come from `pantau.records.event_id` (article, type, region
and the event's own key fields, never its evidence), so reloads and re-extractions keep ids and the site's
event URLs; an event whose id changes anyway leaves an alias (`db.event_alias`). Each event also gets its
`story_key` (`db.load.stories`): reports of one event from several articles share it. Invalid events are
skipped and reported in `LoadStats.problems`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from db.event_alias import record_aliases
from db.fulltext import (
    TSVECTOR_SQL,
    document_parts,
    filter_terms,
    search_document,
    search_rowid,
    tokens,
    tsvector_text,
)
from db.load.stats import LoadStats
from db.load.stories import StoryKeys
from db.models import utcnow
from db.rows import (
    DeferredIndexes,
    as_date,
    as_float,
    as_int,
    batched,
    insert_rows,
    one_of,
    refusal,
    upsert,
    write_transaction,
)
from db.tables import ARTICLES, BATCH, EVENTS, PEOPLE, SEARCH, SEARCH_WINDOW, SEARCH_WINDOW_COLUMNS
from pantau.records import EventIds, event_problem
from pantau.regions import region_name
from pantau.text import clean_and_dump

Story = tuple[str, str | None]  # (story key, index measure)
# (position in the input, event id, event, story, its JSON as the store keeps it or None: `clean_and_dump`)
Valid = tuple[int, str, dict[str, Any], Story, str | None]


def replace_events(engine, article_ids: Iterable[str], events: Iterable[dict[str, Any]],
                   extractor: str | None = None) -> LoadStats:
    """One transaction; each chunk of `BATCH` events in a savepoint. An event the store refuses costs only
    itself: its chunk is written again event by event and the refused one is reported (`LoadStats.rejected`).
    The search documents of new events are written after their chunks, many chunks at once (`SearchRows`)."""
    stats = LoadStats()
    listed = {str(a) for a in article_ids}
    ids = EventIds()
    stories = StoryKeys()
    kept: dict[str, dict[str, Any]] = {}
    keep: set[str] = set()
    named: set[str] = set()
    with write_transaction(engine) as conn:
        search = SearchRows(conn)
        deferred = DeferredIndexes(conn, ("event", "eventperson"))
        for chunk in batched(enumerate(events), BATCH):
            valid: list[Valid] = []
            for position, event in chunk:
                if isinstance(event, dict):
                    event, dumped = clean_and_dump(event)  # no-op for records read by pantau.jsonl
                    problem = event_problem(event) or store_problem(event)
                else:
                    problem = "not an object"
                if problem:
                    stats.reject(position, f"event #{position + 1} of article {_article_of(event)}: {problem}")
                    continue
                if not isinstance(event["article_id"], str):
                    event, dumped = {**event, "article_id": str(event["article_id"])}, None
                identifier, first = ids(event)
                if not first:
                    continue  # the same event twice in one load
                keep.add(identifier)
                kept[identifier] = event
                named.add(event["article_id"])
                valid.append((position, identifier, event, stories(event, identifier), dumped))
            _write_guarded(conn, valid, extractor, stats, keep, search)
            deferred.written(stats.inserted)
        search.flush()
        deferred.restore()
        for article_chunk in batched(sorted(listed | named), BATCH):
            # Ids first (narrow rows): only the events being dropped need their payload, for their aliases.
            stored = conn.execute(sa.select(EVENTS.c.id).where(one_of(conn, EVENTS.c.article_id, article_chunk))).scalars()
            stale = [identifier for identifier in stored if identifier not in keep]
            if stale:
                dropped = [(i, p) for ids_ in batched(stale, BATCH) for i, p in conn.execute(
                    sa.select(EVENTS.c.id, EVENTS.c.payload).where(EVENTS.c.id.in_(ids_)))]
                record_aliases(conn, dropped, kept)
            _delete_events(conn, stale)
            stats.deleted += len(stale)
    return stats


def _article_of(event: Any) -> str:
    value = event.get("article_id") if isinstance(event, dict) else None
    return repr(str(value)[:80]) if value is not None else "?"


def store_problem(event: dict[str, Any]) -> str | None:
    """Why the store cannot keep an otherwise valid event, or None."""
    if len(str(event["article_id"])) > 64:
        return "field 'article_id' is longer than 64 characters"
    code = (event.get("regency") or {}).get("code")
    if code is not None and len(code) > 8:
        return f"regency code {code[:20]!r} is no Kemendagri code"
    return None


def _write_guarded(conn, valid: list[Valid], extractor: str | None, stats: LoadStats, keep: set[str],
                   search: SearchRows) -> None:
    """Write a chunk in a savepoint; if the database refuses it, write its events one by one."""
    chunk_stats = LoadStats()
    try:
        with conn.begin_nested():
            documents = _upsert_events(conn, [v[1:] for v in valid], extractor, chunk_stats, search.shape)
        stats.add(chunk_stats)
        search.add(documents)
        return
    except DBAPIError:
        pass
    for position, *one_event in valid:
        one = LoadStats()
        try:
            with conn.begin_nested():
                documents = _upsert_events(conn, [tuple(one_event)], extractor, one, search.shape)
        except DBAPIError as exc:
            keep.discard(one_event[0])
            stats.reject(position, f"event #{position + 1} of article {_article_of(one_event[1])}: {refusal(exc)}")
            continue
        stats.add(one)
        search.add(documents)


def _article_info(conn, article_ids: Iterable[str]) -> dict[str, tuple[str | None, dt.date | None]]:
    info = {}
    for chunk in batched(set(article_ids), BATCH):
        for row in conn.execute(sa.select(ARTICLES.c.id, ARTICLES.c.title, ARTICLES.c.published)
                                .where(one_of(conn, ARTICLES.c.id, chunk))):
            info[row.id] = (row.title, row.published)
    return info


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def event_row(identifier: str, event: dict[str, Any], extractor: str | None,
              article: tuple[str | None, dt.date | None], story: Story | None = None) -> dict[str, Any]:
    """The `Event` row of a spec event; `article` is its article's (title, publication date), `story` its
    (story key, measure) (its own story when not given)."""
    regency = event.get("regency") or {}
    code = regency.get("code") or None
    date = as_date(event.get("date"))
    effective = date or article[1]
    year = as_int(event.get("year"))
    by = event.get("inaugurated_by")
    return {
        "id": identifier, "article_id": event["article_id"], "type": event["type"], "regency_code": code,
        "province_code": code.split(".")[0][:2] if code else None, "date": date,
        "venue": _text(event.get("venue")), "evidence": _text(event.get("evidence")) or "",
        "agreement_kind": event.get("agreement_kind"), "agreement_title": _text(event.get("agreement_title")),
        "agreement_year": as_int(event.get("agreement_year")), "officials_count": as_int(event.get("officials_count")),
        "inaugurated_by": _text(by.get("name") if isinstance(by, dict) else by),
        "index_key": event.get("index") if event["type"] == "index_report" else None,
        "index_label": _text(event.get("index_label")),
        "value": str(event["value"]) if event.get("value") is not None else None,
        "value_number": as_float(event.get("value_number")), "year": year,
        "predicate": _text(event.get("predicate")), "payload": event, "extractor": extractor,
        "effective_date": effective, "effective_year": event_year(event["type"], year, effective),
        "story_key": story[0] if story else identifier, "measure": story[1] if story else None,
    }


def event_year(kind: str, assessed: int | None, effective: dt.date | None) -> int | None:
    """The year an event is about, what the year filter and facet use: an index report's assessed year when it
    says one, else the year of the event's date (or its article's)."""
    if kind == "index_report" and assessed is not None:
        return assessed
    return effective.year if effective else None


def _document(event: dict[str, Any], title: str | None) -> tuple[str, str]:
    regency_code = (event.get("regency") or {}).get("code")
    return search_document(document_parts(event, region_name(regency_code)), [title])


def fts_rowid(event_id_: str, effective_date: dt.date | None, dated: bool = True) -> int:
    """The integer rowid of an event's FTS5 row, derived so deletes need no lookup: its effective date and id
    (`db.fulltext.search_rowid`), or (`dated` false: an index from before migration 0008, which 0013 puts in
    date order) its id alone (the first 60 bits of its SHA-1)."""
    if dated:
        return search_rowid(event_id_, effective_date)
    return int.from_bytes(hashlib.sha1(event_id_.encode()).digest()[:8], "big") >> 4


FILTERS, WINDOW, VECTOR = 1, 2, 3  # `search_shape`s: filter tokens; the window's columns; `tsv` written by us


def search_shape(conn) -> int:
    """How far the full-text index's schema has come (earlier migrations refresh documents through this module
    too): 0; `FILTERS`, the `filters` column (SQLite since migration 0008; PostgreSQL since 0014, with
    `effective_date`); `WINDOW`, the search window's columns (0015: `db.tables.SEARCH_WINDOW_COLUMNS`);
    `VECTOR` (PostgreSQL since 0017), `tsv` is a plain column the loader writes (`db.fulltext.tsvector_text`)."""
    if conn.dialect.name == "sqlite":
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'event_search_window'").first():
            return WINDOW
        return FILTERS if any(row[1] == "filters" for row in conn.exec_driver_sql("PRAGMA table_info(event_search)")) else 0
    columns = dict(conn.exec_driver_sql(
        "SELECT column_name, is_generated FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = 'event_search' AND column_name IN ('filters', 'story_key', 'tsv')").all())
    if "story_key" in columns:
        return VECTOR if columns.get("tsv") == "NEVER" else WINDOW
    return FILTERS if "filters" in columns else 0


# event id, body, stems, filter tokens, its event's row (its `SEARCH_WINDOW_COLUMNS` at least)
SearchRow = tuple[str, str, str, str, dict[str, Any]]


def _write_search_rows(conn, rows: list[SearchRow], *, replaced: dict[str, dt.date | None] | None = None,
                       shape: int | None = None) -> None:
    """Rows of the full-text index (and, `WINDOW`, the search window's columns beside them). `replaced`: the
    effective dates the events had when stored before (their SQLite rows are found by them); None: the events
    were inserted in this transaction, so they have no rows to replace. `shape`: `search_shape`, if known."""
    if not rows:
        return
    if shape is None:
        shape = search_shape(conn)
    if conn.dialect.name != "sqlite":
        documents = [{"event_id": i, "body": b, "stems": s, **({"filters": f} if shape >= FILTERS else {}),
                      **_search_columns(row, shape)} for i, b, s, f, row in sorted(rows, key=lambda r: r[0])]
        if shape >= VECTOR:
            for document in documents:
                document["tsv"] = tsvector_text(document["body"], document["stems"], document["filters"])
        insert_rows(conn, SEARCH, documents) if replaced is None else upsert(conn, SEARCH, documents, ["event_id"])
        unvouched = [document["event_id"] for document in documents if shape >= VECTOR and document["tsv"] is None]
        if unvouched:  # words PostgreSQL's parser reads its own way: its vector
            conn.execute(sa.text(f"UPDATE event_search SET tsv = {TSVECTOR_SQL} WHERE event_id = ANY(:ids)"),
                         {"ids": unvouched})
        return
    if replaced is not None:
        old = sorted((fts_rowid(r[0], replaced.get(r[0]), shape >= FILTERS),) for r in rows)
        conn.exec_driver_sql("DELETE FROM event_search WHERE rowid = ?", old)
        if shape >= WINDOW:
            conn.exec_driver_sql("DELETE FROM event_search_window WHERE search_rowid = ?", old)
    # In rowid order: FTS5 starts a new segment (to merge later) whenever a rowid is lower than the one before,
    # so unsorted rowids would cost one segment every other row and written sorted one per call (3x faster).
    numbered = sorted(((fts_rowid(i, row["effective_date"], shape >= FILTERS), i, b, s, f, row)
                       for i, b, s, f, row in rows), key=lambda r: r[0])
    if shape >= FILTERS:
        conn.exec_driver_sql("INSERT INTO event_search (rowid, event_id, body, stems, filters) VALUES (?, ?, ?, ?, ?)",
                             [r[:5] for r in numbered])
    else:
        conn.exec_driver_sql("INSERT INTO event_search (rowid, event_id, body, stems) VALUES (?, ?, ?, ?)",
                             [r[:4] for r in numbered])
    if shape >= WINDOW:
        insert_rows(conn, SEARCH_WINDOW, [{"search_rowid": rowid, "event_id": i, **_search_columns(row, shape)}
                                          for rowid, i, *_, row in numbered])


def _search_columns(row: dict[str, Any], shape: int) -> dict[str, Any]:
    """The copies of an event's columns its full-text row carries (`shape`: `search_shape`): the search
    window's (`WINDOW`), or on PostgreSQL its effective date alone (`FILTERS`)."""
    if shape >= WINDOW:
        return {name: row[name] for name in SEARCH_WINDOW_COLUMNS}
    return {"effective_date": row["effective_date"]} if shape >= FILTERS else {}


NAME_LIMIT = 200  # a person's name is indexed (grouping people across events); longer is no name


def _people_rows(identifier: str, event: dict[str, Any]) -> list[dict[str, Any]]:
    rows, seen = [], set()
    for person in event.get("people") or []:
        name = str(person.get("name") or "").strip()[:NAME_LIMIT]
        key = " ".join(tokens(name))[:NAME_LIMIT]
        role = _text(person.get("role"))
        if not key or (key, role) in seen:
            continue
        seen.add((key, role))
        rows.append({"event_id": identifier, "name": name, "name_key": key, "role": role})
    return rows


def _upsert_events(conn, valid: list[tuple[str, dict[str, Any], Story, str | None]], extractor: str | None,
                   stats: LoadStats, shape: int | None = None) -> list[SearchRow]:
    """Insert or update the events; returns the search documents of the new ones (the caller writes them:
    `SearchRows`), having replaced those of the updated ones."""
    if not valid:
        return []
    ids = [identifier for identifier, *_ in valid]
    existing = {row.id: (row.payload, row.extractor, (row.story_key, row.measure), row.effective_date, row.loaded_at)
                for row in conn.execute(sa.select(EVENTS.c.id, EVENTS.c.payload, EVENTS.c.extractor, EVENTS.c.story_key,
                                                  EVENTS.c.measure, EVENTS.c.effective_date, EVENTS.c.loaded_at)
                                        .where(one_of(conn, EVENTS.c.id, ids)))}
    articles = _article_info(conn, (event["article_id"] for _, event, _, _ in valid))
    inserts, updates, people, new_documents, documents = [], [], [], [], []
    now = utcnow()  # one load's arrival (the search window keeps a copy: `_write_search_rows`)
    for identifier, event, story, dumped in valid:
        article = articles.get(event["article_id"], (None, None))
        if identifier in existing:
            stored_payload, stored_extractor, stored_story, _, arrived = existing[identifier]
            if stored_payload == event and extractor in (None, stored_extractor) and stored_story == story:
                stats.unchanged += 1
                continue
            row = event_row(identifier, event, extractor or stored_extractor, article, story)
            updates.append(row)
            stats.updated += 1
            documents.append((identifier, *_document(event, article[0]), filter_terms(row), {**row, "loaded_at": arrived}))
        else:
            row = event_row(identifier, event, extractor, article, story)
            row["payload"] = dumped or json.dumps(event)  # as the column's own type would write it
            row["loaded_at"] = now
            inserts.append(row)
            stats.inserted += 1
            new_documents.append((identifier, *_document(event, article[0]), filter_terms(row), row))
        people += _people_rows(identifier, event)
    insert_rows(conn, EVENTS, inserts, ready=("payload",))
    update_event_columns(conn, [{"event_key": row["id"], **{k: v for k, v in row.items() if k != "id"}}
                                for row in updates])
    if updates:
        conn.execute(PEOPLE.delete().where(PEOPLE.c.event_id.in_([r["id"] for r in updates])))
    insert_rows(conn, PEOPLE, people)
    _write_search_rows(conn, documents, replaced={i: existing[i][3] for i, *_ in documents}, shape=shape)
    return new_documents


class SearchRows:
    """The search documents of a load's new events, written many chunks at a time: SQLite's full-text index
    turns every write between savepoints into a segment of its own to merge later, so one write of many
    thousand documents costs a fraction of one per chunk; PostgreSQL gets one COPY for them."""

    LIMIT = 20_000  # documents held before they are written (a few MB)

    def __init__(self, conn) -> None:
        self.conn = conn
        self.shape = search_shape(conn)
        self.rows: list[SearchRow] = []

    def add(self, rows: list[SearchRow]) -> None:
        self.rows += rows
        if len(self.rows) >= self.LIMIT:
            self.flush()

    def flush(self) -> None:
        _write_search_rows(self.conn, self.rows, shape=self.shape)
        self.rows = []


def _delete_events(conn, ids: list[str]) -> None:
    if not ids:
        return
    sqlite = conn.dialect.name == "sqlite"
    shape = search_shape(conn) if sqlite else None  # (0008 and later: 0013 puts the rows in date order)
    for chunk in batched(ids, BATCH):
        if sqlite:  # the rows of the full-text index are found by the events' dates
            rowids = [{"rowid": fts_rowid(i, day, shape >= FILTERS)} for i, day in conn.execute(
                sa.select(EVENTS.c.id, EVENTS.c.effective_date).where(EVENTS.c.id.in_(chunk)))]
        conn.execute(PEOPLE.delete().where(PEOPLE.c.event_id.in_(chunk)))
        conn.execute(EVENTS.delete().where(EVENTS.c.id.in_(chunk)))
        if sqlite:
            conn.execute(sa.text("DELETE FROM event_search WHERE rowid = :rowid"), rowids)
            if shape >= WINDOW:
                conn.execute(sa.text("DELETE FROM event_search_window WHERE search_rowid = :rowid"), rowids)
        else:
            conn.execute(SEARCH.delete().where(SEARCH.c.event_id.in_(chunk)))


def update_event_columns(conn, updates: list[dict[str, Any]]) -> None:
    """Set columns of stored events by id, in one statement: each update is `{"event_key": id, column:
    value, ...}`, all with the same columns (derived values: effective dates, story keys)."""
    if not updates:
        return
    columns = [name for name in updates[0] if name != "event_key"]
    conn.execute(EVENTS.update().where(EVENTS.c.id == sa.bindparam("event_key"))
                 .values({name: sa.bindparam(name) for name in columns}), updates)


def update_search_story_keys(conn, keys: list[tuple[str, dt.date | None, str | None]]) -> None:
    """Keep the search window's copy of stored events' story keys ((event id, effective date, story key)) in
    step with `event`'s: `db.load.stories.rekey` sets them after the rules that make a story change."""
    shape = search_shape(conn)
    if shape < WINDOW or not keys:
        return
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text("UPDATE event_search_window SET story_key = :key WHERE search_rowid = :rowid"),
                     sorted(({"rowid": fts_rowid(i, day), "key": key} for i, day, key in keys), key=lambda r: r["rowid"]))
    else:
        conn.execute(sa.text("UPDATE event_search SET story_key = :key WHERE event_id = :id"),
                     [{"id": i, "key": key} for i, _, key in keys])


def refresh_article_events(conn, article_ids: list[str]) -> None:
    """After an article's title or date changed (or it arrived after its events), refresh what its events
    derive from it: the effective date and the search document."""
    shape = search_shape(conn)
    for chunk in batched(article_ids, BATCH):
        rows = conn.execute(sa.select(EVENTS.c.id, EVENTS.c.article_id, EVENTS.c.date, EVENTS.c.payload,
                                      EVENTS.c.type, EVENTS.c.year, EVENTS.c.agreement_kind, EVENTS.c.province_code,
                                      EVENTS.c.regency_code, EVENTS.c.index_key, EVENTS.c.effective_date,
                                      EVENTS.c.story_key, EVENTS.c.loaded_at)
                            .where(one_of(conn, EVENTS.c.article_id, chunk))).fetchall()
        if not rows:
            continue
        articles = _article_info(conn, chunk)
        updates, documents = [], []
        for row in rows:
            title, published = articles.get(row.article_id, (None, None))
            effective = row.date or published
            year = event_year(row.type, row.year, effective)
            updates.append({"event_key": row.id, "effective_date": effective, "effective_year": year})
            current = {**row._mapping, "effective_date": effective, "effective_year": year}
            documents.append((row.id, *_document(row.payload, title), filter_terms(current), current))
        update_event_columns(conn, updates)
        _write_search_rows(conn, documents, replaced={row.id: row.effective_date for row in rows}, shape=shape)
