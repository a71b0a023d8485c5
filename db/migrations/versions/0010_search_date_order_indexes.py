"""Filtered searches read in date order from an index

Revision ID: 0010
Revises: 0009

A search without words, filtered by province or by year and sorted newest (or oldest) first, reads its window
of 1,000 events in date order. With single-column indexes on `province_code` and `effective_year` the
database reads every event of the province (tens of thousands at a million events) or of the year (hundreds
of thousands) and sorts them; indexes on (province_code, effective_date) and (effective_year,
effective_date) give them in date order, so it stops after the window. They serve every query that filtered
on the single column too, so they replace those: loads keep the same number of indexes to maintain.
"""
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_province_date", "event", ["province_code", "effective_date"])
    op.create_index("ix_event_year_date", "event", ["effective_year", "effective_date"])
    op.drop_index("ix_event_province_code", table_name="event")
    op.drop_index("ix_event_effective_year", table_name="event")


def downgrade() -> None:
    op.create_index("ix_event_effective_year", "event", ["effective_year"])
    op.create_index("ix_event_province_code", "event", ["province_code"])
    op.drop_index("ix_event_year_date", table_name="event")
    op.drop_index("ix_event_province_date", table_name="event")
