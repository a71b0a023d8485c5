"""The JSON API: `/api/events` (search), `/api/events/{id}`, `/api/regions`, `/api/regions/{code}`."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query

from db import Store
from pantau.regions import all_regions, regions_by_code
from web import schemas
from web.deps import SearchParams, get_store, search_params
from web.exports import record_json
from web.guard import EventId, RegionCode

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/events", summary="Cari peristiwa: kata, saringan, jumlah per saringan, halaman",
            response_model=schemas.EventList, response_model_exclude_unset=True)
def api_events(params: SearchParams = Depends(search_params), store: Store = Depends(get_store)):
    result = store.search(params.query_or_400())
    return schemas.EventList(
        total=result.total, total_is_lower_bound=result.capped, page=result.page, per_page=result.per_page, pages=result.pages,
        events=[schemas.EventRecord.model_validate(record_json(h)) for h in result.hits],
        facets={name: [schemas.Facet(value=f.value, label=f.label, count=f.count) for f in values]
                for name, values in result.facets.items()},
        next=params.url("/api/events", page=result.page + 1) if result.page < result.pages else None)


def event_detail(store: Store, event_id: str) -> schemas.EventDetail:
    detail = store.event(event_id)
    if detail is None:
        raise HTTPException(404, f"Peristiwa {event_id} tidak ada.")
    article = dict(detail.article) if detail.article else None
    if article:
        article.pop("simhash", None)
    return schemas.EventDetail(
        event=schemas.EventRecord.model_validate(record_json(detail.hit)),
        article=schemas.StoredArticle.model_validate(article) if article else None,
        other_events=[h.id for h in detail.other_events], same_story=detail.cluster,
        archive=[{**p, "href": f"/archive/{p['id']}"} for p in detail.raw_pages])


@router.get("/events/{event_id}", summary="Satu peristiwa dengan artikelnya, media lain yang memberitakannya, dan arsipnya",
            response_model=schemas.EventDetail, response_model_exclude_unset=True)
def api_event(event_id: EventId, store: Store = Depends(get_store)):
    return event_detail(store, event_id)


@router.get("/regions", summary="Provinsi dan kabupaten/kota dengan kode Kemendagri",
            response_model=list[schemas.RegionItem])
def api_regions(province: str = Query("", max_length=2, pattern=r"^(\d{2})?$",
                                     description="Hanya kabupaten/kota provinsi ini (kode).")):
    return [schemas.RegionItem(code=r.code, level=r.level, name=r.name, province_code=r.province_code)
            for r in all_regions() if not province or r.province_code == province]


def _index_value(cell) -> schemas.IndexValue:
    return schemas.IndexValue(
        value=cell.value, value_number=cell.value_number, predicate=cell.predicate, event_id=cell.event_id,
        reports=cell.reports, other_values=cell.others, measure=cell.measure, category=cell.category,
        disputed=cell.disputed, values=[schemas.ReportedValue(**vars(v)) for v in cell.values])


def _province(store: Store, region) -> schemas.ProvinceSummary:
    summary = store.province_summary(region.code)
    return schemas.ProvinceSummary(code=region.code, name=region.name, level=region.level, regencies=[
        schemas.RegencyCounts.model_validate({"code": r.code, "name": r.name,
                                              **summary["counts"].get(r.code, {"total": 0})})
        for r in summary["regencies"]])


def _regency(store: Store, region) -> schemas.RegencySummary:
    summary = store.regency_summary(region.code)
    return schemas.RegencySummary(
        code=region.code, name=region.name, level=region.level, province_code=region.province_code,
        events_by_type=summary.counts,
        signings_by_year={str(y): kinds for y, kinds in summary.signings.items()},
        inaugurations_by_year={str(y): v for y, v in summary.inaugurations.items()},
        indexes={key: {str(y): _index_value(c) for y, c in years.items()} for key, years in summary.indexes.items()},
        people=summary.people, latest_events=[schemas.EventRecord.model_validate(record_json(h))
                                              for h in summary.latest])


@router.get("/regions/{code}", summary="Komitmen dan nilai indeks kabupaten/kota dari tahun ke tahun; untuk provinsi, kabupaten/kotanya",
            response_model=schemas.RegencySummary | schemas.ProvinceSummary, response_model_exclude_unset=True)
def api_region(code: RegionCode, store: Store = Depends(get_store)):
    region = regions_by_code().get(code)
    if region is None:
        raise HTTPException(404, f"Tidak ada wilayah dengan kode {code}.")
    return _province(store, region) if region.is_province else _regency(store, region)
