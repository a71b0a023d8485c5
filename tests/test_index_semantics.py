"""The index catalogue's semantics (pantau/data/indices.toml through pantau.catalogue): category order,
measures read from the value's own clause, series names."""

from __future__ import annotations

import pytest

from pantau.catalogue import category_of, category_rank, index_info, index_measure, series_label


def test_categories_rank_by_the_catalogue_order_whole_words_only():
    assert [category_rank("sakip", grade) for grade in ("AA", "A", "BB", "B", "CC", "C", "D")] == list(range(7))
    assert category_rank("sakip", "predikat BB") == 2 and category_rank("sakip", "Baik") is None
    assert category_rank("opini_bpk", "opini WDP") == 1 and category_rank("opini_bpk", "WTP") == 0
    assert category_of("ombudsman", "masuk zona hijau") == "Hijau"
    assert category_of("spbe", "sangat baik") == "Sangat Baik" and category_of("spbe", "baik") == "Baik"
    assert category_rank("mcp", "A") is None  # an index without categories has no order of them
    assert category_rank("sakip", None, "A") == 1  # the first text naming one counts


@pytest.mark.parametrize(("value", "sentence", "measure"), [
    ("2,8", "Inflasi Kabupaten Kudus tercatat 2,8 persen (yoy) pada April.", "yoy"),
    ("0,4", "Secara bulanan inflasi Kota Malang 0,4 persen, sementara secara tahunan 3,1 persen.", "mtm"),
    ("3,1", "Secara bulanan inflasi Kota Malang 0,4 persen, sementara secara tahunan 3,1 persen.", "yoy"),
    ("1,7", "Inflasi tahun kalender Kota Kediri mencapai 1,7 persen.", "ytd"),
    ("2,2", "Inflasi Kota Madiun pada Juni 2,2 persen.", None),
])
def test_inflation_measure_is_read_from_the_values_clause(value, sentence, measure):
    assert index_measure("inflasi", value, sentence) == measure


def test_poverty_rate_and_head_count_are_different_measures():
    sentence = "Angka kemiskinan Kabupaten Blitar turun menjadi 9,1 persen atau 104.000 jiwa."
    assert index_measure("kemiskinan", "9,1", sentence) == "rate"
    assert index_measure("kemiskinan", "104.000", sentence) == "count"
    assert index_info("kemiskinan").measures["count"].unit == "people"
    assert index_measure("sakip", "70", "SAKIP 70 persen") is None  # no measures, none read


def test_series_labels():
    assert series_label("sakip") == "SAKIP"
    assert series_label("inflasi.yoy") == "Inflasi tahunan (y-on-y)"
    assert series_label("inflasi") == "Inflasi (ukuran tidak disebut)"
    assert index_info("kemiskinan").lower_is_better and index_info("ipm").higher_is_better
    assert index_info("spbe").scale == (0.0, 5.0)
