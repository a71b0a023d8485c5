"""Writes of the full-text index (migration 0017). PostgreSQL's `event_search.tsv` is written by the loader
(`db.fulltext.tsvector_text`): it must be exactly the vector PostgreSQL computes from the row
(`db.fulltext.TSVECTOR_SQL`), for rows the loader vouches for and for those it leaves to the database, through
loads, re-extraction and the migration. SQLite's FTS5 buffers 16 MB of terms before writing a segment."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from db.fulltext import TSVECTOR_SQL, tsvector_text
from tests.db.conftest import _records, fixture_store
from tests.db.test_migrations import _downgraded


def test_plain_words_take_positions_column_after_column():
    assert tsvector_text("bupati lantik bupati", "lantik", "xftinauguration") == \
        "'bupati':1A,3A 'lantik':2A,4B 'xftinauguration':5"
    assert tsvector_text("", "", "") == ""
    assert tsvector_text("", "kota", "") == "'kota':1B"


@pytest.mark.parametrize("body", ["nilai 12e3e4", "angka 1e5", "über alles", "kota  ganda", " awal", "ß",
                                  "a" * 2048, " ".join(["kata"] * 257), " ".join(map(str, range(16383)))])
def test_what_the_parser_reads_its_own_way_is_left_to_the_database(body):
    assert tsvector_text(body, "", "") is None


def _mismatches(conn) -> int:
    return conn.execute(sa.text(f"SELECT count(*) FROM event_search WHERE tsv IS DISTINCT FROM ({TSVECTOR_SQL})")).scalar_one()


@pytest.mark.postgres
def test_the_loaders_vectors_are_the_databases(pg_url):
    from db import Store

    store = Store(pg_url)
    store.sync_regions()
    articles, events = _records("articles.jsonl"), _records("events.jsonl")
    store.load_articles(articles)
    # Words PostgreSQL's parser splits or reads otherwise ("12e3e4" is a number and a word) are its to vector.
    odd = {**events[0], "evidence": events[0]["evidence"] + " Skor 12e3e4, naik 1e5 kali; Übersicht 東京."}
    store.replace_events([a["id"] for a in articles], [odd, *events[1:]], extractor="fixture")
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT body, stems, filters, tsv::text FROM event_search")).all()
        vouched = [tsvector_text(body, stems, filters) for body, stems, filters, _ in rows]
        assert None in vouched and any(vouched)
        assert all(mine == stored for mine, (*_, stored) in zip(vouched, rows, strict=True) if mine is not None)
        assert _mismatches(conn) == 0 and conn.execute(sa.text("SELECT count(*) FROM event_search WHERE tsv IS NULL")).scalar_one() == 0
    # Re-extraction rewrites the rows of changed events (an upsert) by the same rule.
    article = odd["article_id"]
    own = [e for e in events if e["article_id"] == article]
    store.replace_events([article], [{**own[0], "evidence": "Bupati menandatangani 12e3e4 dokumen"}, *own[1:]],
                         extractor="fixture")
    with store.engine.connect() as conn:
        assert _mismatches(conn) == 0
        found = conn.execute(sa.text("SELECT count(*) FROM event_search WHERE tsv @@ 'dokumen'::tsquery")).scalar_one()
        assert found == 1


@pytest.mark.postgres
def test_migration_0017_keeps_the_vectors(pg_url):
    store = fixture_store(pg_url)
    query = sa.text("SELECT event_id, tsv::text FROM event_search ORDER BY event_id")
    generated = sa.text("SELECT is_generated FROM information_schema.columns WHERE table_schema = current_schema() "
                        "AND table_name = 'event_search' AND column_name = 'tsv'")
    with store.engine.connect() as conn:
        stored = conn.execute(query).all()
        assert conn.execute(generated).scalar_one() == "NEVER"
    with _downgraded(store, "0016") as connection:
        assert connection.execute(generated).scalar_one() == "ALWAYS"
        assert connection.execute(query).all() == stored
    with store.engine.connect() as conn:
        assert conn.execute(generated).scalar_one() == "NEVER"
        assert conn.execute(query).all() == stored


def test_migration_0017_lets_sqlite_buffer_more_terms(sqlite_url):
    from db import Store

    store = Store(sqlite_url)
    hashsize = sa.text("SELECT v FROM event_search_config WHERE k = 'hashsize'")
    with store.engine.connect() as conn:
        assert conn.execute(hashsize).scalar_one() == 16 * 1024 * 1024
    with _downgraded(store, "0016") as connection:
        assert connection.execute(hashsize).scalar_one() == 1024 * 1024
    with store.engine.connect() as conn:
        assert conn.execute(hashsize).scalar_one() == 16 * 1024 * 1024
