"""consolidated events: `event.story_key` and `event.measure`

Revision ID: 0005
Revises: 0004

Reports of one event from several articles and outlets share a story key (`db.load.stories`), the unit of
search, counts, charts and exports; `measure` tells an index's quantities apart (inflation month-to-month,
year-on-year, year-to-date). Stored events get theirs here, by the rules of `db.load.stories`.
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('story_key', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('measure', sa.String(length=16), nullable=True))
        batch_op.create_index('ix_event_story_key', ['story_key'], unique=False)
    from db.load.stories import rekey

    rekey(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_story_key')
        batch_op.drop_column('measure')
        batch_op.drop_column('story_key')
