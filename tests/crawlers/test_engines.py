"""The crawler on sites that real engines build: Hugo, Jekyll, Hexo, Pelican, Nikola, MkDocs Material and
WordPress, each with its stock theme (and another where the engine ships one), loaded with the demo outlet's
articles (`engine_sites.py` builds and caches them). Per site: recall and precision 1.0 by URL, bodies
≥ 0.95 similar to the source text, publication dates right, static pages, tags, categories, authors and
archives left out, and a second run that fetches no article page.

    pytest tests/crawlers -m engines          # builds what the cache lacks, then crawls every site
    python -m tests.support.engine_sites      # the table of the last run
"""

from __future__ import annotations

import json

import pytest
from rapidfuzz import fuzz

from crawlers.urls import url_key
from tests.support.crawlsite_run import run_crawl
from tests.support.engine_sites import CACHE, ENGINES, demo_content, engine_by_id, local_time, source_text

pytestmark = [pytest.mark.engines, pytest.mark.slow]

MIN_BODY_SIMILARITY = 0.95


@pytest.fixture(scope="module")
def content():
    return demo_content()


def _words(text: str) -> str:
    return " ".join(text.split())


def measure(engine, content, root: str, records: list[dict]) -> dict:
    """Recall, precision, body similarity and dates of one crawl against the engine's articles."""
    expected = {url_key(root.rstrip("/") + engine.article_path(article)): article for article in content.articles}
    found = {url_key(record["url"]): record for record in records}
    matched = [key for key in found if key in expected]
    similarities = {key: fuzz.ratio(_words(found[key]["text"]), _words(source_text(expected[key]))) / 100
                    for key in matched}
    dates_right = [key for key in matched
                   if found[key]["published"] == local_time(expected[key].published).date().isoformat()]
    return {
        "engine": engine.id,
        "articles": len(expected),
        "emitted": len(records),
        "recall": len(matched) / len(expected),
        "precision": len(matched) / len(found) if found else None,
        "body_similarity": sum(similarities.values()) / len(similarities) if similarities else None,
        "body_similarity_min": min(similarities.values()) if similarities else None,
        "dates": len(dates_right) / len(matched) if matched else None,
        "missed": sorted(key for key in expected if key not in found),
        "not_articles": sorted(key for key in found if key not in expected),
        "dissimilar": sorted(key for key, value in similarities.items() if value < MIN_BODY_SIMILARITY),
        "wrong_dates": sorted({f"{key}: {found[key]['published']}" for key in matched if key not in dates_right}),
    }


@pytest.mark.parametrize("engine_id", [engine.id for engine in ENGINES])
def test_engine_site(engine_id, content, tmp_path, crawl_db):
    engine = engine_by_id(engine_id)
    directory = engine.prepare(content)
    site = engine.serve(directory)
    try:
        completed, records = run_crawl(tmp_path, "--url", site.root, "--db", crawl_db, timeout=600)
        result = measure(engine, content, site.root, records)
        article_paths = {engine.article_path(article) for article in content.articles}
        fetched_before = len(site.requests)
        _, again = run_crawl(tmp_path, "--url", site.root, "--db", crawl_db, out_name="again.jsonl", timeout=600)
        second_run = [path for path, status in site.requests[fetched_before:]
                      if status == 200 and path.split("?", 1)[0] in article_paths]
        result["second_run_articles_fetched"] = len(second_run)
        result["second_run_emitted"] = len(again)
        (CACHE / "results").mkdir(parents=True, exist_ok=True)
        (CACHE / "results" / f"{engine_id}.json").write_text(json.dumps(result, indent=1))
    finally:
        site.stop()
    assert "errors=0" in completed.stderr, completed.stderr[-3000:]
    assert result["missed"] == [] and result["not_articles"] == [], json.dumps(result, indent=1)
    assert result["body_similarity_min"] >= MIN_BODY_SIMILARITY, result["dissimilar"]
    assert result["dates"] == 1.0, result["wrong_dates"]
    assert second_run == [] and again == [], (second_run, again)
