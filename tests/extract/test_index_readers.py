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
