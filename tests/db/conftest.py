"""Store fixtures: the hand-written articles/events of `fixtures/` loaded through the Store API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).with_name("fixtures")


def _records(name: str) -> list[dict]:
    with (FIXTURES / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def fixture_store(url: str):
    """A store at `url` holding the fixture articles and their events."""
    from db import Store

    store = Store(url)
    store.sync_regions()
    articles = _records("articles.jsonl")
    store.load_articles(articles)
    store.replace_events([a["id"] for a in articles], _records("events.jsonl"), extractor="fixture")
    return store


@pytest.fixture
def loaded_store(store_url):
    return fixture_store(store_url)
