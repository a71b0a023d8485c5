"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 11:23:51.234051
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('article',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('canonical_url', sa.Text(), nullable=True),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('author', sa.String(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('simhash', sa.BigInteger(), nullable=True),
    sa.Column('cluster_id', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('extra', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_canonical_url'), ['canonical_url'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_content_hash'), ['content_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_source'), ['source'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_updated_at'), ['updated_at'], unique=False)

    op.create_table('articleversion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('article_id', 'version')
    )
    with op.batch_alter_table('articleversion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articleversion_article_id'), ['article_id'], unique=False)

    op.create_table('crawlcursor',
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('watermark', sa.DateTime(timezone=True), nullable=True),
    sa.Column('etag', sa.String(), nullable=True),
    sa.Column('last_modified', sa.String(), nullable=True),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    with op.batch_alter_table('crawlcursor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crawlcursor_source'), ['source'], unique=False)

    op.create_table('crawlurl',
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.Integer(), nullable=True),
    sa.Column('etag', sa.String(), nullable=True),
    sa.Column('last_modified', sa.String(), nullable=True),
    sa.Column('lastmod', sa.DateTime(timezone=True), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('article_id', sa.String(length=64), nullable=True),
    sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_fetched', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_changed', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fetch_count', sa.Integer(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('url')
    )
    with op.batch_alter_table('crawlurl', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crawlurl_last_fetched'), ['last_fetched'], unique=False)
        batch_op.create_index(batch_op.f('ix_crawlurl_source'), ['source'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('type', sa.String(length=24), nullable=False),
    sa.Column('regency_code', sa.String(length=8), nullable=True),
    sa.Column('province_code', sa.String(length=2), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('venue', sa.Text(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('agreement_kind', sa.String(length=24), nullable=True),
    sa.Column('agreement_title', sa.Text(), nullable=True),
    sa.Column('agreement_year', sa.Integer(), nullable=True),
    sa.Column('officials_count', sa.Integer(), nullable=True),
    sa.Column('inaugurated_by', sa.String(), nullable=True),
    sa.Column('index_key', sa.String(length=24), nullable=True),
    sa.Column('index_label', sa.Text(), nullable=True),
    sa.Column('value', sa.String(), nullable=True),
    sa.Column('value_number', sa.Float(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('predicate', sa.String(), nullable=True),
    sa.Column('payload', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('extractor', sa.String(), nullable=True),
    sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_agreement_kind'), ['agreement_kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_index_key'), ['index_key'], unique=False)
        batch_op.create_index('ix_event_index_year', ['index_key', 'year'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_province_code'), ['province_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_regency_code'), ['regency_code'], unique=False)
        batch_op.create_index('ix_event_regency_type', ['regency_code', 'type'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_type'), ['type'], unique=False)

    op.create_table('eventperson',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('eventperson', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eventperson_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_eventperson_name_key'), ['name_key'], unique=False)

    op.create_table('rawpage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.Integer(), nullable=False),
    sa.Column('content_type', sa.String(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('body_gz', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('rawpage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rawpage_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rawpage_content_hash'), ['content_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_rawpage_url'), ['url'], unique=False)

    op.create_table('region',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('short_name', sa.String(), nullable=False),
    sa.Column('province_code', sa.String(length=2), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_region_level'), ['level'], unique=False)
        batch_op.create_index(batch_op.f('ix_region_province_code'), ['province_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_region_short_name'), ['short_name'], unique=False)

    op.create_table('run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('flow', sa.String(length=40), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('stats', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('source',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('domain', sa.String(), nullable=False),
    sa.Column('url', sa.String(), nullable=False),
    sa.Column('region_codes', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('guessed', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_domain'), ['domain'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_domain'))

    op.drop_table('source')
    op.drop_table('run')
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_region_short_name'))
        batch_op.drop_index(batch_op.f('ix_region_province_code'))
        batch_op.drop_index(batch_op.f('ix_region_level'))

    op.drop_table('region')
    with op.batch_alter_table('rawpage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rawpage_url'))
        batch_op.drop_index(batch_op.f('ix_rawpage_content_hash'))
        batch_op.drop_index(batch_op.f('ix_rawpage_article_id'))

    op.drop_table('rawpage')
    with op.batch_alter_table('eventperson', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eventperson_name_key'))
        batch_op.drop_index(batch_op.f('ix_eventperson_event_id'))

    op.drop_table('eventperson')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_type'))
        batch_op.drop_index('ix_event_regency_type')
        batch_op.drop_index(batch_op.f('ix_event_regency_code'))
        batch_op.drop_index(batch_op.f('ix_event_province_code'))
        batch_op.drop_index('ix_event_index_year')
        batch_op.drop_index(batch_op.f('ix_event_index_key'))
        batch_op.drop_index(batch_op.f('ix_event_date'))
        batch_op.drop_index(batch_op.f('ix_event_article_id'))
        batch_op.drop_index(batch_op.f('ix_event_agreement_kind'))

    op.drop_table('event')
    with op.batch_alter_table('crawlurl', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawlurl_source'))
        batch_op.drop_index(batch_op.f('ix_crawlurl_last_fetched'))

    op.drop_table('crawlurl')
    with op.batch_alter_table('crawlcursor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawlcursor_source'))

    op.drop_table('crawlcursor')
    with op.batch_alter_table('articleversion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articleversion_article_id'))

    op.drop_table('articleversion')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_updated_at'))
        batch_op.drop_index(batch_op.f('ix_article_source'))
        batch_op.drop_index(batch_op.f('ix_article_published'))
        batch_op.drop_index(batch_op.f('ix_article_content_hash'))
        batch_op.drop_index(batch_op.f('ix_article_cluster_id'))
        batch_op.drop_index(batch_op.f('ix_article_canonical_url'))

    op.drop_table('article')
