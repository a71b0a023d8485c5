"""Region linking over all of regions.csv: cues, aliases, same-name regions, the article's own regency."""

from __future__ import annotations

import pytest

from extract.regions import RegionGazetteer
from pantau.regions import all_regions


def linked(analyse, text):
    doc = analyse(text)
    return [(doc[m.start : m.end].text, m.region.code) for m in doc._.pantau.regions]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Pemkab Malang", "35.07"), ("Kota Malang", "35.73"), ("Wali Kota Malang", "35.73"),
        ("Bupati Malang", "35.07"), ("Kab. Kediri", "35.06"), ("Pemkot Kediri", "35.71"),
        ("Provinsi Bengkulu", "17"), ("Kota Bengkulu", "17.71"), ("Pemprov Jambi", "15"), ("Kota Jambi", "15.71"),
        ("Kabupaten Sorong", "96.01"), ("Kota Sorong", "96.71"),
        ("Kota Baubau", "74.72"), ("Bau-Bau", "74.72"), ("Palangka Raya", "62.71"), ("Palangkaraya", "62.71"),
        ("Pessel", "13.01"), ("Kobar", "62.01"), ("HSS", "63.06"), ("SBT", "81.05"), ("Lampura", "18.03"),
        ("Lobar", "52.01"), ("Mabar", "53.15"), ("Tanbu", "63.10"), ("Pasbar", "13.12"), ("Konkep", "74.12"),
        ("Sulsel", "73"), ("PBD", "96"), ("Toba Samosir", "12.12"), ("Mamuju Utara", "76.01"),
        ("Kepulauan Tanimbar", "81.03"), ("Maluku Tenggara Barat", "81.03"), ("Fakfak", "92.03"),
        ("Tolitoli", "72.04"), ("Pangkalpinang", "19.71"), ("Tanjungpinang", "21.72"), ("Lubuklinggau", "16.73"),
        ("Padangsidimpuan", "12.77"), ("Labuhan Batu", "12.10"), ("Sumatra Barat", "13"),
    ],
)
def test_forms(analyse, text, code):
    assert [c for _, c in linked(analyse, f"Berita dari {text} hari ini.")] == [code]


def test_every_region_links_by_its_full_name(nlp):
    from extract.lexicon import load_lexicon

    gaz = RegionGazetteer(nlp.vocab, load_lexicon(), nlp.make_doc)
    for region in all_regions():
        doc = nlp.make_doc(f"Kegiatan di {region.name} berjalan lancar.")
        codes = [m.region.code for m in gaz.link(doc)]
        assert codes[-1:] == [region.code], region.name


def test_common_words_need_a_cue(analyse):
    assert linked(analyse, "Puncak acara di Batu Kuta dihadiri Karo Adpim.") == []
    assert [c for _, c in linked(analyse, "Pemkot Batu dan Kabupaten Karo")] == ["35.79", "12.06"]


def test_cue_carries_over_a_list(analyse):
    assert [c for _, c in linked(analyse, "Kabupaten Tabalong, Kotabaru, dan Kota Banjarmasin")] == [
        "63.09", "63.02", "63.71"]


def test_article_regency_from_dateline_when_text_only_says_bupati(run):
    text = ("Lamongan, wartamerdeka.info – Bupati melantik 12 kepala desa terpilih di pendopo, Kamis (4/4/2024). "
            "Bupati meminta kepala desa bekerja untuk warga.")
    events = run(text)
    assert [e["regency"]["code"] for e in events] == ["35.24"]


def test_government_host_names_the_article_region(run):
    text = "Bupati melantik 12 kepala desa terpilih di pendopo kabupaten, Kamis (4/4/2024)."
    article_events = run(text, article_id="h")
    assert [e["regency"] for e in article_events] == [None]
    import extract

    events = list(extract.extract_articles([{"id": "h", "source": "berita.nunukankab.go.id", "text": text}]))
    assert [e["regency"]["code"] for e in events] == ["65.03"]


def test_the_linker_reads_the_projects_one_alias_table(nlp):
    """Every name of pantau/data/region_aliases.tsv is linked to its region, except the ones people only
    type (`typed`): the search's filters and the extractor share one table."""
    from extract.lexicon import load_lexicon
    from extract.regions import fold
    from pantau.regions import region_aliases

    gaz = RegionGazetteer(nlp.vocab, load_lexicon(), nlp.make_doc)
    for row in region_aliases():
        assert (row.region in gaz.candidates.get(fold(row.alias), [])) != row.typed_only, row
        assert (fold(row.alias) in gaz.needs_cue) >= row.needs_cue, row
