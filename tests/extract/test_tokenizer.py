"""Tokenizer fixes for Indonesian news forms."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rabu(31/1)", ["Rabu", "(", "31/1", ")"]),
        ("(22/3/2024)", ["(", "22/3/2024", ")"]),
        ("Kab. Mojokerto", ["Kab.", "Mojokerto"]),
        ("Pemkab Lamongan", ["Pemkab", "Lamongan"]),
        ("H. Fauzan", ["H.", "Fauzan"]),
        ("Willy, S.H.,M.Si", ["Willy", ",", "S.H.", ",", "M.Si"]),
        ("Jumat (1/12/23).Penandatanganan", ["Jumat", "(", "1/12/23", ")", ".", "Penandatanganan"]),
        ("Perampuan-H.Zubaidi", ["Perampuan", "-", "H.", "Zubaidi"]),
        ("75,89 dan 1.234,5", ["75,89", "dan", "1.234,5"]),
    ],
)
def test_news_forms(nlp, text, expected):
    assert [t.text for t in nlp.make_doc(text)] == expected


def test_sentences_split_on_lines_and_stops_but_not_initials(analyse_doc):
    an = analyse_doc("Bupati A. Murtala hadir. Kepala Desa H. Ali. A. Syahid dilantik.\nBaris baru tanpa titik")
    assert [s.text.strip() for s in an.sents] == [
        "Bupati A. Murtala hadir.", "Kepala Desa H. Ali. A. Syahid dilantik.", "Baris baru tanpa titik"]


def test_boilerplate_lines_are_skipped(analyse_doc):
    an = analyse_doc("Bupati melantik pejabat.\nBaca juga: Bupati melantik camat\nEditor: Budi")
    skipped = {an.sents[k].text.strip() for k in an.skip}
    assert skipped == {"Baca juga: Bupati melantik camat", "Editor: Budi"}


@pytest.fixture(scope="module")
def analyse_doc(nlp_ungated):
    def _run(text):
        doc = nlp_ungated.make_doc(text)
        doc._.article = {"id": "t"}
        return nlp_ungated(doc)._.pantau

    return _run
