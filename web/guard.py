"""What a request may carry, checked before any route or the store sees it.

- `RequestGuard` (ASGI middleware, outside routing and static files): a path with control characters, an
  over-long path, or a `.`/`..` segment (also percent-encoded, `%2e%2e%2f`) is 404; a query string with
  control characters, too many parameters or too many bytes is 422. An encoded slash (`%2F`) in a path is
  404 too: nothing here is named with a slash, and Starlette would answer `/x/a%2F` with a redirect. Nothing of it reaches a database, which
  would refuse a NUL byte with an error, nor a redirect.
- Typed path parameters (`EventId`, `ArticleId`, `RegionCode`, `PageId`): an id that cannot exist (wrong
  characters, too long, a number out of range) fails validation, which `web.app` answers with 404 without
  touching the store.
- `problem_message`, `json_detail`: validation errors in Indonesian, for 422 answers (the API's body keeps
  pydantic's errors beside the message).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qsl

from fastapi import Path
from fastapi.encoders import jsonable_encoder
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from pantau.text import UNSAFE

MAX_PATH = 1024  # characters of a decoded path
MAX_QUERY = 8192  # bytes of a query string
MAX_PARAMETERS = 100
MAX_TEXT = 500  # characters of the search text
MAX_VALUE = 200  # characters of any other query value
MAX_VALUES = 50  # values of one repeated parameter (type=…&type=…)

# Event ids are hashes (`pantau.records.event_id`); `.json` asks for the record as JSON.
EventId = Annotated[str, Path(min_length=1, max_length=45, pattern=r"^[0-9A-Za-z_:.-]+$")]
# Article ids are whatever the input said (at most 64 characters, stored cleaned: no control characters).
ArticleId = Annotated[str, Path(min_length=1, max_length=64)]
RegionCode = Annotated[str, Path(pattern=r"^\d{2}(\.\d{2})?$")]
PageId = Annotated[int, Path(ge=1, le=2**31 - 1)]  # an INTEGER key on both stores


def wants_json(path: str) -> bool:
    return path.startswith(("/api/", "/archive/")) or path.endswith((".json", ".jsonl", ".csv", ".atom"))


def _path_problem(path: str, raw_path: bytes | None) -> str | None:
    if len(path) > MAX_PATH:
        return "Alamat terlalu panjang."
    if UNSAFE.search(path):
        return "Alamat berisi karakter yang tidak diizinkan."
    if any(segment in (".", "..") for segment in path.split("/")):
        return "Halaman tidak ada."
    if raw_path and b"%2f" in raw_path.lower():  # no id or file here contains a slash: an encoded one is a trick
        return "Halaman tidak ada."
    return None


def _query_problem(query_string: bytes) -> str | None:
    if len(query_string) > MAX_QUERY:
        return "Parameter alamat terlalu panjang."
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors="replace")
    if len(pairs) > MAX_PARAMETERS:
        return f"Terlalu banyak parameter (paling banyak {MAX_PARAMETERS})."
    for key, value in pairs:
        if UNSAFE.search(key) or UNSAFE.search(value):
            return f"Parameter {key[:40]!r} berisi karakter kendali yang tidak diizinkan."
    return None


class RequestGuard:
    """ASGI middleware: refuses paths and query strings that no route can answer (see the module docstring)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            path = scope.get("path", "")
            status, message = 404, _path_problem(path, scope.get("raw_path"))
            if message is None:
                status, message = 422, _query_problem(scope.get("query_string", b""))
            if message is not None:
                await error_response(Request(scope), status, message)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def error_response(request: Request, status: int, message: str) -> Response:
    """The error page, or `{"detail": message}` for the API, exports and archive."""
    if wants_json(request.url.path):
        return JSONResponse({"detail": message}, status_code=status)
    from web.rendering import render  # the templates import the store's API; the guard stays light

    return render(request, "error.html", status_code=status, message=message)


_MESSAGES = {
    "string_too_long": "terlalu panjang (paling banyak {max_length} karakter)",
    "string_too_short": "terlalu pendek",
    "string_pattern_mismatch": "berisi karakter yang tidak diizinkan",
    "int_parsing": "harus bilangan bulat",
    "int_from_float": "harus bilangan bulat",
    "greater_than_equal": "paling kecil {ge}",
    "greater_than": "harus lebih dari {gt}",
    "less_than_equal": "paling besar {le}",
    "less_than": "harus kurang dari {lt}",
    "too_long": "terlalu banyak nilai (paling banyak {max_length})",
    "missing": "wajib diisi",
}


def problem_message(errors: list[dict[str, Any]]) -> str:
    """Pydantic's validation errors as one Indonesian sentence: `Alamat tidak valid: page: paling kecil 1`."""
    parts = []
    for error in errors:
        name = ".".join(str(p) for p in error.get("loc", [])[1:]) or "alamat"
        template = _MESSAGES.get(error.get("type", ""), "tidak valid")
        try:
            text = template.format(**(error.get("ctx") or {}))
        except (KeyError, IndexError):
            text = "tidak valid"
        parts.append(f"{name}: {text}")
    return "Alamat tidak valid: " + "; ".join(parts)


def json_detail(message: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"detail": message}
    if errors is not None:
        # Pydantic's error context may hold the exception that failed a value: shown as its message.
        body["errors"] = jsonable_encoder(errors, custom_encoder={Exception: str})
    return body
