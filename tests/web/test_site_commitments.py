"""The commitment tracker `/komitmen`: every regency of a province (or all 514) for one year, with what the
sources report and "tidak ditemukan di sumber" where they report nothing; sortable, CSV, .xlsx and Atom."""

from __future__ import annotations

import csv
import io

import feedparser
from parsel import Selector


def page(site, path: str, **params) -> Selector:
    response = site.client.get(path, params=params)
    assert response.status_code == 200, response.text[:300]
    return Selector(response.text)


def row(html: Selector, code: str) -> Selector:
    (found,) = html.css(f"table.tracker tbody tr[data-code='{code}']")
    return found


def test_every_regency_of_the_province_with_what_the_sources_report(site):
    html = page(site, "/komitmen", tahun="2024", provinsi="35")
    assert len(html.css("table.tracker tbody tr")) == 38
    assert html.css(".tracker-summary strong::text").getall() == ["1", "38"]
    mojokerto = row(html, "35.16")
    (pk,) = mojokerto.css("td.pk .found")
    assert pk.css("a::attr(href)").get().startswith("/events/")
    assert "Ikfina Fahmawati (Bupati Mojokerto)" in pk.css(".who::text").get()
    assert pk.css(".sources a::attr(href)").getall() == [  # the two outlets' reports, one signing
        "https://kabarmojokerto.test/berita/mjk-pk-2024", "https://jatimterkini.test/berita/mjk-pk-2024-copy"]
    lamongan = row(html, "35.24")
    assert lamongan.css("td.pk .not-found::text").get() == "tidak ditemukan di sumber"
    assert "43 pejabat" in lamongan.css("td.inaugurations a::text").get()
    text = " ".join(html.css("main ::text").getall()).casefold()
    assert "tidak ditandatangani" not in text.replace("bukan bahwa perjanjian itu tidak ditandatangani", "")


def test_all_514_without_a_province_and_index_results_of_the_year(site):
    html = page(site, "/komitmen", tahun="2023")
    assert len(html.css("table.tracker tbody tr")) == 514
    sidoarjo = row(html, "35.15")
    results = [" ".join(a.css("::text").getall()) for a in sidoarjo.css("td.indexes a")]
    assert sorted(results) == ["SAKIP: 72,15 (BB)", "SPBE: 3,64 (sangat baik)"]
    assert row(html, "33.24").css("td.agreements a::text").getall() == ["Nota Kesepahaman (MoU)"]


def test_sortable_by_what_is_missing(site):
    codes = page(site, "/komitmen", tahun="2024", provinsi="35", urut="pk").css(
        "table.tracker tbody tr::attr(data-code)").getall()
    assert codes[-1] == "35.16" and len(codes) == 38  # found last: what is missing first
    names = page(site, "/komitmen", tahun="2024", provinsi="35", urut="nama").css(
        "table.tracker tbody tr td.region a::text").getall()
    short = [n.removeprefix("Kabupaten ").removeprefix("Kota ") for n in names]
    assert short == sorted(short)


def test_csv_and_xlsx_exports_keep_codes_as_text(site):
    from openpyxl import load_workbook

    response = site.client.get("/komitmen.csv", params={"tahun": "2024", "provinsi": "35"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 38 and "attachment" in response.headers["content-disposition"]
    mojokerto = next(r for r in rows if r["regency_name"] == "Kabupaten Mojokerto")
    assert mojokerto["regency_code"] == '="35.16"' and mojokerto["province_name"] == "Provinsi Jawa Timur"
    assert mojokerto["perjanjian_kinerja"] == "ditemukan" and mojokerto["perjanjian_kinerja_date"] == "2024-01-31"
    assert next(r for r in rows if r["regency_name"] == "Kabupaten Lamongan")["perjanjian_kinerja"] == \
        "tidak ditemukan di sumber"
    book = load_workbook(io.BytesIO(site.client.get("/komitmen.xlsx", params={"tahun": "2024", "provinsi": "35"}).content))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    cells = {c.value: c for c in sheet["A"]}
    code = cells["35.10"]  # Banyuwangi: a code a spreadsheet would read as 35.1
    assert code.data_type == "s" and code.number_format == "@"
    year = sheet.cell(row=code.row, column=header.index("year") + 1)
    assert year.value == 2024 and year.data_type == "n"


def test_atom_feed_of_the_trackers_changes(site):
    response = site.client.get("/komitmen.atom", params={"tahun": "2023", "provinsi": "35"})
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo and feed.feed.title == "pantau: komitmen 2023, Provinsi Jawa Timur"
    titles = [e.title for e in feed.entries]
    assert any("SAKIP" in t and "Sidoarjo" in t for t in titles)
    assert all(e.link.startswith("http://testserver/events/") for e in feed.entries)


def test_bad_parameters_are_said_in_indonesian(site):
    bad_year = site.client.get("/komitmen", params={"tahun": "20x4"})
    assert bad_year.status_code == 400 and "Tahun harus empat angka" in bad_year.text
    bad_province = site.client.get("/komitmen", params={"provinsi": "Atlantis"})
    assert bad_province.status_code == 400 and "provinsi tidak dikenal" in bad_province.text
