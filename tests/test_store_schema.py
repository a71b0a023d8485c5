import sqlalchemy as sa

from db.engine import get_engine, migrate


def test_migrations_create_every_table_and_are_idempotent(store_url):
    migrate(store_url)  # a second upgrade changes nothing and does not fail
    tables = set(sa.inspect(get_engine(store_url)).get_table_names())
    assert {"region", "source", "article", "articleversion", "rawpage", "event", "eventperson",
            "crawlurl", "crawlcursor", "run"} <= tables
