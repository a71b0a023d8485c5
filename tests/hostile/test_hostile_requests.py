"""Every route, every parameter, hostile values, on both backends, through a real server: never a 500,
never a dropped connection, never a redirect for a path that cannot exist; refusals in Indonesian."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.hostile_corpus import PARAMETER_VALUES
from tests.support.hostile_http import Answer, Dropped, encode, get

# What a hostile request may get: an answer, a refusal, or "not here". Never 5xx, never a redirect to follow.
ALLOWED = {200, 400, 404, 405, 422}
INDONESIAN = ("tidak", "Alamat", "Parameter", "Halaman", "Peristiwa", "wilayah", "Indeks", "pencarian", "harus",
              "paling", "Terlalu", "karakter", "sebelum", "sesudah", "tanggal")


def routes() -> list[tuple[str, list[str], list[str]]]:
    """(path template, path parameters, query parameters) of every GET route of the app, read from the app
    itself, so a new route or parameter is covered the day it is added."""
    from fastapi.routing import APIRoute

    from db import Store
    from web.app import create_app

    app = create_app(store=Store.__new__(Store))  # routes only; nothing is served or queried
    found = []

    def walk(routes, prefix: str) -> None:
        for route in routes:
            if hasattr(route, "original_router"):  # FastAPI >= 0.150 wraps included routers
                walk(route.original_router.routes, prefix + getattr(route.include_context, "prefix", ""))
            elif isinstance(route, APIRoute) and "GET" in route.methods:
                path_params, query_params = _params(route.dependant)
                found.append((prefix + route.path, path_params, query_params))

    walk(app.routes, "")
    return found


def _params(dependant) -> tuple[list[str], list[str]]:
    path = [p.name for p in dependant.path_params]
    query = [p.alias for p in dependant.query_params]
    for sub in dependant.dependencies:
        more_path, more_query = _params(sub)
        path += more_path
        query += more_query
    return path, query


ROUTES = routes()


def _fill(path: str, names: list[str], site, value: str | None = None) -> str:
    """The path with each parameter set to a real id (or `value`, percent-encoded)."""
    real = {"event_id": next(iter(site.event_ids.values())), "article_id": "hostile-1", "code": "33.24",
            "page_id": str(site.page_id)}
    for name in names:
        path = path.replace("{" + name + "}", encode(value) if value is not None else real.get(name, "x"))
    return path


def _check(answer: Answer) -> None:
    assert answer.status != 500 and answer.status < 500, f"{answer.target}: {answer.status}\n{answer.text[:800]}"
    assert answer.status in ALLOWED, f"{answer.target}: {answer.status} {answer.headers.get('location', '')}"
    if answer.status in (404, 422) and answer.body:
        assert any(word.lower() in answer.text.lower() for word in INDONESIAN), f"{answer.target}: {answer.text[:300]}"


def _run(site, targets: list[str]) -> None:
    with ThreadPoolExecutor(4) as pool:
        for answer in pool.map(lambda target: get(site.port, target), targets):
            _check(answer)


def test_routes_were_found():
    paths = {path for path, _, _ in ROUTES}
    assert {"/", "/events/{event_id}", "/articles/{article_id}", "/api/events", "/export.csv", "/feed.atom",
            "/regions/{code}", "/archive/{page_id}", "/compare"} <= paths


def test_hostile_values_in_every_query_parameter(hostile_site):
    targets = []
    for path, path_names, query_names in ROUTES:
        base = _fill(path, path_names, hostile_site)
        for name in query_names:
            targets += [f"{base}?{name}={encode(value)}" for value in PARAMETER_VALUES]
            targets.append(f"{base}?{name}=a&{name}={encode(PARAMETER_VALUES[0])}&q=lantik")
    _run(hostile_site, targets)


def test_hostile_values_in_every_path_parameter(hostile_site):
    targets = []
    for path, path_names, _ in ROUTES:
        for name in path_names:
            for value in PARAMETER_VALUES:
                others = [n for n in path_names if n != name]
                targets.append(_fill(_fill(path, [name], hostile_site, value), others, hostile_site))
    _run(hostile_site, targets)


RAW_TARGETS = [
    "/events/%00", "/api/events/%00", "/articles/%00", "/api/regions/%00", "/regions/%00", "/archive/%00",
    "/events/%2e%2e%2f", "/articles/%2e%2e%2f", "/api/events/%2e%2e%2f", "/regions/%2e%2e%2f",
    "/archive/%2e%2e%2f", "/api/regions/%2e%2e%2f", "/events/..%2f..%2fetc%2fpasswd", "/events/%2e%2e",
    "/static/12345678901234567890123", "/static/%00", "/static/..%2f..%2fpyproject.toml",
    "/static/%2e%2e/%2e%2e/pyproject.toml", "/static/....//....//pyproject.toml", "/static/%c0%ae%c0%ae/",
    "/archive/99999999999999999999999", "/archive/-1", "/archive/0", "/compare?year=99999999999999999999999",
    "/events/" + "a" * 5000, "/articles/" + "b" * 3000, "/?q=" + "c" * 9000,
    "/?" + "&".join(f"type=x{i}" for i in range(300)), "/%ff%fe", "/events/%ff", "/?q=%ff%fe",
    "/?q=%00", "/api/events?source=a%00b", "/api/events?q=a%00b", "/export.csv?person=%00",
    "/feed.atom?q=%1b%5b31m", "/search?q=%00", "/regions/33.24%00", "/events/abc%0d%0aX-Injected:%201",
]


@pytest.mark.parametrize("target", RAW_TARGETS)
def test_raw_hostile_targets(hostile_site, target):
    answer = get(hostile_site.port, target)
    _check(answer)
    assert "x-injected" not in answer.headers
    if "pyproject" in target or "passwd" in target:
        assert answer.status == 404 and b"[project]" not in answer.body and b"root:" not in answer.body


def test_ids_that_cannot_exist_are_404(hostile_site):
    for target in ("/events/%00", "/events/%2e%2e%2f", "/articles/%2e%2e%2f", "/api/events/%00",
                   "/api/events/" + "f" * 60, "/archive/99999999999999999999999", "/regions/35.1x", "/api/regions/x"):
        assert get(hostile_site.port, target).status == 404, target


def test_bad_requests_use_no_stack_trace_and_keep_security_headers(hostile_site):
    for target in ("/?page=0", "/?q=%00", "/events/%00", "/api/events?per_page=9999", "/nope"):
        answer = get(hostile_site.port, target)
        assert "Traceback" not in answer.text and "sqlalchemy" not in answer.text.lower()
        assert answer.headers.get("x-content-type-options") == "nosniff", target
        assert "default-src 'none'" in answer.headers.get("content-security-policy", ""), target


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.text(max_size=80), name=st.sampled_from(["q", "regency", "since", "person", "source", "index", "year"]))
def test_any_text_in_a_search_parameter_is_answered(hostile_site, text, name):
    for path in ("/", "/api/events", "/export.csv"):
        try:
            _check(get(hostile_site.port, f"{path}?{name}={encode(text)}"))
        except Dropped:
            raise AssertionError(f"connection dropped for {path}?{name}={text!r}") from None


def test_a_burst_of_concurrent_requests_is_answered(hostile_site):
    """A bounded burst (200 requests, 32 at a time) of searches and pages: every one answered, none 5xx."""
    targets = ["/?q=lantik", "/api/events?q=perjanjian", "/feed.atom", "/regions/33.24", "/export.csv?q=kinerja",
               "/events/%00", "/?q=%22unterminated"] * 29
    with ThreadPoolExecutor(32) as pool:
        answers = list(pool.map(lambda target: get(hostile_site.port, target, timeout=60), targets[:200]))
    assert len(answers) == 200
    for answer in answers:
        _check(answer)
