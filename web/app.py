"""The site journalists and watchdogs use, and its JSON API (FastAPI, server-rendered Jinja2, no JavaScript).

`create_app` opens the store once and puts together the routers of `web/routes/`:
- pages (`routes/pages.py`): `/` search with filters and facets; `/events/{id}` an event with its evidence
  inside the article; `/articles/{id}` an article with its versions; `/archive/{page}` the HTML as fetched
  (sandboxed); `/regions`, `/regions/{code}` a province or a regency (commitments and index values over the
  years); `/compare` one index across regencies for a year; `/about`;
- exports (`routes/exports.py`): `/export.csv`, `/export.jsonl`, `/export.json`, `/feed.atom` of any search;
- API (`routes/api.py`): `/api/events`, `/api/events/{id}`, `/api/regions`, `/api/regions/{code}`, with
  response models (`schemas.py`) in the OpenAPI docs at `/docs`.

    from web.app import create_app
    app = create_app("sqlite:///pantau.db")   # or create_app(store=Store(url))
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from db import Store
from web.rendering import not_found, render
from web.routes import api, exports, pages

STATIC = Path(__file__).with_name("static")
# Pages allow only our own stylesheet: no scripts at all, no inline styles, no framing.
PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(("/api/", "/archive/")) or \
        request.url.path.endswith((".json", ".jsonl", ".csv", ".atom"))


async def _security_headers(request: Request, call_next):
    response = await call_next(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if not request.url.path.startswith(("/docs", "/redoc")):
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers.setdefault("X-Frame-Options", "DENY")
    return response


async def _invalid(request: Request, exc: RequestValidationError):
    if _wants_json(request):
        return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
    problems = "; ".join(f"{'.'.join(map(str, e.get('loc', [])[1:]))}: {e.get('msg')}" for e in exc.errors())
    return render(request, "error.html", status_code=400, message=f"Alamat tidak valid: {problems}")


async def _missing(request: Request, exc):
    if _wants_json(request):
        return JSONResponse({"detail": getattr(exc, "detail", "not found")}, status_code=404)
    return not_found(request, "Halaman tidak ada.")


def create_app(db: str | None = None, store: Store | None = None) -> FastAPI:
    """The site over `store`, or over a Store opened on the URL `db` (resolved by the caller)."""
    if store is None:
        if db is None:
            raise ValueError("create_app needs a store URL or a Store")
        store = Store(db)
    app = FastAPI(title="pantau", version="0.1",
                  description="Events from Indonesian regional-government news: agreement signings, "
                              "inaugurations and index reports, each with the sentence and URL it came from.")
    app.state.store = store
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.middleware("http")(_security_headers)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(404, _missing)
    for module in (pages, exports, api):
        app.include_router(module.router)
    return app
