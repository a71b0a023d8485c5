"""The about page tells the public what the store holds — counts, coverage, sources, the last crawls with
their times in WIB — and never the store's URL, a server path, a run's id or a source's error text, although
the store holds all of them."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.html import fetch_page, table_rows, text, texts

SECRET_PATH = "/srv/pantau/runs/2024-03-22T19-00"
FLOW_RUN_ID = "0f6c2a9e-7d41-4c55-9b0e-3a1d2c4b5e6f"
SOURCE_ERROR = "ConnectionRefused at /home/operator/.pantau/state/kab-x.json"


@pytest.fixture(scope="module")
def about(site):
    from db.models import Source

    with site.store.engine.begin() as conn:
        conn.execute(Source.__table__.insert(), {"key": "35.16", "name": "Pemkab Mojokerto", "kind": "government", "domain": "mojokertokab.go.id",
             "url": "https://mojokertokab.go.id/", "region_codes": ["35.16"], "verdict": "alive",
             "last_success_at": dt.datetime(2024, 3, 22, 19, 0, tzinfo=dt.UTC), "last_run_id": 41})
        conn.execute(Source.__table__.insert(), {"key": "kabarmojokerto.test", "name": "Kabar Mojokerto", "kind": "outlet",
             "domain": "kabarmojokerto.test", "url": "https://kabarmojokerto.test/", "region_codes": [],
             "verdict": "dead", "last_error": SOURCE_ERROR, "failures": 3})
    run_id = site.store.start_run("nightly")
    site.store.finish_run(run_id, "partial", {
        "flow": "nightly", "run_id": run_id, "flow_run_id": FLOW_RUN_ID, "db": site.url, "run_dir": SECRET_PATH,
        "targets": 2, "articles": {"crawled": 9, "inserted": 7}, "events": {"extracted": 12, "inserted": 5},
        "error": SOURCE_ERROR, "seconds": 12.5})
    response = site.client.get("/about")
    assert response.status_code == 200
    return response.text, run_id


def test_about_shows_counts_coverage_and_sources(site, about):
    page = fetch_page(site.client, "/about")
    stats = site.store.stats()
    counts = texts(page, "ul.about-counts li")
    assert counts[0].startswith(f"{stats['events']} peristiwa")
    assert counts[1] == f"{stats['articles']} artikel dari {stats['sources']} media ({stats['clusters']} cerita berbeda)"
    coverage = texts(page, "ul.about-coverage li")
    assert coverage[0].startswith("Peristiwa di ") and coverage[0].endswith("dari 38 provinsi (lihat per wilayah)")
    assert " dari 514 kabupaten/kota" in coverage[0]
    sources = texts(page, "ul.about-sources li")
    assert sources[0] == "2 sumber terdaftar: situs pemerintah daerah 1, media berita 1"
    # 19:00 UTC on 22 March is 02.00 on Saturday in Jakarta.
    assert sources[1] == ("1 di antaranya pernah berhasil diambil; pengambilan berhasil terakhir: "
                          "Sabtu, 23 Maret 2024 pukul 02.00 WIB")


def test_about_lists_the_last_crawl_in_public_terms(site, about):
    page = fetch_page(site.client, "/about")
    assert texts(page, "table.runs th") == ["Proses", "Mulai", "Selesai", "Hasil", "Sumber", "Artikel baru",
                                            "Peristiwa baru"]
    row = table_rows(page, "table.runs")[0]
    assert row[0] == "pengambilan malam" and row[3] == "sebagian sumber gagal" and row[4:] == ["2", "7", "5"]
    assert row[1].endswith(" WIB") and row[2].endswith(" WIB")


def test_about_never_shows_urls_paths_ids_or_error_text(site, about):
    html, run_id = about
    page = fetch_page(site.client, "/about")
    visible = " ".join(texts(page, "main"))
    store_url = site.url.split("@")[-1]  # the host and database (or the SQLite file's path)
    for secret in (store_url, SECRET_PATH, FLOW_RUN_ID, SOURCE_ERROR, "/home/operator", "sqlite:", "postgresql"):
        assert secret not in html, secret
    assert f"run_id: {run_id}" not in visible and "run_dir" not in html and "flow_run_id" not in html
    assert text(page, "h1") == "Tentang pantau"
