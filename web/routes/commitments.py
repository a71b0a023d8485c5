"""`/komitmen`: the commitment tracker, a watchdog's table of every regency/city for one year, and the same
table as CSV, `.xlsx` and an Atom feed of its changes."""

from __future__ import annotations

import csv
import datetime as dt
import io

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from db import Store
from pantau.regions import UnknownRegion, regions_by_code, resolve_province
from web.commitments import COLUMNS, SORTS, TEXT_COLUMNS, export_row, sort_rows
from web.deps import get_store
from web.presentation import atom_time
from web.rendering import render, render_text
from web.spreadsheets import XLSX_TYPE, csv_safe, csv_text, xlsx_bytes

router = APIRouter(tags=["komitmen"])


class Tracker:
    """The tracker's parameters as the URL carries them: `tahun`, `provinsi` (code or name), `urut`."""

    def __init__(self, tahun: str = Query("", max_length=4, description="Tahun (YYYY); bawaan: tahun ini."),
                 provinsi: str = Query("", max_length=60, description="Kode (35) atau nama provinsi; kosong: semua."),
                 urut: str = Query("kode", max_length=12, description="kode | nama | pk | pelantikan | indeks")):
        if tahun and not (tahun.isdigit() and len(tahun) == 4):
            raise HTTPException(400, f"Tahun harus empat angka (YYYY), bukan {tahun!r}.")
        self.year = int(tahun) if tahun else dt.date.today().year
        try:
            self.province = resolve_province(provinsi) if provinsi.strip() else None
        except UnknownRegion as exc:
            raise HTTPException(400, f"Provinsi: {exc}") from exc
        if urut not in SORTS:
            raise HTTPException(400, f"Urutan harus salah satu dari: {', '.join(SORTS)}.")
        self.sort = urut

    def url(self, path: str = "/komitmen", **changes: str | None) -> str:
        values = {"tahun": str(self.year), "provinsi": self.province, "urut": self.sort if self.sort != "kode" else None}
        values.update(changes)
        pairs = [f"{k}={v}" for k, v in values.items() if v]
        return path + ("?" + "&".join(pairs) if pairs else "")

    @property
    def name(self) -> str:
        return regions_by_code()[self.province].name if self.province else "seluruh Indonesia"

    def filename(self, extension: str) -> str:
        return f"pantau-komitmen-{self.year}-{self.province or 'semua'}.{extension}"


@router.get("/komitmen", response_class=HTMLResponse, include_in_schema=False)
def tracker_page(request: Request, tracker: Tracker = Depends(), store: Store = Depends(get_store)):
    rows = sort_rows(store.commitments(tracker.year, tracker.province), tracker.sort)
    found = sum(1 for r in rows if r.performance)
    return render(request, "komitmen.html", tracker=tracker, rows=rows, found=found, sorts=SORTS)


@router.get("/komitmen.csv", summary="Pelacak komitmen sebagai CSV (satu baris per kabupaten/kota)")
def tracker_csv(tracker: Tracker = Depends(), store: Store = Depends(get_store)):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so spreadsheet programs read the file as UTF-8
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for row in sort_rows(store.commitments(tracker.year, tracker.province), tracker.sort):
        flat = export_row(row)
        writer.writerow({k: csv_text(v) if k in TEXT_COLUMNS else csv_safe(v) for k, v in flat.items()})
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{tracker.filename("csv")}"'})


@router.get("/komitmen.xlsx", summary="Pelacak komitmen sebagai lembar kerja (.xlsx, sel bertipe)")
def tracker_xlsx(tracker: Tracker = Depends(), store: Store = Depends(get_store)):
    rows = [export_row(r) for r in sort_rows(store.commitments(tracker.year, tracker.province), tracker.sort)]
    body = xlsx_bytes(COLUMNS, rows, text_columns=TEXT_COLUMNS, sheet=f"komitmen {tracker.year}")
    return Response(body, media_type=XLSX_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="{tracker.filename("xlsx")}"'})


@router.get("/komitmen.atom", summary="Feed Atom perubahan pelacak komitmen: peristiwanya, laporan terbaru dahulu")
def tracker_feed(request: Request, tracker: Tracker = Depends(), store: Store = Depends(get_store)):
    hits = store.commitment_changes(tracker.year, tracker.province)
    base = str(request.base_url).rstrip("/")
    updated = max((h.loaded_at for h in hits if h.loaded_at), default=None) or dt.datetime.now(dt.UTC)
    xml = render_text("feed.atom.xml", hits=hits, base=base, updated=atom_time(updated), atom_time=atom_time,
                      self_url=base + tracker.url("/komitmen.atom", urut=None), html_url=base + tracker.url(),
                      title=f"pantau: komitmen {tracker.year}, {tracker.name}")
    return Response(xml, media_type="application/atom+xml; charset=utf-8")
