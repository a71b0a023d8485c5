"""PostgreSQL: the SimHash bands' primary key carries the SimHash, so near-duplicate candidates are an index lookup

Revision ID: 0018
Revises: 0017

A load asks for the band rows of ~10,000 keys per 500 articles (`db.load.clusters`). PostgreSQL answered
`key = ANY(keys)` with a scan of all of `simhashband` (its planner costs one index descent per key above a scan),
~150 ms per 500 articles at a million events, growing with the store. The primary key (key, article_id) now
INCLUDEs `simhash`, and the loader joins the keys to the table, so each key is one descent of the index, answered
from the index's entries alone (~30 ms, growing with the matches, not the store). SQLite: nothing (`simhashband`
is WITHOUT ROWID: its rows are already the primary key's entries).
"""
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def _primary_key(covering: bool) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute("ALTER TABLE simhashband DROP CONSTRAINT simhashband_pkey")
    op.execute("ALTER TABLE simhashband ADD CONSTRAINT simhashband_pkey PRIMARY KEY (key, article_id)"
               + (" INCLUDE (simhash)" if covering else ""))


def upgrade() -> None:
    _primary_key(True)


def downgrade() -> None:
    _primary_key(False)
