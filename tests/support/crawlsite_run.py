"""Helpers the crawler tests import: the fixture shapes, `run_crawl`, which runs `pantau crawl` in a
subprocess (Scrapy's reactor cannot restart), and the checks every fixture-site crawl is held to."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from crawlers.urls import url_key
from pantau.fingerprint import content_hash
from pantau.records import article_id_for_url, article_problem
from tests.support.crawlsite_pages import BloggerSite, GovernmentSite, WordPressPlainSite, WordPressSite

SHAPES = {"wordpress": WordPressSite, "wordpress-plain": WordPressPlainSite, "blogger": BloggerSite,
          "government": GovernmentSite}

# Chrome that the fixture pages carry around the articles; none of it may reach an article's text.
BOILERPLATE = ["Baca juga", "Baca Juga", "Bagikan", "Posting Komentar", "Tinggalkan Balasan", "komentar:",
               "Foto:", "Dibaca", "Penulis:", "Diposting oleh", "Facebook", "WhatsApp", "Posting Lama",
               "Langganan", "Terkait", "Suasana kegiatan", "Hak Cipta", "©", "Berita Terbaru", "Label:",
               "Kirimkan Ini", "Selengkapnya", "Bupati Kendal dalam kegiatan tersebut", "Alamat email"]


def run_crawl(tmp_path: Path, *args: str, env: dict | None = None, expect: int = 0, out_name: str = "a.jsonl",
              via_pantau: bool = False, timeout: int = 120, allow_local: bool = True):
    """Run the crawl command in a subprocess (`python -m crawlers`, or `python -m pantau crawl` with
    `via_pantau`, which also loads the other stages); returns (completed process, records). The fixture
    sites are on this machine, so `--allow-local` is given unless `allow_local=False`."""
    out = tmp_path / out_name
    if out.exists():
        out.unlink()
    command = [sys.executable, "-m", *(["pantau", "crawl"] if via_pantau else ["crawlers"]), *args, "--out", str(out)]
    if "--delay" not in args:
        command += ["--delay", "0"]
    if allow_local:
        command.append("--allow-local")
    full_env = {**os.environ, **(env or {})}
    if not allow_local:
        full_env.pop("PANTAU_CRAWL_ALLOW_LOCAL", None)
    completed = subprocess.run(command, cwd=tmp_path, env=full_env, capture_output=True, text=True, timeout=timeout)
    assert completed.returncode == expect, f"exit {completed.returncode}\n{completed.stderr[-4000:]}"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return completed, records


def article_requests(site, server, status=None) -> list[str]:
    """Requests the server answered for article pages (any URL variant of one)."""
    keys = {url_key(site.post_url(post)) for post in getattr(site, "all_posts", lambda: site.posts)()}
    return [path for path in server.paths(status) if url_key(site.root.rstrip("/") + path) in keys]


def check_polite_then_idle(site, server, offsite, disallowed, tmp_path, crawl_db):
    """After a first crawl: robots.txt was obeyed and nothing off the site fetched; then a second run finds
    nothing new and fetches not one article page again."""
    for path in disallowed:
        assert not [p for p in server.paths() if p.startswith(path)], path
    assert offsite.paths() == []
    server.clear()
    _, again = run_crawl(tmp_path, "--url", server.root, "--db", crawl_db)
    assert again == []
    assert article_requests(site, server) == []


def check_records(site, records):
    by_title = {post.title: post for post in site.posts}
    titles = [record["title"] for record in records]
    # Recall 1.0 and precision 1.0: every article once, nothing else (the duplicate post counts once).
    assert sorted(titles) == sorted(by_title), f"emitted {sorted(titles)}"
    host = urlsplit(site.root).netloc
    for record in records:
        assert article_problem(record) is None
        post = by_title[record["title"]]
        twins = [p for p in getattr(site, "all_posts", lambda: site.posts)() if p.title == post.title]
        assert record["url"] in {site.post_url(p) for p in twins}
        assert record["canonical_url"] == record["url"]
        assert record["id"] == article_id_for_url(record["url"])
        assert record["source"] == host
        assert record["published"] == post.published.date().isoformat()
        assert record["author"] == post.author
        assert record["text"].split("\n") == post.paragraphs, record["text"]
        for chrome in BOILERPLATE:
            assert chrome not in record["text"], (chrome, record["url"])
        assert record["content_hash"] == content_hash(record["text"])
        assert isinstance(record["simhash"], int)
        assert record["version"] == 1
        assert record["regions"] == []
        assert record["fetched_at"]
