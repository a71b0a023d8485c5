"""Stored hostile text (markup, attribute-breaking quotes, `javascript:` links, formulas, control characters)
comes out as text in every page, the Atom feed and every export, on both backends, through a real server."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote, urlsplit

import pytest

from tests.support.hostile_corpus import SHOWN_ON_EVENT_PAGE
from tests.support.hostile_http import FORMULA_STARTS, check_markup, csv_cells, get

ATOM = "{http://www.w3.org/2005/Atom}"


def _pages(site) -> list[str]:
    events = [f"/events/{site.event_ids[a]}" for a in ("hostile-1", "hostile-2", "hostile-\"'<3>")]
    articles = ["/articles/" + quote(a, safe="") for a in ("hostile-1", "hostile-2", "hostile-\"'<3>")]
    return [*events, *articles, "/", "/?q=teksartikel", "/?q=buktisatu", "/?q=namaorang", "/?q=judulartikel",
            "/?q=klik", "/?regency=33.24", "/?person=namaorang", "/?q=%3Cxss-probe%3E", "/regions", "/regions/33.24",
            "/regions/33.74", "/regions/33", "/compare?index=spbe&year=2023", "/compare?index=spbe&province=33",
            "/about", "/?q=%22%3E%3Cxss-probe%3E&regency=%22%3E%3Cxss-probe%3E"]


def test_every_page_shows_hostile_fields_as_text(hostile_site):
    links: set[str] = set()
    for path in _pages(hostile_site):
        answer = get(hostile_site.port, path)
        assert answer.status in (200, 400), (path, answer.status)
        assert answer.content_type.startswith("text/html"), path
        report = check_markup(answer.text)
        assert not report.problems, (path, report.problems)
        links.update(report.links)
    event_page = get(hostile_site.port, f"/events/{hostile_site.event_ids['hostile-1']}").text
    text = " ".join(check_markup(event_page).text)
    for label in SHOWN_ON_EVENT_PAGE:
        assert label in text, f"{label} not shown on the event page"
    assert "<script>alert('xss-probe')</script>" in text  # shown, as text
    # Every link the hostile pages make answers without a server error.
    for link in sorted(links):
        parts = urlsplit(link)
        if parts.scheme or parts.netloc:
            assert parts.scheme in ("http", "https"), link
            continue
        answer = get(hostile_site.port, link)
        assert answer.status < 500, (link, answer.status)


def test_source_links_never_carry_a_script_scheme(hostile_site):
    for article in ("hostile-1", "hostile-\"'<3>"):
        page = get(hostile_site.port, f"/events/{hostile_site.event_ids[article]}").text
        assert "javascript:" not in "".join(check_markup(page).links)
        assert 'href="javascript' not in page and 'href="data:' not in page


@pytest.mark.parametrize("query", ["", "q=buktisatu", "q=klik", "regency=33.24"])
def test_atom_feed_is_well_formed_and_links_only_to_the_web(hostile_site, query):
    answer = get(hostile_site.port, f"/feed.atom?{query}")
    assert answer.status == 200 and answer.content_type.startswith("application/atom+xml")
    root = ET.fromstring(answer.body)
    assert root.tag == f"{ATOM}feed"
    for element in root.iter():
        assert not element.tag.endswith("xss-probe"), element.tag
        href = element.get("href")
        if href is not None:
            assert urlsplit(href).scheme in ("http", "https"), href
        if element.get("type") in ("html", "xhtml") and element.text:
            assert not check_markup(element.text).problems, element.text[:200]
    if query == "q=buktisatu":
        summaries = [e.text or "" for e in root.iter(f"{ATOM}summary")]
        assert any("<script>alert('xss-probe')</script>" in s for s in summaries)  # text, escaped in the XML


def test_csv_export_neutralises_formulas(hostile_site):
    for query in ("", "q=klik", "q=buktidua", "q=buktitiga", "regency=33.24"):
        answer = get(hostile_site.port, f"/export.csv?{query}")
        assert answer.status == 200 and answer.content_type.startswith("text/csv")
        header, *rows = csv_cells(answer.body)
        assert rows, query
        for row in rows:
            for name, cell in zip(header, row, strict=True):
                if name.endswith("_code") and cell:
                    # a region code as the string literal every spreadsheet keeps as text (="33.24"), no call
                    assert re.fullmatch(r'="[0-9.]+"', cell), (query, name, cell[:80])
                else:
                    assert not cell.startswith(FORMULA_STARTS), (query, name, cell[:80])
    rows = csv_cells(get(hostile_site.port, "/export.csv?q=buktidua").body)
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)  # kept, as text


def test_tracker_csv_neutralises_formulas(hostile_site):
    answer = get(hostile_site.port, "/komitmen.csv?tahun=2024&provinsi=33")
    assert answer.status == 200 and answer.content_type.startswith("text/csv")
    header, *rows = csv_cells(answer.body)
    kendal = next(row for row in rows if row[header.index("regency_code")] == '="33.24"')
    assert kendal[header.index("perjanjian_kinerja")] == "ditemukan"  # the hostile signing is in the file
    for row in rows:
        for name, cell in zip(header, row, strict=True):
            if name.endswith("_code"):
                assert re.fullmatch(r'="[0-9.]+"', cell), (name, cell[:80])
            else:
                assert not cell.startswith(FORMULA_STARTS), (name, cell[:80])


@pytest.mark.parametrize("path", ["/export.xlsx", "/export.xlsx?q=buktidua", "/komitmen.xlsx?tahun=2024&provinsi=33"])
def test_xlsx_exports_hold_no_formula(hostile_site, path):
    import io

    from openpyxl import load_workbook

    answer = get(hostile_site.port, path)
    assert answer.status == 200 and answer.content_type.startswith("application/vnd.openxmlformats")
    cells = [cell for line in load_workbook(io.BytesIO(answer.body)).active.iter_rows() for cell in line]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    if "buktidua" in path:  # the hostile formula is kept, as text
        assert any(isinstance(c.value, str) and c.value.startswith("=HYPERLINK") and c.data_type == "s" for c in cells)


def test_json_exports_and_api_carry_text_as_data(hostile_site):
    identifier = hostile_site.event_ids["hostile-1"]
    for path in ("/export.json?q=buktisatu", "/api/events?q=buktisatu", f"/api/events/{identifier}",
                 f"/events/{identifier}.json", "/api/regions/33.24"):
        answer = get(hostile_site.port, path)
        assert answer.status == 200 and answer.content_type.startswith("application/json"), path
        assert answer.headers.get("x-content-type-options") == "nosniff"
        json.loads(answer.body)
    lines = get(hostile_site.port, "/export.jsonl?q=buktisatu").body.decode().splitlines()
    records = [json.loads(line) for line in lines]
    assert records and all("\x00" not in json.dumps(r) and "\\u0000" not in json.dumps(r) for r in records)


def test_archived_pages_are_sandboxed(hostile_site):
    answer = get(hostile_site.port, f"/archive/{hostile_site.page_id}")
    assert answer.status == 200
    policy = answer.headers["content-security-policy"]
    assert policy.startswith("sandbox") and "script-src" not in policy and "default-src 'none'" in policy
    assert answer.content_type == "text/html; charset=utf-8"  # the stored, hostile content type is not echoed
    assert "javascript" not in answer.headers.get("x-archived-from", "") or answer.headers["x-archived-from"].isprintable()


@pytest.mark.parametrize("path", ["/", "/events/%00", "/nope", "/?page=0", "/regions/33.24", "/compare", "/about",
                                  "/feed.atom", "/export.csv", "/api/events", "/static/style.css"])
def test_security_headers_on_every_kind_of_answer(hostile_site, path):
    answer = get(hostile_site.port, path)
    assert answer.headers.get("x-content-type-options") == "nosniff", path
    assert answer.headers.get("referrer-policy") == "same-origin", path
    policy = answer.headers.get("content-security-policy", "")
    assert "default-src 'none'" in policy and "script-src" not in policy and "frame-ancestors 'none'" in policy, path
    assert answer.headers.get("x-frame-options") == "DENY", path
