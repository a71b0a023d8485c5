"""The HTML pages: search, an event, an article, an archived page, regions, a comparison, about."""

from __future__ import annotations

import re

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response

from db import QueryError, SearchQuery, Store
from pantau.catalogue import index_info, series_key, series_label
from pantau.regions import regions_by_code
from web.about import about_facts
from web.charts import bar_chart, grade_chart
from web.deps import SearchParams, get_store, search_params
from web.guard import ArticleId, EventId, PageId, RegionCode
from web.presentation import iso_date, mark_evidence
from web.rendering import not_found, render
from web.routes.api import event_detail

router = APIRouter(include_in_schema=False)
# The archived page is someone else's HTML: sandboxed (no scripts, no forms, unique origin), no fetches.
ARCHIVE_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, params: SearchParams = Depends(search_params), store: Store = Depends(get_store)):
    error = None
    result = None
    query_regencies: list[str] = []
    try:
        query = params.to_query()
        query_regencies = query.regencies
        result = store.search(query)
    except QueryError as exc:
        error = str(exc)
    stats = store.headline() if not params.filtered else None
    # A page after the last of a search that matches: say so and link back (404: that page does not exist).
    past_end = bool(result and result.total and not result.hits and result.page > result.pages)
    status = 400 if error else 404 if past_end else 200
    return render(request, "search.html", status_code=status, params=params, result=result, error=error,
                  stats=stats, query_regencies=query_regencies, past_end=past_end)


@router.get("/search")
def search_alias(request: Request):
    """`/search?q=…` is where people and browsers' site-search settings look first."""
    query = request.url.query
    return RedirectResponse("/" + (f"?{query}" if query else ""), status_code=301)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: EventId, store: Store = Depends(get_store)):
    if event_id.endswith(".json"):
        detail = event_detail(store, event_id.removesuffix(".json"))
        return JSONResponse(detail.model_dump(mode="json", exclude_unset=True))
    detail = store.event(event_id)
    if detail is None:
        return not_found(request, f"Peristiwa {event_id} tidak ada.")
    evidence = [detail.hit.event.get("evidence") or ""]
    text = mark_evidence(detail.article["text"], evidence) if detail.article else None
    return render(request, "event.html", detail=detail, hit=detail.hit, event=detail.hit.event, text=text)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: ArticleId, store: Store = Depends(get_store)):
    detail = store.article(article_id)
    if detail is None:
        return not_found(request, f"Artikel {article_id} tidak ada.")
    evidence = [h.event.get("evidence") or "" for h in detail.events]
    return render(request, "article.html", detail=detail, article=detail.article,
                  text=mark_evidence(detail.article["text"], evidence))


@router.get("/archive/{page_id}")
def archive(page_id: PageId, view: str = Query("html", pattern="^(html|text)$"), store: Store = Depends(get_store)):
    page = store.raw_page(page_id)
    if page is None:
        raise HTTPException(404, "Tidak ada halaman arsip dengan nomor ini.")
    charset = "utf-8"
    match = re.search(r"charset=([\w-]+)", page.get("content_type") or "")
    if match:
        charset = match.group(1)
    headers = {"Content-Security-Policy": ARCHIVE_CSP, "X-Archived-From": page["url"],
               "X-Archived-At": iso_date(page["fetched_at"]), "Cache-Control": "private, max-age=3600"}
    kind = "text/plain" if view == "text" else "text/html"
    return Response(page["html"], media_type=f"{kind}; charset={charset}", headers=headers)


@router.get("/regions", response_class=HTMLResponse)
def regions_page(request: Request, store: Store = Depends(get_store)):
    by_province: dict[str, int] = {}
    for row in store.stats()["events_by_regency"]:
        by_province[row["code"][:2]] = by_province.get(row["code"][:2], 0) + row["events"]
    return render(request, "regions.html", by_province=by_province)


def _indexes_with_data(store: Store, province: str | None = None) -> list[str]:
    result = store.search(SearchQuery(types=["index_report"], provinces=[province] if province else [], per_page=1))
    return [f.value for f in result.facets.get("index", [])]


@router.get("/regions/{code}", response_class=HTMLResponse)
def region_page(request: Request, code: RegionCode, store: Store = Depends(get_store)):
    region = regions_by_code().get(code)
    if region is None:
        return not_found(request, f"Tidak ada wilayah dengan kode {code}.")
    if region.is_province:
        return render(request, "province.html", summary=store.province_summary(code), province=region,
                      indexes=_indexes_with_data(store, province=code))
    return render(request, "regency.html", summary=store.regency_summary(code), region=region,
                  params=SearchParams(regency=[code]))


def _comparison_chart(rows: list[dict], info, title: str):
    """Bars when every value is a number; when grades rank the table, its graded regions as ordered steps on
    the index's grades (numbers and grades are never drawn on one axis); else none."""
    if rows and all(r["basis"] == "number" for r in rows):
        return bar_chart([(r["name"], [(v.value_number, v.value) for v in r["cell"].values or [r["cell"]]])
                          for r in rows], title=title)
    if rows and rows[0]["basis"] == "category" and info.categories:
        return grade_chart([(r["name"], [v.category for v in r["cell"].values if v.category] or [r["cell"].category])
                            for r in rows if r["basis"] == "category"], info.categories, title=title)
    return ""


@router.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, index: str = Query("spbe", max_length=40),
                 year: str = Query("", pattern=r"^(\d{4})?$"), province: str = Query("", max_length=2),
                 measure: str = Query("", max_length=16), store: Store = Depends(get_store)):
    info = index_info(index)
    if info is None:
        return render(request, "error.html", status_code=400, message=f"Indeks {index!r} tidak dikenal.")
    if measure and measure not in info.measures:
        return render(request, "error.html", status_code=400,
                      message=f"Ukuran {measure!r} tidak dikenal untuk {info.short}.")
    measures = store.index_measures(index)
    chosen_measure = measure or (measures[0] if measures else None)
    years = store.index_years(index)
    chosen = int(year) if year.isdigit() else (years[0] if years else None)
    province_code = province if province in regions_by_code() and len(province) == 2 else None
    rows = store.compare_index(index, chosen, province_code, chosen_measure) if chosen else []
    series = series_key(index, chosen_measure)
    chart = _comparison_chart(rows, info, f"{series_label(series)} {chosen or ''}")
    return render(request, "compare.html", index=index, years=years, year=chosen, province=province_code,
                  rows=rows, chart=chart, measure=chosen_measure, measures=measures, series=series)


@router.get("/about", response_class=HTMLResponse)
def about_page(request: Request, store: Store = Depends(get_store)):
    return render(request, "about.html", facts=about_facts(store))


@router.get("/healthz")
def health():
    return PlainTextResponse("ok")
