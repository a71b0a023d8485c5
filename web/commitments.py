"""The commitment tracker as a table and as files: one row per regency/city, the cells read from the
consolidated events of `Store.commitments`, with "not found in the sources" said as such."""

from __future__ import annotations

from typing import Any

from db import CommitmentRow
from pantau.catalogue import agreement_kind_label, index_measure, series_key, series_label
from pantau.regions import regions_by_code
from web.presentation import number

NOT_FOUND = "tidak ditemukan di sumber"
SORTS = {"kode": "kode wilayah", "nama": "nama", "pk": "Perjanjian Kinerja belum ditemukan dulu",
         "pelantikan": "pelantikan terbanyak", "indeks": "nilai indeks terbanyak"}
COLUMNS = (
    "regency_code", "regency_name", "province_code", "province_name", "year", "perjanjian_kinerja",
    "perjanjian_kinerja_date", "perjanjian_kinerja_signatories", "perjanjian_kinerja_sources", "other_agreements",
    "other_agreements_detail", "inaugurations", "officials_inaugurated", "index_results", "disputed", "sources",
)
TEXT_COLUMNS = ("regency_code", "province_code")


def sort_rows(rows: list[CommitmentRow], key: str) -> list[CommitmentRow]:
    if key == "nama":
        return sorted(rows, key=lambda r: (r.region.short_name, r.region.code))
    if key == "pk":
        return sorted(rows, key=lambda r: (bool(r.performance), r.region.code))
    if key == "pelantikan":
        return sorted(rows, key=lambda r: (-len(r.inaugurations), -r.officials, r.region.code))
    if key == "indeks":
        return sorted(rows, key=lambda r: (-len(r.indexes), r.region.code))
    return sorted(rows, key=lambda r: r.region.code)


def signatories(hit: Any) -> list[str]:
    """Who signed, from every report: the people with their roles, then the parties as written."""
    people = [f"{p['name']} ({p['role']})" if p.get("role") else p["name"] for p in hit.people]
    parties = [str(p) for r in hit.reports for p in r.event.get("parties") or [] if p]
    return list(dict.fromkeys(people + parties))


def index_result(hit: Any) -> str:
    """ "SAKIP: 72,15 (BB)"; a disputed value gives every value reported."""
    event = hit.event
    measure = index_measure(event.get("index"), str(event.get("value") or ""), event.get("evidence"),
                            event.get("index_label"))
    label = series_label(series_key(event.get("index"), measure)) if event.get("index") != "other" else \
        (event.get("index_label") or "indeks lain")
    values = hit.disputes.get("value") or [event.get("value") or number(event.get("value_number"))]
    text = f"{label}: {' / '.join(str(v) for v in values)}"
    if event.get("predicate") and "value" not in hit.disputes:
        text += f" ({event['predicate']})"
    return text + (" [sumber berbeda]" if hit.disputes else "")


def _urls(hits: list[Any]) -> list[str]:
    return list(dict.fromkeys(r.url or r.article_id for h in hits for r in h.reports))


def export_row(row: CommitmentRow) -> dict[str, Any]:
    """One flat row for CSV and .xlsx."""
    province = regions_by_code().get(row.region.province_code)
    found = row.performance
    every = found + row.agreements + row.inaugurations + row.indexes
    return {
        "regency_code": row.region.code, "regency_name": row.region.name, "province_code": row.region.province_code,
        "province_name": province.name if province else "", "year": row.year,
        "perjanjian_kinerja": "ditemukan" if found else NOT_FOUND,
        "perjanjian_kinerja_date": "; ".join(h.date.isoformat() for h in found if h.date),
        "perjanjian_kinerja_signatories": "; ".join(s for h in found for s in signatories(h)),
        "perjanjian_kinerja_sources": " ".join(_urls(found)),
        "other_agreements": len(row.agreements),
        "other_agreements_detail": "; ".join(
            f"{agreement_kind_label(h.event.get('agreement_kind'))}" + (f" ({h.date.isoformat()})" if h.date else "")
            for h in row.agreements),
        "inaugurations": len(row.inaugurations), "officials_inaugurated": row.officials,
        "index_results": "; ".join(index_result(h) for h in row.indexes),
        "disputed": "ya" if any(h.disputes for h in every) else "",
        "sources": " ".join(_urls(every)),
    }
