"""Index semantics on the site (pantau/data/indices.toml): a disputed year is drawn with every value and no
trend through it; categories rank and chart by the index's own order; an index's measures are separate
series. HTML read with selectors."""

from __future__ import annotations

from contextlib import contextmanager

from parsel import Selector

KENDAL = {"code": "33.24", "name": "Kabupaten Kendal"}
SPARE = ("sda-banjir", "kdl-rencana-lantik")  # fixture articles with no events of their own


def index_event(article_id, regency, index, value, number, year, evidence, predicate=None):
    return {"article_id": article_id, "type": "index_report", "regency": regency, "date": None, "venue": None,
            "people": [], "evidence": evidence, "index": index, "index_label": index.upper(), "value": value,
            "value_number": number, "year": year, "predicate": predicate}


@contextmanager
def loaded(site, first: list[dict], second: list[dict] = ()):
    from db import Store

    store = Store(site.url)
    store.replace_events([SPARE[0]], first)
    store.replace_events([SPARE[1]], list(second))
    try:
        yield store
    finally:
        store.replace_events(list(SPARE), [])


def page(site, path: str, **params) -> Selector:
    response = site.client.get(path, params=params)
    assert response.status_code == 200, response.text[:300]
    return Selector(response.text)


def test_a_disputed_year_is_drawn_with_both_values_and_no_trend_through_it(site):
    """The Kendal-style contradiction: one source says MCP 2022 was 90, another 94,19; 2023 was 91,02. The
    chart must not draw a rise from 90 (nor a fall from 94,19) as if the sources agreed."""
    first = [index_event(SPARE[0], KENDAL, "mcp", "90", 90.0, 2022, "Skor MCP Kendal 2022 sebesar 90."),
             index_event(SPARE[0], KENDAL, "mcp", "91,02", 91.02, 2023, "Skor MCP Kendal 2023 sebesar 91,02.")]
    second = [index_event(SPARE[1], KENDAL, "mcp", "94,19", 94.19, 2022, "MCP Kendal turun dari 94,19 pada 2022.")]
    with loaded(site, first, second):
        html = page(site, "/regions/33.24")
        (chart,) = html.css("svg.chart.trend.numbers")
        disputed = chart.css("circle.dot.disputed")
        assert len(disputed) == 2
        assert all("2022" in t and "90" in t and "94,19" in t for t in disputed.css("title::text").getall())
        assert sorted(chart.css("text.value.disputed::text").getall()) == ["90", "94,19"]
        assert chart.css("text.value:not(.disputed)::text").getall() == ["91,02"]
        path = chart.css("path.trend-line::attr(d)").get()
        assert "L" not in path  # no segment joins the disputed year to another
        row = html.css("tr.disputed")
        assert row and {"90", "94,19"} <= set(row.css("a::text").getall())
        cell = site.client.get("/api/regions/33.24").json()["indexes"]["mcp"]["2022"]
        assert cell["disputed"] and sorted(v["value"] for v in cell["values"]) == ["90", "94,19"]


def test_categories_rank_by_the_index_order_not_below_numbers(site):
    """SAKIP: an A grade reported without a score ranks above a numeric B and BB; numbers only order regencies
    of one category."""
    events = [index_event(SPARE[0], {"code": "35.01", "name": "Kabupaten Pacitan"}, "sakip", "A", None, 2021,
                          "SAKIP Pacitan 2021 meraih predikat A."),
              index_event(SPARE[0], {"code": "35.02", "name": "Kabupaten Ponorogo"}, "sakip", "65,20", 65.2, 2021,
                          "SAKIP Ponorogo 2021 bernilai 65,20 predikat B.", predicate="B"),
              index_event(SPARE[0], {"code": "35.03", "name": "Kabupaten Trenggalek"}, "sakip", "72,10", 72.1, 2021,
                          "SAKIP Trenggalek 2021 bernilai 72,10 predikat BB.", predicate="BB"),
              index_event(SPARE[0], {"code": "35.04", "name": "Kabupaten Tulungagung"}, "sakip", "70,50", 70.5, 2021,
                          "SAKIP Tulungagung 2021 bernilai 70,50 predikat BB.", predicate="BB")]
    with loaded(site, events):
        html = page(site, "/compare", index="sakip", year="2021", province="35")
        names = html.css("table.data tbody tr td:nth-child(2) a::text").getall()
        assert names == ["Kabupaten Pacitan", "Kabupaten Trenggalek", "Kabupaten Tulungagung", "Kabupaten Ponorogo"]
        assert html.css("table.data tbody tr td:nth-child(4)::text").getall() == ["A", "BB", "BB", "B"]
        assert not html.css("svg.chart.bars")  # bars would compare a grade with scores


def test_categories_are_charted_as_ordered_steps(site):
    events = [index_event(SPARE[0], KENDAL, "opini_bpk", "WDP", None, 2021, "Kendal meraih opini WDP atas LKPD 2021."),
              index_event(SPARE[0], KENDAL, "opini_bpk", "WTP", None, 2022, "Kendal meraih opini WTP atas LKPD 2022.")]
    with loaded(site, events):
        (chart,) = page(site, "/regions/33.24").css("svg.chart.trend.categories")
        assert chart.css("text.axis::text").getall()[-4:] == ["WTP", "WDP", "TW", "TMP"]  # best on top
        assert "V" in chart.css("path.trend-line::attr(d)").get()  # a step, not a slope


def test_three_inflation_measures_of_one_city_are_three_series(site):
    text = ("Inflasi Kota Semarang pada Maret 2024 secara tahunan (yoy) sebesar 2,51 persen, sedangkan secara "
            "bulanan 0,31 persen dan year to date 1,02 persen.")
    semarang = {"code": "33.74", "name": "Kota Semarang"}
    events = [index_event(SPARE[0], semarang, "inflasi", value, number, 2024, text)
              for value, number in (("2,51", 2.51), ("0,31", 0.31), ("1,02", 1.02))]
    with loaded(site, events):
        api = site.client.get("/api/regions/33.74").json()["indexes"]
        assert {key: cells["2024"]["value"] for key, cells in api.items()} == {
            "inflasi.yoy": "2,51", "inflasi.mtm": "0,31", "inflasi.ytd": "1,02"}
        assert not any(cells["2024"]["disputed"] for cells in api.values())
        assert site.client.get("/api/events", params={"index": "inflasi"}).json()["total"] == 3
        headings = page(site, "/regions/33.74").css(".index-block h3::text").getall()
        assert [h.strip() for h in headings] == ["Inflasi bulanan (m-to-m)", "Inflasi tahunan (y-on-y)",
                                                 "Inflasi tahun kalender (y-to-d)"]
        compare = page(site, "/compare", index="inflasi", measure="yoy", year="2024")
        assert compare.css("table.data tbody tr td:nth-child(3) a::text").getall() == ["2,51"]


def ranked(site, index: str, year: int, **params) -> tuple[list[str], list[str]]:
    html = page(site, "/compare", index=index, year=str(year), province="35", **params)
    rows = html.css("table.data tbody tr")
    return ([r.css("td:nth-child(2) a::text").get() for r in rows],
            [" ".join(r.css("td:nth-child(4)::text").getall()).strip() for r in rows])


def jatim(number: int) -> dict:
    from pantau.regions import region

    found = region(f"35.{number:02d}")
    return {"code": found.code, "name": found.name}


def test_every_sakip_grade_ranks_in_the_catalogues_order_around_numeric_scores(site):
    """AA > A > BB > B > CC > C > D whether a report gives the grade alone or with a score; a score only
    orders regencies of the same grade (85,10 A above a bare A, but below AA)."""
    reports = [(1, "A", None, None), (2, "65,20", 65.2, "B"), (3, "72,10", 72.1, "BB"), (4, "AA", None, None),
               (5, "55,00", 55.0, "CC"), (6, "40,00", 40.0, "C"), (7, "D", None, None), (8, "85,10", 85.1, "A")]
    events = [index_event(SPARE[0], jatim(n), "sakip", value, number, 2019, f"SAKIP 2019 daerah {n}: {value}.",
                          predicate=predicate) for n, value, number, predicate in reports]
    with loaded(site, events):
        names, grades = ranked(site, "sakip", 2019)
        assert grades == ["AA", "A", "A", "BB", "B", "CC", "C", "D"]
        assert [n.removeprefix("Kabupaten ") for n in names] == [
            "Tulungagung", "Lumajang", "Pacitan", "Trenggalek", "Ponorogo", "Blitar", "Kediri", "Malang"]
        assert site.client.get("/compare", params={"index": "sakip", "year": "2019"}).status_code == 200


def test_bpk_opinions_rank_wtp_wdp_tw_tmp(site):
    opinions = [(1, "TMP"), (2, "WDP"), (3, "TW"), (4, "WTP"), (5, "WDP")]
    events = [index_event(SPARE[0], jatim(n), "opini_bpk", value, None, 2020, f"Opini BPK {value} tahun 2020.")
              for n, value in opinions]
    with loaded(site, events):
        html = page(site, "/compare", index="opini_bpk", year="2020", province="35")
        values = html.css("table.data tbody tr td:nth-child(3) a::text").getall()
        assert values == ["WTP", "WDP", "WDP", "TW", "TMP"]
        names = html.css("table.data tbody tr td:nth-child(2) a::text").getall()
        assert names[1:3] == ["Kabupaten Blitar", "Kabupaten Ponorogo"]  # one grade: by name
        assert "WTP > WDP > TW > TMP" in " ".join(html.css("p.muted::text").getall())


def test_ombudsman_zones_rank_green_yellow_red_and_scores_only_within_a_zone(site):
    zones = [(1, "zona merah", 48.5, "Merah"), (2, "Kuning", None, "Kuning"), (3, "zona hijau", 81.0, "Hijau"),
             (4, "zona hijau", 95.2, "Hijau"), (5, "zona kuning", 70.4, "Kuning")]
    events = [index_event(SPARE[0], jatim(n), "ombudsman", f"{number}".replace(".", ",") if number else value,
                          number, 2022, f"Ombudsman 2022: {value}.", predicate=predicate)
              for n, value, number, predicate in zones]
    with loaded(site, events):
        names, zones_shown = ranked(site, "ombudsman", 2022)
        assert zones_shown == ["Hijau", "Hijau", "Kuning", "Kuning", "Merah"]
        assert [n.removeprefix("Kabupaten ") for n in names] == ["Tulungagung", "Trenggalek", "Blitar",
                                                                  "Ponorogo", "Pacitan"]


def test_a_disputed_year_in_a_comparison_shows_both_values(site):
    first = [index_event(SPARE[0], KENDAL, "mcp", "90", 90.0, 2022, "Skor MCP Kendal 2022 sebesar 90.")]
    second = [index_event(SPARE[1], KENDAL, "mcp", "94,19", 94.19, 2022, "MCP Kendal turun dari 94,19 pada 2022.")]
    with loaded(site, first, second):
        html = page(site, "/compare", index="mcp", year="2022")
        (row,) = html.css("table.data tbody tr.disputed")
        assert sorted(row.css("td:nth-child(3) a::text").getall()) == ["90", "94,19"]
        assert "Sumber berbeda" in row.css("td:nth-child(3) strong::text").get()
        assert row.css("td:nth-child(5)::text").get() == "2"
        charts = html.css("svg.chart.bars")  # one per layout (wide, narrow)
        assert charts
        for chart in charts:  # every value the sources gave, as disputed; no bar picks one of them
            assert not chart.css("rect.bar")
            dots = chart.css("circle.dot.disputed title::text").getall()
            assert len(dots) == 2 and all(sorted(d.split("— ")[1].split(" / ")) == ["90", "94,19"] for d in dots)
            assert sorted(chart.css("text.value.disputed::text").get().split(" / ")) == ["90", "94,19"]
