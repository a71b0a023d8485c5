"""Events as files: full records (JSON, JSON Lines, the API) and flat rows (CSV, .xlsx), for the site's exports
and `pantau search --format`. One definition, so the site and the command line export the same thing.

A row is a consolidated event: the first report's fields, with every report's outlet and URL (`sources`,
`urls`, `reports`) and the fields the reports disagree on (`disputed`), so a spreadsheet counts a story once
and never shows one outlet's figure as if all agreed. Region codes stay text in spreadsheets (74.10 is not
74.1) and no cell runs as a formula (`web.spreadsheets`)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any

from db import Hit
from pantau.records import EVENT_TYPES, TYPE_FIELDS
from pantau.regions import regions_by_code
from web.presentation import summary
from web.spreadsheets import csv_safe, csv_text

XLSX_MAX_ROWS = 1_048_575  # a sheet's rows below its header
# The fields of each event type come from the contract (pantau/records.py), in the order of its types; around
# them, where the event is and every report of it.
EXPORT_COLUMNS = (
    "id", "date", "type", "province_code", "province_name", "regency_code", "regency_name", "summary",
    *(name for kind in EVENT_TYPES for name in TYPE_FIELDS[kind]),
    "disputed", "venue", "people", "evidence", "reports", "sources", "urls", "url", "article_title", "source",
    "published", "article_id",
)
# Codes a spreadsheet would read as numbers ("35.10" -> 35.1): written as text in CSV and .xlsx.
TEXT_COLUMNS = ("province_code", "regency_code")


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


def _province(regency_code: str | None) -> tuple[str | None, str | None]:
    region = regions_by_code().get(regency_code or "")
    if region is None:
        return None, None
    province = regions_by_code().get(region.province_code)
    return region.province_code, (province.name if province else region.province_name)


def _disputed(hit: Hit) -> str:
    """"value: 90 | 94,19" for each field the reports disagree on; empty when they agree."""
    return "; ".join(f"{name}: {' | '.join(values)}" for name, values in hit.disputes.items())


def export_row(hit: Hit) -> dict[str, Any]:
    """One flat row per consolidated event for spreadsheets: lists joined with "; ", people as "name (role)",
    every report's outlet and URL."""
    event = hit.event
    regency = event.get("regency") or {}
    province_code, province_name = _province(regency.get("code"))
    by = event.get("inaugurated_by")
    people = "; ".join(f"{p.get('name')} ({p['role']})" if p.get("role") else str(p.get("name"))
                       for p in hit.people or event.get("people") or [])
    urls = list(dict.fromkeys(r.url or r.article_id for r in hit.reports)) or [hit.url or hit.article_id]
    row = {
        "id": hit.id, "date": event.get("date"), "type": event.get("type"),
        "province_code": province_code, "province_name": province_name,
        "regency_code": regency.get("code"), "regency_name": regency.get("name"),
        "summary": summary(event), "agreement_kind": event.get("agreement_kind"),
        "agreement_title": event.get("agreement_title"), "agreement_year": event.get("agreement_year"),
        "parties": "; ".join(map(str, event.get("parties") or [])), "officials_count": event.get("officials_count"),
        "positions": "; ".join(map(str, event.get("positions") or [])),
        "inaugurated_by": (by.get("name") if isinstance(by, dict) else by), "index": event.get("index"),
        "index_label": event.get("index_label"), "value": event.get("value"), "value_number": event.get("value_number"),
        "year": event.get("year"), "predicate": event.get("predicate"), "disputed": _disputed(hit),
        "venue": event.get("venue"), "people": people, "evidence": event.get("evidence"),
        "reports": max(1, len(hit.reports)), "sources": "; ".join(hit.sources or [hit.source or ""]),
        "urls": " ".join(urls), "url": hit.url, "article_title": hit.title,
        "source": hit.source, "published": hit.published.isoformat() if hit.published else None,
        "article_id": hit.article_id,
    }
    return {k: ("" if v is None else v) for k, v in row.items()}


def csv_cells(row: dict[str, Any]) -> dict[str, Any]:
    """A row as CSV cells: codes kept as text, no cell a formula."""
    return {k: csv_text(v) if k in TEXT_COLUMNS else csv_safe(v) for k, v in row.items()}


def write_csv(hits: Iterable[Hit], stream: IO[str]) -> None:
    writer = csv.DictWriter(stream, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for hit in hits:
        writer.writerow(csv_cells(export_row(hit)))


def csv_chunks(hits: Iterable[Hit], chunk_size: int = 65536) -> Iterator[str]:
    """The CSV export in pieces of about `chunk_size` characters, for streaming responses."""
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
    buffer.write("\ufeff")  # so spreadsheet programs read the file as UTF-8
    writer.writeheader()
    for hit in hits:
        writer.writerow(csv_cells(export_row(hit)))
        if buffer.tell() > chunk_size:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _as_date(value: Any) -> Any:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else value
    except ValueError:
        return value  # a date as the source wrote it stays text


def xlsx_rows(hits: Iterable[Hit], limit: int = XLSX_MAX_ROWS) -> Iterator[dict[str, Any]]:
    """Rows for the .xlsx export: dates as dates (numbers and years are already numbers); at most `limit`,
    one sheet's worth."""
    for position, hit in enumerate(hits):
        if position >= limit:
            return
        row = export_row(hit)
        row["date"], row["published"] = _as_date(row["date"]), _as_date(row["published"])
        yield row


def filename(query_text: str, extension: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", query_text.lower()).strip("-")[:40] or "events"
    return f"pantau-{slug}-{dt.date.today().isoformat()}.{extension}"
