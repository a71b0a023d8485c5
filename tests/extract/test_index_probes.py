"""Index reports on a second round of sentences written for these tests (real regions, invented results): a score
before its zone, rankings made within a province, groups placed in a province, lists after "termasuk", groups
pointed back to ("Keduanya"), runs of region-value pairs, values dated after them, the Ombudsman's quality opinions."""

from __future__ import annotations


def results(run, text, published=None, title=None):
    """(region, index, value number or value text, year) of each index report, sorted."""
    events = [e for e in run(text, title=title, published=published) if e["type"] == "index_report"]
    return sorted((e["regency"]["name"], e["index"],
                   e["value"] if e["value_number"] is None else e["value_number"], e["year"]) for e in events)


def test_rows_of_region_score_and_zone_under_a_header(run):
    text = ("Hasil penilaian kepatuhan Ombudsman 2023 di Bali\nKabupaten Badung 95,12 Zona Hijau\n"
            "Kabupaten Tabanan 88,40 Zona Hijau\nKabupaten Bangli 70,31 Zona Kuning")
    assert results(run, text, "2024-01-12") == [
        ("Kabupaten Badung", "ombudsman", 95.12, 2023), ("Kabupaten Bangli", "ombudsman", 70.31, 2023),
        ("Kabupaten Tabanan", "ombudsman", 88.4, 2023)]


def test_the_province_a_ranking_was_made_in_owns_nothing(run):
    text = ("Kota Denpasar mencatat IPM tertinggi di Bali yakni 84,94. IPM Kabupaten Karangasem menjadi yang "
            "terendah di Bali dengan angka 68,90.")
    assert [(r[0], r[2]) for r in results(run, text, "2024-01-12")] == [
        ("Kabupaten Karangasem", 68.9), ("Kota Denpasar", 84.94)]


def test_a_group_placed_in_a_province_lists_its_members_after(run):
    text = ("BPK memberikan opini WTP kepada 35 pemda di Jawa Tengah, di antaranya Kabupaten Klaten, Kabupaten "
            "Boyolali dan Kota Surakarta.")
    assert [r[0] for r in results(run, text, "2024-05-30")] == [
        "Kabupaten Boyolali", "Kabupaten Klaten", "Kota Surakarta"]
    text = "Sebanyak 12 pemda di Jawa Tengah meraih opini WTP, termasuk Kabupaten Kendal dan Kota Tegal."
    assert [r[0] for r in results(run, text, "2024-05-30")] == ["Kabupaten Kendal", "Kota Tegal"]


def test_an_unnamed_part_of_a_group_is_no_one(run):
    text = ("Dari 14 pemda di Kalbar, 12 di antaranya meraih WTP, sementara Kabupaten Ketapang dan Kabupaten "
            "Kayong Utara memperoleh WDP.")
    assert [(r[0], r[2]) for r in results(run, text, "2024-05-30")] == [
        ("Kabupaten Kayong Utara", "WDP"), ("Kabupaten Ketapang", "WDP")]


def test_a_group_pointed_back_to_takes_the_list_before(run):
    text = ("BPK menyerahkan LHP atas LKPD 2023 kepada Pemkab Kapuas Hulu dan Pemkab Melawi, Jumat (24/5/2024). "
            "Keduanya mendapat opini WTP.")
    assert [r[0] for r in results(run, text, "2024-05-25")] == ["Kabupaten Kapuas Hulu", "Kabupaten Melawi"]
    text = ("Kepala Perwakilan BPK menyerahkan LHP kepada Bupati Sambas, Bupati Bengkayang, dan Wali Kota "
            "Singkawang. Ketiga pemda tersebut meraih opini WTP.")
    assert [r[0] for r in results(run, text, "2024-05-25")] == [
        "Kabupaten Bengkayang", "Kabupaten Sambas", "Kota Singkawang"]


def test_a_run_of_region_value_pairs_after_a_far_label(run):
    text = ("Inflasi y-on-y Desember 2023 di empat kota IHK di NTT, Kota Kupang 2,41 persen, Maumere 2,36 persen, "
            "Waingapu 1,98 persen dan Labuan Bajo 2,10 persen.")
    assert [(r[0], r[2]) for r in results(run, text, "2024-01-03")] == [
        ("Kabupaten Manggarai Barat", 2.1), ("Kabupaten Sikka", 2.36), ("Kabupaten Sumba Timur", 1.98),
        ("Kota Kupang", 2.41)]


def test_values_dated_right_after_them(run):
    text = "Capaian MCP Pemkab Balangan 2023 sebesar 91 persen, meningkat dari 85 persen di tahun 2022."
    assert [(r[2], r[3]) for r in results(run, text, "2024-02-01")] == [(85.0, 2022), (91.0, 2023)]
    text = "IPM Kabupaten Tapin naik dari 70,1 tahun 2022 menjadi 71,3 tahun 2023."
    assert [(r[2], r[3]) for r in results(run, text, "2024-02-01")] == [(70.1, 2022), (71.3, 2023)]
    text = "Kabupaten Luwu Utara mendapat nilai SPBE sebesar 3,2 tahun lalu."
    assert [(r[2], r[3]) for r in results(run, text, "2024-06-10")] == [(3.2, 2023)]


def test_a_duration_is_still_no_value(run):
    text = "Umur harapan hidup Kabupaten Tapin 71,5 tahun pada 2023, IPM Kabupaten Tapin 2023 sebesar 71,3."
    assert [r[2] for r in results(run, text, "2024-02-01")] == [71.3]


def test_the_ombudsmans_quality_opinions(run):
    text = "Kabupaten Balangan mendapat predikat kualitas tinggi dari Ombudsman RI pada penilaian tahun 2023."
    assert results(run, text, "2024-01-20") == [("Kabupaten Balangan", "ombudsman", "kualitas tinggi", 2023)]
    text = ("Hasil penilaian Ombudsman 2023, Kabupaten Tabalong meraih nilai 85,12 dengan opini kualitas tinggi, "
            "sedangkan Kabupaten Barito Kuala 74,3 dengan opini kualitas sedang.")
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2024-01-20")] == [
        ("Kabupaten Barito Kuala", "ombudsman", 74.3), ("Kabupaten Tabalong", "ombudsman", 85.12)]


def test_the_top_of_a_scale_is_no_value(run):
    text = "Pemkab Magetan memperoleh skor SPBE 3,11 dari skala 5 pada evaluasi 2023."
    assert [r[2] for r in results(run, text, "2024-03-05")] == [3.11]


def test_one_of_a_group_is_the_region_named(run):
    text = "Capaian ini menjadikan Tulungagung salah satu daerah dengan predikat BB SAKIP 2023 di Jawa Timur."
    assert results(run, text, "2024-03-05") == [("Kabupaten Tulungagung", "sakip", "BB", 2023)]


def test_a_rate_brought_down_from_one_level_to_another(run):
    text = "Kabupaten Mojokerto berhasil menurunkan angka kemiskinan dari 10,1 persen menjadi 9,8 persen pada 2023."
    assert results(run, text, "2024-03-05") == [("Kabupaten Mojokerto", "kemiskinan", 9.8, 2023)]


def test_more_names_of_sakip_and_spi(run):
    text = ("Nilai Akuntabilitas Kinerja Pemkab Lamongan tahun 2023 mencapai 80,12 dengan predikat A. Indeks "
            "Penilaian Integritas Pemkab Lamongan tahun 2023 sebesar 78,12.")
    assert [(r[1], r[2]) for r in results(run, text, "2024-03-05")] == [("sakip", 80.12), ("spi", 78.12)]


def test_item_numbers_of_an_inline_list_are_no_values(run):
    text = ("Hasil penilaian kepatuhan Ombudsman 2023 di DIY: 1) Kota Yogyakarta (92,1), 2) Kabupaten Sleman (90,4), "
            "3) Kabupaten Bantul (88,7).")
    assert [(r[0], r[2]) for r in results(run, text, "2024-01-12")] == [
        ("Kabupaten Bantul", 88.7), ("Kabupaten Sleman", 90.4), ("Kota Yogyakarta", 92.1)]


def test_a_group_after_a_passive_verb_lists_its_members(run):
    text = ("Opini WTP atas LKPD 2023 kembali diraih seluruh pemda di DIY, yakni Pemda DIY, Pemkot Yogyakarta, "
            "Pemkab Sleman dan Pemkab Bantul.")
    assert [r[0] for r in results(run, text, "2024-05-30")] == [
        "Daerah Istimewa Yogyakarta", "Kabupaten Bantul", "Kabupaten Sleman", "Kota Yogyakarta"]


def test_a_day_and_place_between_the_hand_over_and_its_recipients(run):
    text = ("Opini WTP atas LKPD 2023 diserahkan di Yogyakarta, Selasa (21/5/2024), kepada Pemkab Bantul dan "
            "Pemkab Sleman.")
    events = [e for e in run(text, published="2024-05-22") if e["type"] == "index_report"]
    assert sorted((e["regency"]["name"], e["date"]) for e in events) == [
        ("Kabupaten Bantul", "2024-05-21"), ("Kabupaten Sleman", "2024-05-21")]


def test_a_release_told_some_time_before_has_no_day(run):
    text = "Ombudsman RI mengumumkan hasil penilaian kepatuhan 2023 belum lama ini. Pemkab Bantul meraih nilai 90,1."
    events = [e for e in run(text, published="2023-12-20") if e["type"] == "index_report"]
    assert [(e["value"], e["date"]) for e in events] == [("90,1", None)]


def test_a_goals_year_is_no_assessment_year(run):
    text = "Angka kemiskinan Klaten 11,9 persen. Pemkab menargetkan angka kemiskinan turun menjadi 10 persen pada 2025."
    assert [(r[2], r[3]) for r in results(run, text)] == [(11.9, None)]


def test_another_measure_named_after_the_index_is_no_result(run):
    text = "IPM Kabupaten Klaten tahun 2023 mencapai 77,12. Pertumbuhan IPM Klaten sebesar 0,82 persen."
    assert [r[2] for r in results(run, text, "2024-01-05")] == [77.12]
    text = ("Persentase penduduk miskin Kabupaten Klaten Maret 2024 sebesar 11,9 persen. Indeks kedalaman kemiskinan "
            "(P1) sebesar 1,8.")
    assert [r[2] for r in results(run, text, "2024-07-05")] == [11.9]


def test_a_counted_part_of_a_group_and_a_share_are_no_results(run):
    text = "Pemkab Klaten meraih predikat BB SAKIP 2023. Sebanyak 25 OPD dievaluasi, 10 di antaranya meraih predikat A."
    assert [r[2] for r in results(run, text, "2024-02-10")] == ["BB"]
    text = "Inflasi Klaten Desember 2023 sebesar 2,5 persen. Kelompok makanan menyumbang inflasi 0,8 persen."
    assert [r[2] for r in results(run, text, "2024-01-03")] == [2.5]


def test_a_result_paragraphs_after_the_articles_one_index(run):
    text = ("Ombudsman RI mengumumkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik tahun 2023 di Padang.\n"
            "Kepala perwakilan mengatakan penilaian dilakukan terhadap seluruh pemerintah daerah.\n"
            "\"Penilaian ini mencakup standar pelayanan dan pengelolaan pengaduan,\" ujarnya.\n"
            "Ia menjelaskan tim turun langsung ke unit layanan selama tiga bulan.\n"
            "Menurutnya, sebagian besar daerah sudah membaik.\n"
            "\"Kami mengapresiasi komitmen kepala daerah,\" katanya.\n"
            "Kota Padang Panjang meraih nilai tertinggi dengan 95,61.")
    assert results(run, text, "2024-01-20") == [("Kota Padang Panjang", "ombudsman", 95.61, 2023)]


def test_this_year_after_an_earlier_year_and_a_zone_naming_its_score(run):
    text = "Pada tahun 2022 nilai Ombudsman Kabupaten Klaten 84,9 atau zona hijau, tahun ini naik menjadi 90,2."
    assert [(r[2], r[3]) for r in results(run, text, "2024-01-10")] == [(84.9, 2022), (90.2, 2024)]


def test_last_year_is_the_round_before_the_one_reported(run):
    text = ("Pemkab Klaten meraih predikat BB SAKIP 2023 dengan nilai 71,2. Tahun lalu Klaten juga meraih BB dengan "
            "nilai 70,1.")
    assert [(r[2], r[3]) for r in results(run, text, "2024-02-10")] == [(70.1, 2022), (71.2, 2023)]


def test_the_countrys_figure_is_no_regions(run):
    text = "IPM Kabupaten Klaten tahun 2023 mencapai 77,12. Sedangkan IPM Indonesia 74,39."
    assert [r[2] for r in results(run, text, "2024-01-05")] == [77.12]


def test_an_earlier_hand_over_keeps_its_region_and_its_own_day(run):
    text = ("Pemkab Sleman menerima LHP atas LKPD 2023 dengan opini WTP di kantor BPK Perwakilan DIY, Selasa "
            "(21/5/2024). Sebelumnya, Pemkab Bantul telah menerima opini WTP pada Kamis (16/5/2024).")
    events = [e for e in run(text, published="2024-05-22") if e["type"] == "index_report"]
    assert sorted((e["regency"]["name"], e["date"]) for e in events) == [
        ("Kabupaten Bantul", "2024-05-16"), ("Kabupaten Sleman", "2024-05-21")]


def test_a_series_of_values_each_with_its_own_year(run):
    text = "IPM Kabupaten Wonosobo pada 2021 sebesar 68,5, pada 2022 sebesar 69,1, dan pada 2023 sebesar 69,9."
    assert [(r[2], r[3]) for r in results(run, text, "2024-01-05")] == [(68.5, 2021), (69.1, 2022), (69.9, 2023)]
    text = "Selama tiga tahun terakhir IPM Wonosobo terus naik, yakni 68,5 (2021), 69,1 (2022) dan 69,9 (2023)."
    assert [(r[2], r[3]) for r in results(run, text, "2024-01-05")] == [(68.5, 2021), (69.1, 2022), (69.9, 2023)]
    text = "Angka kemiskinan Wonosobo turun dari 17,36 persen (2022) menjadi 16,39 persen (2023)."
    assert [(r[2], r[3]) for r in results(run, text, "2024-07-05")] == [(16.39, 2023), (17.36, 2022)]
    text = "Dalam tiga tahun terakhir, Wonosobo meraih predikat B (2021) dan BB (2022) dalam evaluasi SAKIP."
    assert [(r[2], r[3]) for r in results(run, text, "2024-02-10")] == [("B", 2021), ("BB", 2022)]
