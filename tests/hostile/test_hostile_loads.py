"""Hostile records into both stores: every input has a defined fate. Text is cleaned once at the edge, so
SQLite and PostgreSQL store the same thing; a record the store cannot keep is reported with file:line and
skipped, and the rest of its batch is still loaded."""

from __future__ import annotations

import json
import unicodedata

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cli.main import app
from pantau.text import UNSAFE, clean_record, clean_text

HOSTILE_CHARS = st.characters(codec=None, categories=None)  # every code point, surrogates and controls included
hostile_text = st.text(alphabet=HOSTILE_CHARS, max_size=60) | st.sampled_from(
    ["\x00", "a\x00b", "\ud800", "x\udfffy", "e\u0301", "\u1e9b\u0323", "\x0b\x0c\x1b[31m\x7f", "\r\n\t", "\ufeff"])


@given(hostile_text)
def test_clean_text_is_safe_normalised_and_idempotent(text):
    cleaned = clean_text(text)
    assert not UNSAFE.search(cleaned)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")  # no lone surrogate left


def test_clean_record_cleans_keys_values_and_non_finite_numbers():
    record = {"a\x00": ["x\x00", {"\ud800": float("nan")}], "n": float("inf"), "ok": 1.5, "t": True}
    assert clean_record(record) == {"a": ["x", {"\ufffd": None}], "n": None, "ok": 1.5, "t": True}


@pytest.fixture(scope="module")
def both_stores(tmp_path_factory, scratch_pg_database):
    from db import Store

    with scratch_pg_database() as pg_url:
        sqlite_url = f"sqlite:///{tmp_path_factory.mktemp('twins')}/twins.db"
        yield Store(sqlite_url), Store(pg_url)


def _stored(store, article_id: str) -> tuple:
    from db.tables import ARTICLES, EVENTS, PEOPLE

    with store.engine.connect() as conn:
        article = conn.execute(sa.select(ARTICLES.c.title, ARTICLES.c.text, ARTICLES.c.source, ARTICLES.c.author,
                                         ARTICLES.c.extra).where(ARTICLES.c.id == article_id)).one()
        events = conn.execute(sa.select(EVENTS.c.evidence, EVENTS.c.venue, EVENTS.c.payload)
                              .where(EVENTS.c.article_id == article_id).order_by(EVENTS.c.id)).all()
        people = conn.execute(sa.select(PEOPLE.c.name, PEOPLE.c.role).join(EVENTS, EVENTS.c.id == PEOPLE.c.event_id)
                              .where(EVENTS.c.article_id == article_id).order_by(PEOPLE.c.name)).all()
    return tuple(article), [tuple(e) for e in events], [tuple(p) for p in people]


_counter = iter(range(10**9))


@pytest.mark.postgres
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(title=hostile_text, text=hostile_text, source=hostile_text, name=hostile_text, evidence=hostile_text,
       extra=hostile_text)
def test_both_backends_store_the_same_cleaned_text(both_stores, title, text, source, name, evidence, extra):
    article_id = f"twin-{next(_counter)}"
    article = {"id": article_id, "title": title, "text": "Bupati melantik pejabat. " + text, "source": source or None,
               "author": name, "published": "2024-01-02", "kabar": extra}
    event = {"article_id": article_id, "type": "inauguration", "regency": {"code": "35.16", "name": extra},
             "date": "2024-01-02", "venue": text, "people": [{"name": "Nama " + name, "role": title}],
             "evidence": evidence}
    results = []
    for store in both_stores:
        stats = store.load_articles([article])
        assert stats.inserted == 1 and not stats.rejected, stats.problems
        events = store.replace_events([article_id], [event])
        assert not events.rejected, events.problems
        results.append(_stored(store, article_id))
    assert results[0] == results[1]
    (stored_title, stored_text, *_), (stored_event, *_), _ = results[0]
    assert stored_text == clean_text("Bupati melantik pejabat. " + text)
    assert stored_title == (clean_text(title) or None)
    assert stored_event[0] == clean_text(evidence)


def _run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_pantau_load_keeps_every_good_line_and_names_each_bad_one(tmp_path, store_url):
    articles = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "nul", "title": "Judul\u0000 dengan NUL", "text": "Teks\u0000 berita dengan byte NUL."}),
        json.dumps({"id": "ctl", "text": "Teks dengan kendali \x1b[31m merah"}),
        '{"id": "raw", "text": "tab\tdan\x01kendali mentah"}',  # raw control characters inside a JSON string
        "not json",
        json.dumps({"id": "lone", "text": "surrogat \ud800 tunggal"}),
        json.dumps({"id": "nan", "text": "angka", "skor": float("nan")}),
        json.dumps({"id": "long-source", "text": "x", "source": "s" * 300}),
        json.dumps({"id": "deep", "text": "x", "extra": json.loads("[" * 50 + "]" * 50)}),
        "[" * 100000 + "]" * 100000,
        '{"id": "big", "text": "x", "n": ' + "9" * 5000 + "}",
        json.dumps({"id": "good", "text": "Bupati Kendal melantik pejabat."}),
    ]
    articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
    events = tmp_path / "events.jsonl"
    events.write_text("\n".join([
        json.dumps({"article_id": "good", "type": "inauguration", "regency": {"code": "33.24"}, "evidence": "ok\u0000"}),
        json.dumps({"article_id": "good", "type": "inauguration", "regency": {"code": "33.24.01.2001.9"},
                    "evidence": "kode terlalu panjang"}),
        json.dumps({"article_id": "x" * 100, "type": "inauguration", "evidence": "id artikel terlalu panjang"}),
        json.dumps({"article_id": "nul", "type": "index_report", "index": "spbe", "regency": {"code": "33.24"},
                    "value": "3,1", "value_number": 1e309, "year": 10**12, "evidence": "nilai tak hingga"}),
    ]) + "\n", encoding="utf-8")
    result = _run("load", "--articles", str(articles), "--events", str(events), "--db", store_url)
    assert result.exit_code == 2
    errors = result.stderr
    assert f"{articles}:4: not JSON" in errors
    assert f"{articles}:7: article 'long-source': field 'source' is longer than 255" in errors
    assert f"{articles}:9: not JSON" in errors and f"{articles}:10: not JSON" in errors
    assert f"{events}:2: event #2 of article 'good': regency code" in errors
    assert f"{events}:3: " in errors and "longer than 64" in errors
    assert "articles: 7 new" in result.stdout and "events: 2 new" in result.stdout

    from db import Store
    from db.tables import ARTICLES, EVENTS

    store = Store(store_url)
    with store.engine.connect() as conn:
        texts = dict(conn.execute(sa.select(ARTICLES.c.id, ARTICLES.c.text)).all())
        index_row = conn.execute(sa.select(EVENTS.c.value_number, EVENTS.c.year).where(EVENTS.c.article_id == "nul")).one()
    assert texts["nul"] == "Teks berita dengan byte NUL."
    assert texts["ctl"] == "Teks dengan kendali [31m merah"
    assert texts["raw"] == "tab\tdankendali mentah"
    assert texts["lone"] == "surrogat \ufffd tunggal"
    assert {"nan", "deep", "good"} <= set(texts)
    assert tuple(index_row) == (None, None)  # out of range for both stores: no number rather than a refusal


def _refuse_article(store, article_id: str) -> None:
    """Make the database itself refuse one article (as it would a value no check foresaw)."""
    with store.engine.begin() as conn:
        if store.dialect == "sqlite":
            conn.exec_driver_sql(f"CREATE TRIGGER refuse BEFORE INSERT ON article WHEN NEW.id = '{article_id}' "
                                 "BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END")
        else:
            conn.exec_driver_sql(f"CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.id = '{article_id}' "
                                 "THEN RAISE EXCEPTION 'refused by a test trigger'; END IF; RETURN NEW; END $$ "
                                 "LANGUAGE plpgsql")
            conn.exec_driver_sql("CREATE TRIGGER refuse BEFORE INSERT ON article FOR EACH ROW EXECUTE FUNCTION refuse()")


def test_a_record_the_database_refuses_costs_only_itself(tmp_path, store_url):
    from db import Store

    store = Store(store_url)
    _refuse_article(store, "a-0250")
    records = [{"id": f"a-{n:04d}", "text": f"Berita nomor {n} tentang pelantikan pejabat."} for n in range(700)]
    stats = store.load_articles(records)
    assert stats.inserted == 699 and stats.skipped == 1
    assert stats.rejected[0][0] == 250 and "refused by a test trigger" in stats.rejected[0][1]
    events = [{"article_id": f"a-{n:04d}", "type": "inauguration", "evidence": f"pelantikan {n}",
               "regency": {"code": "35.16"}} for n in range(700)]
    with store.engine.begin() as conn:  # and one event the database refuses, in the middle of a batch
        if store.dialect == "sqlite":
            conn.exec_driver_sql("CREATE TRIGGER refuse_event BEFORE INSERT ON event WHEN NEW.evidence = 'pelantikan 321' "
                                 "BEGIN SELECT RAISE(ABORT, 'event refused by a test trigger'); END")
        else:
            conn.exec_driver_sql("CREATE FUNCTION refuse_event() RETURNS trigger AS $$ BEGIN IF NEW.evidence = "
                                 "'pelantikan 321' THEN RAISE EXCEPTION 'event refused by a test trigger'; END IF; "
                                 "RETURN NEW; END $$ LANGUAGE plpgsql")
            conn.exec_driver_sql("CREATE TRIGGER refuse_event BEFORE INSERT ON event FOR EACH ROW "
                                 "EXECUTE FUNCTION refuse_event()")
    loaded = store.replace_events([r["id"] for r in records], events)
    assert loaded.inserted == 699 and loaded.skipped == 1 and loaded.rejected[0][0] == 321
    assert store.stats()["events"] == 699
