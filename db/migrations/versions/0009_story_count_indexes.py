"""Stories counted per type and per region from covering indexes

Revision ID: 0009
Revises: 0008

The about page counts distinct story keys per event type and per region. With single-column indexes on
`type` and `regency_code` that reads every event row (seconds at a million events); indexes on (type,
story_key) and (regency_code, story_key) answer it from the index alone and still serve every query that
filtered on `type` or `regency_code`, so they replace the single-column ones: loads keep the same number
of indexes to maintain.
"""
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_type_story", "event", ["type", "story_key"])
    op.create_index("ix_event_regency_story", "event", ["regency_code", "story_key"])
    op.drop_index("ix_event_type", table_name="event")
    op.drop_index("ix_event_regency_code", table_name="event")


def downgrade() -> None:
    op.create_index("ix_event_regency_code", "event", ["regency_code"])
    op.create_index("ix_event_type", "event", ["type"])
    op.drop_index("ix_event_regency_story", table_name="event")
    op.drop_index("ix_event_type_story", table_name="event")
