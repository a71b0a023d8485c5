"""The site journalists and watchdogs use, and its JSON API (FastAPI, server-rendered Jinja2, no JavaScript).

Pages: `/` search with filters and facets; `/events/{id}` an event with its evidence inside the article;
`/articles/{id}` an article with its versions; `/archive/{page}` the HTML as fetched (sandboxed);
`/regions` provinces; `/regions/{code}` a province or a regency (commitments and index values over the
years); `/compare` one index across regencies for a year. Exports of any search: `/export.csv`,
`/export.jsonl`, `/export.json`, `/feed.atom` (an alert to subscribe to). API: `/api/events`,
`/api/events/{id}`, `/api/regions`, `/api/regions/{code}`; OpenAPI docs at `/docs`.

    from web.app import create_app
    app = create_app("sqlite:///pantau.db")
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from db.search import (
    EXPORT_COLUMNS,
    Hit,
    QueryError,
    SearchQuery,
    agreement_kind_label,
    build_query,
    csv_safe,
    export_row,
    highlight,
    index_name,
    index_short,
    labels,
    summary,
    type_label,
)
from db.store import Store
from pantau.records import AGREEMENT_KINDS, EVENT_TYPES, INDEX_KEYS
from pantau.regions import all_regions, regions_by_code
from web.charts import bar_chart, line_chart

HERE = Path(__file__).parent
SORTS = {"relevance": "Relevansi", "newest": "Terbaru", "oldest": "Terlama", "loaded": "Baru masuk"}
FEED_SIZE = 50

# Pages allow only our own stylesheet: no scripts at all, no inline styles, no framing.
PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'")
# The archived page is someone else's HTML: sandboxed (no scripts, no forms, unique origin), no fetches.
ARCHIVE_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"


# ---------------------------------------------------------------------------------------------- parameters

@dataclass
class SearchParams:
    """The search as the URL carries it (names or codes, as typed), shared by pages, exports, feed and API."""

    q: str = ""
    type: list[str] = field(default_factory=list)
    regency: list[str] = field(default_factory=list)
    province: list[str] = field(default_factory=list)
    index: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    year: list[str] = field(default_factory=list)
    since: str = ""
    until: str = ""
    source: str = ""
    person: str = ""
    sort: str = ""
    page: int = 1
    per_page: int = 20

    def to_query(self, **overrides: Any) -> SearchQuery:
        years = []
        for value in self.year:
            if not re.fullmatch(r"\d{4}", value.strip()):
                raise QueryError(f"year must be YYYY, got {value!r}")
            years.append(int(value))
        kinds = [k for k in self.kind if k]
        for kind in kinds:
            if kind not in AGREEMENT_KINDS:
                raise QueryError(f"unknown agreement kind {kind!r}; use one of {', '.join(AGREEMENT_KINDS)}")
        if self.sort and self.sort not in SORTS:
            raise QueryError(f"sort must be one of {', '.join(SORTS)}")
        options = dict(sort=self.sort or None, page=max(1, self.page), per_page=max(1, min(self.per_page, 200)),
                       years=years, agreement_kinds=kinds, source=self.source or None, person=self.person or None)
        options.update(overrides)
        return build_query(self.q, types=self.type, regency=self.regency, province=self.province,
                           index=self.index, since=self.since or None, until=self.until or None, **options)

    def items(self, **changes: Any) -> list[tuple[str, str]]:
        """Query-string pairs of this search with some values changed (None removes a key)."""
        values: dict[str, Any] = {
            "q": self.q, "type": self.type, "regency": self.regency, "province": self.province, "index": self.index,
            "kind": self.kind, "year": self.year, "since": self.since, "until": self.until, "source": self.source,
            "person": self.person, "sort": self.sort, "page": self.page if self.page != 1 else None,
            "per_page": self.per_page if self.per_page != 20 else None,
        }
        values.update(changes)
        pairs = []
        for key, value in values.items():
            for item in (value if isinstance(value, list) else [value]):
                if item not in (None, ""):
                    pairs.append((key, str(item)))
        return pairs

    def url(self, path: str = "/", **changes: Any) -> str:
        pairs = self.items(**changes)
        return path + ("?" + urlencode(pairs) if pairs else "")

    @property
    def filtered(self) -> bool:
        return any((self.q, self.type, self.regency, self.province, self.index, self.kind, self.year,
                    self.since, self.until, self.source, self.person))


def search_params(
    q: str = Query("", description="Full text: words (all must match), \"a phrase\", prefix*, a OR b, -exclude."),
    type: list[str] = Query([], description="agreement_signing | inauguration | index_report"),  # noqa: A002
    regency: list[str] = Query([], description="Regency/city code (35.16) or name (Kabupaten Mojokerto)."),
    province: list[str] = Query([], description="Province code (35) or name (Jawa Timur, Jatim)."),
    index: list[str] = Query([], description="Index key: sakip, rb, spbe, spi, sistem_merit, ombudsman, mcp, opini_bpk, ipm, ..."),
    kind: list[str] = Query([], description="Agreement kind: perjanjian_kinerja, mou, pks, pakta_integritas, nphd, other."),
    year: list[str] = Query([], description="Year of the event (its date, else the article's)."),
    since: str = Query("", description="Events on or after YYYY-MM-DD (or YYYY-MM, YYYY)."),
    until: str = Query("", description="Events on or before YYYY-MM-DD (or YYYY-MM, YYYY)."),
    source: str = Query("", description="Outlet host, e.g. kabarmojokerto.test."),
    person: str = Query("", description="Part of a person's name."),
    sort: str = Query("", description="relevance | newest | oldest | loaded"),
    page: int = Query(1, ge=1, le=100000),
    per_page: int = Query(20, ge=1, le=200),
) -> SearchParams:
    return SearchParams(q=q, type=type, regency=regency, province=province, index=index, kind=kind, year=year,
                        since=since, until=until, source=source, person=person, sort=sort, page=page,
                        per_page=per_page)


# ---------------------------------------------------------------------------------------------- presentation helpers

def mark_evidence(text: str, evidence: list[str]) -> Markup:
    """The article text, escaped, in paragraphs, with each evidence sentence found in it wrapped in <mark>."""
    spans: list[tuple[int, int]] = []
    for sentence in evidence:
        for piece in [sentence] + re.split(r"(?<=[.!?])\s+", sentence):
            piece = piece.strip()
            if len(piece) < 8:
                continue
            pattern = r"\s+".join(re.escape(word) for word in piece.split())
            for match in re.finditer(pattern, text):
                spans.append(match.span())
            if spans and piece == sentence:
                break
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, cursor = [], 0
    for start, end in merged:
        out.append(str(escape(text[cursor:start])))
        out.append(f'<mark class="evidence">{escape(text[start:end])}</mark>')
        cursor = end
    out.append(str(escape(text[cursor:])))
    html = "".join(out)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", html) if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def key_values(event: dict[str, Any]) -> list[tuple[str, str]]:
    """The fields that tell events of a type apart, as (label, value) pairs for lists and pages."""
    pairs: list[tuple[str, Any]] = []
    kind = event.get("type")
    if kind == "agreement_signing":
        pairs += [("Jenis", agreement_kind_label(event.get("agreement_kind"))),
                  ("Judul", event.get("agreement_title")), ("Tahun", event.get("agreement_year")),
                  ("Pihak", "; ".join(map(str, event.get("parties") or [])))]
    elif kind == "inauguration":
        by = event.get("inaugurated_by") or {}
        pairs += [("Jumlah pejabat", event.get("officials_count")),
                  ("Jabatan", "; ".join(map(str, event.get("positions") or []))),
                  ("Dilantik oleh", (by.get("name", "") + (f", {by['role']}" if by.get("role") else ""))
                   if isinstance(by, dict) else by)]
    elif kind == "index_report":
        short, label = index_short(event.get("index")), event.get("index_label") or index_name(event.get("index"))
        pairs += [("Indeks", short if label.casefold() == short.casefold() else f"{short} — {label}"),
                  ("Nilai", event.get("value")), ("Tahun", event.get("year")), ("Predikat", event.get("predicate"))]
    pairs += [("Tempat", event.get("venue"))]
    return [(label, str(value)) for label, value in pairs if value not in (None, "", [])]


def _fmt_date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value or ""


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".").rstrip("0").rstrip(",")


def _brief(stats: dict[str, Any] | None) -> str:
    """A run's numbers as "articles: 12, events: 30" (nested details are left to the JSON)."""
    return ", ".join(f"{k}: {v}" for k, v in (stats or {}).items() if isinstance(v, int | float | str))


def _index_chart(years: dict[int, Any], title: str) -> Markup:
    return line_chart([(year, cell.value_number) for year, cell in years.items()
                       if year and cell.value_number is not None], title=title)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _record_json(hit: Hit) -> dict[str, Any]:
    record = hit.record()
    record["date_effective"] = hit.date.isoformat() if hit.date else None
    record["loaded_at"] = hit.loaded_at.isoformat() if hit.loaded_at else None
    return record


# ---------------------------------------------------------------------------------------------- the app

def create_app(db: str | None = None, store: Store | None = None) -> FastAPI:
    store = store or Store(db)
    app = FastAPI(title="pantau", version="0.1",
                  description="Events from Indonesian regional-government news: agreement signings, "
                              "inaugurations and index reports, each with the sentence and URL it came from.")
    app.state.store = store
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html", "xml"]),
                      trim_blocks=True, lstrip_blocks=True)
    provinces = [r for r in all_regions() if r.is_province]
    env.globals.update(
        type_label=type_label, index_short=index_short, index_name=index_name, summary=summary,
        agreement_kind_label=agreement_kind_label, highlight=highlight, key_values=key_values, fmt=_fmt_date,
        number=_number, region=lambda code: regions_by_code().get(code or ""), EVENT_TYPES=EVENT_TYPES,
        INDEX_KEYS=INDEX_KEYS, AGREEMENT_KINDS=AGREEMENT_KINDS, SORTS=SORTS, provinces=provinces,
        local_regions=[r for r in all_regions() if not r.is_province], bar_chart=bar_chart, line_chart=line_chart,
        labels=labels, brief=_brief, index_chart=_index_chart,
    )

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith(("/docs", "/redoc")):
            response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
            response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(template).render(request=request, path=request.url.path, **context)
        return HTMLResponse(html, status_code=status_code)

    def not_found(request: Request, message: str) -> HTMLResponse:
        return render(request, "error.html", status_code=404, message=message)

    # ------------------------------------------------------------------ pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, params: SearchParams = Depends(search_params)):
        error = None
        result = None
        query_regencies: list[str] = []
        try:
            query = params.to_query()
            query_regencies = query.regencies
            result = store.search(query)
        except QueryError as exc:
            error = str(exc)
        stats = store.stats() if not params.filtered else None
        return render(request, "search.html", status_code=400 if error else 200, params=params, result=result,
                      error=error, stats=stats, query_regencies=query_regencies)

    @app.get("/search", include_in_schema=False)
    def search_alias(request: Request):
        """`/search?q=…` is where people and browsers' site-search settings look first."""
        query = request.url.query
        return RedirectResponse("/" + (f"?{query}" if query else ""), status_code=301)

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str):
        if event_id.endswith(".json"):
            return api_event(event_id.removesuffix(".json"))
        detail = store.event(event_id)
        if detail is None:
            return not_found(request, f"Peristiwa {event_id} tidak ada.")
        evidence = [detail.hit.event.get("evidence") or ""]
        text = mark_evidence(detail.article["text"], evidence) if detail.article else None
        return render(request, "event.html", detail=detail, hit=detail.hit, event=detail.hit.event, text=text)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        detail = store.article(article_id)
        if detail is None:
            return not_found(request, f"Artikel {article_id} tidak ada.")
        evidence = [h.event.get("evidence") or "" for h in detail.events]
        return render(request, "article.html", detail=detail, article=detail.article,
                      text=mark_evidence(detail.article["text"], evidence))

    @app.get("/archive/{page_id}", include_in_schema=False)
    def archive(page_id: int, view: str = "html"):
        page = store.raw_page(page_id)
        if page is None:
            raise HTTPException(404, "no archived page with this id")
        charset = "utf-8"
        match = re.search(r"charset=([\w-]+)", page.get("content_type") or "")
        if match:
            charset = match.group(1)
        headers = {"Content-Security-Policy": ARCHIVE_CSP, "X-Archived-From": page["url"],
                   "X-Archived-At": _fmt_date(page["fetched_at"]), "Cache-Control": "private, max-age=3600"}
        if view == "text":
            return Response(page["html"], media_type=f"text/plain; charset={charset}", headers=headers)
        return Response(page["html"], media_type=f"text/html; charset={charset}", headers=headers)

    @app.get("/regions", response_class=HTMLResponse, include_in_schema=False)
    def regions_page(request: Request):
        stats = store.stats()
        by_province: dict[str, int] = {}
        for row in stats["events_by_regency"]:
            by_province[row["code"][:2]] = by_province.get(row["code"][:2], 0) + row["events"]
        return render(request, "regions.html", by_province=by_province)

    @app.get("/regions/{code}", response_class=HTMLResponse, include_in_schema=False)
    def region_page(request: Request, code: str):
        region = regions_by_code().get(code)
        if region is None:
            return not_found(request, f"Tidak ada wilayah dengan kode {code}.")
        if region.is_province:
            summary_ = store.province_summary(code)
            indexes = _indexes_with_data(store, province=code)
            return render(request, "province.html", summary=summary_, province=region, indexes=indexes)
        summary_ = store.regency_summary(code)
        return render(request, "regency.html", summary=summary_, region=region,
                      params=SearchParams(regency=[code]))

    @app.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_page(request: Request, index: str = "spbe", year: str = "", province: str = ""):
        if index not in INDEX_KEYS:
            return render(request, "error.html", status_code=400, message=f"Indeks {index!r} tidak dikenal.")
        years = store.index_years(index)
        chosen = int(year) if year.isdigit() else (years[0] if years else None)
        province_code = province if province in regions_by_code() and len(province) == 2 else None
        rows = store.compare_index(index, chosen, province_code) if chosen else []
        chart = bar_chart([(r["name"], r["cell"].value_number) for r in rows if r["cell"].value_number is not None],
                          title=f"{index_short(index)} {chosen or ''}")
        return render(request, "compare.html", index=index, years=years, year=chosen, province=province_code,
                      rows=rows, chart=chart)

    @app.get("/about", response_class=HTMLResponse, include_in_schema=False)
    def about_page(request: Request):
        return render(request, "about.html", stats=store.stats(), runs=store.recent_runs(10),
                      sources=len(store.sources()))

    # ------------------------------------------------------------------ exports and feed
    def _query_or_400(params: SearchParams, **overrides: Any) -> SearchQuery:
        try:
            return params.to_query(**overrides)
        except QueryError as exc:
            raise HTTPException(400, str(exc)) from exc

    def _filename(params: SearchParams, extension: str) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", params.q.lower()).strip("-")[:40] or "events"
        return f"pantau-{slug}-{dt.date.today().isoformat()}.{extension}"

    @app.get("/export.csv", tags=["exports"], summary="Every event of a search as CSV (one row per event)")
    def export_csv(params: SearchParams = Depends(search_params)):
        query = _query_or_400(params, facets=False)

        def rows() -> Iterator[str]:
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
            buffer.write("\ufeff")  # so spreadsheet programs read the file as UTF-8
            writer.writeheader()
            for hit in store.iter_hits(query):
                writer.writerow({k: csv_safe(v) for k, v in export_row(hit).items()})
                if buffer.tell() > 65536:
                    yield buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
            yield buffer.getvalue()

        return StreamingResponse(rows(), media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": f'attachment; filename="{_filename(params, "csv")}"'})

    @app.get("/export.jsonl", tags=["exports"], summary="Every event of a search as JSON Lines (full records)")
    def export_jsonl(params: SearchParams = Depends(search_params)):
        query = _query_or_400(params, facets=False)
        lines = (json.dumps(_record_json(hit), ensure_ascii=False, default=_json_default) + "\n"
                 for hit in store.iter_hits(query))
        return StreamingResponse(lines, media_type="application/x-ndjson; charset=utf-8", headers={
            "Content-Disposition": f'attachment; filename="{_filename(params, "jsonl")}"'})

    @app.get("/export.json", tags=["exports"], summary="Every event of a search as one JSON array")
    def export_json(params: SearchParams = Depends(search_params)):
        query = _query_or_400(params, facets=False)

        def chunks() -> Iterator[str]:
            yield "["
            for position, hit in enumerate(store.iter_hits(query)):
                yield ("," if position else "") + json.dumps(_record_json(hit), ensure_ascii=False,
                                                             default=_json_default)
            yield "]\n"

        return StreamingResponse(chunks(), media_type="application/json; charset=utf-8", headers={
            "Content-Disposition": f'attachment; filename="{_filename(params, "json")}"'})

    @app.get("/feed.atom", tags=["exports"], summary="Atom feed of a search: the newest events first (an alert)")
    def feed(request: Request, params: SearchParams = Depends(search_params)):
        query = _query_or_400(params, sort="loaded", page=1, per_page=FEED_SIZE, facets=False)
        result = store.search(query)
        base = str(request.base_url).rstrip("/")
        updated = max((h.loaded_at for h in result.hits if h.loaded_at), default=None) or dt.datetime.now(dt.UTC)
        xml = env.get_template("feed.atom.xml").render(
            hits=result.hits, base=base, params=params, updated=_atom_time(updated), atom_time=_atom_time,
            self_url=base + params.url("/feed.atom", page=None, per_page=None, sort=None),
            html_url=base + params.url("/", page=None, per_page=None),
            title=_feed_title(params))
        return Response(xml, media_type="application/atom+xml; charset=utf-8")

    # ------------------------------------------------------------------ JSON API
    @app.get("/api/events", tags=["api"], summary="Search events: full text, filters, facets, pagination")
    def api_events(params: SearchParams = Depends(search_params)):
        result = store.search(_query_or_400(params))
        return JSONResponse(json.loads(json.dumps({
            "total": result.total, "page": result.page, "per_page": result.per_page, "pages": result.pages,
            "events": [_record_json(h) for h in result.hits],
            "facets": {name: [{"value": f.value, "label": f.label, "count": f.count} for f in values]
                       for name, values in result.facets.items()},
            "next": params.url("/api/events", page=result.page + 1) if result.page < result.pages else None,
        }, default=_json_default)))

    @app.get("/api/events/{event_id}", tags=["api"], summary="One event with its article, cluster and archive")
    def api_event(event_id: str):
        detail = store.event(event_id)
        if detail is None:
            raise HTTPException(404, f"no event {event_id}")
        article = dict(detail.article) if detail.article else None
        if article:
            article.pop("simhash", None)
        return JSONResponse(json.loads(json.dumps({
            "event": _record_json(detail.hit), "article": article,
            "other_events": [h.id for h in detail.other_events],
            "same_story": detail.cluster,
            "archive": [{**p, "href": f"/archive/{p['id']}"} for p in detail.raw_pages],
        }, default=_json_default)))

    @app.get("/api/regions", tags=["api"], summary="Provinces and regencies/cities with Kemendagri codes")
    def api_regions(province: str = Query("", description="Only this province's regencies (code).")):
        return [{"code": r.code, "level": r.level, "name": r.name, "province_code": r.province_code}
                for r in all_regions() if not province or r.province_code == province]

    @app.get("/api/regions/{code}", tags=["api"], summary="A regency's commitments and index values over the years")
    def api_region(code: str):
        region = regions_by_code().get(code)
        if region is None:
            raise HTTPException(404, f"no region {code}")
        if region.is_province:
            summary_ = store.province_summary(code)
            return JSONResponse(json.loads(json.dumps({
                "code": code, "name": region.name, "level": region.level,
                "regencies": [{"code": r.code, "name": r.name, **summary_["counts"].get(r.code, {"total": 0})}
                              for r in summary_["regencies"]]}, default=_json_default)))
        summary_ = store.regency_summary(code)
        return JSONResponse(json.loads(json.dumps({
            "code": code, "name": region.name, "level": region.level, "province_code": region.province_code,
            "events_by_type": summary_.counts,
            "signings_by_year": {str(y): kinds for y, kinds in summary_.signings.items()},
            "inaugurations_by_year": {str(y): v for y, v in summary_.inaugurations.items()},
            "indexes": {key: {str(y): {"value": c.value, "value_number": c.value_number, "predicate": c.predicate,
                                       "event_id": c.event_id, "reports": c.reports, "other_values": c.others}
                              for y, c in years.items()} for key, years in summary_.indexes.items()},
            "people": summary_.people,
            "latest_events": [_record_json(h) for h in summary_.latest],
        }, default=_json_default)))

    @app.get("/healthz", include_in_schema=False)
    def health():
        return PlainTextResponse("ok")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        if _wants_json(request):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        problems = "; ".join(f"{'.'.join(map(str, e.get('loc', [])[1:]))}: {e.get('msg')}" for e in exc.errors())
        return render(request, "error.html", status_code=400, message=f"Alamat tidak valid: {problems}")

    @app.exception_handler(404)
    async def missing(request: Request, exc):
        if _wants_json(request):
            return JSONResponse({"detail": getattr(exc, "detail", "not found")}, status_code=404)
        return not_found(request, "Halaman tidak ada.")

    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(("/api/", "/archive/")) or \
        request.url.path.endswith((".json", ".jsonl", ".csv", ".atom"))


def _indexes_with_data(store: Store, province: str | None = None) -> list[str]:
    result = store.search(SearchQuery(types=["index_report"], provinces=[province] if province else [],
                                      per_page=1))
    return [f.value for f in result.facets.get("index", [])]


def _atom_time(value: dt.datetime | dt.date) -> str:
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time(), dt.UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _feed_title(params: SearchParams) -> str:
    parts = []
    if params.q:
        parts.append(f"“{params.q}”")
    for code in params.regency + params.province:
        region = regions_by_code().get(code)
        parts.append(region.name if region else code)
    parts += [type_label(t) for t in params.type] + [index_short(i) for i in params.index]
    return "pantau: " + (", ".join(parts) if parts else "semua peristiwa")
