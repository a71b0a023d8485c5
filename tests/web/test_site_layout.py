"""How pages are built for narrow screens, read with selectors: filters come before results in a collapsible
block, and every data table sits in its own scrolling box (the page itself never scrolls sideways; the
browser tests in tests/browser measure that in Chromium)."""

from __future__ import annotations

from parsel import Selector


def page(site, url: str, status: int = 200) -> Selector:
    response = site.client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return Selector(text=response.text)


def test_filters_and_facets_come_before_the_results_in_collapsible_blocks(site):
    html = page(site, "/?q=lantik")
    blocks = html.css("details.panel")
    assert [b.attrib["class"].split()[-1] for b in blocks] == ["filters-panel", "facets-panel"]
    assert blocks[0].css("summary::text").get().strip() == "Saringan"
    assert blocks[0].css("select[name=type]"), "the filter fields are inside the block"
    assert blocks[1].css("aside.facets section h2::text").getall()[:1] == ["Jenis"]
    # In document order the facets precede the results, so a phone shows them first.
    order = [node.root.tag for node in html.xpath("//details[contains(@class,'facets-panel')] | //ol[@class='events']")]
    assert order == ["details", "ol"]


def test_active_filters_open_the_block_and_say_how_many(site):
    html = page(site, "/?q=indeks&type=index_report&province=35")
    panel = html.css("details.filters-panel")
    assert "open" in panel.attrib
    assert panel.css("summary::text").get().strip() == "Saringan (2 aktif)"
    assert "open" not in page(site, "/?q=indeks").css("details.filters-panel").attrib


def test_every_data_table_scrolls_inside_its_own_box(site):
    code = site.client.get("/api/events", params={"type": "index_report"}).json()["events"][0]["regency"]["code"]
    for url in ["/regions", f"/regions/{code[:2]}", f"/regions/{code}", "/compare?index=sakip", "/about"]:
        tables = page(site, url).css("table.data")
        assert tables, url
        for table in tables:
            box = table.xpath("..")
            assert "table-wrap" in box.attrib.get("class", ""), url
            assert box.attrib.get("tabindex") == "0", "a keyboard can scroll the box"
