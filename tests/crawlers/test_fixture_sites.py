"""End to end on the three fixture shapes: recall and precision 1.0, fields right, clean bodies, robots.txt
and off-site links respected, a second run fetches no article page, an edited page becomes version 2."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.crawl_state import CrawlState
from db.engine import get_engine
from db.models import Source
from pantau.records import article_id_for_url
from tests.support.crawlsite_run import (
    SHAPES,
    article_requests,
    check_polite_then_idle,
    check_records,
    run_crawl,
)

pytestmark = pytest.mark.slow  # each test runs real crawls in subprocesses against local servers

DISALLOWED = {"wordpress": ["/rahasia-redaksi-catatan-rapat-internal-redaksi/"], "wordpress-plain": [],
              "blogger": ["/p/catatan-internal.html"], "government": ["/berita/cetak/"]}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_fixture_site_full_cycle(shape, serve, offsite, tmp_path, crawl_db):
    site, server = serve(SHAPES[shape])
    # `pantau crawl --url` on a site it has never seen
    completed, records = run_crawl(tmp_path, "--url", server.root, "--db", crawl_db, via_pantau=True)
    check_records(site, records)
    assert "crawl: pages=" in completed.stderr and "errors=0" in completed.stderr, completed.stderr

    # robots.txt obeyed, nothing fetched off the site (links and redirects alike); a second run fetches nothing
    check_polite_then_idle(site, server, offsite, DISALLOWED[shape], tmp_path, crawl_db)

    # An edited article becomes version 2 of the same id; the government CMS has no feed or sitemap to
    # tell, so its edit is found by revalidating known articles (the re-check window), with 304s for the rest.
    # (not a post with a same-body twin: which twin is kept as the article depends on fetch order)
    twins = {p.title for p in getattr(site, "all_posts", lambda: site.posts)() if p not in site.posts}
    post = [p for p in site.sorted_posts() if p.title not in twins][1]
    post.edit("Pemerintah daerah menyampaikan pembaruan informasi terkait kegiatan ini pada hari berikutnya.")
    server.clear()
    extra = ["--recheck-days", "100000"] if shape == "government" else []
    _, edited = run_crawl(tmp_path, "--url", server.root, "--db", crawl_db, *extra)
    assert [record["title"] for record in edited] == [post.title]
    assert edited[0]["version"] == 2
    assert edited[0]["id"] == article_id_for_url(site.post_url(post))
    assert edited[0]["text"].split("\n") == post.paragraphs
    edited_path = site.post_url(post)[len(site.root.rstrip("/")):]
    if shape == "government":
        assert len(article_requests(site, server, 304)) == len(site.posts) - 1
    assert article_requests(site, server, 200) == [edited_path]
    archived = CrawlState(crawl_db).archived_pages(edited[0]["id"])
    assert len(archived) == 2 and b"pembaruan informasi" in archived[1][1] and b"pembaruan informasi" not in archived[0][1]


def test_registry_source_on_both_backends(serve, tmp_path, store_url):
    """`--source` by region name through a registry file; crawl state and Source rows in the given store."""
    site, server = serve(SHAPES["government"])
    registry = tmp_path / "sources.toml"
    registry.write_text(f'''
[[source]]
key = "33.24"
name = "Kabupaten Kendal"
kind = "government"
url = "{server.root}"
regions = ["33.24"]
article_pattern = "/berita/detail/\\\\d+/"
''', encoding="utf-8")
    env = {"PANTAU_SOURCES": str(registry)}
    _, records = run_crawl(tmp_path, "--source", "Kendal", "--db", store_url, env=env)
    assert sorted(r["title"] for r in records) == sorted(p.title for p in site.posts)
    assert all(r["regions"] == ["33.24"] for r in records)
    with get_engine(store_url).connect() as connection:
        rows = connection.execute(select(Source.__table__)).all()
    assert [(row.key, row.kind, row.region_codes) for row in rows] == [("33.24", "government", ["33.24"])]
    state = CrawlState(store_url)
    assert state.counts("33.24")["article"] == len(site.posts)
    server.clear()
    _, again = run_crawl(tmp_path, "--source", "33.24", "--db", store_url, env=env)
    assert again == []
    assert not [p for p in server.paths() if p.startswith("/berita/detail/")]


def test_unknown_site_with_page_budget(serve, tmp_path, crawl_db):
    """`--max-pages` caps the requests per source (robots.txt aside)."""
    site, server = serve(SHAPES["wordpress"])
    _, records = run_crawl(tmp_path, "--url", server.root, "--db", crawl_db, "--max-pages", "6")
    fetched = [p for p in server.paths() if p != "/robots.txt"]
    assert len(fetched) <= 6
    assert len(records) <= 6


def test_since_filters_old_articles(serve, tmp_path, crawl_db):
    site, server = serve(SHAPES["blogger"])
    _, records = run_crawl(tmp_path, "--url", server.root, "--db", crawl_db, "--since", "2024-01-01")
    assert sorted(r["title"] for r in records) == sorted(p.title for p in site.posts if p.published.year >= 2024)


def test_scrapy_project_layout(serve, tmp_path, crawl_db):
    """`cd crawlers && scrapy crawl news -a url=... -O out.jsonl` works as a plain Scrapy project."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    site, server = serve(SHAPES["government"])
    out = tmp_path / "out.jsonl"
    crawlers_dir = Path(__file__).resolve().parents[2] / "crawlers"
    scrapy = Path(sys.executable).with_name("scrapy")
    completed = subprocess.run(
        [str(scrapy), "crawl", "news", "-a", f"url={server.root}", "-a", f"db={crawl_db}", "-s", "DOWNLOAD_DELAY=0", "-s", "PANTAU_ALLOW_LOCAL=1",
         "-s", "LOG_LEVEL=WARNING", "-O", str(out)],
        cwd=crawlers_dir, env={**os.environ}, capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr[-3000:]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["title"] for r in records) == sorted(p.title for p in site.posts)
