"""crawl state: dedup key, article version and publication date per crawled URL

Revision ID: 0003
Revises: 0002

- `crawlurl.url_key`: the URL folded for dedup (scheme, `www.`, trailing slash, tracking parameters), indexed;
- `crawlurl.version`: how many distinct bodies the crawler has seen at the URL (the next change is +1);
- `crawlurl.published`: the article's date, so recent articles are revalidated in a re-check window;
- an index on `crawlurl.content_hash`: the same body at another URL is an exact duplicate.
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('crawlurl', schema=None) as batch_op:
        batch_op.add_column(sa.Column('url_key', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('published', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_crawlurl_url_key'), ['url_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_crawlurl_content_hash'), ['content_hash'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('crawlurl', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawlurl_content_hash'))
        batch_op.drop_index(batch_op.f('ix_crawlurl_url_key'))
        batch_op.drop_column('published')
        batch_op.drop_column('version')
        batch_op.drop_column('url_key')
