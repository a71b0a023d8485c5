"""Two event indexes no query uses

Revision ID: 0012
Revises: 0011

Every index on `event` is written at each load: at a million events a load's inserts touch pages all over
each of them. `ix_event_index_key` is the first column of `ix_event_index_year` (index_key, year), which
serves every lookup it did; `ix_event_date` serves nothing: searches, sorts and bounds use `effective_date`,
and `date` is only read from rows found by other means.
"""
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_event_index_key", table_name="event")
    op.drop_index("ix_event_date", table_name="event")


def downgrade() -> None:
    op.create_index("ix_event_date", "event", ["date"])
    op.create_index("ix_event_index_key", "event", ["index_key"])
