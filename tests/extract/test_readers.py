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


# ---------------------------------------------------------------- class 1: one value, many regions
def test_regions_and_values_paired_in_order_after_masing_masing(run):
    text = ("SEMARANG – BPS Jawa Tengah merilis angka kemiskinan Maret 2024, Senin (1/7/2024).\n"
            "Kabupaten Wonosobo, Kabupaten Kebumen dan Kabupaten Brebes masing-masing mencatat 14,4 persen, "
            "15,7 persen dan 14,9 persen.")
    events = of_type(run(text, published="2024-07-01"), "index_report")
    assert {e["regency"]["name"]: e["value_number"] for e in events} == {
        "Kabupaten Wonosobo": 14.4, "Kabupaten Kebumen": 15.7, "Kabupaten Brebes": 14.9}


def test_a_list_of_ranks_after_one_rank_word(run):
    text = ("Dalam penilaian Ombudsman 2023, Kota Sorong, Kota Tual dan Kota Ternate masing-masing berada di "
            "peringkat 80, 81, dan 82 dari 98 kota.")
    events = of_type(run(text, published="2024-01-20"), "index_report")
    assert {e["regency"]["name"]: e["value"] for e in events} == {
        "Kota Sorong": "peringkat 80", "Kota Tual": "peringkat 81", "Kota Ternate": "peringkat 82"}


def test_a_listed_region_named_twice_does_not_end_the_list(run):
    text = ("BPK memberikan opini WTP atas LKPD 2023 kepada Kabupaten Sigi, Kabupaten Poso, Kabupaten Poso, "
            "Kabupaten Banggai dan Kabupaten Tojo Una-Una, Selasa (21/5/2024).")
    events = of_type(run(text, published="2024-05-22"), "index_report")
    assert sorted(e["regency"]["name"] for e in events) == [
        "Kabupaten Banggai", "Kabupaten Poso", "Kabupaten Sigi", "Kabupaten Tojo Una Una"]


def test_a_region_named_as_a_yardstick_is_not_the_owner(run):
    text = ("Dalam penilaian kepatuhan Ombudsman 2023, Pemkot Palopo yang berada satu peringkat di bawah "
            "Pemkot Parepare memperoleh nilai 71,20.")
    events = of_type(run(text, published="2024-01-10"), "index_report")
    assert [(e["regency"]["name"], e["value_number"]) for e in events] == [("Kota Palopo", 71.2)]


# ---------------------------------------------------------------- class 3: numbers that are not the region's result
def test_values_of_classes_and_other_bodies_are_not_carried_to_the_last_region(run):
    text = ("JAKARTA – KPK merilis hasil SPI 2024, Selasa (28/1/2025). Kabupaten Badung meraih skor 80,40.\n"
            "Indeks tertinggi kementerian/lembaga diraih LKPP dengan skor 86.\n"
            "Indeks pemerintah kabupaten secara umum turun menjadi 69.")
    events = of_type(run(text, published="2025-01-28"), "index_report")
    assert [(e["regency"]["name"], e["value_number"]) for e in events] == [("Kabupaten Badung", 80.4)]


def test_a_count_of_governments_with_its_share_is_no_result(run):
    text = ("Dalam penilaian Ombudsman 2023, sebanyak 12 pemkab (30,5 persen) masuk zona kuning. "
            "Kabupaten Pinrang meraih nilai 88,10.")
    events = of_type(run(text, published="2024-01-15"), "index_report")
    assert [(e["regency"]["name"], e["value_number"]) for e in events] == [("Kabupaten Pinrang", 88.1)]


# ---------------------------------------------------------------- class 5: ceremonies, counts, vetoes
def test_pkk_officers_are_an_installation_even_as_pengurus(run):
    text = ("KLATEN – Bupati Klaten Sri Mulyani melantik pengurus TP PKK Kabupaten Klaten masa bakti 2024-2029 di "
            "Pendopo Pemkab Klaten, Senin (5/2/2024).")
    events = of_type(run(text, published="2024-02-06"), "inauguration")
    assert [(e["regency"]["name"], e["inaugurated_by"]["name"]) for e in events] == [
        ("Kabupaten Klaten", "Sri Mulyani")]


def test_a_party_installation_is_still_no_event(run):
    text = "KLATEN – Ketua DPD partai melantik pengurus DPC partai se-Kabupaten Klaten, Senin (5/2/2024)."
    assert of_type(run(text, published="2024-02-06"), "inauguration") == []


def test_an_earlier_postponement_does_not_veto_todays_ceremony(run):
    text = ("KUDUS – Pelantikan 30 pejabat eselon III dan IV di lingkungan Pemkab Kudus yang sedianya digelar pekan "
            "lalu sempat ditunda. Akhirnya, Bupati Kudus Hartopo melantik mereka di Pendopo Kabupaten Kudus, "
            "Senin (5/2/2024).")
    events = of_type(run(text, published="2024-02-06"), "inauguration")
    assert [(e["date"], e["officials_count"]) for e in events] == [("2024-02-05", 30)]


def test_counts_of_groups_installed_together_add_up(run):
    text = ("SRAGEN – Bupati Sragen Kusdinar Untung Yuni Sukowati melantik 24 pejabat administrator dan 61 pejabat "
            "pengawas di Pendopo Sumonegaran, Jumat (2/2/2024).")
    events = of_type(run(text, published="2024-02-02"), "inauguration")
    assert [e["officials_count"] for e in events] == [85]


def test_head_and_deputy_installed_together_count_two(run):
    text = ("SEMARANG – Gubernur Jawa Tengah melantik Bupati dan Wakil Bupati Pati di Gedung Gradhika Bhakti "
            "Praja, Kamis (20/2/2025).")
    events = of_type(run(text, published="2025-02-20"), "inauguration")
    assert [(e["regency"]["name"], e["officials_count"]) for e in events] == [("Kabupaten Pati", 2)]
    text = ("“Sejak kami dilantik sebagai Wali Kota dan Wakil Wali Kota Kendari pada 20 Februari 2025 di Istana "
            "Negara, kami bekerja untuk warga,” ujarnya.")
    events = of_type(run(text, published="2025-03-01"), "inauguration")
    assert [e["officials_count"] for e in events] == [2]


# ---------------------------------------------------------------- class 6: people
def names(events):
    return {p["name"] for e in events for p in e["people"]}


def test_glued_and_capitalised_honorifics_are_stripped(run):
    text = ("TEGAL – Bupati Tegal DR.H. Umi Azizah melantik 20 pejabat pengawas di Pendopo Amangkurat, "
            "Senin (8/1/2024).")
    assert "Umi Azizah" in names(run(text, published="2024-01-08"))


def test_a_place_before_an_honorific_is_not_part_of_the_name(run):
    text = ("Camat Cikupa H. Rahmat Hidayat melantik 14 kepala desa di Aula Kecamatan Cikupa, Kabupaten Tangerang, "
            "Senin (8/1/2024).")
    got = names(run(text, published="2024-01-08"))
    assert "Rahmat Hidayat" in got and not any("Cikupa" in n for n in got)


def test_trailing_and_inner_initials_are_kept(run):
    text = ("KUPANG – Gubernur NTT melantik 5 pejabat pimpinan tinggi di Aula Fernandez, Senin (8/1/2024). "
            "Hadir Sekda NTT Yosef A.M. Nai Soi dan Kepala Bappeda NTT Kristo BJ.")
    got = names(run(text, published="2024-01-08"))
    assert {"Yosef A.M. Nai Soi", "Kristo BJ"} <= got


def test_a_single_word_of_the_language_is_no_person(run):
    text = ("Kepala Dinas Kesehatan Sehat melantik 5 kepala puskesmas di Kabupaten Boyolali, Senin (8/1/2024). "
            "Sekda Boyolali Wiwis Trisiwi Handayani hadir.")
    got = names(run(text, published="2024-01-08"))
    assert "Sehat" not in got and "Wiwis Trisiwi Handayani" in got


def test_the_field_of_an_office_is_not_part_of_the_name(run):
    text = ("JAYAPURA – Gubernur Papua melantik Staf Ahli Bidang Pembangunan Ekonomi Markus Wenda sebagai "
            "Pj Bupati Tolikara, Senin (8/1/2024).")
    got = names(run(text, published="2024-01-08"))
    assert "Markus Wenda" in got and not any("Ekonomi" in n for n in got)


# ---------------------------------------------------------------- class 1: lists in other layouts
def test_a_flattened_table_takes_its_column_years(run):
    text = ("BPS Jawa Tengah merilis IPM kabupaten/kota, Jumat (1/12/2023).\n"
            "No Kabupaten/Kota IPM 2022 IPM 2023\n"
            "1 Kabupaten Cilacap 70,52 71,11\n"
            "2 Kabupaten Banyumas 73,36 73,98\n")
    events = of_type(run(text, published="2023-12-01"), "index_report")
    assert sorted((e["regency"]["name"], e["year"], e["value_number"]) for e in events) == [
        ("Kabupaten Banyumas", 2022, 73.36), ("Kabupaten Banyumas", 2023, 73.98),
        ("Kabupaten Cilacap", 2022, 70.52), ("Kabupaten Cilacap", 2023, 71.11)]


def test_the_list_of_a_group_in_the_next_sentence(run):
    text = ("BPK RI Perwakilan Jawa Barat memberikan opini WTP kepada lima pemerintah daerah, Senin (22/5/2023). "
            "Kelima daerah itu yakni Kabupaten Bogor, Kabupaten Bekasi, Kota Depok, Kota Bekasi dan Kabupaten "
            "Karawang.")
    events = of_type(run(text, published="2023-05-23"), "index_report")
    assert sorted(e["regency"]["name"] for e in events) == [
        "Kabupaten Bekasi", "Kabupaten Bogor", "Kabupaten Karawang", "Kota Bekasi", "Kota Depok"]
    assert {e["value"] for e in events} == {"WTP"}


def test_abbreviated_cues_and_prose_pairs_after_the_first(run):
    text = "Persentase penduduk miskin 2023: Kab. Wonosobo 14,4 persen, Kab. Kebumen 15,7 persen."
    events = of_type(run(text, published="2024-01-05"), "index_report")
    assert {e["regency"]["name"]: e["value_number"] for e in events} == {
        "Kabupaten Wonosobo": 14.4, "Kabupaten Kebumen": 15.7}
    text = ("Tingkat pengangguran terbuka (TPT) Agustus 2023 tertinggi di Jawa Barat berada di Kabupaten Bogor "
            "sebesar 8,57 persen, diikuti Kota Cimahi 8,50 persen.")
    events = of_type(run(text, published="2024-01-05"), "index_report")
    assert {e["regency"]["name"]: e["value_number"] for e in events} == {
        "Kabupaten Bogor": 8.57, "Kota Cimahi": 8.5}


def test_hard_wrapped_lines_stay_one_sentence(run):
    text = ("Nilai SPBE 2023 Kabupaten Sleman mencapai\n4,21 dengan predikat memuaskan, sedangkan Kabupaten Bantul\n"
            "mencapai 3,85.")
    events = of_type(run(text, published="2024-01-05"), "index_report")
    assert {e["regency"]["name"]: e["value_number"] for e in events} == {
        "Kabupaten Sleman": 4.21, "Kabupaten Bantul": 3.85}


def test_a_name_that_is_also_a_word_counts_inside_a_list_of_regions(run):
    text = "Kabupaten dengan IPM terendah tahun 2023 di Papua Tengah adalah Nduga (35,87), Puncak (45,05) dan Intan Jaya (49,40)."
    events = of_type(run(text, published="2024-01-05"), "index_report")
    assert {e["regency"]["name"]: e["value_number"] for e in events} == {
        "Kabupaten Nduga": 35.87, "Kabupaten Puncak": 45.05, "Kabupaten Intan Jaya": 49.4}


def test_a_count_of_governments_in_a_province_gives_the_province_nothing(run):
    text = ("PALANGKA RAYA – Sebanyak 14 pemda di Kalimantan Tengah meraih opini WTP atas LKPD 2023. "
            "Pada acara itu, 5 pemda meraih predikat A, 9 dengan predikat BB.")
    events = of_type(run(text, published="2024-05-30"), "index_report")
    assert events == []


def test_a_count_then_its_named_members_with_values(run):
    text = ("Zona merah dalam penilaian Ombudsman 2023 terdapat 2 kabupaten yaitu Kabupaten Buton Selatan dengan "
            "nilai 45,10 dan Kabupaten Buton Tengah 40,22.")
    events = of_type(run(text, published="2024-01-20"), "index_report")
    assert {e["regency"]["name"]: e["value_number"] for e in events} == {
        "Kabupaten Buton Selatan": 45.1, "Kabupaten Buton Tengah": 40.22}


# ---------------------------------------------------------------- the year assessed
def test_an_audit_opinion_without_a_year_is_on_the_previous_years_accounts(run):
    text = "KENDAL – Pemkab Kendal kembali meraih opini WTP dari BPK di Semarang, Senin (22/5/2023)."
    events = of_type(run(text), "index_report")
    assert [(e["value"], e["year"], e["date"]) for e in events] == [("WTP", 2022, "2023-05-22")]


def test_a_sakip_result_handed_over_without_a_year_is_for_the_year_before(run):
    text = ("Hasil evaluasi SAKIP diserahkan Menteri PANRB di Makassar, Selasa (19/2/2019). "
            "Kota Palu meraih predikat B.")
    events = of_type(run(text), "index_report")
    assert [(e["regency"]["name"], e["value"], e["year"]) for e in events] == [("Kota Palu", "B", 2018)]


def test_years_written_after_the_value(run):
    text = "Pemkab Brebes meraih nilai kepatuhan Ombudsman 88,5 untuk penilaian 2023, Rabu (13/12/2023)."
    assert [e["year"] for e in of_type(run(text), "index_report")] == [2023]
    text = "Kabupaten Blora meraih nilai SPBE 3,50 pada evaluasi tahun ini."
    assert [e["year"] for e in of_type(run(text, published="2023-12-06"), "index_report")] == [2023]


# ---------------------------------------------------------------- classes 3 and 7: parts, averages, towns, headers
def test_a_small_change_is_no_result(run):
    events = of_type(run("IPM Kabupaten Sikka 2023 naik tipis 1,25 poin menjadi 66,12."), "index_report")
    assert [e["value_number"] for e in events] == [66.12]


def test_a_provincial_average_is_no_result(run):
    text = "TPT Kabupaten Ende 2023 sebesar 3,1 persen, lebih rendah dari rata-rata NTT 3,14 persen."
    events = of_type(run(text), "index_report")
    assert [(e["regency"]["name"], e["value_number"]) for e in events] == [("Kabupaten Ende", 3.1)]


def test_an_english_page_header_dates_the_article(run):
    text = "Selasa, April 8, 2025\nKUPANG – Gubernur NTT melantik 12 pejabat pimpinan tinggi pratama di Aula El Tari."
    assert [e["date"] for e in of_type(run(text), "inauguration")] == ["2025-04-08"]


def test_rates_written_without_persen(run):
    text = "TPT Agustus 2023 (persen): Kota Semarang 5,81; Kabupaten Kendal 6,08."
    events = of_type(run(text, published="2024-01-05"), "index_report")
    assert {e["regency"]["name"]: e["value_number"] for e in events} == {"Kota Semarang": 5.81, "Kabupaten Kendal": 6.08}
    text = ("Inflasi Kota Ambon Desember 2023 tercatat 2,44. Penyumbang utamanya tomat 0,0970 dan "
            "emas perhiasan 0,0302.")
    events = of_type(run(text, published="2024-01-05"), "index_report")
    assert [e["value_number"] for e in events] == [2.44]


def test_names_with_their_region_in_parentheses_and_customary_titles(run):
    text = ("BENGKULU – Ketua TP PKK Provinsi Bengkulu melantik Ketua TP PKK Kaur dan Seluma di Gedung Daerah, "
            "Kamis (11/7/2024). Keduanya adalah Yulia Fitriani (Kabupaten Kaur) dan Ratna Septiani (Kabupaten "
            "Seluma). Hadir Bupati Lima Puluh Kota Safaruddin Dt Bandaro Rajo.")
    got = names(run(text, published="2024-07-11"))
    assert {"Yulia Fitriani", "Ratna Septiani", "Safaruddin"} <= got
    assert not any("Bandaro" in n for n in got)


def test_regional_village_heads_oaths_and_single_offices(run):
    text = "Bupati Rokan Hilir Afrizal Sintong menyumpah 20 penghulu di Gedung Daerah, Senin (5/2/2024)."
    assert [(e["officials_count"], e["inaugurated_by"]["name"]) for e in of_type(run(text), "inauguration")] == [
        (20, "Afrizal Sintong")]
    text = ("Pelantikan 40 pambakal berlangsung di Kandangan, Senin (5/2/2024), dipimpin Bupati Hulu Sungai "
            "Selatan Achmad Fikry.")
    assert [(e["officials_count"], e["inaugurated_by"]["name"]) for e in of_type(run(text), "inauguration")] == [
        (40, "Achmad Fikry")]
    text = "Pengukuhan Ketua Dekranasda Kabupaten Banyuwangi digelar di Pendopo Sabha Swagata, Senin (5/2/2024)."
    assert [e["officials_count"] for e in of_type(run(text), "inauguration")] == [1]


def test_a_headline_in_capitals_inside_the_body_does_not_hide_the_agreements_the_report_names(run):
    text = ("SEMUA KEPALA OPD TANDATANGANI PAKTA INTEGRITAS\n"
            "Seluruh kepala OPD di lingkungan Pemerintah Kota Madiun menandatangani Pakta Integritas dan Perjanjian "
            "Kinerja di hadapan Wali Kota Madiun, Senin (8/1/2024).")
    kinds = sorted(e["agreement_kind"] for e in of_type(run(text, published="2024-01-09"), "agreement_signing"))
    assert kinds == ["pakta_integritas", "perjanjian_kinerja"]


def test_heads_installed_by_a_governor_named_further_in_the_sentence(run):
    text = ("Sesaat setelah dilantik oleh Gubernur Jawa Timur di Gedung Negara Grahadi, Kamis (20/2/2025), "
            "Wali Kota Madiun Maidi dan Wakil Wali Kota Madiun Bagus Panuntun langsung menggelar rapat.")
    events = of_type(run(text, published="2025-02-21"), "inauguration")
    assert [(e["regency"]["name"], e["officials_count"]) for e in events] == [("Kota Madiun", 2)]
