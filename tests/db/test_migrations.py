"""The migrations build exactly the tables `db/models.py` declares, plus the full-text index, on both backends."""

from __future__ import annotations

from contextlib import contextmanager

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import db.models  # noqa: F401
from db.engine import alembic_config, get_engine, migrate


def _include(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "table" and (name.startswith("event_search") or name == "alembic_version"))


@contextmanager
def _downgraded(store, revision: str):
    """The store's schema taken down to `revision` in one transaction (yields its connection), then back to head."""
    config = alembic_config(store.url)
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
        yield connection
        command.upgrade(config, "head")


def test_models_match_the_migrated_schema(store_url):
    migrate(store_url)  # idempotent
    with get_engine(store_url).connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _include, "compare_type": False})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_full_text_index_exists_for_the_dialect(store_url):
    engine = get_engine(store_url)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            sql = conn.execute(sa.text("SELECT sql FROM sqlite_master WHERE name = 'event_search'")).scalar_one()
            assert "fts5" in sql and "remove_diacritics" in sql
        else:
            kind = conn.execute(sa.text("SELECT data_type FROM information_schema.columns "
                                        "WHERE table_name = 'event_search' AND column_name = 'tsv'")).scalar_one()
            assert kind == "tsvector"
            index = conn.execute(sa.text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_event_search_tsv'"))
            assert "gin" in index.scalar_one()


def test_migrations_0005_and_0006_key_stored_events_as_a_load_would(loaded_store):
    query = sa.text("SELECT id, story_key, measure, effective_year FROM event ORDER BY id")
    with loaded_store.engine.connect() as conn:
        loaded = conn.execute(query).all()
    with _downgraded(loaded_store, "0004") as connection:
        assert "story_key" not in {c["name"] for c in sa.inspect(connection).get_columns("event")}
    with loaded_store.engine.connect() as conn:
        assert conn.execute(query).all() == loaded
    # The two outlets' reports of one signing share a key; every other event has its own.
    keys = [key for _, key, _, _ in loaded]
    assert len(keys) == 12 and len(set(keys)) == 11


def test_migration_0007_gives_stored_bands_the_keys_a_load_would(loaded_store):
    from db.load.clusters import simhash_bands, stored_band_keys

    query = sa.text("SELECT b.key, b.article_id, a.simhash, a.published FROM simhashband b "
                    "JOIN article a ON a.id = b.article_id ORDER BY b.article_id, b.key")
    with loaded_store.engine.connect() as conn:
        loaded = conn.execute(query).all()
    assert loaded and {(k, a) for k, a, _, _ in loaded} == {
        (key, a) for _, a, simhash, published in loaded for key in stored_band_keys(simhash, _date(published))}
    with _downgraded(loaded_store, "0006") as connection:
        old = connection.execute(query).all()
        assert {(k, a) for k, a, _, _ in old} == {(key, a) for _, a, simhash, _ in old for key in simhash_bands(simhash)}
    with loaded_store.engine.connect() as conn:
        assert conn.execute(query).all() == loaded


def test_migration_0011_puts_each_articles_simhash_in_its_bands(loaded_store):
    query = sa.text("SELECT b.key, b.article_id, b.simhash, a.simhash FROM simhashband b "
                    "JOIN article a ON a.id = b.article_id ORDER BY b.article_id, b.key")
    with loaded_store.engine.connect() as conn:
        loaded = conn.execute(query).all()
    assert loaded and all(band == article for _, _, band, article in loaded)
    with _downgraded(loaded_store, "0010") as connection:
        assert "simhash" not in {c["name"] for c in sa.inspect(connection).get_columns("simhashband")}
    with loaded_store.engine.connect() as conn:
        assert conn.execute(query).all() == loaded


def _date(value):
    import datetime as dt

    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def test_migration_0008_writes_the_filter_tokens_a_load_would(loaded_store):
    """SQLite: the full-text index's `filters` column, rebuilt in SQL by the migration, holds what the loader
    writes (`db.fulltext.filter_terms`); PostgreSQL has no such column."""
    from db.fulltext import filter_terms

    if loaded_store.dialect != "sqlite":
        return
    query = sa.text("SELECT s.event_id, s.filters, e.type, e.agreement_kind, e.province_code, e.regency_code, "
                    "e.index_key, e.effective_year FROM event_search s JOIN event e ON e.id = s.event_id ORDER BY 1")
    with loaded_store.engine.connect() as conn:
        loaded = conn.execute(query).all()
    assert loaded and all(row.filters == filter_terms(dict(row._mapping)) for row in loaded)
    assert any("xfr" in row.filters and "xfy" in row.filters for row in loaded)
    with _downgraded(loaded_store, "0007"):
        pass  # the upgrade back to head rebuilds the column
    with loaded_store.engine.connect() as conn:
        assert conn.execute(query).all() == loaded


def test_stories_per_type_and_region_are_counted_from_an_index_alone(sqlite_url):
    """The about page's counts (distinct story keys per type, per region) read covering indexes (0009), not
    every event row."""
    migrate(sqlite_url)
    with get_engine(sqlite_url).connect() as conn:
        for sql, index in [("SELECT type, count(DISTINCT story_key) FROM event GROUP BY type", "ix_event_type_story"),
                           ("SELECT regency_code, count(DISTINCT story_key) FROM event WHERE regency_code IS NOT NULL "
                            "GROUP BY regency_code", "ix_event_regency_story")]:
            plan = " ".join(row[-1] for row in conn.execute(sa.text("EXPLAIN QUERY PLAN " + sql)))
            assert f"COVERING INDEX {index}" in plan, plan


def test_filtered_searches_sorted_by_date_read_an_index_in_date_order(sqlite_url):
    """A search without words filtered by province or year, newest first, walks (province, date) or (year,
    date) (0010) and stops at its window, instead of reading and sorting every event of the filter."""
    migrate(sqlite_url)
    with get_engine(sqlite_url).connect() as conn:
        for where, index in [("province_code = '35'", "ix_event_province_date"),
                             ("effective_year = 2024", "ix_event_year_date")]:
            sql = f"SELECT story_key FROM event WHERE {where} AND effective_date IS NOT NULL ORDER BY effective_date DESC LIMIT 1001"
            plan = " ".join(row[-1] for row in conn.execute(sa.text("EXPLAIN QUERY PLAN " + sql)))
            assert f"USING INDEX {index}" in plan and "TEMP B-TREE" not in plan, plan
