"""The pipeline is a normal spaCy pipeline folder, built from config.cfg and the data files."""

from __future__ import annotations

import spacy

import extract
from extract.build import CONFIG_PATH
from extract.lexicon import load_lexicon


def test_saved_folder_loads_with_spacy_and_is_current():
    nlp = spacy.load(extract.PIPELINE_DIR)
    assert nlp.lang == "id"
    assert nlp.pipe_names == ["pantau_triggers", "pantau_sentences", "pantau_regions", "pantau_dates",
                              "pantau_events"]
    # Rebuild with `python -m extract.build` after changing the rules or extract/data/: the folder must match.
    assert nlp.meta["pantau_lexicon"] == load_lexicon().version_hash
    assert nlp.meta["pantau_pipeline_version"] == extract.PIPELINE_VERSION


def test_pipeline_version_hashes_rules_and_data():
    names = {p.name for p in extract._rules_files()}
    assert {"index_report.py", "values.py", "grammar.toml", "indices.toml", "config.cfg"} <= names
    assert not names & {"cli.py", "evaluate.py", "meta.json"}
    assert extract.PIPELINE_VERSION.startswith("pantau-id-") and len(extract.PIPELINE_VERSION) == 20


def test_config_names_registered_components():
    config = spacy.util.load_config(CONFIG_PATH)
    assert config["nlp"]["tokenizer"]["@tokenizers"] == "pantau.tokenizer.v1"
    for name in config["nlp"]["pipeline"]:
        assert spacy.registry.factories.get(config["components"][name]["factory"])


def test_round_trip_to_disk(tmp_path):
    from extract.build import build_nlp

    nlp = build_nlp()
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    doc = again.make_doc("Bupati Lamongan Yuhronur Efendi melantik 5 pejabat, Jumat (22/3/2024).")
    doc._.article = {"id": "x"}
    events = again(doc)._.events
    assert [e["type"] for e in events] == ["inauguration"]


def test_trigger_gate_skips_articles_without_triggers():
    nlp = extract.load_pipeline()
    doc = nlp.make_doc("Harga cabai di pasar naik 10 persen menjelang Lebaran, kata Kepala Dinas Perdagangan.")
    doc._.article = {"id": "x"}
    doc = nlp(doc)
    assert doc._.events == []
    assert doc._.pantau.sents == [] and doc._.pantau.regions == []  # nothing past the phrase matcher ran


def test_gate_changes_speed_not_results(nlp_ungated):
    from tests.support import extract_fixtures as fx

    nlp = extract.load_pipeline()
    articles = [{"id": str(i), "text": t} for i, t in enumerate(
        [fx.MOJOKERTO_PK, fx.LAMONGAN, fx.KENDAL_MOU, fx.SPBE_LIST, fx.NO_EVENT, fx.PLAN_ONLY])]
    assert list(extract.extract_articles(articles, nlp=nlp)) == list(
        extract.extract_articles(articles, nlp=nlp_ungated))
