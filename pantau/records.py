"""The article and event record contracts of `shared/spec/events.md` (field names are binding): the one
definition of the event types, the fields of each type, agreement kinds and index keys that every stage reads."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Any

from pantau.catalogue import index_keys

ARTICLE_FIELDS = ("id", "url", "source", "title", "published", "text")

EVENT_TYPES = ("agreement_signing", "inauguration", "index_report")
COMMON_EVENT_FIELDS = ("article_id", "type", "regency", "date", "venue", "people", "evidence")
TYPE_FIELDS = {
    "agreement_signing": ("agreement_kind", "agreement_title", "agreement_year", "parties"),
    "inauguration": ("officials_count", "positions", "inaugurated_by"),
    "index_report": ("index", "index_label", "value", "value_number", "year", "predicate"),
}
AGREEMENT_KINDS = ("perjanjian_kinerja", "mou", "pks", "pakta_integritas", "nphd", "other")
# The index keys are those of the index catalogue, pantau/data/indices.toml (where a new index starts).
INDEX_KEYS = index_keys()

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date_ok(value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def article_problem(record: dict[str, Any]) -> str | None:
    """Why an input record is not a usable article, or None. Only `text` is required to be present."""
    if "text" not in record:
        return "missing field 'text'"
    if not isinstance(record["text"], str):
        return f"field 'text' must be a string, got {type(record['text']).__name__}"
    if "id" in record and record["id"] is not None and not isinstance(record["id"], str | int):
        return "field 'id' must be a string"
    for key in ("url", "source", "title"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return f"field '{key}' must be a string or null"
    if not _iso_date_ok(record.get("published")):
        return f"field 'published' must be YYYY-MM-DD or null, got {record.get('published')!r}"
    return None


def event_problem(record: dict[str, Any]) -> str | None:
    """Why a record is not a valid event, or None."""
    for key in ("article_id", "type"):
        if not record.get(key):
            return f"missing field '{key}'"
    if record["type"] not in EVENT_TYPES:
        return f"unknown event type {record['type']!r}"
    regency = record.get("regency")
    if regency is not None and not (isinstance(regency, dict) and isinstance(regency.get("code"), str)):
        return "field 'regency' must be null or an object with a 'code'"
    if not _iso_date_ok(record.get("date")):
        return f"field 'date' must be YYYY-MM-DD or null, got {record.get('date')!r}"
    people = record.get("people") or []
    if not isinstance(people, list) or not all(isinstance(p, dict) and p.get("name") for p in people):
        return "field 'people' must be a list of {name, role} objects"
    if record["type"] == "index_report" and record.get("index") not in INDEX_KEYS:
        return f"unknown index key {record.get('index')!r}"
    if record["type"] == "agreement_signing" and record.get("agreement_kind") not in AGREEMENT_KINDS:
        return f"unknown agreement kind {record.get('agreement_kind')!r}"
    return None


def article_id_for_url(url: str) -> str:
    """Stable article id for a canonical URL: the same page keeps its id across crawls and versions."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


# What makes an event itself, per type: never its evidence sentence, its wording or the rule version, so a
# link to an event survives the extractor being improved. The same identity twice in one article (two
# signings of one kind in one year) is told apart by its order among them (`EventIds`).
IDENTITY_FIELDS = {
    "agreement_signing": ("agreement_kind", "agreement_year"),
    "inauguration": ("date",),
    "index_report": ("index", "year", "value"),
}


def _identity_value(event: dict[str, Any], name: str) -> str:
    value = event.get(name)
    if name == "value":
        number = event.get("value_number")
        if isinstance(number, int | float) and not isinstance(number, bool):
            return f"{float(number):g}"
        return " ".join(str(value or "").upper().split())
    return "" if value is None else str(value)


def event_identity(event: dict[str, Any]) -> tuple[str, ...]:
    """(article, type, region, the type's own key fields): what `event_id` is derived from."""
    regency = (event.get("regency") or {}).get("code") or ""
    fields = IDENTITY_FIELDS.get(event.get("type"), ())
    return (str(event.get("article_id")), str(event.get("type")), regency,
            *(_identity_value(event, name) for name in fields))


def event_id(event: dict[str, Any], occurrence: int = 0, identity: tuple[str, ...] | None = None) -> str:
    """Deterministic id of an event: reloading or re-extracting it keeps its id (and its web address), also
    when the extraction rules change its evidence or wording. `occurrence` tells apart events of one
    article with the same identity (0 for the first); `identity` is `event_identity(event)`, if known."""
    key = "\x1f".join(identity or event_identity(event))
    if occurrence:
        key += f"\x1f#{occurrence}"
    return "ev" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:18]  # "ev": not hex, unlike the old ids


class EventIds:
    """Ids for the events of one load, in extraction order: the n-th event of an article with an identity
    already given gets occurrence n. An event repeated exactly (an equal record) gets the id it had."""

    def __init__(self) -> None:
        # identity -> (record, id) of each distinct record with it, in order: a repeat can only share the
        # identity of the record it repeats, so records are compared only within one identity (none serialised).
        self._given: dict[tuple[str, ...], list[tuple[dict[str, Any], str]]] = {}

    def __call__(self, event: dict[str, Any]) -> tuple[str, bool]:
        """(id, first time this exact event is seen in the load)."""
        identity = event_identity(event)
        given = self._given.setdefault(identity, [])
        for record, identifier in given:
            if _same_record(record, event):
                return identifier, False
        identifier = event_id(event, len(given), identity)
        given.append((event, identifier))
        return identifier, True


def _same_record(one: Any, other: Any) -> bool:
    """Equal as JSON records: equal values of the same JSON kinds (1, 1.0 and True are three values)."""
    return one == other and _same_kinds(one, other)  # (`==` in C first: records of one identity mostly differ)


def _same_kinds(one: Any, other: Any) -> bool:
    if type(one) is not type(other):
        return False
    if isinstance(one, dict):
        return one.keys() == other.keys() and all(_same_kinds(v, other[k]) for k, v in one.items())
    if isinstance(one, list | tuple):
        return len(one) == len(other) and all(map(_same_kinds, one, other))
    return one == other
