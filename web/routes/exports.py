"""Every search as a file: `/export.csv`, `/export.xlsx`, `/export.jsonl`, `/export.json`, and `/feed.atom` (an
alert). One row or record per consolidated event, with every report's source."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse

from db import Store
from pantau.catalogue import index_short, type_label
from pantau.regions import regions_by_code
from web.deps import SearchParams, get_store, search_params
from web.exports import (
    EXPORT_COLUMNS,
    TEXT_COLUMNS,
    csv_chunks,
    filename,
    json_default,
    record_json,
    xlsx_rows,
)
from web.presentation import atom_time
from web.rendering import render_text
from web.spreadsheets import XLSX_TYPE, xlsx_bytes

router = APIRouter(tags=["unduhan"])
FEED_SIZE = 50


def _attachment(params: SearchParams, extension: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename(params.q, extension)}"'}


@router.get("/export.csv", summary="Semua peristiwa hasil pencarian sebagai CSV (satu baris per peristiwa)")
def export_csv(params: SearchParams = Depends(search_params), store: Store = Depends(get_store)):
    query = params.query_or_400(facets=False)
    return StreamingResponse(csv_chunks(store.iter_hits(query)), media_type="text/csv; charset=utf-8",
                             headers=_attachment(params, "csv"))


@router.get("/export.xlsx", summary="Semua peristiwa hasil pencarian sebagai lembar kerja (.xlsx, sel bertipe)")
def export_xlsx(params: SearchParams = Depends(search_params), store: Store = Depends(get_store)):
    query = params.query_or_400(facets=False)
    body = xlsx_bytes(EXPORT_COLUMNS, xlsx_rows(store.iter_hits(query)), text_columns=TEXT_COLUMNS)
    return Response(body, media_type=XLSX_TYPE, headers=_attachment(params, "xlsx"))


@router.get("/export.jsonl", summary="Semua peristiwa hasil pencarian sebagai JSON Lines (rekaman lengkap)")
def export_jsonl(params: SearchParams = Depends(search_params), store: Store = Depends(get_store)):
    query = params.query_or_400(facets=False)
    lines = (json.dumps(record_json(hit), ensure_ascii=False, default=json_default) + "\n"
             for hit in store.iter_hits(query))
    return StreamingResponse(lines, media_type="application/x-ndjson; charset=utf-8",
                             headers=_attachment(params, "jsonl"))


@router.get("/export.json", summary="Semua peristiwa hasil pencarian sebagai satu larik JSON")
def export_json(params: SearchParams = Depends(search_params), store: Store = Depends(get_store)):
    query = params.query_or_400(facets=False)

    def chunks() -> Iterator[str]:
        yield "["
        for position, hit in enumerate(store.iter_hits(query)):
            yield ("," if position else "") + json.dumps(record_json(hit), ensure_ascii=False, default=json_default)
        yield "]\n"

    return StreamingResponse(chunks(), media_type="application/json; charset=utf-8",
                             headers=_attachment(params, "json"))


def _feed_title(params: SearchParams) -> str:
    parts = []
    if params.q:
        parts.append(f"“{params.q}”")
    for code in params.regency + params.province:
        region = regions_by_code().get(code)
        parts.append(region.name if region else code)
    parts += [type_label(t) for t in params.type] + [index_short(i) for i in params.index]
    return "pantau: " + (", ".join(parts) if parts else "semua peristiwa")


@router.get("/feed.atom", summary="Feed Atom hasil pencarian: peristiwa terbaru dahulu (langganan)")
def feed(request: Request, params: SearchParams = Depends(search_params), store: Store = Depends(get_store)):
    query = params.query_or_400(sort="loaded", page=1, per_page=FEED_SIZE, facets=False)
    result = store.search(query)
    base = str(request.base_url).rstrip("/")
    updated = max((h.loaded_at for h in result.hits if h.loaded_at), default=None) or dt.datetime.now(dt.UTC)
    xml = render_text(
        "feed.atom.xml", hits=result.hits, base=base, params=params, updated=atom_time(updated), atom_time=atom_time,
        self_url=base + params.url("/feed.atom", page=None, per_page=None, sort=None),
        html_url=base + params.url("/", page=None, per_page=None), title=_feed_title(params))
    return Response(xml, media_type="application/atom+xml; charset=utf-8")
