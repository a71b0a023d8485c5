"""Consolidated events on the site: one story reported by two outlets is one result with both reports, counted
once in counts and exports; reports that disagree are flagged with both values (HTML read with selectors)."""

from __future__ import annotations

import csv
import io

from parsel import Selector


def page(site, path: str, **params) -> Selector:
    response = site.client.get(path, params=params)
    assert response.status_code == 200, response.text[:300]
    return Selector(response.text)


def test_the_two_outlet_story_is_one_result_with_two_sources(site):
    html = page(site, "/", q="perjanjian kinerja", regency="35.16")
    (card,) = html.css("ol.events > li.event")
    assert card.css("ol.reports li.report .source .muted::text").getall() == [
        "(kabarmojokerto.test)", "(jatimterkini.test)"]
    assert len(card.css("ol.reports blockquote.evidence")) == 2
    assert card.css("ol.reports blockquote.evidence mark")  # the query is marked in each report's evidence
    assert html.css(".summary-line strong::text").get() == "1"


def test_the_event_page_lists_every_report_of_the_story(site):
    (card,) = page(site, "/", q="perjanjian kinerja", regency="35.16").css("ol.events > li.event")
    href = card.css("h3 a::attr(href)").get()
    event = page(site, href)
    reports = event.css("#reports + ol.reports li.report")
    assert len(reports) == 2
    assert [r.css(".source a::attr(href)").get() for r in reports] == [
        "https://kabarmojokerto.test/berita/mjk-pk-2024", "https://jatimterkini.test/berita/mjk-pk-2024-copy"]
    assert all(r.css("blockquote.evidence::text").get().strip() for r in reports)


def test_counts_and_exports_count_the_story_once(site):
    api = site.client.get("/api/events", params={"q": "perjanjian kinerja", "regency": "35.16"}).json()
    assert api["total"] == 1 and len(api["events"][0]["reports"]) == 2
    rows = list(csv.DictReader(io.StringIO(site.client.get(
        "/export.csv", params={"q": "perjanjian kinerja", "regency": "35.16"}).content.decode("utf-8-sig"))))
    assert len(rows) == 1
    lines = site.client.get("/export.jsonl", params={"regency": "35.16", "type": "agreement_signing"}).text
    assert len(lines.splitlines()) == 1


def test_reports_that_disagree_are_flagged_with_both_values(site):
    from db import Store

    store = Store(site.url)
    other = {"article_id": "sda-banjir", "type": "index_report",
             "regency": {"code": "35.78", "name": "Kota Surabaya"}, "date": None, "venue": None, "people": [],
             "evidence": "Kota Surabaya memperoleh indeks SPBE 2023 sebesar 4,31.", "index": "spbe",
             "index_label": "indeks SPBE", "value": "4,31", "value_number": 4.31, "year": 2023, "predicate": None}
    store.replace_events(["sda-banjir"], [other])
    try:
        (card,) = page(site, "/", index="spbe", regency="35.78").css("ol.events > li.event")
        note = " ".join(card.css("p.disputed ::text").getall())
        assert "4,13" in note and "4,31" in note
        event = page(site, card.css("h3 a::attr(href)").get())
        assert event.css("p.disputed")
        said = [" ".join(r.css(".source strong::text").getall()) for r in event.css("ol.reports li.report")]
        assert sorted(said) == ["4,13", "4,31"]
        assert site.client.get("/api/events", params={"index": "spbe", "regency": "35.78"}).json()[
            "events"][0]["disputes"]["value"] in (["4,13", "4,31"], ["4,31", "4,13"])
    finally:
        store.replace_events(["sda-banjir"], [])
