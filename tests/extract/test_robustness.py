"""The metamorphic harness (`python -m extract.robustness`): each transform changes text and gold together, a
rule that memorised the articles' wording scores lower under it, and blind articles are never shown."""

from __future__ import annotations

import json
import random

from extract import evaluate, robustness
from pantau.regions import regions_by_code

# Our own short articles (invented wording; real region names).
INDEX_TEXT = ("KENDAL – Pemerintah Kabupaten Kendal menerima nilai Indeks SPBE 3,12 dari Kementerian PANRB "
              "pada Rabu (14/2/2024). Bupati Kendal Dico Mahtado Ganinduto menyebut nilai itu naik dari "
              "tahun 2022.\nTahun depan Kendal menargetkan nilai yang lebih tinggi lagi.")
INDEX_EVENT = {"type": "index_report", "regency": {"code": "33.24", "name": "Kabupaten Kendal"},
               "date": "2024-02-14", "venue": None, "people": [{"name": "Dico Mahtado Ganinduto",
                                                               "role": "Bupati Kendal"}],
               "index": "spbe", "index_label": "Indeks SPBE", "value": "3,12", "value_number": 3.12,
               "year": 2023, "predicate": None}
LIST_TEXT = ("Opini WTP tahun ini diterima oleh tiga pemda, yaitu Kabupaten Sleman, Kabupaten Bantul dan "
             "Kabupaten Kulon Progo. Penyerahan berlangsung di Yogyakarta pada Senin (20/5/2024).")


def _article(article_id: str, text: str, events: list[dict]) -> dict:
    return {"id": article_id, "url": None, "source": None, "title": None, "published": None, "text": text,
            "events": events}


def _wtp(code: str) -> dict:
    region = regions_by_code()[code]
    return {"type": "index_report", "regency": region.as_ref(), "date": "2024-05-20", "venue": None, "people": [],
            "index": "opini_bpk", "index_label": "Opini WTP", "value": "WTP", "value_number": None,
            "year": 2023, "predicate": None}


def test_region_swap_changes_text_and_gold_codes_together():
    article = _article("own-1", INDEX_TEXT, [INDEX_EVENT])
    new = robustness.swap_regions(article, random.Random(3))
    region = regions_by_code()[new["events"][0]["regency"]["code"]]
    assert region.code != "33.24" and region.level == "regency"
    assert "Kendal" not in new["text"] and f"Kabupaten {region.short_name}" in new["text"]
    assert new["text"].startswith(region.short_name.upper() + " –")  # the dateline in capitals too
    assert article["events"][0]["regency"]["code"] == "33.24"  # the input is left as it was


def test_region_swap_keeps_the_geography_true():
    named = _article("own-1", INDEX_TEXT + " Kendal berada di pantai utara Jawa Tengah.", [INDEX_EVENT])
    new = robustness.swap_regions(named, random.Random(3))
    region = regions_by_code()[new["events"][0]["regency"]["code"]]
    province = regions_by_code()[region.province_code]
    assert province.code != "33" and f"pantai utara {province.short_name}." in new["text"]
    # a province also written in another form (an alias) stays, and its regencies are drawn from it
    aliased = _article("own-1", INDEX_TEXT + " Kendal berada di pantai utara Jateng.", [INDEX_EVENT])
    region = regions_by_code()[robustness.swap_regions(aliased, random.Random(3))["events"][0]["regency"]["code"]]
    assert region.province_code == "33" and region.code != "33.24"


def test_value_and_date_shifts_keep_text_and_gold_in_step():
    article = _article("own-2", INDEX_TEXT, [INDEX_EVENT])
    values = robustness.shift_values(article, random.Random(1))
    new_value = values["events"][0]["value"]
    assert new_value != "3,12" and "," in new_value and new_value in values["text"] and "3,12" not in values["text"]
    assert values["events"][0]["value_number"] == float(new_value.replace(",", "."))
    dates = robustness.shift_dates(article, random.Random(2))
    date = dates["events"][0]["date"]
    year, month, day = (int(x) for x in date.split("-"))
    assert f"Rabu ({day}/{month}/{year})" in dates["text"]  # a whole number of weeks: still a Wednesday
    shift = year - 2024
    assert shift != 0 and dates["events"][0]["year"] == 2023 + shift and f"tahun {2022 + shift}" in dates["text"]


def test_person_swap_renames_every_mention_and_the_gold():
    article = _article("own-3", INDEX_TEXT + " Dico berharap OPD bekerja lebih keras.", [INDEX_EVENT])
    new = robustness.swap_people(article, random.Random(5))
    name = new["events"][0]["people"][0]["name"]
    assert name != "Dico Mahtado Ganinduto" and "Dico" not in new["text"]
    assert name.upper() in new["text"] or name in new["text"]
    assert name.split()[0] + " berharap" in new["text"]  # the first name alone follows the full one


def test_lists_turn_a_shared_value_into_bullet_lines():
    article = _article("own-4", LIST_TEXT, [_wtp("34.04"), _wtp("34.02"), _wtp("34.01")])
    new = robustness.relist(article, random.Random(0))
    lines = new["text"].splitlines()
    assert lines[0].endswith("yaitu:") and [line[2:] for line in lines[1:4]] == [
        "Kabupaten Sleman", "Kabupaten Bantul", "Kabupaten Kulon Progo"]
    assert new["events"] == article["events"]


def _gold_file(tmp_path, articles):
    gold = tmp_path / "dev.jsonl"
    gold.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    (tmp_path / "score.py").write_text((evaluate.DEFAULT_GOLD.parent / "score.py").read_text(encoding="utf-8"))
    return gold


def test_an_extractor_that_memorised_the_names_scores_lower_under_the_swap(tmp_path):
    articles = [_article(f"own-{i}", INDEX_TEXT, [INDEX_EVENT]) for i in range(6)]
    gold = _gold_file(tmp_path, articles)

    def memorised(inputs):  # knows this region's name and nothing else
        return [dict(INDEX_EVENT, article_id=a["id"]) for a in inputs if "Kendal" in a["text"]]

    rows = {(name, part): report for name, part, _n, report, _e in
            robustness.run(gold, ["regions", "reflow"], extractor=memorised)}
    part = "open" if ("none", "open") in rows and rows["none", "open"]["articles"] else "blind"
    assert rows["none", part]["overall"]["f1"] == 1.0
    assert rows["reflow", part]["overall"]["f1"] == 1.0  # a layout change it survives
    assert rows["regions", part]["overall"]["f1"] == 0.0  # every region swapped: nothing found


def test_show_errors_never_prints_a_blind_article(tmp_path, capsys):
    ids = [f"own-{i}" for i in range(12)]
    gold = _gold_file(tmp_path, [_article(i, INDEX_TEXT, [INDEX_EVENT, _wtp("34.04")]) for i in ids])
    robustness.main(["--gold", str(gold), "--transform", "values", "--show-errors", "values"])
    out = capsys.readouterr().out.splitlines()
    errors = [line for line in out if line.startswith("  !")]
    assert errors and all(not evaluate.is_blind(line.split()[1]) for line in errors)
    assert any(evaluate.is_blind(i) for i in ids)
    assert {line.split()[0] for line in out if not line.startswith("  !")} == {"transform", "none", "values"}
