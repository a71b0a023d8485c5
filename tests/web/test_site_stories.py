"""Consolidated events on the site: one story reported by two outlets is one result with both reports, counted
once in counts and exports; reports that disagree are flagged with both values (HTML read with selectors)."""

from __future__ import annotations

import csv
import io
import json

import feedparser
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


def facet_counts(html: Selector, title_start: str) -> dict[str, str]:
    for section in html.css("aside.facets section"):
        if section.css("h2::text").get("").startswith(title_start):
            return {" ".join(li.css("a::text").get("").split()).lstrip("✕ "): li.css(".count::text").get()
                    for li in section.css("li")}
    return {}


def test_facets_count_the_two_outlet_story_once(site):
    html = page(site, "/", q="perjanjian kinerja")
    assert html.css(".summary-line strong::text").get() == "1"
    assert facet_counts(html, "Kabupaten/kota") == {"Kabupaten Mojokerto": "1"}
    assert facet_counts(html, "Jenis perjanjian") == {"Perjanjian Kinerja": "1"}
    assert facet_counts(html, "Tahun") == {"2024": "1"}
    facets = site.client.get("/api/events", params={"q": "perjanjian kinerja"}).json()["facets"]
    assert {name: [(f["value"], f["count"]) for f in values] for name, values in facets.items() if values} == {
        "type": [("agreement_signing", 1)], "kind": [("perjanjian_kinerja", 1)], "province": [("35", 1)],
        "regency": [("35.16", 1)], "year": [("2024", 1)]}
    region = site.client.get("/api/regions/35.16").json()
    assert region["signings_by_year"] == {"2024": {"perjanjian_kinerja": 1}}


def test_the_home_page_counts_each_story_once(site):
    stats = site.store.stats()
    assert stats["reports"] > stats["events"]  # the two-outlet story is two reports
    counts = page(site, "/").css(".summary-line strong::text").getall()
    assert counts[:2] == [str(stats["events"]), str(stats["articles"])]


def test_every_export_has_the_story_once_with_both_sources(site):
    from openpyxl import load_workbook

    params = {"q": "perjanjian kinerja"}
    outlets = ["kabarmojokerto.test", "jatimterkini.test"]
    urls = ["https://kabarmojokerto.test/berita/mjk-pk-2024", "https://jatimterkini.test/berita/mjk-pk-2024-copy"]
    (row,) = csv.DictReader(io.StringIO(site.client.get("/export.csv", params=params).content.decode("utf-8-sig")))
    assert row["reports"] == "2" and row["sources"] == "; ".join(outlets) and row["urls"] == " ".join(urls)
    assert row["disputed"] == ""
    (record,) = site.client.get("/export.json", params=params).json()
    assert [r["source"] for r in record["reports"]] == outlets and record["disputes"] == {}
    (line,) = site.client.get("/export.jsonl", params=params).text.splitlines()
    assert json.loads(line)["id"] == record["id"]
    sheet = load_workbook(io.BytesIO(site.client.get("/export.xlsx", params=params).content)).active
    header, *rows = [[c.value for c in line] for line in sheet.iter_rows()]
    (only,) = rows
    assert only[header.index("reports")] == 2 and only[header.index("sources")] == "; ".join(outlets)
    feed = feedparser.parse(site.client.get("/feed.atom", params=params).content)
    (entry,) = feed.entries
    assert [link.href for link in entry.links if link.rel == "related"] == urls
    assert [author.name for author in entry.authors] == outlets
    assert "diberitakan oleh kabarmojokerto.test, jatimterkini.test" in entry.summary


def test_the_same_value_from_two_outlets_is_one_point_not_a_dispute(site):
    """Two outlets give Kendal's MCP 2022 as 90: one story, one dot on the chart, one row of the comparison,
    counted twice only as reports."""
    from db import Store

    kendal = {"code": "33.24", "name": "Kabupaten Kendal"}

    def mcp(article_id: str, value: str, number: float, year: int) -> dict:
        return {"article_id": article_id, "type": "index_report", "regency": kendal, "date": None, "venue": None,
                "people": [], "evidence": f"Skor MCP Kendal {year} sebesar {value}.", "index": "mcp",
                "index_label": "MCP", "value": value, "value_number": number, "year": year, "predicate": None}

    store = Store(site.url)
    store.replace_events(["sda-banjir"], [mcp("sda-banjir", "90", 90.0, 2022), mcp("sda-banjir", "91,02", 91.02, 2023)])
    store.replace_events(["kdl-rencana-lantik"], [mcp("kdl-rencana-lantik", "90,00", 90.0, 2022)])
    try:
        html = page(site, "/", index="mcp", regency="33.24")
        assert html.css(".summary-line strong::text").get() == "2"
        cards = html.css("ol.events > li.event")
        assert sorted(len(card.css("ol.reports li.report")) for card in cards) == [0, 2]  # one report: no list
        assert not html.css("p.disputed")  # 90 and 90,00 are the same number
        (chart,) = page(site, "/regions/33.24").css("svg.chart.trend.numbers")
        assert len(chart.css("circle.dot")) == 2 and not chart.css(".disputed")
        assert "L" in chart.css("path.trend-line::attr(d)").get()  # agreeing years are joined
        cell = site.client.get("/api/regions/33.24").json()["indexes"]["mcp"]["2022"]
        assert cell["reports"] == 2 and not cell["disputed"]
        compare = page(site, "/compare", index="mcp", year="2022")
        assert compare.css("table.data tbody tr td:nth-child(2) a::text").getall() == ["Kabupaten Kendal"]
        assert compare.css("table.data tbody tr td:nth-child(5)::text").getall() == ["2"]
    finally:
        store.replace_events(["sda-banjir", "kdl-rencana-lantik"], [])
