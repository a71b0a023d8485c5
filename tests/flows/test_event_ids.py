"""Event ids that survive better extraction: an id comes from the article, the type, the region and the
event's own key fields, never from its evidence sentence or the rule version; an id that changes anyway
(a corrected value, the old id scheme) leads to the current event through an alias."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from db import SearchQuery, Store
from db.engine import alembic_config, get_engine
from pantau.records import EventIds, event_id

FIXTURES = Path(__file__).resolve().parents[1] / "db" / "fixtures"
SIGNING = {"article_id": "a1", "type": "agreement_signing", "regency": {"code": "35.16", "name": "Kabupaten Mojokerto"},
           "date": "2024-01-31", "venue": "Pendopo", "people": [], "evidence": "Pejabat menandatangani perjanjian kinerja.",
           "agreement_kind": "perjanjian_kinerja", "agreement_title": "Perjanjian Kinerja 2024", "agreement_year": 2024,
           "parties": []}
INDEX = {"article_id": "a1", "type": "index_report", "regency": {"code": "35.16", "name": "Kabupaten Mojokerto"},
         "date": None, "venue": None, "people": [], "evidence": "Indeks SPBE 2023 mencapai 3,12.", "index": "spbe",
         "index_label": "Indeks SPBE", "value": "3,12", "value_number": 3.12, "year": 2023, "predicate": "baik"}


def test_an_id_ignores_wording_and_rule_version_but_not_what_the_event_is():
    reworded = {**SIGNING, "evidence": "Perjanjian kinerja ditandatangani di pendopo.", "venue": None,
                "agreement_title": "PK tahun 2024", "parties": ["Pemkab Mojokerto"], "extractor": "pantau-id-9.9"}
    assert event_id(reworded) == event_id(SIGNING)
    assert event_id({**SIGNING, "agreement_kind": "mou"}) != event_id(SIGNING)
    assert event_id({**SIGNING, "regency": {"code": "35.17"}}) != event_id(SIGNING)
    assert event_id({**INDEX, "value": "3.12"}) == event_id(INDEX)  # the number, however written
    assert event_id({**INDEX, "value_number": 3.2, "value": "3,2"}) != event_id(INDEX)
    # Two signings of one kind and year in one article are two events, told apart by their order.
    ids = EventIds()
    first, second = ids(SIGNING), ids({**SIGNING, "evidence": "Penandatanganan kedua."})
    assert first[1] and second[1] and first[0] != second[0]
    assert ids(SIGNING) == (first[0], False)  # the same record again is the same event


def test_rereading_keeps_ids_and_a_corrected_event_leaves_an_alias(store_url):
    store = Store(store_url)
    store.replace_events(["a1"], [SIGNING, INDEX], extractor="pantau-id-0.4")
    signing_id, index_id = event_id(SIGNING), event_id(INDEX)
    reread = [{**SIGNING, "evidence": "Kalimat lain yang sama maknanya."}, {**INDEX, "value": "3,21", "value_number": 3.21}]
    stats = store.replace_events(["a1"], reread, extractor="pantau-id-0.5")
    assert store.event(signing_id).hit.event["evidence"] == "Kalimat lain yang sama maknanya."
    corrected = event_id(reread[1])
    assert corrected != index_id and stats.deleted == 1
    assert store.event(index_id) is None
    assert store.current_event_id(index_id) == corrected  # the old link leads to the corrected value
    assert store.current_event_id(signing_id) == signing_id
    assert store.current_event_id("0123456789abcdef0123") is None


def _old_id(event: dict) -> str:
    """The id scheme before migration 0004 (it hashed the evidence)."""
    fields = ("article_id", "type", "index", "value", "agreement_kind", "agreement_title", "officials_count", "evidence")
    key = "\x1f".join(str(event.get(f)) for f in fields) + "\x1f" + str((event.get("regency") or {}).get("code"))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def test_the_migration_gives_stored_events_new_ids_and_keeps_the_old_ones_as_aliases(store_url):
    """A store at revision 0003 with events under the old ids, upgraded: every event has its new id, is
    found by search and keeps its people, and its old id leads to it."""
    engine = get_engine(store_url)
    config = alembic_config(store_url)
    with engine.begin() as connection:
        command.downgrade(_with(config, connection), "0003")
    events = [json.loads(line) for line in (FIXTURES / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    store = Store(store_url, migrate_schema=False)
    store.load_articles([json.loads(line) for line in (FIXTURES / "articles.jsonl").read_text().splitlines()])
    # Loaded the old way: ids from the old scheme, straight into the 0003 tables (whose `event` has none of
    # the columns later migrations added).
    _load_the_old_way(engine, events)
    with engine.begin() as connection:
        command.upgrade(_with(config, connection), "head")
    with engine.connect() as connection:
        stored = set(connection.execute(sa.text("SELECT id FROM event")).scalars())
        aliases = dict(connection.execute(sa.text("SELECT old_id, event_id FROM eventalias")).all())
        people = set(connection.execute(sa.text("SELECT DISTINCT event_id FROM eventperson")).scalars())
    new_ids = EventIds()
    expected = {new_ids(event)[0] for event in events}
    assert stored == expected and all(identifier.startswith("ev") for identifier in stored)
    assert set(aliases) == {_old_id(event) for event in events} and set(aliases.values()) == stored
    assert people <= stored and people
    hits = store.search(SearchQuery(text="Yuhronur", per_page=50)).hits
    assert hits and {hit.id for hit in hits} <= stored
    for old, new in aliases.items():
        assert store.current_event_id(old) == new


def _load_the_old_way(engine, events: list[dict]) -> None:
    from db.load import events as writer

    with engine.begin() as connection:
        table = sa.Table("event", sa.MetaData(), autoload_with=connection)
        titles = dict(connection.execute(sa.text("SELECT id, published FROM article")).all())
        for event in events:
            identifier = _old_id(event)
            row = writer.event_row(identifier, event, None, (None, writer.as_date(titles.get(event["article_id"]))))
            row["loaded_at"] = dt.datetime.now(dt.UTC)
            connection.execute(table.insert().values({k: v for k, v in row.items() if k in table.c}))
            people = writer._people_rows(identifier, event)
            if people:
                connection.execute(writer.PEOPLE.insert(), people)
            writer._write_search_rows(connection, [(identifier, *writer._document(event, None), writer.filter_terms(row),
                                                    row)])


def _with(config, connection):
    config.attributes["connection"] = connection
    return config
