"""Shared helpers for the extraction tests: one loaded pipeline per test session."""

from __future__ import annotations

import pytest

import extract


@pytest.fixture(scope="session")
def nlp():
    return extract.load_pipeline()


@pytest.fixture(scope="session")
def run(nlp):
    """Events for one article written inline: run(text, title=None, published=None)."""

    def _run(text, title=None, published=None, article_id="t-1"):
        article = {"id": article_id, "url": None, "source": None, "title": title, "published": published, "text": text}
        return list(extract.extract_articles([article], nlp=nlp))

    return _run


@pytest.fixture(scope="session")
def nlp_ungated():
    """The pipeline with the trigger gate off: every text is analysed in full (for component tests)."""
    from extract.build import build_nlp

    return build_nlp({"components.pantau_triggers.gate": False})


@pytest.fixture(scope="session")
def analyse(nlp_ungated):
    """The processed Doc for one text (its analysis is on doc._.pantau), gate off."""

    def _analyse(text, title=None, published=None):
        article = {"id": "t-1", "title": title, "published": published, "text": text}
        return next(extract.extract_docs([article], nlp=nlp_ungated))

    return _analyse
