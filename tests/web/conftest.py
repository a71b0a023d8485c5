"""A site over a real store on each backend, loaded once per module through the Store API from the
hand-written fixtures of tests/db/fixtures plus tests/web/fixtures."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from contextlib import ExitStack
from pathlib import Path
from types import SimpleNamespace

import pytest

HERE = Path(__file__).parent
DB_FIXTURES = HERE.parent / "db" / "fixtures"
ARCHIVED_HTML = (b"<html><head><title>Arsip</title><script>document.title='dijalankan'</script></head>"
                 b"<body><h1>Pejabat Pemkab Mojokerto Teken Perjanjian Kinerja 2024</h1></body></html>")


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_site_data(store) -> None:
    from db.models import RawPage

    store.sync_regions()
    articles = records(DB_FIXTURES / "articles.jsonl") + records(HERE / "fixtures" / "extra_articles.jsonl")
    store.load_articles(articles)
    events = records(DB_FIXTURES / "events.jsonl") + records(HERE / "fixtures" / "extra_events.jsonl")
    store.replace_events([a["id"] for a in articles], events, extractor="fixture")
    with store.engine.begin() as conn:
        conn.execute(RawPage.__table__.insert(), [{
            "url": "https://kabarmojokerto.test/berita/mjk-pk-2024", "article_id": "mjk-pk-2024", "status": 200,
            "content_type": "text/html; charset=utf-8", "content_hash": "fixture",
            "body_gz": gzip.compress(ARCHIVED_HTML), "fetched_at": dt.datetime(2024, 1, 31, 12, tzinfo=dt.UTC)}])


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def site(request, tmp_path_factory):
    from fastapi.testclient import TestClient

    from db import Store
    from db.engine import get_engine
    from web.app import create_app

    with ExitStack() as cleanup:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('site')}/site.db"
            cleanup.callback(lambda: get_engine(url).dispose())
        else:
            url = cleanup.enter_context(request.getfixturevalue("scratch_pg_database")())
        store = Store(url)
        load_site_data(store)
        with TestClient(create_app(store=store)) as client:
            yield SimpleNamespace(client=client, store=store, url=url, archived_html=ARCHIVED_HTML)
