"""General readers of issue 8, on sentences written for these tests (real regions and offices, invented events):
the index date, acting heads for several regions, one installation per region, lists, quantity roles, people."""

from __future__ import annotations


def of_type(events, kind):
    return [e for e in events if e["type"] == kind]


def by_region(events):
    return {e["regency"]["name"]: e for e in events}


# ---------------------------------------------------------------- class 2: the index date
def test_index_date_from_any_affixed_form_of_a_release_verb(run):
    text = ("JAKARTA – Hasil Survei Penilaian Integritas (SPI) 2024 diluncurkan KPK di Jakarta, Kamis (30/1/2025).\n"
            "Kabupaten Kendal memperoleh skor 78,12 dalam survei tersebut.")
    events = of_type(run(text, published="2025-02-03"), "index_report")
    assert [(e["regency"]["name"], e["value_number"], e["date"]) for e in events] == [
        ("Kabupaten Kendal", 78.12, "2025-01-30")]


def test_a_quoted_statement_day_is_not_the_award_day(run):
    text = ("DEMAK – Pemkab Demak kembali meraih predikat BB dalam evaluasi SAKIP 2024.\n"
            "“Tahun ini SAKIP kami meraih predikat BB,” kata Sekda Demak Akhmad Sugiharto, Senin (3/3/2025).")
    events = of_type(run(text, published="2025-03-05"), "index_report")
    assert events and all(e["date"] is None for e in events)


def test_release_date_in_the_sentence_after_the_handover(run):
    text = ("KLATEN – Kementerian PANRB menyerahkan hasil evaluasi SAKIP kepada Pemkab Klaten yang meraih nilai 70,15.\n"
            "Turut hadir secara daring para kepala perangkat daerah, Rabu (16/4/2025).")
    events = of_type(run(text, published="2025-04-17"), "index_report")
    assert [(e["value_number"], e["date"]) for e in events] == [(70.15, "2025-04-16")]


# ---------------------------------------------------------------- class 5: ceremonies for several regions
def test_acting_heads_listed_after_the_verb_in_the_headline(run):
    title = "Gubernur Lantik Pj Bupati Sumba Barat, Sumba Timur dan Alor"
    text = ("KUPANG – Tiga penjabat bupati resmi dilantik Gubernur Nusa Tenggara Timur di Aula El Tari, "
            "Senin (3/6/2024).\nPara penjabat diminta menjaga netralitas aparatur.")
    events = of_type(run(text, title=title, published="2024-06-03"), "inauguration")
    assert sorted(e["regency"]["name"] for e in events) == [
        "Kabupaten Alor", "Kabupaten Sumba Barat", "Kabupaten Sumba Timur"]
    assert all(e["officials_count"] == 1 and e["date"] == "2024-06-03" for e in events)


def test_acting_heads_named_in_the_following_sentences(run):
    text = ("PALU – Gubernur Sulawesi Tengah melantik dua pejabat pimpinan tinggi sebagai Penjabat Bupati di "
            "Gedung Pogombo, Selasa (14/5/2024).\n"
            "Baca juga: Harga cabai turun\n"
            "Kepala Biro Pemerintahan ditetapkan menjadi Pj Bupati Banggai Laut, sedangkan Asisten I menjadi "
            "Pj Bupati Parigi Moutong.\n")
    events = of_type(run(text, published="2024-05-14"), "inauguration")
    assert sorted(e["regency"]["name"] for e in events) == ["Kabupaten Banggai Laut", "Kabupaten Parigi Moutong"]


def test_an_acting_head_who_installs_is_not_installed(run):
    text = ("SIAK – Pj Bupati Siak melantik 40 pejabat administrator di Balai Kerapatan, Jumat (7/6/2024).\n"
            "Pj Bupati Siak mengatakan pelantikan itu mengisi jabatan yang kosong.")
    events = of_type(run(text, published="2024-06-07"), "inauguration")
    assert [(e["regency"]["name"], e["officials_count"]) for e in events] == [("Kabupaten Siak", 40)]


def test_one_installation_per_region_of_a_listed_office(run):
    text = ("BENGKULU – Ketua TP PKK Provinsi Bengkulu melantik Ketua TP PKK dua kabupaten yakni Kaur dan Seluma "
            "di Gedung Daerah, Kamis (11/7/2024).")
    events = of_type(run(text, published="2024-07-11"), "inauguration")
    assert {e["regency"]["name"]: e["officials_count"] for e in events} == {
        "Kabupaten Kaur": 1, "Kabupaten Seluma": 1}


def test_head_and_deputy_pairs_for_two_regions_count_two_each(run):
    text = ("MAKASSAR – Pelantikan kepala daerah Kabupaten Gowa dan Kota Parepare digelar di Baruga Lounge, "
            "Rabu (26/2/2025), dipimpin Gubernur Sulawesi Selatan.")
    events = of_type(run(text, published="2025-02-26"), "inauguration")
    assert {e["regency"]["name"]: e["officials_count"] for e in events} == {
        "Kabupaten Gowa": 2, "Kota Parepare": 2}


def test_where_installed_officials_come_from_is_no_region_list(run):
    text = ("SAMARINDA – Gubernur Kalimantan Timur melantik 9 pejabat tinggi pratama di lingkungan Pemprov "
            "Kalimantan Timur, Senin (1/7/2024).\n"
            "Sebagian pejabat yang dilantik berasal dari Kabupaten Paser dan Kota Bontang.")
    events = of_type(run(text, published="2024-07-01"), "inauguration")
    assert [(e["regency"]["name"], e["officials_count"]) for e in events] == [("Provinsi Kalimantan Timur", 9)]
