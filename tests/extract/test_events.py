"""Event rules end to end on our own fixture articles (both seed articles' facts included)."""

from __future__ import annotations

from tests.support import extract_fixtures as fx


def by_type(events, kind):
    return [e for e in events if e["type"] == kind]


def test_mojokerto_performance_agreement(run):
    events = run(fx.MOJOKERTO_PK, article_id="mojo")
    assert len(events) == 1
    ev = events[0]
    assert ev["article_id"] == "mojo"
    assert ev["type"] == "agreement_signing"
    assert ev["agreement_kind"] == "perjanjian_kinerja"
    assert ev["agreement_year"] == 2024
    assert ev["regency"] == {"code": "35.16", "name": "Kabupaten Mojokerto"}
    assert ev["date"] == "2024-01-31"  # Rabu (31/1) + "Tahun 2024": Wednesday 31 January 2024
    assert ev["venue"] == "Pendopo Graha Maja Tama"
    names = {p["name"] for p in ev["people"]}
    assert {"Ikfina Fahmawati", "Siswandi"} <= names
    roles = {p["name"]: p["role"] for p in ev["people"]}
    assert roles["Ikfina Fahmawati"] == "Bupati Mojokerto"


def test_lamongan_inauguration_agreement_and_indices(run):
    events = run(fx.LAMONGAN, title=fx.LAMONGAN_TITLE)
    inaug = by_type(events, "inauguration")
    assert len(inaug) == 1
    ev = inaug[0]
    assert ev["officials_count"] == 50
    assert ev["inaugurated_by"]["name"] == "Yuhronur Efendi"
    assert ev["regency"]["code"] == "35.24"
    assert ev["date"] == "2024-03-22"  # Jumat malam (22/3): 22 March 2024 is a Friday
    assert ev["venue"] == "Pendopo Lokanantra"
    signing = by_type(events, "agreement_signing")
    assert [(s["agreement_kind"], s["agreement_year"], s["date"]) for s in signing] == [
        ("perjanjian_kinerja", 2024, "2024-03-22")  # "pagi ini": the same day
    ]
    indices = {e["index"]: e for e in by_type(events, "index_report")}
    assert {k: indices[k]["value_number"] for k in ("sakip", "rb", "spbe", "spi", "sistem_merit")} == {
        "sakip": 89.0, "rb": 75.89, "spbe": 3.96, "spi": 80.41, "sistem_merit": 295.0}
    assert indices["ombudsman"]["value"] == "A" and indices["ombudsman"]["predicate"] == "hijau"
    assert indices["spbe"]["predicate"] == "sangat baik"
    assert all(e["year"] == 2023 and e["regency"]["code"] == "35.24" for e in indices.values())
    # "Bupati Yes" is the nickname of the Bupati the article names in full
    names = {p["name"] for e in events for p in e["people"]}
    assert "Yuhronur Efendi" in names and "Yes" not in names


def test_mou_with_prosecutor(run):
    events = run(fx.KENDAL_MOU)
    assert len(events) == 1
    ev = events[0]
    assert ev["agreement_kind"] == "mou"
    assert ev["date"] == "2023-09-18"
    assert ev["regency"]["code"] == "33.24"
    names = {p["name"] for p in ev["people"]}
    assert "Ivan Pasaribu" in names  # "Dr." and "S.H., M.H." stripped
    assert any(p.startswith("Pemerintah Kabupaten Kendal") for p in ev["parties"])


def test_multi_regency_index_list_gives_one_event_per_regency(run):
    events = run(fx.SPBE_LIST)
    got = {(e["regency"]["name"], e["value_number"]) for e in events}
    assert got == {("Kota Tasikmalaya", 3.96), ("Kabupaten Garut", 3.89), ("Kota Bandung", 3.75)}
    assert all(e["index"] == "spbe" and e["year"] == 2023 for e in events)
    assert all(e["date"] == "2024-01-18" for e in events)  # the day it was announced


def test_audit_opinion(run):
    events = run(fx.OPINION)
    assert [(e["index"], e["value"], e["year"], e["date"]) for e in events] == [
        ("opini_bpk", "WTP", 2024, "2025-05-23")]
    assert events[0]["regency"]["code"] == "11.14"


def test_plans_are_not_events(run):
    assert run(fx.PLAN_ONLY) == []
    assert run("Besok, 209 keuchik di Aceh Besar akan dilantik Bupati Aceh Besar di Jantho.") == []


def test_article_without_event(run):
    assert run(fx.NO_EVENT) == []


def test_campus_installation_is_not_a_government_event(run):
    assert run(fx.CAMPUS) == []


def test_every_spec_field_present(run):
    from extract import COMMON_FIELDS, EVENT_FIELDS

    for text in (fx.LAMONGAN, fx.MOJOKERTO_PK, fx.SPBE_LIST):
        for ev in run(text):
            assert set(ev) == {"article_id", *COMMON_FIELDS, *EVENT_FIELDS[ev["type"]]}
            from pantau.records import event_problem

            assert event_problem(ev) is None


def test_acting_heads_for_two_regions_are_two_events(run):
    text = ("Serang – Gubernur Banten Wahidin Halim melantik Gunawan sebagai Pjs Bupati Pandeglang dan Ade Aryanto "
            "sebagai Pjs Bupati Serang di Pendopo Gubernur Banten, Sabtu (26/9/2020).")
    events = run(text)
    assert sorted(e["regency"]["code"] for e in events) == ["36.01", "36.04"]
    assert all(e["inaugurated_by"]["name"] == "Wahidin Halim" for e in events)


def test_named_level_is_the_value_when_no_score(run):
    text = ("Kendal – Pemkab Kendal meraih penghargaan Kabupaten Layak Anak (KLA) kategori Nindya tahun 2023 dari "
            "Kementerian PPPA di Jakarta, Sabtu (22/7/2023).")
    events = run(text)
    assert [(e["index"], e["value"], e["regency"]["code"], e["year"], e["date"]) for e in events] == [
        ("other", "Nindya", "33.24", 2023, "2023-07-22")]
    assert run("Kepala Dinas menyebut predikat baik harus dipertahankan oleh semua desa.") == []


def test_rate_needs_its_label_next_to_it(run):
    text = ("Ambon – BPS mencatat Kota Ambon mengalami inflasi 0,30 persen pada September 2022, Senin (3/10/2022). "
            "Komoditas yang memberi andil terhadap inflasi Kota Ambon adalah bensin (0,91 persen) dan tarif angkot "
            "(0,31 persen).")
    events = run(text)
    assert [(e["index"], e["value_number"], e["year"]) for e in events] == [("inflasi", 0.3, 2022)]


def test_targets_and_forecasts_are_not_results(run):
    assert run("Pemkab Sleman menargetkan angka kemiskinan turun menjadi 7 persen pada 2025.") == []
    assert run("Target IPM Kabupaten Sleman tahun 2025 sebesar 85,2.") == []
    events = run("Angka kemiskinan di Kabupaten Sleman tahun 2023 sebesar 10,4 persen.")
    assert [(e["index"], e["value_number"], e["year"], e["regency"]["code"]) for e in events] == [
        ("kemiskinan", 10.4, 2023, "34.04")]


def test_club_party_and_back_references_are_not_installations(run):
    assert run("Bupati Sleman menghadiri pelantikan pengurus KONI Sleman di Pendopo, Senin (5/2/2024).") == []
    assert run("Ketua DPD Partai Golkar melantik pengurus kecamatan di Kantor DPD, Sabtu (3/2/2024).") == []
    assert run("Wali Kota Malang meminta pejabat yang baru dilantik pekan lalu bekerja keras.") == []
    events = run("Bupati Lamongan melantik 20 pejabat, Jumat (22/3/2024). Pejabat yang baru dilantik diminta bekerja.")
    assert [(e["type"], e["officials_count"]) for e in events] == [("inauguration", 20)]


def test_years_bound_to_each_value(run):
    text = ("Makassar – Indeks reformasi birokrasi Pemprov Sulsel bergerak dari 74,21 (kategori BB) pada tahun 2023 "
            "ke 81,74 (kategori A) pada tahun 2024, Senin (3/2/2025).")
    got = sorted((e["value_number"], e["year"]) for e in run(text))
    assert got == [(74.21, 2023), (81.74, 2024)]
    text = "Kendal – Skor SPI Kabupaten Kendal pada tahun 2022 tercatat 71,41 persen, lalu tahun 2023 meningkat ke 77,04 persen."
    got = sorted((e["value_number"], e["year"]) for e in run(text))
    assert got == [(71.41, 2022), (77.04, 2023)]


def test_last_year_is_relative_to_the_report(run):
    text = "Buton – Tahun lalu, nilai SAKIP Pemkab Buton berpredikat CC. Tahun ini Pemkab Buton meraih predikat B."
    got = sorted((e["value"], e["year"]) for e in run(text, published="2022-04-06"))
    assert got == [("B", 2022), ("CC", 2021)]


def test_province_given_as_address_does_not_take_the_value(run):
    text = ("Kandangan – Pemerintah Kabupaten (Pemkab) Hulu Sungai Selatan (HSS), Kalimantan Selatan (Kalsel) "
            "memperoleh indeks SPI tahun 2023 sebesar 81,14.")
    assert [(e["regency"]["code"], e["value_number"]) for e in run(text)] == [("63.06", 81.14)]
