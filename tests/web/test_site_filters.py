"""Filters that mean what they say, read from the HTML with selectors: the year is labelled as the year
assessed (indices) or of the event; agreement kind is a filter and a facet; result cards name the people
and their roles; the search words are marked in each result's evidence."""

from __future__ import annotations

from parsel import Selector


def page(site, path: str, **params) -> Selector:
    response = site.client.get(path, params=params)
    assert response.status_code == 200, response.text[:300]
    return Selector(response.text)


def facet(html: Selector, title_start: str) -> dict[str, str]:
    for section in html.css("aside.facets section"):
        if section.css("h2::text").get("").startswith(title_start):
            return {" ".join(li.css("a::text").get("").split()).lstrip("✕ "): li.css(".count::text").get()
                    for li in section.css("li")}
    return {}


def test_the_year_facet_says_which_year_and_finds_assessed_years(site):
    html = page(site, "/", index="spbe")
    titles = html.css("aside.facets h2::text").getall()
    assert "Tahun (dinilai untuk indeks, peristiwa untuk lainnya)" in titles
    assert facet(html, "Tahun") == {"2023": "4", "2022": "1"}  # reported in 2023 and 2024, assessed 2022-2023
    found = page(site, "/", index="spbe", year="2022")
    assert found.css(".summary-line strong::text").get() == "1"
    assert "(dinilai, untuk indeks; peristiwa, untuk lainnya)" in found.css("form.search label .hint::text").getall()


def test_agreement_kind_filter_and_facet(site):
    html = page(site, "/", kind="perjanjian_kinerja")
    assert html.css(".summary-line strong::text").get() == "1"
    assert facet(html, "Jenis perjanjian")["Perjanjian Kinerja"] == "1"
    assert html.css("select[name=kind] option[selected]::attr(value)").get() == "perjanjian_kinerja"
    assert page(site, "/", kind="").css(".summary-line strong::text").get()  # "semua" is no filter


def test_result_cards_name_people_and_roles_and_mark_the_evidence(site):
    (card,) = page(site, "/", q="Ikfina").css("ol.events > li.event")
    people = [" ".join(li.css("::text").getall()).split() for li in card.css("ul.event-people li")]
    assert [" ".join(words) for words in people] == ["Ikfina Fahmawati — Bupati Mojokerto"]
    for html in (page(site, "/", q="perjanjian kinerja"), page(site, "/", q="lantik")):
        for result in html.css("ol.events > li.event"):
            assert result.css("blockquote.evidence mark"), result.get()[:300]


def test_sakip_2018_is_found_by_the_year_assessed_not_the_year_reported(site):
    """A 2024 article about the 2018 SAKIP assessment: found under 2018 on the search page, the comparison
    and the tracker; not under 2024."""
    from db import Store

    store = Store(site.url)
    sakip = {"article_id": "sda-banjir", "type": "index_report", "regency": {"code": "33.24", "name": "Kabupaten Kendal"},
             "date": None, "venue": None, "people": [], "evidence": "Pada penilaian 2018, SAKIP Kendal bernilai 61,05 (B).",
             "index": "sakip", "index_label": "SAKIP", "value": "61,05", "value_number": 61.05, "year": 2018,
             "predicate": "B"}
    store.replace_events(["sda-banjir"], [sakip])
    try:
        found = page(site, "/", index="sakip", year="2018")
        assert found.css(".summary-line strong::text").get() == "1"
        assert "Kabupaten Kendal" in " ".join(found.css("ol.events > li.event ::text").getall())
        assert facet(page(site, "/", index="sakip"), "Tahun") == {"2023": "1", "2018": "1"}
        assert page(site, "/", index="sakip", year="2024").css(".summary-line strong::text").get() == "0"
        compare = page(site, "/compare", index="sakip", year="2018")
        assert compare.css("table.data tbody tr td:nth-child(2) a::text").getall() == ["Kabupaten Kendal"]
        tracker = page(site, "/komitmen", tahun="2018", provinsi="33")
        (kendal,) = tracker.css("table.tracker tbody tr[data-code='33.24']")
        assert [" ".join(a.css("::text").getall()) for a in kendal.css("td.indexes a")] == ["SAKIP: 61,05 (B)"]
        api = site.client.get("/api/events", params={"index": "sakip", "year": "2018"}).json()
        assert api["total"] == 1 and api["events"][0]["year"] == 2018
    finally:
        store.replace_events(["sda-banjir"], [])
