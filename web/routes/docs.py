"""The API's documentation page, offline: Swagger UI (`/docs`) loads its script and stylesheet from this site
(`/docs-assets/`, the files the `fastapi-offline` package ships), never from a CDN, and starts from a script
file of ours (`static/docs/swagger-init.js`), so its CSP allows scripts and styles from 'self' only.
ReDoc is not served: it writes inline styles, which that CSP refuses; `/redoc` leads to `/docs`."""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from web.rendering import render

router = APIRouter(include_in_schema=False)
ASSETS = "/docs-assets"
# The site's CSP plus what Swagger UI needs: its script file and fetches of /openapi.json and of "Try it out".
DOCS_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def mount_assets(app: FastAPI) -> None:
    """Serve the UI bundles from the installed package (wheel-installed or editable: a real directory)."""
    directory = resources.files("fastapi_offline").joinpath("static")
    app.mount(ASSETS, StaticFiles(directory=str(directory)), name="docs-assets")


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui(request: Request):
    response = render(request, "docs.html", openapi_url=request.app.openapi_url, assets=ASSETS,
                      title=request.app.title)
    response.headers["Content-Security-Policy"] = DOCS_CSP
    return response


@router.get("/redoc")
def redoc():
    return RedirectResponse("/docs", status_code=301)
