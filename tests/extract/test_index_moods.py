"""Index reports on sentences written for these tests (real regions, invented results): a month's deflation is
an inflation result below zero; a goal or an aim ("untuk meraih", "berupaya meraih", "menargetkan") is no result;
a unit of a regional government (Inspektorat, Dinas) holds its own score, not its region's."""

from __future__ import annotations


def results(run, text, published=None, title=None):
    """(region, index, value number or value text, year) of each index report, sorted."""
    events = [e for e in run(text, title=title, published=published) if e["type"] == "index_report"]
    return sorted((e["regency"]["name"], e["index"],
                   e["value"] if e["value_number"] is None else e["value_number"], e["year"]) for e in events)


def test_a_months_deflation_is_inflation_below_zero(run):
    text = "Pada Agustus 2024, Kota Pekanbaru mengalami deflasi sebesar 0,27 persen (mtm)."
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2024-09-02")] == [
        ("Kota Pekanbaru", "inflasi", -0.27)]
    text = "BPS mencatat Kabupaten Banyuwangi deflasi 0,08 persen secara bulanan pada September 2024."
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2024-10-01")] == [
        ("Kabupaten Banyuwangi", "inflasi", -0.08)]


def test_a_rate_written_minus_is_below_zero(run):
    text = "Inflasi Kota Pekanbaru minus 0,27 persen secara bulanan pada Agustus 2024."
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2024-09-02")] == [
        ("Kota Pekanbaru", "inflasi", -0.27)]
    text = "Pertumbuhan ekonomi Kabupaten Mimika pada 2023 minus 1,2 persen."
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2024-02-06")] == [
        ("Kabupaten Mimika", "pertumbuhan_ekonomi", -1.2)]


def test_a_contraction_is_growth_below_zero(run):
    text = "Perekonomian Kabupaten Mimika mengalami kontraksi 1,2 persen pada 2023."
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2024-02-06")] == [
        ("Kabupaten Mimika", "pertumbuhan_ekonomi", -1.2)]
    text = "Ekonomi Kabupaten Mimika pada 2023 terkontraksi 1,2 persen, sedangkan tahun 2022 tumbuh 3,1 persen."
    assert sorted(r[2] for r in results(run, text, "2024-02-06")) == [-1.2, 3.1]


def test_inflation_beside_a_deflation_keeps_its_sign(run):
    text = ("Secara bulanan Kota Malang mengalami deflasi 0,05 persen, sedangkan inflasi tahunan Kota Malang "
            "tercatat 2,11 persen.")
    assert sorted(r[2] for r in results(run, text, "2024-10-01")) == [-0.05, 2.11]


def test_an_aim_to_attain_a_grade_is_no_result(run):
    text = "Untuk meraih predikat A pada evaluasi SAKIP, Pemkab Sleman terus membenahi perencanaan kinerja."
    assert results(run, text, "2024-03-01") == []
    text = "Pemkot Madiun berupaya meraih predikat BB dalam evaluasi SAKIP tahun ini."
    assert results(run, text, "2024-03-01") == []
    text = "Pemkab Gresik menargetkan opini WTP atas LKPD 2024 untuk kesembilan kalinya."
    assert results(run, text, "2024-03-01") == []
    text = "Demi meraih nilai SPBE 3,5, Pemkab Kulon Progo menyiapkan aplikasi layanan terpadu."
    assert results(run, text, "2024-03-01") == []
    text = "Pemkab Sleman terus berbenah guna mencapai predikat AA dalam evaluasi SAKIP."
    assert results(run, text, "2024-03-01") == []
    text = "Harapannya Pemkab Sleman meraih predikat AA pada evaluasi SAKIP berikutnya."
    assert results(run, text, "2024-03-01") == []
    text = "Pemkab Sleman mengejar predikat AA pada evaluasi SAKIP 2024."
    assert results(run, text, "2024-03-01") == []


def test_a_result_beside_an_aim_is_kept(run):
    text = ("Kabupaten Sleman meraih predikat A pada evaluasi SAKIP 2023. Ke depan, Pemkab Sleman berupaya "
            "meraih predikat AA.")
    assert [(r[0], r[2]) for r in results(run, text, "2024-03-01")] == [("Kabupaten Sleman", "A")]
    text = "Untuk ketiga kalinya, Pemkab Bantul meraih predikat A dalam evaluasi SAKIP."
    assert [(r[0], r[2]) for r in results(run, text, "2024-03-01")] == [("Kabupaten Bantul", "A")]
    text = "Untuk mencapai predikat itu, Pemkab Sleman meraih nilai SAKIP 80,5 pada evaluasi 2023."
    assert [(r[0], r[2]) for r in results(run, text, "2024-03-01")] == [("Kabupaten Sleman", 80.5)]


def test_a_unit_of_the_government_holds_its_own_score(run):
    text = "Inspektorat Kabupaten Bantul meraih nilai 3,2 untuk kapabilitas APIP dalam evaluasi SAKIP."
    assert results(run, text, "2024-03-01") == []
    text = "Dinas Kominfo Kabupaten Sragen memperoleh skor SPBE 3,4 untuk layanan internalnya."
    assert results(run, text, "2024-03-01") == []
    text = "Bappeda Kota Madiun menerima nilai SAKIP 82,1 dari Inspektorat."
    assert results(run, text, "2024-03-01") == []


def test_a_units_head_or_the_government_through_a_unit_keeps_the_regions_result(run):
    text = "Kepala Diskominfo Klaten mengatakan, indeks SPBE Kabupaten Klaten tahun 2023 mencapai 3,52."
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2024-03-01")] == [
        ("Kabupaten Klaten", "spbe", 3.52)]
    text = "Kepala Dinas Kominfo Klaten: SPBE Klaten 2023 sebesar 3,52 dengan predikat sangat baik."
    assert [(r[0], r[1], r[2]) for r in results(run, text, "2024-03-01")] == [
        ("Kabupaten Klaten", "spbe", 3.52)]
    text = "Kepala Bappeda Kota Madiun menerima nilai SAKIP 82,1 dari Kementerian PANRB."
    assert [(r[0], r[2]) for r in results(run, text, "2024-03-01")] == [("Kota Madiun", 82.1)]
    text = "Pemkab Sragen melalui Dinas Kominfo meraih nilai SPBE 3,4 pada evaluasi 2023."
    assert [(r[0], r[2]) for r in results(run, text, "2024-03-01")] == [("Kabupaten Sragen", 3.4)]
