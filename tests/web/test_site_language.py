"""The site speaks Indonesian to the public: dates as "Jumat, 22 Maret 2024", times in WIB, errors of a
search (on the page and in the API) in Indonesian, and a page past the end of a search says so."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.html import fetch_page, hrefs, text, texts
from web.presentation import fmt_date, iso_date, short_date


@pytest.mark.parametrize(("value", "expected"), [
    (dt.date(2024, 3, 22), "Jumat, 22 Maret 2024"),
    ("2025-08-17", "Minggu, 17 Agustus 2025"),
    # Stored times are UTC; 20:30 UTC is 03.30 the next day in Jakarta.
    (dt.datetime(2024, 3, 22, 20, 30), "Sabtu, 23 Maret 2024 pukul 03.30 WIB"),
    (dt.datetime(2024, 3, 22, 1, 5, tzinfo=dt.UTC), "Jumat, 22 Maret 2024 pukul 08.05 WIB"),
    ("2024-03-22T12:00:00+00:00", "Jumat, 22 Maret 2024 pukul 19.00 WIB"),
    ("bukan tanggal", "bukan tanggal"), (None, ""),
])
def test_dates_read_the_indonesian_way_and_times_in_wib(value, expected):
    assert fmt_date(value) == expected


def test_short_dates_and_machine_readable_dates():
    assert short_date(dt.datetime(2024, 12, 31, 18, 0)) == "1 Januari 2025"
    assert iso_date(dt.datetime(2024, 12, 31, 18, 0)) == "2025-01-01T01:00+07:00"
    assert iso_date("2024-03-22") == "2024-03-22"


def test_pages_show_dates_in_words_and_archive_times_in_wib(site):
    events = site.client.get("/api/events", params={"q": '"perjanjian kinerja" Ikfina'}).json()["events"]
    identifier = next(e["id"] for e in events if e["article_id"] == "mjk-pk-2024")
    page = fetch_page(site.client, f"/events/{identifier}")
    assert page.css("dl.fields time::attr(datetime)").get() == "2024-01-31"
    archived = [t for t in texts(page, ".provenance li") if t.startswith("Arsip HTML")]
    # The fixture's page was fetched at 12:00 UTC.
    assert archived and archived[0].startswith("Arsip HTML diambil Rabu, 31 Januari 2024 pukul 19.00 WIB")
    listing = fetch_page(site.client, "/", q='"perjanjian kinerja" Ikfina')
    first = listing.css("li.event time")[0]
    assert first.attrib["datetime"] == "2024-01-31" and first.xpath("string()").get() == "Rabu, 31 Januari 2024"


@pytest.mark.parametrize(("params", "message"), [
    ({"since": "2024-13-01"}, "tanggal mulai (since) harus berbentuk YYYY-MM-DD (atau YYYY-MM, YYYY), bukan '2024-13-01'"),
    ({"since": "2024-05-01", "until": "2024-01-01"}, "tanggal mulai (since, 2024-05-01) sesudah tanggal akhir (until, 2024-01-01)"),
    ({"q": "-lantik"}, "pencarian perlu setidaknya satu kata yang dicari, bukan hanya pengecualian (-kata)"),
    ({"type": "banjir"}, "jenis peristiwa tidak dikenal: 'banjir'; pilih salah satu: agreement_signing, inauguration, index_report"),
    ({"regency": "Lamongn"}, "kabupaten/kota tidak dikenal: 'Lamongn'; maksud Anda 'Kabupaten Lamongan' atau "
                             "'Kabupaten Sarolangun' atau 'Kabupaten Pekalongan'?"),
    ({"province": "Jawa Tmur"}, "provinsi tidak dikenal: 'Jawa Tmur'; maksud Anda 'Provinsi Jawa Barat' atau "
                                "'Provinsi Jawa Tengah' atau 'Provinsi Jawa Timur'?"),
    ({"year": "20x4"}, "tahun harus berbentuk YYYY, bukan '20x4'"),
    ({"sort": "acak"}, "urutan (sort) harus salah satu dari: relevance, newest, oldest, loaded"),
])
def test_a_search_that_cannot_run_says_why_in_indonesian(site, params, message):
    page = fetch_page(site.client, "/", status=400, **params)
    assert text(page, "[role=alert]") == message
    answer = site.client.get("/api/events", params=params)
    assert answer.status_code == 400 and answer.json() == {"detail": message}


def test_missing_pages_and_bad_parameters_answer_in_indonesian(site):
    assert text(fetch_page(site.client, "/tidak-ada", status=404), "p.error") == "Halaman tidak ada."
    assert site.client.get("/api/tidak-ada").json() == {"detail": "Halaman tidak ada."}
    assert text(fetch_page(site.client, "/", status=422, page="dua"), "p.error") == \
        "Alamat tidak valid: page: harus bilangan bulat"


def test_a_page_past_the_end_says_so_and_links_back(site):
    matching = site.client.get("/api/events", params={"per_page": 5}).json()["total"]
    last = -(-matching // 5)
    page = fetch_page(site.client, "/", status=404, per_page=5, page=9999)
    assert text(page, ".past-end p:first-child") == \
        f"Halaman 9999 melewati akhir hasil: {matching} peristiwa cocok, di {last} halaman."
    assert hrefs(page, ".past-end a[rel=prev]") == [f"/?page={last}&per_page=5"]
    assert not page.css("li.event") and not page.css(".empty:not(.past-end)")
    # A search that matches nothing is still told apart from a page too far.
    nothing = fetch_page(site.client, "/", q="tidakadakatasepertiini", page=3)
    assert nothing.css(".empty") and not nothing.css(".past-end")
