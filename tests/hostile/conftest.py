"""A real `pantau web` (uvicorn on 127.0.0.1) over a real store on each backend, loaded with the project's
fixtures plus records that carry hostile text in every shown field (`hostile_corpus`)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from contextlib import ExitStack
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.support.hostile_corpus import articles, events
from tests.support.hostile_http import free_port, start_server, stop_server

FIXTURES = Path(__file__).resolve().parents[1] / "db" / "fixtures"
ARCHIVED = b"<html><body><xss-probe></xss-probe><script>alert('xss-probe')</script>arsip</body></html>"


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def load_hostile_store(url: str):
    from db import Store
    from db.models import RawPage

    store = Store(url)
    store.sync_regions()
    all_articles = _records("articles.jsonl") + articles()
    stats = store.load_articles(all_articles)
    assert not stats.rejected, stats.problems
    stats = store.replace_events([a["id"] for a in all_articles], _records("events.jsonl") + events(), extractor="hostile")
    assert not stats.rejected, stats.problems
    with store.engine.begin() as conn:
        conn.execute(RawPage.__table__.insert(), [{
            "url": "javascript:alert(1)", "article_id": "hostile-1", "status": 200,
            "content_type": "text/html; charset=\"><xss-probe>", "content_hash": "hostile",
            "body_gz": gzip.compress(ARCHIVED), "fetched_at": dt.datetime(2024, 2, 1, tzinfo=dt.UTC)}])
    return store


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def hostile_site(request, tmp_path_factory):
    """(backend, port, store, event ids, archived page id) of a running site over the hostile store."""
    import sqlalchemy as sa

    from db.engine import get_engine
    from db.models import RawPage

    with ExitStack() as cleanup:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('hostile')}/hostile.db"
            cleanup.callback(lambda: get_engine(url).dispose())
        else:
            url = cleanup.enter_context(request.getfixturevalue("scratch_pg_database")())
        store = load_hostile_store(url)
        with store.engine.connect() as conn:
            page_id = conn.execute(sa.select(sa.func.max(RawPage.__table__.c.id))).scalar_one()
        ids = {hit.article_id: hit.id for hit in store.iter_hits(__import__("db").SearchQuery())}
        port = free_port()
        process = start_server(url, port)
        site = SimpleNamespace(backend=request.param, url=url, port=port, store=store, event_ids=ids,
                               page_id=page_id)
        try:
            yield site
        finally:
            log = stop_server(process)
            assert "Traceback" not in log, f"the server logged an error:\n{log[-4000:]}"
