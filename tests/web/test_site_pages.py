"""The site's HTML pages over real stores (both backends): search, event, article, regions, compare."""

from __future__ import annotations

import re
from html.parser import HTMLParser


def get(site, url, status=200):
    response = site.client.get(url)
    assert response.status_code == status, (url, response.status_code, response.text[:500])
    return response


def event_id_for(site, query):
    return site.client.get("/api/events", params={"q": query}).json()["events"][0]["id"]


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [value for name, value in attrs if name == "href"]


def links(html: str) -> list[str]:
    parser = Links()
    parser.feed(html)
    return parser.hrefs


def test_landing_page_shows_latest_events_and_counts(site):
    html = get(site, "/").text
    assert "12</strong> peristiwa dari <strong>12</strong> artikel" in html  # 13 reports of 12 events
    assert html.count('class="event"') == 12
    assert 'type="application/atom+xml"' in html


def test_search_highlights_matches_and_counts_facets(site):
    html = get(site, "/?q=lantik").text
    assert "<mark>melantik</mark>" in html
    assert re.search(r">Pelantikan</a>\s*<span class=\"count\">2</span>", html)
    assert "2</strong> peristiwa untuk <q>lantik</q>" in html


def test_filters_by_name_and_facet_links_keep_the_query(site):
    html = get(site, "/?q=indeks&regency=Kabupaten+Sidoarjo").text
    assert "2</strong> peristiwa" in html
    hrefs = links(html)
    # Facet links keep the words and other filters and reset the page.
    assert any(h.startswith("/?q=indeks&regency=") and "index=sakip" in h for h in hrefs)
    assert any("export.csv?q=indeks&regency=Kabupaten+Sidoarjo" in h for h in hrefs)


def test_unknown_regency_is_a_message_with_a_suggestion(site):
    response = get(site, "/?q=lantik&regency=Lamongn", status=400)
    assert "Kabupaten Lamongan" in response.text and 'role="alert"' in response.text


def test_search_path_redirects_to_the_search_page_with_its_query(site):
    response = site.client.get("/search?q=lantik&type=inauguration", follow_redirects=False)
    assert response.status_code == 301 and response.headers["location"] == "/?q=lantik&type=inauguration"
    assert "<mark>melantik</mark>" in get(site, "/search?q=lantik").text


def test_pagination_links(site):
    html = get(site, "/?per_page=5").text
    assert html.count('class="event"') == 5
    assert 'rel="next" href="/?page=2&amp;per_page=5"' in html
    last = get(site, "/?per_page=5&page=3").text
    assert last.count('class="event"') == 2 and 'rel="next"' not in last and 'rel="prev"' in last


def test_event_page_shows_fields_people_evidence_in_text_and_provenance(site):
    identifier = event_id_for(site, '"perjanjian kinerja" Ikfina')
    html = get(site, f"/events/{identifier}").text
    assert "Perjanjian Kinerja tahun 2024" in html
    assert "Ikfina Fahmawati</a> — Bupati Mojokerto" in html
    assert "Pendopo Graha Maja Tama" in html
    # The evidence sentence is marked inside the article text.
    assert re.search(r'<mark class="evidence">Sebanyak 78 pejabat perangkat daerah', html)
    assert f'href="/api/events/{identifier}"' in html
    assert 'id="same-story"' in html  # the republished copy
    hrefs = links(html)
    assert any(h.startswith("https://") and "mjk-pk-2024" in h for h in hrefs)
    assert any(h.startswith("/archive/") for h in hrefs) or "Tidak ada arsip" in html


def test_event_page_lists_the_articles_other_events(site):
    identifier = site.client.get("/api/events", params={"index": "spbe", "regency": "35.78"}).json()["events"][0]["id"]
    html = get(site, f"/events/{identifier}").text
    assert "Peristiwa lain dari artikel ini" in html
    assert html.count('class="event"') == 3
    assert "(tanggal peristiwa tidak disebut; ini tanggal terbit artikel)" in html


def test_article_page_with_events_and_archive(site):
    html = get(site, "/articles/mjk-pk-2024").text
    assert "Pejabat Pemkab Mojokerto Teken Perjanjian Kinerja 2024" in html
    assert '<mark class="evidence">' in html
    assert "/archive/" in html


def test_archive_is_served_sandboxed(site):
    page = re.search(r'href="/archive/(\d+)"', get(site, "/articles/mjk-pk-2024").text).group(1)
    response = get(site, f"/archive/{page}")
    assert response.content == site.archived_html
    assert response.headers["content-security-policy"].startswith("sandbox")
    assert "script-src" not in response.headers["content-security-policy"]  # default-src 'none' forbids scripts
    assert response.headers["x-archived-from"] == "https://kabarmojokerto.test/berita/mjk-pk-2024"
    as_text = get(site, f"/archive/{page}?view=text")
    assert as_text.headers["content-type"].startswith("text/plain")
    get(site, "/archive/999999", status=404)


def test_regency_page_tracks_commitments_and_index_values(site):
    html = get(site, "/regions/35.16").text
    assert "<h1>Kabupaten Mojokerto</h1>" in html
    assert re.search(r"<td>2024</td>\s*<td class=\"num\"><a [^>]+>1</a>", html)  # PK 2024, the copy counted once
    assert "3,02" in html and "2,71" in html and "WTP" in html
    assert "<svg" in html and "<title>SPBE Kabupaten Mojokerto</title>" in html  # two SPBE years make a trend
    assert "Ikfina Fahmawati" in html
    assert 'href="/feed.atom?regency=35.16"' in html


def test_province_page_and_region_list(site):
    html = get(site, "/regions/35").text
    assert html.count('href="/regions/35.') == 38
    assert re.search(r'href="/regions/35.16">Kabupaten Mojokerto</a></td>\s*<td class="num">1</td>', html)
    assert 'href="/compare?index=spbe&amp;province=35"' in html
    assert "Provinsi Jawa Timur" in get(site, "/regions").text
    get(site, "/regions/99", status=404)


def test_compare_page_ranks_regencies(site):
    html = get(site, "/compare?index=spbe&year=2023&province=35").text
    order = [m for m in re.findall(r'<td><a href="/regions/[\d.]+">([^<]+)</a></td>', html)]
    assert order == ["Kota Surabaya", "Kabupaten Banyuwangi", "Kabupaten Sidoarjo", "Kabupaten Mojokerto"]
    assert 'class="chart bars"' in html
    assert "2022" in html  # the year selector offers every year with data
    assert "Belum ada nilai" in get(site, "/compare?index=ipm").text
    get(site, "/compare?index=nope", status=400)


def test_about_and_not_found(site):
    assert "Cara mencari" in get(site, "/about").text
    assert "tidak ada" in get(site, "/events/does-not-exist", status=404).text
    get(site, "/no/such/page", status=404)


def test_every_internal_link_of_the_main_pages_resolves(site):
    seen: set[str] = set()
    for page in ("/", "/?q=Mojokerto", "/regions/35.16", "/regions/35", "/compare?index=spbe&province=35"):
        for href in links(get(site, page).text):
            if href.startswith("/") and not href.startswith(("/docs", "/export", "/feed")) and href not in seen:
                seen.add(href)
                assert site.client.get(href).status_code == 200, (page, href)
    assert len(seen) > 40


def test_bad_parameters_give_a_page_not_a_stack_trace(site):
    assert "Alamat tidak valid" in get(site, "/?page=0", status=422).text
    assert site.client.get("/api/events", params={"page": 0}).status_code == 422
    assert "since" in get(site, "/?since=2024-13-01", status=400).text
    get(site, "/?sort=sideways", status=400)
    assert "Alamat tidak valid" in get(site, "/compare?year=abc", status=422).text
