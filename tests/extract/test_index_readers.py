"""Index reports on sentences written for these tests (real regions and offices, invented results): the
enumeration reader (lists of owners in every layout), quantity roles, category-only results, index dates."""

from __future__ import annotations


def results(run, text, published=None, title=None):
    """(region, index, value number or value text, year, date) of each index report, sorted."""
    events = [e for e in run(text, title=title, published=published) if e["type"] == "index_report"]
    return sorted((e["regency"]["name"], e["index"],
                   e["value"] if e["value_number"] is None else e["value_number"], e["year"], e["date"])
                  for e in events)


# ---------------------------------------------------------------- class 1: one value, many regions
def test_owners_named_after_a_passive_verb(run):
    text = "Opini WTP atas LKPD Tahun Anggaran 2023 diraih Pemkab Sleman, Pemkab Bantul, dan Pemkab Kulon Progo."
    assert results(run, text, "2024-05-20") == [
        ("Kabupaten Bantul", "opini_bpk", "WTP", 2023, None), ("Kabupaten Kulon Progo", "opini_bpk", "WTP", 2023, None),
        ("Kabupaten Sleman", "opini_bpk", "WTP", 2023, None)]


def test_a_groups_list_later_in_the_same_sentence(run):
    text = ("Empat daerah di Jambi meraih predikat BB dalam evaluasi SAKIP 2023, antara lain Kabupaten Muaro Jambi, "
            "Kabupaten Batanghari, Kabupaten Tebo dan Kota Sungai Penuh.")
    assert [r[0] for r in results(run, text, "2024-03-01")] == [
        "Kabupaten Batanghari", "Kabupaten Muaro Jambi", "Kabupaten Tebo", "Kota Sungai Penuh"]


def test_a_groups_list_stops_at_the_next_value(run):
    text = ("Sebanyak 3 pemda meraih predikat A, 2 pemda meraih predikat BB dalam evaluasi SAKIP 2023. "
            "Tiga pemda peraih predikat A yakni Kabupaten Sleman, Kabupaten Bantul dan Kota Yogyakarta.")
    assert {(r[0], r[2]) for r in results(run, text, "2024-03-01")} == {
        ("Kabupaten Sleman", "A"), ("Kabupaten Bantul", "A"), ("Kota Yogyakarta", "A")}


def test_a_grade_letter_ending_a_sentence_is_no_initial(run):
    # found by the robustness harness laying the list out as bullets: "predikat B." before a capitalised word ended
    # no sentence (read as an initial, "A. Murtala"), so the counts of the grades swallowed the list after it
    text = ("Dalam evaluasi SAKIP 2023, 2 pemda meraih predikat A, 9 pemda predikat BB dan 25 pemda predikat B. "
            "Dua pemda peraih predikat A, yaitu:\n- Kabupaten Kendal\n- Kota Semarang\n")
    assert {(r[0], r[2]) for r in results(run, text, "2024-03-01")} == {
        ("Kabupaten Kendal", "A"), ("Kota Semarang", "A")}
    prose = text.replace("yaitu:\n- Kabupaten Kendal\n- Kota Semarang\n", "yaitu Kabupaten Kendal dan Kota Semarang.")
    assert {(r[0], r[2]) for r in results(run, prose, "2024-03-01")} == {
        ("Kabupaten Kendal", "A"), ("Kota Semarang", "A")}


def test_a_list_one_item_a_line_under_its_intro(run):
    text = ("Berikut daftar daerah yang masuk zona hijau kepatuhan Ombudsman 2023:\n- Kota Padang\n"
            "- Kota Bukittinggi\n- Kabupaten Agam\n")
    assert results(run, text, "2024-01-10") == [
        ("Kabupaten Agam", "ombudsman", "zona hijau", 2023, None),
        ("Kota Bukittinggi", "ombudsman", "zona hijau", 2023, None),
        ("Kota Padang", "ombudsman", "zona hijau", 2023, None)]


def test_related_links_after_the_body_are_still_no_list(run):
    text = ("Kota Padang masuk zona hijau kepatuhan Ombudsman 2023.\nBaca juga:\n- Kota Bukittinggi gelar festival\n"
            "- Kabupaten Agam bangun jalan\n")
    assert [r[0] for r in results(run, text, "2024-01-10")] == ["Kota Padang"]


def test_a_located_list_item_does_not_end_the_list(run):
    text = ("Tiga pemda memperoleh predikat A dalam SAKIP 2023, yakni Kabupaten Sleman (Provinsi DIY), "
            "Kabupaten Kudus, dan Provinsi Jawa Tengah.")
    assert [r[0] for r in results(run, text, "2024-03-01")] == [
        "Kabupaten Kudus", "Kabupaten Sleman", "Provinsi Jawa Tengah"]


# ---------------------------------------------------------------- class 4: category-only results
def test_a_category_without_a_score_is_the_value(run):
    assert results(run, "Kabupaten Gunungkidul masuk kategori tinggi dalam IPM 2023.", "2024-01-02") == [
        ("Kabupaten Gunungkidul", "ipm", "tinggi", 2023, None)]
    text = ("Dalam penilaian Indeks Sistem Merit 2023, Kabupaten Banyuwangi memperoleh nilai 352,5 kategori sangat "
            "baik. Kabupaten Jember dan Kabupaten Lumajang juga memperoleh kategori baik.")
    assert results(run, text, "2024-01-10") == [
        ("Kabupaten Banyuwangi", "sistem_merit", 352.5, 2023, None),
        ("Kabupaten Jember", "sistem_merit", "baik", 2023, None),
        ("Kabupaten Lumajang", "sistem_merit", "baik", 2023, None)]


def test_a_category_of_a_class_of_governments_is_no_result(run):
    text = ("Kota Palembang masuk zona hijau Ombudsman 2023. Ombudsman juga memberi penghargaan kepada instansi "
            "yang masuk kategori baik.")
    assert [r[0] for r in results(run, text, "2024-01-10")] == ["Kota Palembang"]


def test_regions_paired_in_order_share_the_period_written_after_the_last(run):
    text = "Inflasi di Kota Kupang dan Kabupaten Sikka masing-masing 2,3 persen dan 2,1 persen pada Desember 2023."
    assert results(run, text, "2024-01-02") == [
        ("Kabupaten Sikka", "inflasi", 2.1, 2023, None), ("Kota Kupang", "inflasi", 2.3, 2023, None)]


def test_rows_of_a_flattened_table_on_one_line(run):
    text = "IPM 2023\nKabupaten Kendal 72,81 Kabupaten Batang 70,12 Kabupaten Pekalongan 71,50\n"
    assert [(r[0], r[2]) for r in results(run, text, "2024-01-20")] == [
        ("Kabupaten Batang", 70.12), ("Kabupaten Kendal", 72.81), ("Kabupaten Pekalongan", 71.5)]


def test_province_figure_then_the_highest_and_lowest_regions(run):
    text = ("IPM Provinsi Nusa Tenggara Timur 2023 sebesar 66,68. Kota Kupang tertinggi dengan 80,63, sedangkan "
            "Kabupaten Sabu Raijua terendah 58,79.")
    assert [(r[0], r[2]) for r in results(run, text, "2023-12-01")] == [
        ("Kabupaten Sabu Raijua", 58.79), ("Kota Kupang", 80.63), ("Provinsi Nusa Tenggara Timur", 66.68)]


# ---------------------------------------------------------------- class 3: numbers that are not the region's result
def test_a_national_yardstick_after_the_regions_value_is_not_its_value(run):
    text = "Inflasi Kota Jambi Desember 2023 sebesar 2,71 persen, lebih rendah dari inflasi nasional 2,61 persen."
    assert results(run, text, "2024-01-02") == [("Kota Jambi", "inflasi", 2.71, 2023, None)]
    text = ("Selisih nilai SPI Kabupaten Pemalang dengan rata-rata nasional 2,3 poin. Skor SPI Kabupaten Pemalang "
            "2023 adalah 70,8.")
    assert results(run, text, "2024-01-02") == [("Kabupaten Pemalang", "spi", 70.8, 2023, None)]


def test_a_change_or_a_count_before_the_rate_does_not_hide_it(run):
    text = "Kemiskinan Kabupaten Brebes Maret 2023 turun 0,5 persen poin menjadi 15,78 persen."
    assert results(run, text, "2023-07-20") == [("Kabupaten Brebes", "kemiskinan", 15.78, 2023, None)]
    text = "Jumlah penduduk miskin di Kota Kupang pada Maret 2023 sebanyak 45.230 orang atau 9,93 persen."
    assert results(run, text, "2023-07-20") == [("Kota Kupang", "kemiskinan", 9.93, 2023, None)]


def test_where_a_change_started_has_no_year_of_its_own(run):
    text = "Nilai SAKIP Pemkot Bogor tahun 2023 naik dari 72,5 menjadi 80,1."
    assert results(run, text, "2024-02-28") == [("Kota Bogor", "sakip", 80.1, 2023, None)]
    text = "Nilai SAKIP Pemkot Bogor naik dari 72,5 pada 2022 menjadi 80,1 pada 2023."
    assert results(run, text, "2024-02-28") == [
        ("Kota Bogor", "sakip", 72.5, 2022, None), ("Kota Bogor", "sakip", 80.1, 2023, None)]


def test_growth_told_with_the_verb(run):
    text = ("Berdasarkan Berita Resmi Statistik yang dirilis pada 5 Februari 2024, ekonomi Kabupaten Bojonegoro "
            "tahun 2023 tumbuh 6,1 persen.")
    assert results(run, text, "2024-02-10") == [
        ("Kabupaten Bojonegoro", "pertumbuhan_ekonomi", 6.1, 2023, "2024-02-05")]


# ---------------------------------------------------------------- class 2: the index date and the year
def test_a_statement_at_another_occasion_does_not_date_the_result(run):
    text = ("IPM Kabupaten Wonogiri tahun 2023 mencapai 72,5. Hal itu disampaikan Kepala BPS Wonogiri saat rapat "
            "koordinasi, Kamis (14/12/2023).")
    assert results(run, text, "2023-12-15") == [("Kabupaten Wonogiri", "ipm", 72.5, 2023, None)]


def test_an_audit_opinion_received_this_year_is_on_last_years_accounts(run):
    text = ("Tahun ini, Pemprov Jambi menerima opini WTP untuk ke-9 kalinya. LHP diserahkan Anggota V BPK di Jambi, "
            "Selasa (14/5/2024).")
    assert results(run, text, "2024-05-15") == [("Provinsi Jambi", "opini_bpk", "WTP", 2023, "2024-05-14")]


def test_a_quarter_between_label_and_rate_is_its_period(run):
    text = "Pertumbuhan ekonomi Kabupaten Cilacap triwulan II-2024 sebesar 5,02 persen."
    assert results(run, text, "2024-08-05") == [("Kabupaten Cilacap", "pertumbuhan_ekonomi", 5.02, 2024, None)]
    text = "Ekonomi Kota Surakarta pada triwulan III 2023 tumbuh 4,7 persen secara tahunan."
    assert results(run, text, "2023-11-06") == [("Kota Surakarta", "pertumbuhan_ekonomi", 4.7, 2023, None)]


def test_the_year_of_a_neighbouring_sentence(run):
    text = "Pada tahun 2023, BPS mencatat berbagai capaian pembangunan. IPM Kabupaten Alor berada di angka 61,2."
    assert results(run, text) == [("Kabupaten Alor", "ipm", 61.2, 2023, None)]
    text = "IPM Kabupaten Rote Ndao naik menjadi 63,4. Angka itu merupakan capaian tahun 2022."
    assert results(run, text) == [("Kabupaten Rote Ndao", "ipm", 63.4, 2022, None)]


def test_a_laws_year_or_a_streaks_start_is_no_assessment_year(run):
    text = ("Kabupaten Belu masuk zona hijau Ombudsman. Penilaian itu amanat Undang-Undang Nomor 25 Tahun 2009 "
            "tentang Pelayanan Publik.")
    assert results(run, text) == [("Kabupaten Belu", "ombudsman", "zona hijau", None, None)]
    text = "Kabupaten Malaka meraih skor MCP 88,1 persen. Skor itu tertinggi sejak 2019."
    assert results(run, text) == [("Kabupaten Malaka", "mcp", 88.1, None, None)]


# ---------------------------------------------------------------- class 4 and flattened tables
def test_grades_closing_each_item_after_its_region(run):
    text = "Hasil evaluasi SAKIP 2023: Kabupaten Magetan A, Kabupaten Ngawi BB, Kota Madiun A."
    assert results(run, text, "2024-02-01") == [
        ("Kabupaten Magetan", "sakip", "A", 2023, None), ("Kabupaten Ngawi", "sakip", "BB", 2023, None),
        ("Kota Madiun", "sakip", "A", 2023, None)]


def test_a_grade_column_after_the_score_does_not_hide_the_row(run):
    text = ("Nilai SAKIP 2023 Predikat\n1. Kabupaten Pacitan 72,40 BB\n2. Kabupaten Trenggalek 66,05 B\n")
    assert [(r[0], r[2]) for r in results(run, text, "2024-02-01")] == [
        ("Kabupaten Pacitan", 72.4), ("Kabupaten Trenggalek", 66.05)]


def test_a_zone_and_its_category_are_one_result(run):
    text = ("Ombudsman menempatkan Kabupaten Blora dan Kabupaten Rembang di zona hijau dengan kategori kepatuhan "
            "tinggi pada penilaian tahun 2023.")
    assert results(run, text, "2024-01-10") == [
        ("Kabupaten Blora", "ombudsman", "zona hijau", 2023, None),
        ("Kabupaten Rembang", "ombudsman", "zona hijau", 2023, None)]


def test_years_of_a_range_paired_in_order_after_masing_masing(run):
    text = ("Dalam kurun 2020 hingga 2022, IPM Kabupaten Sumba Barat Daya masing-masing sebesar 62,1, 62,7, "
            "dan 63,2.")
    assert results(run, text) == [("Kabupaten Sumba Barat Daya", "ipm", 62.1, 2020, None),
                                  ("Kabupaten Sumba Barat Daya", "ipm", 62.7, 2021, None),
                                  ("Kabupaten Sumba Barat Daya", "ipm", 63.2, 2022, None)]
    text = "Tingkat kemiskinan Kabupaten Malaka tahun 2022 dan 2023 masing-masing 13,9 persen dan 13,1 persen."
    assert results(run, text) == [("Kabupaten Malaka", "kemiskinan", 13.1, 2023, None),
                                  ("Kabupaten Malaka", "kemiskinan", 13.9, 2022, None)]


def test_a_second_year_of_the_same_rate_in_the_sentence(run):
    text = ("Pada tahun 2019 tingkat pengangguran di Kota Batam mencapai 9,1 persen, sedangkan di tahun 2023 "
            "sebesar 8,1 persen.")
    assert results(run, text) == [("Kota Batam", "pengangguran", 8.1, 2023, None),
                                  ("Kota Batam", "pengangguran", 9.1, 2019, None)]


def test_values_in_parentheses_after_each_region(run):
    text = ("Angka kemiskinan Maret 2024 tertinggi ada di Kabupaten Lanny Jaya (38,2 persen) dan terendah di "
            "Kota Jayapura (11,4 persen).")
    assert results(run, text, "2024-07-01") == [("Kabupaten Lanny Jaya", "kemiskinan", 38.2, 2024, None),
                                                ("Kota Jayapura", "kemiskinan", 11.4, 2024, None)]


def test_a_sector_an_island_group_or_a_restated_change_is_no_result(run):
    text = ("Ekonomi Kabupaten Mimika tahun 2023 tumbuh 6,2 persen. Menurut lapangan usaha, pertumbuhan tertinggi "
            "dicapai sektor konstruksi sebesar 14,3 persen.")
    assert results(run, text) == [("Kabupaten Mimika", "pertumbuhan_ekonomi", 6.2, 2023, None)]
    text = ("Kemiskinan Kota Manado Maret 2023 sebesar 5,4 persen. Hanya Pulau Sulawesi yang kemiskinannya naik "
            "menjadi 10,1 persen.")
    assert results(run, text) == [("Kota Manado", "kemiskinan", 5.4, 2023, None)]
    text = "IPM Kabupaten Badung tahun 2024 mencapai 83,1, meningkat 0,8 poin atau tumbuh 0,97 persen."
    assert results(run, text) == [("Kabupaten Badung", "ipm", 83.1, 2024, None)]


# ---------------------------------------------------------------- class 7: regions
def test_survey_towns_belong_to_their_regency(run):
    text = "Inflasi y-on-y Desember 2023 di Waingapu sebesar 1,9 persen, Maumere 2,2 persen dan Kota Kupang 2,5 persen."
    assert results(run, text, "2024-01-02") == [("Kabupaten Sikka", "inflasi", 2.2, 2023, None),
                                                ("Kabupaten Sumba Timur", "inflasi", 1.9, 2023, None),
                                                ("Kota Kupang", "inflasi", 2.5, 2023, None)]


def test_the_nations_figure_after_the_regions_is_not_theirs(run):
    text = "Inflasi Desember 2023 di Provinsi Bengkulu sebesar 2,3 persen, sedangkan inflasi nasional 2,6 persen."
    assert results(run, text, "2024-01-02") == [("Provinsi Bengkulu", "inflasi", 2.3, 2023, None)]


def test_a_region_with_its_own_relative_clause_takes_the_later_value(run):
    text = ("BPK menyerahkan LHP atas LKPD 2023. Dari 19 pemda di Sumatera Barat, 18 meraih WTP dan hanya "
            "Kabupaten Kepulauan Mentawai yang mendapat WDP.")
    assert results(run, text, "2024-06-01") == [
        ("Kabupaten Kepulauan Mentawai", "opini_bpk", "WDP", 2023, "2024-06-01")]


def test_the_recipient_of_a_hand_over_holds_the_result(run):
    text = "Opini WTP atas LKPD 2023 diserahkan kepada Pemkab Nagekeo pada 14 Mei 2024."
    assert results(run, text, "2024-05-21") == [("Kabupaten Nagekeo", "opini_bpk", "WTP", 2023, "2024-05-14")]


def test_a_whole_table_flattened_into_one_line_with_row_numbers_and_year_columns(run):
    text = ("No Kabupaten/Kota IPM 2022 IPM 2023 1 Kab. Bantul 80,69 81,13 2 Kab. Sleman 84,00 84,98 "
            "3 Kota Yogyakarta 88,12 88,61")
    assert results(run, text, "2024-01-15") == [
        ("Kabupaten Bantul", "ipm", 80.69, 2022, None), ("Kabupaten Bantul", "ipm", 81.13, 2023, None),
        ("Kabupaten Sleman", "ipm", 84.0, 2022, None), ("Kabupaten Sleman", "ipm", 84.98, 2023, None),
        ("Kota Yogyakarta", "ipm", 88.12, 2022, None), ("Kota Yogyakarta", "ipm", 88.61, 2023, None)]


def test_a_streaks_start_or_a_decrees_year_before_the_value_is_not_its_year(run):
    text = "Sejak 2016, Pemkab Brebes selalu meraih opini WTP dari BPK atas LKPD 2023."
    assert results(run, text, "2024-06-01") == [("Kabupaten Brebes", "opini_bpk", "WTP", 2023, None)]
    text = "Sesuai Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE, Kabupaten Brebes meraih indeks SPBE 3,1."
    assert results(run, text) == [("Kabupaten Brebes", "spbe", 3.1, None, None)]
    text = "Nilai SAKIP Pemprov Papua naik sejak 2019 B (64,05) hingga 2021 B (64,57)."
    assert [(r[2], r[3]) for r in results(run, text)] == [(64.05, 2019), (64.57, 2021)]


# ---------------------------------------------------------------- more layouts of one value, many regions
def test_receivers_counted_after_the_values_object_are_listed_next(run):
    text = ("BPK menyerahkan opini WTP atas LKPD 2023 kepada empat pemda. Keempat daerah tersebut adalah Kabupaten "
            "Kerinci, Kabupaten Merangin, Kabupaten Tebo dan Kota Sungai Penuh.")
    assert [r[0] for r in results(run, text, "2024-05-20")] == [
        "Kabupaten Kerinci", "Kabupaten Merangin", "Kabupaten Tebo", "Kota Sungai Penuh"]


def test_a_group_counted_without_a_number(run):
    text = ("Sejumlah pemda di Bali kembali meraih opini WTP dari BPK. Daerah itu antara lain Kabupaten Badung, "
            "Kabupaten Gianyar dan Kota Denpasar.")
    assert [r[0] for r in results(run, text, "2024-05-20")] == [
        "Kabupaten Badung", "Kabupaten Gianyar", "Kota Denpasar"]


def test_a_hard_wrapped_list(run):
    text = ("BPK memberikan opini WTP kepada Kabupaten Pati,\nKabupaten Kudus, Kabupaten Jepara,\ndan Kota Semarang "
            "atas LKPD 2023.")
    assert [r[0] for r in results(run, text, "2024-05-20")] == [
        "Kabupaten Jepara", "Kabupaten Kudus", "Kabupaten Pati", "Kota Semarang"]


def test_bullets_of_region_colon_grade(run):
    text = "Hasil evaluasi SAKIP 2023 di Jawa Tengah:\n- Kabupaten Pati: BB\n- Kabupaten Kudus: A\n- Kota Salatiga: BB\n"
    assert [(r[0], r[2]) for r in results(run, text, "2024-03-01")] == [
        ("Kabupaten Kudus", "A"), ("Kabupaten Pati", "BB"), ("Kota Salatiga", "BB")]


def test_an_agencys_score_is_not_its_regions(run):
    text = ("Pada penilaian kepatuhan Ombudsman 2023, nilai Pemerintah Kota Ambon mencapai 89,03, sedangkan Polres "
            "Maluku Tengah memperoleh 78,70. Adapun Polres Seram Bagian Timur dan Pemkab Kepulauan Tanimbar sama-sama "
            "masuk zona merah.")
    assert [(r[0], r[2]) for r in results(run, text, "2024-01-12")] == [
        ("Kabupaten Kepulauan Tanimbar", "zona merah"), ("Kota Ambon", 89.03)]


def test_a_zone_paragraphs_after_the_assessors_name(run):
    text = ("Ombudsman RI Perwakilan Maluku merilis hasil penilaian kepatuhan pelayanan publik tahun 2023.\n"
            "Penilaian dilakukan sejak Juli.\nTim menilai standar layanan, sarana, dan kompetensi petugas.\n"
            "Hasilnya dibagi dalam tiga kelompok warna.\nSebagian besar daerah masih di kelompok tengah.\n"
            "Pemkab Buru masuk zona hijau, sedangkan Pemkab Buru Selatan masuk zona kuning.")
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2024-01-12")] == [
        ("Kabupaten Buru", "ombudsman", "zona hijau"), ("Kabupaten Buru Selatan", "ombudsman", "zona kuning")]


# ---------------------------------------------------------------- more quantity roles
def test_a_threshold_a_gap_and_a_name_with_a_number_are_no_results(run):
    text = ("Kabupaten Sleman masuk kategori sangat tinggi karena IPM-nya di atas 80, yakni 84,98 pada 2023. "
            "Selisih IPM Kota Bandung dan Kabupaten Cianjur mencapai 14,7 poin. IPM Kabupaten Bantul sempat turun "
            "saat pandemi Covid-19 namun pada 2023 naik menjadi 81,64.")
    assert [(r[0], r[2]) for r in results(run, text, "2023-12-10")] == [
        ("Kabupaten Bantul", 81.64), ("Kabupaten Sleman", 84.98)]


def test_a_decimal_restated_as_its_category(run):
    text = "Pemprov Maluku meraih nilai 90,83 atau kualitas tinggi dalam penilaian Ombudsman 2021."
    assert [(r[0], r[2], r[3]) for r in results(run, text, "2022-01-10")] == [("Provinsi Maluku", 90.83, 2021)]


def test_a_result_carried_to_the_regions_after_a_same_value_phrase(run):
    text = ("Kabupaten Kudus meraih opini WTP atas LKPD 2023. Begitu pula Kabupaten Pati dan Kabupaten Rembang. "
            "Pemprov Bengkulu meraih WTP, begitu juga Kabupaten Kaur dan Kabupaten Seluma.")
    assert [r[0] for r in results(run, text, "2024-05-29")] == [
        "Kabupaten Kaur", "Kabupaten Kudus", "Kabupaten Pati", "Kabupaten Rembang", "Kabupaten Seluma",
        "Provinsi Bengkulu"]
    text = "Kabupaten Sleman meraih predikat A dalam evaluasi SAKIP 2023. Predikat yang sama juga diraih Kota Yogyakarta."
    assert [(r[0], r[2]) for r in results(run, text, "2024-02-29")] == [
        ("Kabupaten Sleman", "A"), ("Kota Yogyakarta", "A")]


def test_besides_a_region_and_a_partial_list_after_a_group(run):
    text = "Selain Kabupaten Kerinci, opini WTP juga diraih Kabupaten Merangin dan Kota Sungai Penuh."
    assert [r[0] for r in results(run, text, "2024-05-29")] == [
        "Kabupaten Kerinci", "Kabupaten Merangin", "Kota Sungai Penuh"]
    text = "Sebanyak 12 kabupaten/kota di Jawa Barat meraih opini WTP, di antaranya Kabupaten Bekasi dan Kota Depok."
    assert [r[0] for r in results(run, text, "2024-05-30")] == ["Kabupaten Bekasi", "Kota Depok"]


# ---------------------------------------------------------------- owners by anaphora, parts, dates quoted later
def test_an_anaphoric_region_and_an_urban_rural_split(run):
    text = ("BPS NTT merilis IPM kabupaten/kota. Kota Kupang kembali di urutan teratas.\nKota ini meraih nilai IPM "
            "tertinggi pada tahun 2023, mencapai 80,9.\nPersentase penduduk miskin Kota Kupang Maret 2023 sebesar "
            "8,6 persen. Untuk wilayah perdesaan, persentase penduduk miskin sebesar 12,4 persen.")
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2023-12-04")] == [
        ("Kota Kupang", "ipm", 80.9), ("Kota Kupang", "kemiskinan", 8.6)]


def test_the_day_a_report_was_quoted_is_no_release_date(run):
    text = ("\u201cLaju pertumbuhan ekonomi melambat karena smelter sudah beroperasi penuh,\u201d jelas BPS dalam "
            "laporannya, dikutip Senin (18/9/2023).\nLaju pertumbuhan ekonomi Kabupaten Morowali tahun 2022 sebesar "
            "28,2 persen.")
    assert results(run, text) == [("Kabupaten Morowali", "pertumbuhan_ekonomi", 28.2, 2022, None)]


def test_a_series_of_dated_grades_is_no_scale(run):
    text = "Predikat SAKIP Kabupaten Bone terus meningkat, dari C pada 2019, CC pada 2020, B pada 2021 hingga BB pada 2022."
    assert [(r[2], r[3]) for r in results(run, text, "2023-03-01")] == [
        ("B", 2021), ("BB", 2022), ("C", 2019), ("CC", 2020)]
    text = "Pada 2020 SAKIP Kabupaten Bone meraih CC, tahun 2021 meraih B dan tahun 2022 meraih BB."
    assert [(r[2], r[3]) for r in results(run, text, "2023-03-01")] == [("B", 2021), ("BB", 2022), ("CC", 2020)]
    # undated, the same letters still describe the scale
    text = "Di Kabupaten Bone dijelaskan tujuh predikat SAKIP, yakni AA, A, BB, B, CC, C, dan D."
    assert results(run, text, "2023-03-01") == []


# ---------------------------------------------------------------- tables, intros and headlines
def test_a_table_flattened_one_cell_a_line(run):
    text = ("Berikut IPM kabupaten/kota di DIY tahun 2023:\nKabupaten/Kota\nIPM\nKota Yogyakarta\n88,61\nSleman\n"
            "84,98\nBantul\n81,64\n")
    assert [(r[0], r[2], r[3]) for r in results(run, text, "2023-12-01")] == [
        ("Kabupaten Bantul", 81.64, 2023), ("Kabupaten Sleman", 84.98, 2023), ("Kota Yogyakarta", 88.61, 2023)]


def test_rate_pairs_after_an_intro_ending_in_a_colon(run):
    text = ("Tingkat kemiskinan di Madura pada 2023: Sampang 21,76 persen, Bangkalan 19,35 persen, Sumenep 18,7 "
            "persen.")
    assert [(r[0], r[2]) for r in results(run, text, "2024-01-15")] == [
        ("Kabupaten Bangkalan", 19.35), ("Kabupaten Sampang", 21.76), ("Kabupaten Sumenep", 18.7)]


def test_a_result_told_only_in_the_headline(run):
    text = "Penyerahan LHP dilaksanakan di kantor BPK Perwakilan Jawa Barat, Senin (20/5/2024)."
    assert results(run, text, "2024-05-21", title="Kabupaten Garut Raih Opini WTP Kelima Kalinya") == [
        ("Kabupaten Garut", "opini_bpk", "WTP", 2023, "2024-05-20")]


def test_a_value_in_an_opening_phrase_and_a_score_before_its_grade(run):
    text = "Dengan nilai 3,52, Kabupaten Gresik meraih predikat sangat baik dalam evaluasi SPBE 2023."
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2024-01-05")] == [("Kabupaten Gresik", "spbe", 3.52)]
    text = "Indeks Pelayanan Publik (IPP) Kota Bogor 2023 sebesar 4,12 kategori A-."
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2024-01-05")] == [("Kota Bogor", "ipp", 4.12)]


def test_a_bodys_value_a_region_number_and_a_one_word_threshold_are_no_results(run):
    text = ("Dalam SPI 2022, Pemerintah Kota Madiun mendapatkan skor 83,00. Kementerian Sekretariat Negara mendapat "
            "nilai 85,38. Bank Indonesia mendapatkan nilai 87,28.")
    assert [(r[0], r[2]) for r in results(run, text, "2022-12-15")] == [("Kota Madiun", 83.0)]
    text = ("Komisioner KASN Wilayah 1 menyerahkan hasil penilaian sistem merit 2023 kepada Kabupaten Belu dengan "
            "nilai 245,5. Nilai dibawah 250 itu masuk kategori baik.")
    assert [(r[0], r[2]) for r in results(run, text, "2024-01-15")] == [("Kabupaten Belu", 245.5)]


def test_a_units_score_a_change_made_and_a_count_of_a_whole_are_no_results(run):
    text = ("Nilai IKM Kota Madiun tahun ini mencapai 88,03. Nilai tertinggi diraih Kecamatan Taman dengan nilai "
            "94,45. Pemkot Madiun juga berhasil menurunkan angka kemiskinan sebesar 0,6 persen.")
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2023-11-03")] == [("Kota Madiun", "ikm", 88.03)]
    text = ("Sebanyak 16 dari 24 kabupaten kota di Sulawesi Selatan masuk zona hijau penilaian Ombudsman 2023. Pada "
            "2019 seluruh pemerintah daerah di Kaltim meraih opini WTP.")
    assert results(run, text, "2024-01-10") == []


def test_a_negated_result_is_none(run):
    text = ("Pemkab Gowa masuk zona hijau Ombudsman 2023. Di Sulawesi Selatan kini tidak ada lagi daerah yang "
            "masuk zona merah. Pemprov Papua belum bisa meraih predikat BB dalam SAKIP 2023.")
    assert [(r[0], r[2]) for r in results(run, text, "2024-01-10")] == [("Kabupaten Gowa", "zona hijau")]


def test_a_names_initial_is_no_grade(run):
    text = ("Kabupaten Aceh Jaya meraih predikat B dalam evaluasi SAKIP 2024. \u201cKami bersyukur,\u201d ungkap Pj. Bupati "
            "Aceh Jaya. A. Murtala menambahkan capaian itu hasil kerja bersama. Kota Banda Aceh meraih predikat B. "
            "Sedangkan Kabupaten Aceh Besar meraih predikat CC.")
    assert [(r[0], r[2]) for r in results(run, text, "2024-10-02")] == [
        ("Kabupaten Aceh Besar", "CC"), ("Kabupaten Aceh Jaya", "B"), ("Kota Banda Aceh", "B")]


def test_a_grade_in_a_series_takes_the_year_written_before_it(run):
    text = ("SAKIP Kabupaten Serang naik tiap tahun: tahun 2016 predikatnya B, tahun 2017 predikatnya BB, lalu pada "
            "2018 menjadi A dengan nilai 80,5.")
    events = [e for e in run(text, published="2019-01-29") if e["type"] == "index_report"]
    assert {(e["value"], e["year"]) for e in events} == {("B", 2016), ("BB", 2017), ("80,5", 2018)}


def test_a_unit_named_between_label_and_value_owns_it(run):
    text = ("IKM Pemkab Klaten 2023 sebesar 85,2. Unit layanan dengan IKM tertinggi adalah Dinas Kependudukan "
            "dengan 90,1.")
    assert [(r[0], r[2]) for r in results(run, text, "2024-01-21")] == [("Kabupaten Klaten", 85.2)]


def test_two_indices_in_one_clause_each_take_their_own_label(run):
    text = "Pemkab Wonosobo tidak hanya meraih opini WTP, tetapi juga meraih predikat BB dalam SAKIP 2023."
    assert [(r[1], r[2]) for r in results(run, text, "2024-05-22")] == [("opini_bpk", "WTP"), ("sakip", "BB")]
