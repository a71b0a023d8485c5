"""Fixture sites served on 127.0.0.1 by the tests, an off-site server on `localhost` that must never be
visited, and a store for the crawl state. The sites and the helpers tests import live in `tests/support/`
(`crawlsite_*.py`, `engine_sites.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.crawlsite_pages import FixtureSite
from tests.support.crawlsite_server import Reply, SiteServer


class OffsiteSite(FixtureSite):
    """Another site: any request to it means the crawler left the site it was asked to crawl."""

    posts = []

    def handle(self, path, query, server):
        return Reply(body="<html><body><a href='/berita/detail/1/jangan-diikuti-tautan-luar-situs'>x</a></body></html>")


@pytest.fixture
def offsite():
    server = SiteServer(OffsiteSite(), host="localhost").start()
    yield server
    server.stop()


def _serve(site: FixtureSite):
    server = SiteServer(site)
    site.bind(server.root)
    return server.start()


@pytest.fixture
def serve(offsite):
    """`serve(SiteClass)` -> (site, server), stopped after the test."""
    servers = []

    def start(site_class):
        site = site_class(offsite=offsite.root)
        server = _serve(site)
        servers.append(server)
        return site, server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def _migrated_sqlite_template(tmp_path_factory) -> Path:
    from db.engine import get_engine, migrate

    path = tmp_path_factory.mktemp("crawl-template") / "template.db"
    url = f"sqlite:///{path}"
    migrate(url)
    get_engine(url).dispose()
    return path


@pytest.fixture
def crawl_db(tmp_path, _migrated_sqlite_template) -> str:
    """A fresh, already migrated SQLite store (a copy of one migrated template: migrating from scratch
    costs seconds in every crawl subprocess)."""
    import shutil

    target = tmp_path / "crawl.db"
    shutil.copyfile(_migrated_sqlite_template, target)
    return f"sqlite:///{target}"
