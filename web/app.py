"""The site journalists and watchdogs use, and its JSON API (FastAPI, server-rendered Jinja2, no JavaScript).

`create_app` opens the store once and puts together the routers of `web/routes/`:
- pages (`routes/pages.py`): `/` search with filters and facets; `/events/{id}` an event with its evidence
  inside the article; `/articles/{id}` an article with its versions; `/archive/{page}` the HTML as fetched
  (sandboxed); `/regions`, `/regions/{code}` a province or a regency (commitments and index values over the
  years); `/compare` one index across regencies for a year; `/about`;
- exports (`routes/exports.py`): `/export.csv`, `/export.jsonl`, `/export.json`, `/feed.atom` of any search;
- API (`routes/api.py`): `/api/events`, `/api/events/{id}`, `/api/regions`, `/api/regions/{code}`, with
  response models (`schemas.py`) in the OpenAPI docs at `/docs` and `/redoc` (`routes/docs.py`, served offline).

    from web.app import create_app
    app = create_app("sqlite:///pantau.db")   # or create_app(store=Store(url))
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.status import HTTP_404_NOT_FOUND, HTTP_405_METHOD_NOT_ALLOWED

from db import Store
from web.guard import RequestGuard, error_response, json_detail, problem_message, wants_json
from web.routes import api, commitments, docs, exports, pages

STATIC = Path(__file__).with_name("static")
# Pages allow only our own stylesheet: no scripts at all, no inline styles, no framing.
PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'")


async def _security_headers(request: Request, call_next):
    response = await call_next(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Content-Security-Policy", PAGE_CSP)  # the docs pages set their own
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


async def _invalid(request: Request, exc: RequestValidationError):
    """A path parameter that fails validation names something that cannot exist: 404, without asking the
    store. A bad query parameter is 422, in Indonesian (the API adds pydantic's errors)."""
    errors = exc.errors()
    if any(e.get("loc", ["query"])[0] == "path" for e in errors):
        return error_response(request, 404, "Halaman tidak ada.")
    message = problem_message(errors)
    if wants_json(request.url.path):
        return JSONResponse(json_detail(message, errors), status_code=422)
    return error_response(request, 422, message)


_STARLETTE_PHRASES = {HTTP_404_NOT_FOUND: "Not Found", HTTP_405_METHOD_NOT_ALLOWED: "Method Not Allowed"}
_STATUS_MESSAGES = {404: "Halaman tidak ada.", 405: "Metode permintaan ini tidak diizinkan di alamat ini."}


async def _http_error(request: Request, exc: HTTPException):
    """Routes raise HTTPException with an Indonesian detail; Starlette's own (404, 405) get one here."""
    ours = isinstance(exc.detail, str) and exc.detail and exc.detail != _STARLETTE_PHRASES.get(exc.status_code)
    message = exc.detail if ours else _STATUS_MESSAGES.get(exc.status_code, "Permintaan tidak dapat dipenuhi.")
    response = error_response(request, exc.status_code, message)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


def create_app(db: str | None = None, store: Store | None = None) -> FastAPI:
    """The site over `store`, or over a Store opened on the URL `db` (resolved by the caller)."""
    if store is None:
        if db is None:
            raise ValueError("create_app needs a store URL or a Store")
        store = Store(db)
    app = FastAPI(title="pantau", version="0.1", docs_url=None, redoc_url=None,  # routes/docs.py serves them
                  description="Peristiwa dari berita pemerintah daerah di Indonesia: penandatanganan komitmen, "
                              "pelantikan pejabat dan laporan nilai indeks, masing-masing dengan kalimat "
                              "buktinya dan alamat beritanya.")
    app.state.store = store
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    docs.mount_assets(app)
    app.add_middleware(RequestGuard)  # inside the security headers: its answers carry them too
    app.middleware("http")(_security_headers)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _http_error)
    for module in (pages, commitments, exports, api, docs):
        app.include_router(module.router)
    return app
