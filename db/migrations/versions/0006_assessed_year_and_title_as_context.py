"""the year of an index report is the year assessed; the article title ranks below the event's own words

Revision ID: 0006
Revises: 0005

- `event.effective_year` (the year filter and facet) of an index report that names the year assessed is
  that year, not the year it was reported in (SAKIP 2018 finds the values assessed for 2018);
- search documents: the article's title is indexed as context (in `stems` only, the column that weighs
  less), so an event whose own fields and evidence match ranks above one whose headline does.
Both are recomputed for stored events by `db.load.events.refresh_article_events`.
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from db.load.events import refresh_article_events

    bind = op.get_bind()
    article_ids = [a for (a,) in bind.execute(sa.text("SELECT DISTINCT article_id FROM event ORDER BY article_id"))]
    refresh_article_events(bind, article_ids)


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE event SET effective_year = CAST(strftime('%Y', effective_date) AS INTEGER)"
                         if bind.dialect.name == "sqlite" else
                         "UPDATE event SET effective_year = EXTRACT(YEAR FROM effective_date)::int"))
