"""Exports, Atom alerts and the JSON API of the site, with the same filters as the search page."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import feedparser

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def test_csv_export_has_every_matching_event(site):
    total = site.client.get("/api/events", params={"province": "35"}).json()["total"]
    response = site.client.get("/export.csv", params={"province": "35", "per_page": 2})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == total == 10  # every match, not one page; the two-outlet signing once
    spbe = [r for r in rows if r["index"] == "spbe" and r["regency_code"] == '="35.78"']
    assert spbe[0]["value"] == "4,13" and spbe[0]["value_number"] == "4.13"
    assert spbe[0]["url"] == "https://jatimterkini.test/berita/jatim-spbe-2023"
    assert spbe[0]["province_code"] == '="35"' and spbe[0]["province_name"] == "Provinsi Jawa Timur"


def test_jsonl_and_json_exports_are_full_records(site):
    lines = site.client.get("/export.jsonl", params={"q": "lantik"}).text.splitlines()
    records = [json.loads(line) for line in lines]
    assert {r["article_id"] for r in records} == {"lmg-lantik-2024", "xss-test"}
    lamongan = next(r for r in records if r["article_id"] == "lmg-lantik-2024")
    assert lamongan["inaugurated_by"] == {"name": "Yuhronur Efendi", "role": "Bupati Lamongan"}
    assert lamongan["article_title"].startswith("Bupati Lamongan")
    array = site.client.get("/export.json", params={"type": "index_report", "index": "spbe"}).json()
    assert len(array) == 5 and all(r["index"] == "spbe" for r in array)
    assert site.client.get("/export.csv", params={"regency": "Atlantis"}).status_code == 400


def test_atom_feed_is_an_alert_of_the_search(site):
    response = site.client.get("/feed.atom", params={"regency": "35.16"})
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    entries = root.findall("a:entry", ATOM)
    assert len(entries) == 4
    assert root.find("a:title", ATOM).text == "pantau: Kabupaten Mojokerto"
    self_link = root.find("a:link[@rel='self']", ATOM).get("href")
    assert self_link.endswith("/feed.atom?regency=35.16")
    ids = [e.find("a:id", ATOM).text for e in entries]
    assert len(set(ids)) == 4 and all("/events/" in i for i in ids)
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo and len(parsed.entries) == 4
    assert all(e.link.startswith("http://testserver/events/") for e in parsed.entries)
    related = [link.href for e in parsed.entries for link in e.links if link.rel == "related"]
    assert "https://kabarmojokerto.test/berita/mjk-opini-2023" in related


def test_feed_lists_newly_loaded_events_first(site):
    from db import Store

    store = Store(site.url)
    event = {"article_id": "sda-banjir", "type": "agreement_signing", "regency": {"code": "35.15", "name": "Kabupaten Sidoarjo"},
             "date": "2020-01-01", "venue": None, "people": [], "evidence": "Contoh penandatanganan lama yang baru dimuat.",
             "agreement_kind": "other", "agreement_title": None, "agreement_year": None, "parties": []}
    store.replace_events(["sda-banjir"], [event])
    try:
        first = feedparser.parse(site.client.get("/feed.atom").content).entries[0]
        assert "baru dimuat" in first.summary  # an old event found today is news for the subscriber
    finally:
        store.replace_events(["sda-banjir"], [])


def test_api_search_with_facets_and_pagination(site):
    page = site.client.get("/api/events", params={"q": "Mojokerto", "per_page": 2}).json()
    assert page["total"] == 5 and page["pages"] == 3 and len(page["events"]) == 2
    assert page["next"] == "/api/events?q=Mojokerto&page=2&per_page=2"
    second = site.client.get(page["next"]).json()
    assert {e["id"] for e in second["events"]}.isdisjoint(e["id"] for e in page["events"])
    assert {f["value"]: f["count"] for f in page["facets"]["type"]}["index_report"] == 3
    bad = site.client.get("/api/events", params={"index": "sakib"})
    assert bad.status_code == 400 and "sakip" in bad.json()["detail"]


def test_api_event_and_regions(site):
    identifier = site.client.get("/api/events", params={"q": "Yuhronur"}).json()["events"][0]["id"]
    detail = site.client.get(f"/api/events/{identifier}").json()
    assert detail["event"]["officials_count"] == 43
    assert detail["article"]["id"] == "lmg-lantik-2024" and "text" in detail["article"]
    assert site.client.get("/api/events/nope").status_code == 404
    region = site.client.get("/api/regions/35.16").json()
    assert region["indexes"]["spbe"]["2023"]["value"] == "3,02"
    assert region["indexes"]["spbe"]["2022"]["value_number"] == 2.71
    assert region["signings_by_year"] == {"2024": {"perjanjian_kinerja": 1}}
    province = site.client.get("/api/regions/35").json()
    assert len(province["regencies"]) == 38
    assert len(site.client.get("/api/regions", params={"province": "35"}).json()) == 39
    assert site.client.get("/api/regions/99.99").status_code == 404


def test_openapi_documents_the_api(site):
    schema = site.client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/regions/{code}", "/export.csv", "/feed.atom"} <= set(schema["paths"])
    assert "/" not in schema["paths"]  # pages are not API
    assert site.client.get("/docs").status_code == 200
