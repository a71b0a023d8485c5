"""SimHash band keys carry the article's publication period

Revision ID: 0007
Revises: 0006

A stored band key becomes `(band << 16 | bits) << 16 | period`, the period being the article's 30-day period
of publication (days since 1970-01-01 // 30 + 1; 0 when undated), so near-duplicate candidates are looked up
in the periods around an article's date instead of across every year (`db.load.clusters`). Keys are first
made negative (unique, and apart from every new key), then rewritten, so no two rows share a key midway.
"""
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        period = ("(SELECT CAST(julianday(a.published) - julianday('1970-01-01') AS INTEGER) / 30 + 1 "
                  "FROM article a WHERE a.id = simhashband.article_id)")
    else:
        period = "(SELECT (a.published - DATE '1970-01-01') / 30 + 1 FROM article a WHERE a.id = simhashband.article_id)"
    op.execute("UPDATE simhashband SET key = -key - 1")
    op.execute(f"UPDATE simhashband SET key = (-key - 1) * 65536 + COALESCE({period}, 0)")


def downgrade() -> None:
    op.execute("UPDATE simhashband SET key = -(key / 65536) - 1")
    op.execute("UPDATE simhashband SET key = -key - 1")
