"""The site's HTML pages over real stores (both backends): search, event, article, regions, compare. Pages
are parsed and checked with selectors (tests/support/html.py)."""

from __future__ import annotations

from tests.support.html import fetch_page, fields, hrefs, table_rows, text, texts


def event_id_for(site, query, article_id=None):
    """The id of the first event found, or of the report from `article_id` (events are consolidated: one
    result holds every article's report)."""
    events = site.client.get("/api/events", params={"q": query}).json()["events"]
    if article_id is None:
        return events[0]["id"]
    return next(r["event_id"] for e in events for r in e["reports"] if r["article_id"] == article_id)


def facets(page) -> dict[str, dict[str, int]]:
    """The search page's facets: {facet title: {value label: count}}."""
    return {text(section, "h2"): {text(item, "a"): int(text(item, ".count")) for item in section.css("li")}
            for section in page.css("aside.facets section")}


def test_landing_page_shows_latest_events_and_counts(site):
    page = fetch_page(site.client, "/")
    # 13 reports of 12 events: the Perjanjian Kinerja reported by two outlets is one
    assert texts(page, ".summary-line strong") == ["12", "12"]
    assert text(page, ".summary-line").startswith("12 peristiwa dari 12 artikel, terakhir dimuat ")
    assert len(page.css("ol.events > li.event")) == 12
    assert hrefs(page, "head link[rel=alternate][type='application/atom+xml']") == ["/feed.atom"]


def test_search_highlights_matches_and_counts_facets(site):
    page = fetch_page(site.client, "/?q=lantik")
    assert "melantik" in texts(page, "li.event blockquote.evidence mark")
    assert facets(page)["Jenis"] == {"Pelantikan": 2}
    assert text(page, ".summary-line strong") == "2" and text(page, ".summary-line q") == "lantik"


def test_filters_by_name_and_facet_links_keep_the_query(site):
    page = fetch_page(site.client, "/?q=indeks&regency=Kabupaten+Sidoarjo")
    assert text(page, ".summary-line strong") == "2"
    # Facet links keep the words and other filters and reset the page.
    assert "/?q=indeks&regency=Kabupaten+Sidoarjo&index=sakip" in hrefs(page, "aside.facets a")
    assert "/export.csv?q=indeks&regency=Kabupaten+Sidoarjo" in hrefs(page, ".exports a")


def test_unknown_regency_is_a_message_with_a_suggestion(site):
    page = fetch_page(site.client, "/?q=lantik&regency=Lamongn", status=400)
    assert "maksud Anda 'Kabupaten Lamongan'" in text(page, "[role=alert]")


def test_search_path_redirects_to_the_search_page_with_its_query(site):
    response = site.client.get("/search?q=lantik&type=inauguration", follow_redirects=False)
    assert response.status_code == 301 and response.headers["location"] == "/?q=lantik&type=inauguration"
    assert "melantik" in texts(fetch_page(site.client, "/search?q=lantik"), "li.event mark")


def test_pagination_links(site):
    page = fetch_page(site.client, "/?per_page=5")
    assert len(page.css("li.event")) == 5
    assert hrefs(page, "nav.pages a[rel=next]") == ["/?page=2&per_page=5"]
    assert hrefs(page, "nav.pages a[rel=prev]") == []
    last = fetch_page(site.client, "/?per_page=5&page=3")
    assert len(last.css("li.event")) == 2
    assert hrefs(last, "nav.pages a[rel=next]") == [] and hrefs(last, "nav.pages a[rel=prev]") == ["/?page=2&per_page=5"]


def test_event_page_shows_fields_people_evidence_in_text_and_provenance(site):
    identifier = event_id_for(site, '"perjanjian kinerja" Ikfina', article_id="mjk-pk-2024")
    page = fetch_page(site.client, f"/events/{identifier}")
    assert text(page, "h1") == "Perjanjian Kinerja tahun 2024 — pejabat perangkat daerah"
    shown = fields(page, "dl.fields")
    assert shown["Tanggal"] == "Rabu, 31 Januari 2024" and shown["Wilayah"] == "Kabupaten Mojokerto (35.16)"
    assert shown["Tempat"] == "Pendopo Graha Maja Tama"
    assert texts(page, "ul.people li") == ["Ikfina Fahmawati — Bupati Mojokerto"]
    # The evidence sentence is marked inside the article text.
    assert text(page, ".article-text mark.evidence").startswith("Sebanyak 78 pejabat perangkat daerah")
    provenance = hrefs(page, ".provenance a")
    assert "https://kabarmojokerto.test/berita/mjk-pk-2024" in provenance
    assert f"/api/events/{identifier}" in provenance
    assert any(href.startswith("/archive/") for href in provenance)  # this article was archived when fetched
    # The republished copy, as the same story at another outlet.
    assert "/articles/mjk-pk-2024-copy" in hrefs(page, "h2#same-story + ul.cluster a")


def test_event_page_of_an_article_never_archived_says_so(site):
    identifier = event_id_for(site, '"perjanjian kinerja" Ikfina', article_id="mjk-pk-2024-copy")
    page = fetch_page(site.client, f"/events/{identifier}")
    assert not [href for href in hrefs(page, ".provenance a") if href.startswith("/archive/")]
    assert "Tidak ada arsip HTML untuk artikel ini." in texts(page, ".provenance li")


def test_event_page_lists_the_articles_other_events(site):
    identifier = site.client.get("/api/events", params={"index": "spbe", "regency": "35.78"}).json()["events"][0]["id"]
    page = fetch_page(site.client, f"/events/{identifier}")
    assert "Peristiwa lain dari artikel ini" in texts(page, "h2")
    assert len(page.css("ol.events > li.event")) == 3
    assert fields(page, "dl.fields")["Tanggal"] == "Sabtu, 10 Februari 2024 (tanggal peristiwa tidak disebut; ini tanggal terbit artikel)"


def test_article_page_with_events_and_archive(site):
    page = fetch_page(site.client, "/articles/mjk-pk-2024")
    assert text(page, "h1") == "Pejabat Pemkab Mojokerto Teken Perjanjian Kinerja 2024"
    assert len(page.css(".article-text mark.evidence")) == 1
    assert len(page.css("ol.events > li.event")) == 1
    assert [href for href in hrefs(page) if href.startswith("/archive/")]


def test_archive_is_served_sandboxed(site):
    page = fetch_page(site.client, "/articles/mjk-pk-2024")
    (archive,) = [href for href in hrefs(page) if href.startswith("/archive/") and "?" not in href]
    response = site.client.get(archive)
    assert response.status_code == 200 and response.content == site.archived_html
    assert response.headers["content-security-policy"].startswith("sandbox")
    assert "script-src" not in response.headers["content-security-policy"]  # default-src 'none' forbids scripts
    assert response.headers["x-archived-from"] == "https://kabarmojokerto.test/berita/mjk-pk-2024"
    as_text = site.client.get(f"{archive}?view=text")
    assert as_text.status_code == 200 and as_text.headers["content-type"].startswith("text/plain")
    assert site.client.get("/archive/999999").status_code == 404


def test_regency_page_tracks_commitments_and_index_values(site):
    page = fetch_page(site.client, "/regions/35.16")
    assert text(page, "h1") == "Kabupaten Mojokerto"
    signings = page.xpath("//table[caption[contains(., 'Penandatanganan')]]")
    assert table_rows(signings, "table") == [["2024", "1"]]  # PK 2024, the republished copy counted once
    index_tables = {text(block, "h3").split()[0]: table_rows(block, "table") for block in page.css(".index-block")}
    assert [row[:3] for row in index_tables["SPBE"]] == [["2022", "2,71", "baik"], ["2023", "3,02", "baik"]]
    assert index_tables["Opini"][0][:3] == ["2023", "WTP", ""]
    # Two SPBE years make a trend.
    assert "SPBE Kabupaten Mojokerto" in texts(page, ".index-block svg > title")
    assert texts(page, "ul.people li") == ["Ikfina Fahmawati — Bupati Mojokerto 2"]
    assert "/feed.atom?regency=35.16" in hrefs(page, "head link[rel=alternate]")


def test_province_page_and_region_list(site):
    page = fetch_page(site.client, "/regions/35")
    rows = table_rows(page, "table.data")
    assert len(rows) == 38 and len(page.css("table.data a[href^='/regions/35.']")) == 38
    assert ["35.16", "Kabupaten Mojokerto", "1", "", "3", "4"] == rows[[r[0] for r in rows].index("35.16")][:6]
    assert "/compare?index=spbe&province=35" in hrefs(page)
    assert "Provinsi Jawa Timur" in texts(fetch_page(site.client, "/regions"), "a[href='/regions/35']")
    fetch_page(site.client, "/regions/99", status=404)


def test_compare_page_ranks_regencies(site):
    page = fetch_page(site.client, "/compare?index=spbe&year=2023&province=35")
    assert [row[1] for row in table_rows(page, "table.data")] == [
        "Kota Surabaya", "Kabupaten Banyuwangi", "Kabupaten Sidoarjo", "Kabupaten Mojokerto"]
    # One chart drawn twice, the stylesheet showing one: names beside the bars (wide), above them (phones).
    assert len(page.css("svg.chart.bars.wide")) == 1 and len(page.css("svg.chart.bars.narrow")) == 1
    for layout in ("wide", "narrow"):
        assert texts(page, f"svg.chart.bars.{layout} text.name") == [row[1] for row in table_rows(page, "table.data")]
    # The year selector offers every year with data.
    assert texts(page, "select[name=year] option") == ["2023", "2022"]
    assert text(fetch_page(site.client, "/compare?index=ipm"), "main p.muted") == "Belum ada nilai IPM."
    fetch_page(site.client, "/compare?index=nope", status=400)


def test_about_and_not_found(site):
    assert "Cara mencari" in texts(fetch_page(site.client, "/about"), "h2")
    assert text(fetch_page(site.client, "/events/does-not-exist", status=404), "p.error").endswith("tidak ada.")
    fetch_page(site.client, "/no/such/page", status=404)


def test_every_internal_link_of_the_main_pages_resolves(site):
    seen: set[str] = set()
    for url in ("/", "/?q=Mojokerto", "/regions/35.16", "/regions/35", "/compare?index=spbe&province=35"):
        for href in hrefs(fetch_page(site.client, url)):
            if href.startswith("/") and not href.startswith(("/docs", "/export", "/feed")) and href not in seen:
                seen.add(href)
                assert site.client.get(href).status_code == 200, (url, href)
    assert len(seen) > 40


def test_bad_parameters_give_a_page_not_a_stack_trace(site):
    assert text(fetch_page(site.client, "/?page=0", status=422), "p.error").startswith("Alamat tidak valid: page")
    assert site.client.get("/api/events", params={"page": 0}).status_code == 422
    assert text(fetch_page(site.client, "/?since=2024-13-01", status=400), "[role=alert]").startswith("tanggal mulai (since) harus berbentuk")
    fetch_page(site.client, "/?sort=sideways", status=400)
    assert text(fetch_page(site.client, "/compare?year=abc", status=422), "p.error").startswith("Alamat tidak valid: year")


def test_capped_facet_counts_say_they_are_approximate(site, monkeypatch):
    """Past the window a search's counts are those of the events it read: the page says so beside the facets
    and before the total ("lebih dari"); within it nothing is marked."""
    from db.query import search as search_module

    assert not fetch_page(site.client, "/?q=lantik").css(".facet-note")
    monkeypatch.setattr(search_module, "WINDOW", 3)
    page = fetch_page(site.client, "/?type=index_report")
    assert text(page, ".facet-note") == "Angka perkiraan: dihitung dari 3 peristiwa pertama yang cocok, bukan semuanya."
    assert text(page, ".summary-line").startswith("lebih dari 3 peristiwa")
