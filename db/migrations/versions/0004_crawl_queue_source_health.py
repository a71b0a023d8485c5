"""crawl queue, source health, run heartbeats, stable event ids

Revision ID: 0004
Revises: 0003

- `queuedarticle`: articles crawled and not yet loaded, written with their URLs' crawl state (exactly once);
- `crawljob`: the sources of a nightly run, claimed by workers, with heartbeats;
- `source`: health (verdict, checks, consecutive failures, last success, last error and its reason);
- `run`: `heartbeat_at` and `owner`, so a run whose process died is marked crashed;
- `eventalias` and new event ids: an event's id no longer depends on its evidence text (see
  `pantau.records.event_id`); every stored event gets its new id and its old id is kept as an alias, so
  links shared before still lead to it. The id scheme is copied here as it was when this ran.
"""
import hashlib
import json

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')
TIME = sa.DateTime(timezone=True)

IDENTITY_FIELDS = {
    "agreement_signing": ("agreement_kind", "agreement_year"),
    "inauguration": ("date",),
    "index_report": ("index", "year", "value"),
}


def _identity(event):
    def value(name):
        if name == "value":
            number = event.get("value_number")
            if isinstance(number, (int, float)) and not isinstance(number, bool):
                return f"{float(number):g}"
            return " ".join(str(event.get("value") or "").upper().split())
        raw = event.get(name)
        return "" if raw is None else str(raw)

    regency = (event.get("regency") or {}).get("code") or ""
    return (str(event.get("article_id")), str(event.get("type")), regency,
            *(value(name) for name in IDENTITY_FIELDS.get(event.get("type"), ())))


def _new_id(event, occurrence):
    key = "\x1f".join(_identity(event)) + (f"\x1f#{occurrence}" if occurrence else "")
    return "ev" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:18]


def _fts_rowid(event_id):
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def upgrade() -> None:
    op.create_table('queuedarticle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('record', JSON, nullable=False),
    sa.Column('queued_at', TIME, nullable=False),
    sa.Column('leased_by', sa.String(), nullable=True),
    sa.Column('leased_until', TIME, nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('queuedarticle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_queuedarticle_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_queuedarticle_source'), ['source'], unique=False)

    op.create_table('crawljob',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('args', JSON, nullable=False),
    sa.Column('host', sa.String(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('worker', sa.String(), nullable=True),
    sa.Column('heartbeat_at', TIME, nullable=True),
    sa.Column('finished_at', TIME, nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('result', JSON, nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('crawljob', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crawljob_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_crawljob_host'), ['host'], unique=False)
        batch_op.create_index('ix_crawljob_run_state', ['run_id', 'state'], unique=False)

    op.create_table('eventalias',
    sa.Column('old_id', sa.String(length=40), nullable=False),
    sa.Column('event_id', sa.String(length=40), nullable=False),
    sa.Column('created_at', TIME, nullable=False),
    sa.PrimaryKeyConstraint('old_id')
    )
    with op.batch_alter_table('eventalias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eventalias_event_id'), ['event_id'], unique=False)

    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.add_column(sa.Column('verdict', sa.String(length=16), nullable=False, server_default='unknown'))
        batch_op.add_column(sa.Column('checked_at', TIME, nullable=True))
        batch_op.add_column(sa.Column('next_check_at', TIME, nullable=True))
        batch_op.add_column(sa.Column('failures', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('last_success_at', TIME, nullable=True))
        batch_op.add_column(sa.Column('last_error', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('last_error_at', TIME, nullable=True))
        batch_op.add_column(sa.Column('last_run_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('last_articles', sa.Integer(), nullable=False, server_default='0'))

    with op.batch_alter_table('run', schema=None) as batch_op:
        batch_op.add_column(sa.Column('heartbeat_at', TIME, nullable=True))
        batch_op.add_column(sa.Column('owner', sa.String(), nullable=True))

    _rewrite_event_ids()


def _rewrite_event_ids() -> None:
    """Give every stored event its new id, in the order extraction would find the events (by where the
    evidence stands in the article), and keep the old id as an alias."""
    bind = op.get_bind()
    sqlite = bind.dialect.name == 'sqlite'
    events = bind.execute(sa.text(
        "SELECT e.id, e.article_id, e.payload, a.text FROM event e LEFT JOIN article a ON a.id = e.article_id "
        "ORDER BY e.article_id, e.id")).all()
    by_article = {}
    for event_id, article_id, payload, text in events:
        payload = json.loads(payload) if isinstance(payload, str) else dict(payload or {})
        payload["article_id"] = article_id
        position = (text or "").find(payload.get("evidence") or "\x00") if payload.get("evidence") else -1
        by_article.setdefault(article_id, []).append((position if position >= 0 else 10 ** 9, event_id, payload))
    alias = sa.table('eventalias', sa.column('old_id'), sa.column('event_id'), sa.column('created_at'))
    for items in by_article.values():
        counts = {}
        for _, old_id, payload in sorted(items, key=lambda item: (item[0], item[1])):
            identity = _identity(payload)
            occurrence = counts.get(identity, 0)
            counts[identity] = occurrence + 1
            new_id = _new_id(payload, occurrence)
            if new_id == old_id:
                continue
            bind.execute(sa.text("UPDATE event SET id = :new WHERE id = :old"), {"new": new_id, "old": old_id})
            bind.execute(sa.text("UPDATE eventperson SET event_id = :new WHERE event_id = :old"),
                         {"new": new_id, "old": old_id})
            if sqlite:
                bind.execute(sa.text("INSERT INTO event_search (rowid, event_id, body, stems) "
                                     "SELECT :rowid, :new, body, stems FROM event_search WHERE rowid = :old_rowid"),
                             {"rowid": _fts_rowid(new_id), "new": new_id, "old_rowid": _fts_rowid(old_id)})
                bind.execute(sa.text("DELETE FROM event_search WHERE rowid = :old_rowid"),
                             {"old_rowid": _fts_rowid(old_id)})
            else:
                bind.execute(sa.text("UPDATE event_search SET event_id = :new WHERE event_id = :old"),
                             {"new": new_id, "old": old_id})
            bind.execute(alias.insert().values(old_id=old_id, event_id=new_id,
                                               created_at=sa.func.current_timestamp()))


def downgrade() -> None:
    with op.batch_alter_table('run', schema=None) as batch_op:
        batch_op.drop_column('owner')
        batch_op.drop_column('heartbeat_at')
    with op.batch_alter_table('source', schema=None) as batch_op:
        for name in ('last_articles', 'last_run_id', 'last_error_at', 'last_error', 'last_success_at', 'failures',
                     'next_check_at', 'checked_at', 'verdict'):
            batch_op.drop_column(name)
    op.drop_table('eventalias')
    op.drop_table('crawljob')
    op.drop_table('queuedarticle')
