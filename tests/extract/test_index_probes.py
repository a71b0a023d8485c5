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
