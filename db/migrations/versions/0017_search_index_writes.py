"""Cheaper writes of the full-text index: PostgreSQL's `tsv` written by the loader; SQLite's FTS5 buffers more

Revision ID: 0017
Revises: 0016

PostgreSQL: `event_search.tsv` was `GENERATED ALWAYS AS (setweight(to_tsvector('simple', body), 'A') || ...)
STORED`: the parser and three tsvector concatenations cost ~190 us a row on the server, most of a load's time
in `event_search` (3.8 s of a 20,000-event slice's ~7 s COPY into it). The loader now computes the same vector
as text (`db.fulltext.tsvector_text`; the server reads that form in ~40 us) and leaves to the database
(`db.fulltext.TSVECTOR_SQL`) only the rows it cannot vouch for. Stored vectors are kept as they are (DROP
EXPRESSION rewrites nothing).

SQLite: FTS5 writes its pending terms out as a new segment whenever they pass `hashsize` (1 MB by default: a
few thousand documents), and merges those segments again later; with 16 MB a load's 20,000 documents are
about one segment (25% less CPU writing 100,000 documents into a fresh index). Readers are unaffected.
"""
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

_VECTOR = ("setweight(to_tsvector('simple'::regconfig, body), 'A') || "
           "setweight(to_tsvector('simple'::regconfig, stems), 'B') || "
           "setweight(to_tsvector('simple'::regconfig, filters), 'D')")
FTS5_HASHSIZE, FTS5_DEFAULT_HASHSIZE = 16 * 1024 * 1024, 1024 * 1024


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"INSERT INTO event_search (event_search, rank) VALUES ('hashsize', {FTS5_HASHSIZE})")
        return
    op.execute("ALTER TABLE event_search ALTER COLUMN tsv DROP EXPRESSION IF EXISTS")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"INSERT INTO event_search (event_search, rank) VALUES ('hashsize', {FTS5_DEFAULT_HASHSIZE})")
        return
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute("DROP INDEX ix_event_search_tsv")
    op.execute("ALTER TABLE event_search DROP COLUMN tsv")
    op.execute(f"ALTER TABLE event_search ADD COLUMN tsv tsvector GENERATED ALWAYS AS ({_VECTOR}) STORED")
    op.execute("CREATE INDEX ix_event_search_tsv ON event_search USING gin (tsv)")
