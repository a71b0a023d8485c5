"""Old event ids that lead to current events (`EventAlias`), so an `/events/ID` link shared by a journalist
keeps working when an event's id changes: the id scheme changed (migration 0004), or re-extraction read an
event differently (its value corrected, its date found).

When `replace_events` drops an event of an article, the event of the same article, type, region and kind
(agreement kind, or index) that replaces it inherits the old id as an alias; aliases that pointed to the
dropped event follow it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from db.models import Event, EventAlias
from pantau.records import event_identity

ALIASES = EventAlias.__table__
EVENTS = Event.__table__
MAX_HOPS = 8


def _family(event: dict[str, Any]) -> tuple[str, ...]:
    """Article, type, region and the first key field (agreement kind, or index): what a corrected event
    still shares with the event it replaces."""
    return event_identity(event)[:4] if event.get("type") != "inauguration" else event_identity(event)[:3]


def record_aliases(conn, dropped: list[tuple[str, Any]], kept: dict[str, dict[str, Any]]) -> int:
    """Alias each dropped `(id, payload)` to the kept event of its family, when there is one."""
    if not dropped:
        return 0
    families: dict[tuple[str, ...], str] = {}
    for identifier, event in kept.items():
        families.setdefault(_family(event), identifier)
    pairs = []
    for old_id, payload in dropped:
        payload = dict(payload or {})
        successor = families.get(_family(payload))
        if successor and successor != old_id:
            pairs.append((old_id, successor))
    if not pairs:
        return 0
    stamp = dt.datetime.now(dt.UTC)
    for old_id, successor in pairs:
        conn.execute(ALIASES.update().where(ALIASES.c.event_id == old_id).values(event_id=successor))
        conn.execute(ALIASES.delete().where(ALIASES.c.old_id == old_id))
        conn.execute(ALIASES.insert().values(old_id=old_id, event_id=successor, created_at=stamp))
    # An id that is an event again is no alias.
    conn.execute(ALIASES.delete().where(ALIASES.c.old_id.in_(list(kept))))
    return len(pairs)


def current_event_id(conn, identifier: str) -> str | None:
    """The stored event an id leads to (itself, or through aliases), or None."""
    seen = set()
    while identifier and identifier not in seen and len(seen) < MAX_HOPS:
        seen.add(identifier)
        if conn.execute(sa.select(EVENTS.c.id).where(EVENTS.c.id == identifier)).first():
            return identifier
        identifier = conn.execute(sa.select(ALIASES.c.event_id).where(ALIASES.c.old_id == identifier)).scalar()
    return None
