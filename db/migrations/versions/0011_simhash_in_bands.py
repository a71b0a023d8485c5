"""Each SimHash band row carries its article's SimHash

Revision ID: 0011
Revises: 0010

Near-duplicate candidates were found by joining the band rows of a batch's keys to their articles: ~100
stored articles per incoming one at a million events, each read from the article table. With the SimHash in
the band row, the candidates' distances are computed from the band index alone and only the few within
`NEAR_DUPLICATE_BITS` are read from `article` (`db.load.clusters`). On SQLite the table becomes WITHOUT
ROWID, so the rows live in the primary key's order (key, article_id) and a key's candidates are one range.
"""
from alembic import op
import sqlalchemy as sa

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TABLE simhashband_new (key BIGINT NOT NULL, article_id VARCHAR(64) NOT NULL, "
                   "simhash BIGINT, PRIMARY KEY (key, article_id)) WITHOUT ROWID")
        op.execute("INSERT INTO simhashband_new (key, article_id, simhash) SELECT b.key, b.article_id, a.simhash "
                   "FROM simhashband b LEFT JOIN article a ON a.id = b.article_id")
        op.drop_index("ix_simhashband_article_id", table_name="simhashband")
        op.execute("DROP TABLE simhashband")
        op.execute("ALTER TABLE simhashband_new RENAME TO simhashband")
        op.create_index("ix_simhashband_article_id", "simhashband", ["article_id"])
    else:
        op.add_column("simhashband", sa.Column("simhash", sa.BigInteger(), nullable=True))
        op.execute("UPDATE simhashband b SET simhash = a.simhash FROM article a WHERE a.id = b.article_id")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TABLE simhashband_old (key BIGINT NOT NULL, article_id VARCHAR(64) NOT NULL, "
                   "PRIMARY KEY (key, article_id))")
        op.execute("INSERT INTO simhashband_old (key, article_id) SELECT key, article_id FROM simhashband")
        op.drop_index("ix_simhashband_article_id", table_name="simhashband")
        op.execute("DROP TABLE simhashband")
        op.execute("ALTER TABLE simhashband_old RENAME TO simhashband")
        op.create_index("ix_simhashband_article_id", "simhashband", ["article_id"])
    else:
        op.drop_column("simhashband", "simhash")
