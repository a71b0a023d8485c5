"""full-text search index, effective event dates, SimHash bands

Revision ID: 0002
Revises: 0001

- `event.effective_date` / `effective_year`: the event's date or its article's publication date (filters,
  sorting, the year facet), and an index on `event.loaded_at` (alert feeds list the newest first).
- `simhashband`: banded SimHash for near-duplicate candidate lookup.
- `event_search`: the full-text index over each event's search document (`db/search.py`):
  SQLite: an FTS5 virtual table (unicode61, diacritics removed; the text arrives already folded);
  PostgreSQL: a table with a generated `tsvector` (config `simple`, body weight A, stems weight B) and a GIN index.
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('effective_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('effective_year', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_event_effective_date'), ['effective_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_effective_year'), ['effective_year'], unique=False)
        batch_op.create_index('ix_event_loaded_at', ['loaded_at'], unique=False)

    op.create_table('simhashband',
    sa.Column('key', sa.BigInteger(), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('key', 'article_id')
    )
    with op.batch_alter_table('simhashband', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_simhashband_article_id'), ['article_id'], unique=False)

    if op.get_bind().dialect.name == 'sqlite':
        op.execute(
            "CREATE VIRTUAL TABLE event_search USING fts5("
            "event_id UNINDEXED, body, stems, tokenize = 'unicode61 remove_diacritics 2')"
        )
    else:
        op.execute(
            "CREATE TABLE event_search ("
            " event_id VARCHAR(40) PRIMARY KEY,"
            " body TEXT NOT NULL,"
            " stems TEXT NOT NULL,"
            " tsv tsvector GENERATED ALWAYS AS ("
            "  setweight(to_tsvector('simple'::regconfig, body), 'A') ||"
            "  setweight(to_tsvector('simple'::regconfig, stems), 'B')) STORED)"
        )
        op.execute("CREATE INDEX ix_event_search_tsv ON event_search USING gin (tsv)")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS event_search")
    with op.batch_alter_table('simhashband', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_simhashband_article_id'))
    op.drop_table('simhashband')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_loaded_at')
        batch_op.drop_index(batch_op.f('ix_event_effective_year'))
        batch_op.drop_index(batch_op.f('ix_event_effective_date'))
        batch_op.drop_column('effective_year')
        batch_op.drop_column('effective_date')
