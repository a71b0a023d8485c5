"""The site in real headless Chromium at 1280 px (desktop) and 390 px (phone), over the dev set extracted and
loaded by the CLI (tests/browser/conftest.py). Every page must fit its width (no sideways scroll: wide tables
scroll inside their own box, never the page), log no script or CSP error, and show charts whose labels are
readable (at least 10 px tall), inside the chart and not on top of each other.

Every page is also checked at 360 px, the narrowest phones in use.

The seven tasks a journalist or a watchdog came for, each done by clicks and typing as a reader would:

1. Search "perjanjian kinerja", and open an event: its evidence sentence, marked in the stored article, and
   its source.
2. Filter by agreement kind (Perjanjian Kinerja): every result is one.
3. Find SAKIP results for the assessed year 2018 with the year filter (the year assessed, not the report's).
4. Open a regency page (Wilayah → province → regency) and read its index chart: an axis for years and for
   values; every year of the table on it; a year the sources disagree on shows every value.
5. Compare regencies on an index (Bandingkan): best first in the index's own direction, the bars in the
   table's order, a region whose sources disagree drawn with every value; grades in the index's order.
6. Open /komitmen for a province and year and export it as CSV: one row per regency/city of the province,
   the same as the table, region codes with their dots.
7. Subscribe to an Atom alert from a search: the feed the link gives lists events of that search.

Screenshots of every page and task at both widths go to .artifacts/screenshots/ (gitignored; the run prints
the path). Run: `.venv/bin/python -m pytest -m browser tests/browser` (.ci/run does, after installing chromium).
"""

from __future__ import annotations

import csv
import io
import re

import feedparser
import pytest

from db import SearchQuery
from pantau.catalogue import agreement_kind_label, category_rank, index_info, index_keys, split_series
from pantau.regions import regions_by_code
from tests.support.browser import SCREENSHOTS, WIDTHS
from web.index_charts import UNCHARTED

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TRACKER_YEAR, TRACKER_PROVINCE = 2024, "35"
NARROWEST = 360
MIN_LABEL_PX = 10

# Elements sticking out of the viewport, unless a box that scrolls sideways on its own holds them.
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const scrollsItself = el => { for (let p = el.parentElement; p; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width && (r.right > width + 1 || r.left < -1) && !scrollsItself(el) && !el.closest('.sr'))
      out.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className : '')
               + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
  }
  return {scroll: document.documentElement.scrollWidth, width, body: getComputedStyle(document.body).overflowX,
          html: getComputedStyle(document.documentElement).overflowX, out: out.slice(0, 8)};
}"""

# Every text of every chart shown (bar charts come drawn twice, one hidden): its rendered box, and the box of the chart holding it.
CHART_TEXT_JS = """() => Array.from(document.querySelectorAll('svg.chart')).filter(svg => svg.getBoundingClientRect().width).map(svg => {
  const s = svg.getBoundingClientRect();
  return {chart: svg.querySelector('title') ? svg.querySelector('title').textContent : '',
          box: [s.left, s.top, s.right, s.bottom],
          texts: Array.from(svg.querySelectorAll('text')).map(t => {
            const r = t.getBoundingClientRect(); return {text: t.textContent, box: [r.left, r.top, r.right, r.bottom]}; })};
})"""


# ------------------------------------------------------------------------------------------------ helpers
def shot(page, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{page.width}px.png"), full_page=True)


def assert_fits(page, name: str) -> None:
    found = page.evaluate(OVERFLOW_JS)
    assert found["body"] not in ("hidden", "clip") and found["html"] not in ("hidden", "clip"), \
        f"{name}: the page hides its overflow instead of fitting ({found})"
    assert found["scroll"] <= found["width"], f"{name} scrolls sideways at {page.width}px: {found}"
    assert not found["out"], f"{name}: elements outside the {page.width}px viewport: {found['out']}"


def assert_charts_readable(page, name: str) -> int:
    charts = page.evaluate(CHART_TEXT_JS)
    for chart in charts:
        left, top, right, bottom = chart["box"]
        boxes = []
        for text in chart["texts"]:
            if not text["text"].strip():
                continue
            x1, y1, x2, y2 = text["box"]
            where = f"{name} at {page.width}px, chart {chart['chart']!r}, label {text['text']!r}"
            assert y2 - y1 >= MIN_LABEL_PX, f"{where} is {y2 - y1:.1f}px tall"
            assert x1 >= left - 1 and x2 <= right + 1 and y1 >= top - 1 and y2 <= bottom + 1, \
                f"{where} is clipped: {text['box']} outside {chart['box']}"
            for other, (ox1, oy1, ox2, oy2) in boxes:
                overlap_x, overlap_y = min(x2, ox2) - max(x1, ox1), min(y2, oy2) - max(y1, oy1)
                assert overlap_x <= 1 or overlap_y <= 1, f"{where} lies on label {other!r}"
            boxes.append((text["text"], text["box"]))
    return len(charts)


def visit(page, path: str, name: str) -> None:
    response = page.goto(page.base + path, wait_until="networkidle")
    assert response is not None and response.status == 200, f"{path}: {response and response.status}"
    assert_fits(page, name)
    assert_charts_readable(page, name)
    assert not page.errors, f"{path}: the browser reported {page.errors}"
    shot(page, name)


def open_filters(page) -> None:
    """The filters block is collapsed above the results on phones, always open on wide screens."""
    panel = page.locator("details.filters-panel")
    if panel.get_attribute("open") is None and page.locator("details.filters-panel > summary").is_visible():
        page.locator("details.filters-panel > summary").click()


def search(page, text: str = "", **selects: str) -> None:
    page.goto(page.base + "/")
    page.fill("input[name=q]", text)
    if selects:
        open_filters(page)
    for name, value in selects.items():
        field = page.locator(f"form.search [name={name}]")
        if field.evaluate("el => el.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    page.get_by_role("button", name="Cari").click()
    page.wait_for_load_state()


def card_fields(card) -> dict[str, str]:
    return {dt.inner_text().strip(): dd.inner_text().strip()
            for dt, dd in zip(card.locator("dl.kv dt").all(), card.locator("dl.kv dd").all(), strict=True)}


def number(text: str) -> float:
    return float(text.strip().replace(".", "").replace(",", "."))


# ------------------------------------------------------------------------------------------------ targets
@pytest.fixture(scope="module")
def targets(dev_site):
    """What the dev set holds for the tasks, chosen from the store so the tests follow the data."""
    store = dev_site.store
    first = store.search(SearchQuery(text="perjanjian kinerja", per_page=1)).hits[0]
    return {"event": first.id, "article": first.article_id, "chart_regency": _chart_regency(store),
            "comparison": _richest_comparison(store)}


def _chart_regency(store) -> str:
    """A regency/city whose index chart has a year the sources disagree on, else the most years charted."""
    regencies = store.search(SearchQuery(types=["index_report"], per_page=1)).facets.get("regency", [])
    best, best_score = None, (-1, -1)
    for facet in regencies:
        summary = store.regency_summary(facet.value)
        if summary is None or len(facet.value) != 5:
            continue
        for series, years in summary.indexes.items():
            if split_series(series)[0] in UNCHARTED:
                continue
            numeric = [y for y, cell in years.items() if y and any(v.value_number is not None for v in cell.values)]
            disputed = any(cell.disputed for y, cell in years.items() if y in numeric)
            score = (int(disputed and len(numeric) >= 2), len(numeric))
            if score > best_score:
                best, best_score = facet.value, score
    assert best and best_score[1] >= 2, "the dev set has no regency with two years of one index"
    return best


def _richest_comparison(store) -> tuple[str, int]:
    """The (index, year) with the most regencies ranked by number."""
    options = [(sum(r["basis"] == "number" for r in store.compare_index(key, year)), key, year)
               for key in index_keys() for year in store.index_years(key)[:3]]
    count, key, year = max(options)
    assert count >= 3, "the dev set has no index with three regencies in one year"
    return key, year


# --------------------------------------------------------------------------------------------------- pages
PAGES = {"search": "/", "results": "/?q=perjanjian+kinerja", "event": "/events/{event}",
         "article": "/articles/{article}", "regency": "/regions/{chart_regency}",
         "province": "/regions/{province}", "compare": "/compare?index={index}&year={year}",
         "komitmen": f"/komitmen?tahun={TRACKER_YEAR}&provinsi={TRACKER_PROVINCE}", "about": "/about",
         "regions": "/regions", "docs": "/docs"}


@pytest.mark.parametrize("name", PAGES)
def test_every_page_fits_the_screen(page, targets, name):
    index, year = targets["comparison"]
    path = PAGES[name].format(province=targets["chart_regency"][:2], index=index, year=year, **targets)
    visit(page, path, f"page-{name}")
    if name == "docs":
        page.locator(".swagger-ui .opblock").first.wait_for()  # rendered from the site's own files
        assert_fits(page, f"page-{name}")
        assert not page.errors, f"/docs: the browser reported {page.errors}"
    if page.width == min(WIDTHS):  # the narrowest phones in use: 360 px
        page.set_viewport_size({"width": NARROWEST, "height": 800})
        page.wait_for_timeout(100)
        assert_fits(page, f"page-{name} at {NARROWEST}px")
        assert_charts_readable(page, f"page-{name} at {NARROWEST}px")


# --------------------------------------------------------------------------------------------------- tasks
def test_task1_search_and_open_an_event_with_its_evidence(page):
    search(page, "perjanjian kinerja")
    cards = page.locator("ol.events > li.event")
    assert cards.count() > 0
    form_bottom = page.locator("form.search").bounding_box()
    assert form_bottom["y"] < cards.first.bounding_box()["y"], "the search form must come before the results"
    assert page.locator("ol.events mark").count() > 0, "the query is marked in the results"
    assert cards.first.locator("blockquote.evidence").inner_text().strip()
    assert_fits(page, "task1-results")
    shot(page, "task1-results")
    cards.first.locator("h3 a").click()
    page.wait_for_load_state()
    assert page.url.startswith(page.base + "/events/")
    evidence = page.locator("blockquote.evidence").first.inner_text().strip()
    assert evidence, "the event page shows its evidence sentence"
    marked = page.locator(".article-text mark.evidence")
    assert marked.count() > 0 and marked.first.is_visible(), "the evidence is marked in the stored article"
    assert page.locator("ul.provenance a").count() > 0, "the event page links its source"
    assert_fits(page, "task1-event")
    shot(page, "task1-event")


def test_task2_filter_by_agreement_kind(page):
    kind = "perjanjian_kinerja"
    search(page, "", type="agreement_signing", kind=kind)
    cards = page.locator("ol.events > li.event")
    assert cards.count() > 0, "the dev set has Perjanjian Kinerja signings"
    for card in cards.all():
        assert card_fields(card).get("Jenis") == agreement_kind_label(kind)
    total = int(page.locator(".summary-line strong").first.inner_text())
    assert total >= cards.count()
    assert_fits(page, "task2-kind")
    shot(page, "task2-kind")


def test_task3_assessed_year_filter_finds_sakip_2018(page):
    search(page, "", index="sakip", year="2018")
    label = page.locator("form.search label", has=page.locator("input[name=year]")).inner_text()
    assert "dinilai" in label, "the year filter says it is the year assessed for indices"
    cards = page.locator("ol.events > li.event")
    assert cards.count() > 0, "SAKIP values assessed in 2018 are found by the year filter"
    for card in cards.all():
        fields = card_fields(card)
        assert fields.get("Tahun") == "2018" and fields.get("Indeks", "").startswith("SAKIP"), fields
    assert_fits(page, "task3-sakip-2018")
    shot(page, "task3-sakip-2018")


def test_task4_regency_page_and_its_index_chart(page, targets):
    code = targets["chart_regency"]
    page.goto(page.base + "/")
    page.locator("header.site nav a", has_text="Wilayah").click()
    page.locator(f"a[href='/regions/{code[:2]}']").first.click()
    page.locator(f"a[href='/regions/{code}']").first.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/regions/{code}")
    blocks = page.locator(".index-block", has=page.locator("svg.chart.trend"))
    assert blocks.count() > 0, "the regency's index values are charted"
    for block in blocks.all():
        chart = block.locator("svg.chart.trend")
        labels = [t.text_content() for t in chart.locator("text").all()]
        dots = [t.text_content() for t in chart.locator("circle.dot > title").all()]
        assert chart.locator(".axis-line").count() == 2, "the chart has a value axis and a year axis"
        charted = sorted({int(title.split(":")[0]) for title in dots})
        assert str(charted[0]) in labels and str(charted[-1]) in labels, "the year axis spans the years"
        for row in block.locator("tbody tr").all():
            year = row.locator("td").first.inner_text().strip()
            values = [a.inner_text().strip() for a in row.locator("td").nth(1).locator("a").all()]
            numeric = [v for v in values if re.fullmatch(r"[\d.,]+", v)]
            if year.isdigit() and (numeric or "numbers" not in (chart.get_attribute("class") or "")):
                assert int(year) in charted, f"year {year} of the table is on the chart"
            if len(values) > 1 and "numbers" in (chart.get_attribute("class") or ""):
                for value in numeric:  # a disputed year: every value the sources gave, none picked
                    assert value in labels, f"disputed {year}: {value} missing from the chart {labels}"
                assert chart.locator("circle.disputed").count() >= len(numeric)
    assert_charts_readable(page, "task4-regency")
    assert_fits(page, "task4-regency")
    shot(page, "task4-regency")
    blocks.first.locator("svg.chart").screenshot(path=str(SCREENSHOTS / f"task4-chart-{page.width}px.png"))


def test_task5_compare_regencies_on_an_index(page, targets):
    index, year = targets["comparison"]
    page.goto(page.base + "/")
    page.locator("header.site nav a", has_text="Bandingkan").click()
    page.select_option("select[name=index]", index)
    page.get_by_role("button", name="Tampilkan").click()
    page.select_option("select[name=year]", str(year))
    page.get_by_role("button", name="Tampilkan").click()
    page.wait_for_load_state()
    rows = page.locator("table.data tbody tr.basis-number:not(.disputed)")
    assert rows.count() >= 3
    values = [number(r.locator("td").nth(2).inner_text()) for r in rows.all()]
    best_first = sorted(values, reverse=not index_info(index).lower_is_better)
    assert values == best_first, f"{index} {year}: not best first in the index's direction: {values}"
    names = [r.locator("td").nth(1).inner_text().strip() for r in page.locator("table.data tbody tr").all()]
    bars = [t.text_content().strip() for t in page.locator("svg.chart.bars:visible text.name").all()]
    assert bars == names, "the bars are in the table's order"
    disputed = [t.text_content() for t in page.locator("svg.chart.bars:visible text.value.disputed").all()]
    for row in page.locator("table.data tbody tr.disputed").all():  # the sources disagree: every value drawn
        said = " / ".join(a.inner_text().strip() for a in row.locator("td").nth(2).locator("a").all())
        assert said in disputed, f"{said} is not drawn as disputed: {disputed}"
    assert_charts_readable(page, "task5-compare")
    assert_fits(page, "task5-compare")
    shot(page, "task5-compare")


def test_task5_category_comparison_follows_the_index_order(page, dev_site):
    """SAKIP-style grades rank by the catalogue's order (AA > A > BB ...), never below numeric scores."""
    found = [(key, year) for key in index_keys() if index_info(key).categories
             for year in dev_site.store.index_years(key)
             if sum(r["basis"] == "category" for r in dev_site.store.compare_index(key, year)) >= 2]
    if not found:
        pytest.skip("the dev set has no year with two graded regencies of one index")
    key, year = found[0]
    page.goto(f"{page.base}/compare?index={key}&year={year}")
    rows = page.locator("table.data tbody tr").all()
    classes = [r.get_attribute("class") or "" for r in rows]
    grades = [r.locator("td").nth(3).inner_text().strip() or r.locator("td").nth(2).inner_text().strip()
              for r, c in zip(rows, classes, strict=True) if "basis-category" in c]
    ranks = [category_rank(key, grade) for grade in grades]
    assert ranks == sorted(ranks), f"{key} {year}: grades not in the index's order: {grades}"
    first_other = next((i for i, c in enumerate(classes) if "basis-category" not in c), len(classes))
    assert all("basis-category" not in c for c in classes[first_other:]), "numbers never rank above grades"
    graded = [r.locator("td").nth(1).inner_text().strip() for r, c in zip(rows, classes, strict=True)
              if "basis-category" in c]
    steps = [t.text_content().strip() for t in page.locator("svg.chart.grades:visible text.name").all()]
    assert steps == graded, "the grade chart draws the graded regions in the table's order"
    assert_charts_readable(page, "task5-categories")
    assert_fits(page, "task5-categories")
    shot(page, "task5-categories")


def test_task6_commitment_tracker_exported_as_csv(page):
    page.goto(page.base + "/")
    page.locator("header.site nav a", has_text="Komitmen").click()
    page.fill("input[name=tahun]", str(TRACKER_YEAR))
    page.select_option("select[name=provinsi]", TRACKER_PROVINCE)
    page.get_by_role("button", name="Tampilkan").click()
    page.wait_for_load_state()
    regencies = sorted(r.code for r in regions_by_code().values()
                       if not r.is_province and r.code.startswith(TRACKER_PROVINCE + "."))
    shown = page.locator("table.tracker tbody tr").evaluate_all("rows => rows.map(r => r.dataset.code)")
    assert sorted(shown) == regencies, "one row per regency/city of the province"
    not_found = page.locator("table.tracker td.pk .not-found").count()
    assert "tidak ditemukan di sumber" in page.locator("table.tracker").inner_text() or not_found == 0
    assert_fits(page, "task6-komitmen")
    shot(page, "task6-komitmen")
    with page.expect_download() as download:
        page.locator("p.exports a", has_text="CSV").click()
    text = download.value.path().read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    codes = [re.sub(r'^="(.*)"$', r"\1", row["regency_code"]) for row in rows]
    assert sorted(codes) == regencies, "the CSV has the table's regencies, codes with their dots"
    assert {row["province_name"] for row in rows} == {regions_by_code()[TRACKER_PROVINCE].name}
    assert sum(row["perjanjian_kinerja"] == "tidak ditemukan di sumber" for row in rows) == not_found


def test_task7_atom_alert_from_a_search(page, dev_site):
    search(page, "pelantikan")
    assert page.locator("ol.events > li.event").count() > 0
    shot(page, "task7-search")
    link = page.locator(".exports a", has_text="Langganan (Atom)")
    assert page.locator("link[rel=alternate][type='application/atom+xml']").get_attribute("href") == \
        link.get_attribute("href"), "browsers and feed readers discover the same alert"
    with page.expect_response(lambda r: "/feed.atom" in r.url) as answer:
        link.click()
    response = answer.value
    assert response.status == 200 and "atom" in response.headers["content-type"]
    feed = feedparser.parse(response.body())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.entries, "the alert lists the search's events"
    matching = {hit.id for hit in dev_site.store.iter_hits(SearchQuery(text="pelantikan"))}
    for entry in feed.entries:
        event_id = entry.link.rstrip("/").rsplit("/", 1)[-1]
        assert event_id in matching, f"{entry.link} is not an event of the search"
