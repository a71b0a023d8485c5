"""Events as files: full records (JSON, JSON Lines, the API) and flat rows (CSV), for the site's exports and
`pantau search --format`. One definition, so the site and the command line export the same thing."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any

from db import Hit
from pantau.records import EVENT_TYPES, TYPE_FIELDS
from web.presentation import summary

# The fields of each event type come from the contract (pantau/records.py), in the order of its types.
EXPORT_COLUMNS = (
    "id", "date", "type", "regency_code", "regency_name", "summary",
    *(name for kind in EVENT_TYPES for name in TYPE_FIELDS[kind]),
    "venue", "people", "evidence", "url", "article_title", "source", "published", "article_id",
)


def record_json(hit: Hit) -> dict[str, Any]:
    """The event record plus its provenance and the dates the store works with (JSON-ready)."""
    record = hit.record()
    record["date_effective"] = hit.date.isoformat() if hit.date else None
    record["loaded_at"] = hit.loaded_at.isoformat() if hit.loaded_at else None
    return record


def json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def export_row(hit: Hit) -> dict[str, Any]:
    """One flat row per event for spreadsheets (CSV): lists joined with "; ", people as "name (role)"."""
    event = hit.event
    regency = event.get("regency") or {}
    by = event.get("inaugurated_by")
    people = "; ".join(f"{p.get('name')} ({p['role']})" if p.get("role") else str(p.get("name"))
                       for p in event.get("people") or [])
    row = {
        "id": hit.id, "date": event.get("date"),
        "type": event.get("type"), "regency_code": regency.get("code"), "regency_name": regency.get("name"),
        "summary": summary(event), "agreement_kind": event.get("agreement_kind"),
        "agreement_title": event.get("agreement_title"), "agreement_year": event.get("agreement_year"),
        "parties": "; ".join(map(str, event.get("parties") or [])), "officials_count": event.get("officials_count"),
        "positions": "; ".join(map(str, event.get("positions") or [])),
        "inaugurated_by": (by.get("name") if isinstance(by, dict) else by), "index": event.get("index"),
        "index_label": event.get("index_label"), "value": event.get("value"), "value_number": event.get("value_number"),
        "year": event.get("year"), "predicate": event.get("predicate"), "venue": event.get("venue"),
        "people": people, "evidence": event.get("evidence"), "url": hit.url, "article_title": hit.title,
        "source": hit.source, "published": hit.published.isoformat() if hit.published else None,
        "article_id": hit.article_id,
    }
    return {k: ("" if v is None else v) for k, v in row.items()}


def csv_safe(value: Any) -> Any:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading quote keeps them text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(hits: Iterable[Hit], stream: IO[str]) -> None:
    writer = csv.DictWriter(stream, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for hit in hits:
        writer.writerow({k: csv_safe(v) for k, v in export_row(hit).items()})


def csv_chunks(hits: Iterable[Hit], chunk_size: int = 65536) -> Iterator[str]:
    """The CSV export in pieces of about `chunk_size` characters, for streaming responses."""
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
    buffer.write("\ufeff")  # so spreadsheet programs read the file as UTF-8
    writer.writeheader()
    for hit in hits:
        writer.writerow({k: csv_safe(v) for k, v in export_row(hit).items()})
        if buffer.tell() > chunk_size:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def filename(query_text: str, extension: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", query_text.lower()).strip("-")[:40] or "events"
    return f"pantau-{slug}-{dt.date.today().isoformat()}.{extension}"
