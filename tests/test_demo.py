"""The bundled demo site: its content as data, its gold, and the pages the server gives a crawler."""

from __future__ import annotations

import json
import re
import shutil
import urllib.error
import urllib.request
from collections import Counter
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest

from demo import ContentError, DemoServer, bundled_content, gold_records, load_content, load_gold
from demo.content import CONTENT_DIR
from pantau.records import EVENT_TYPES, article_id_for_url, event_problem
from pantau.regions import region


def fetch(url: str, headers: dict[str, str] | None = None, method: str = "GET"):
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def site():
    with DemoServer() as server:
        yield server


# --------------------------------------------------------------------------------------- content and gold

def test_content_has_the_articles_the_issue_asks_for():
    content = bundled_content()
    gold = load_gold()
    assert len(content.articles) >= 32
    types_per_article = {slug: {event.type for event in events} for slug, events in gold.items()}
    count = Counter(t for types in types_per_article.values() for t in types)
    assert count["agreement_signing"] >= 8
    assert count["inauguration"] >= 7
    assert count["index_report"] >= 8
    no_event = [slug for slug, types in types_per_article.items() if not types]
    assert len(no_event) >= 10  # plans/announcements and ordinary news
    assert any("akan" in content.by_slug[slug].title.lower() for slug in no_event)
    # one article lists an index for many regencies
    assert max(sum(1 for e in events if e.type == "index_report") for events in gold.values()) >= 8
    # varied datelines and date forms, as real outlets write them
    bodies = " ".join(a.blocks[0].text for a in content.articles)
    for form in ("**MOJOKERTO** –", "Lamongan, (23/3) –", "kemarin", "pagi ini", "Rabu (31/1)", "Jumat malam (22/3)"):
        assert form in bodies or any(form in b.text for a in content.articles for b in a.blocks), form
    assert sum(1 for a in content.articles for b in a.blocks if b.kind == "related") >= 20


def test_gold_events_follow_the_spec():
    content = bundled_content()
    for record in gold_records("http://127.0.0.1:9", content):
        for event in record["events"]:
            event = {**event, "article_id": record["id"]}
            assert event["type"] in EVENT_TYPES
            assert event_problem(event) is None, (record["url"], event)
            assert event["regency"] is None or region(event["regency"]["code"]) is not None
        assert record["id"] == article_id_for_url(record["url"])


def _copy_content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


def test_bad_front_matter_is_reported_with_file_and_line(tmp_path):
    root = _copy_content(tmp_path)
    path = root / "articles" / "kendal-raih-opini-wtp-sepuluh-kali-berturut-turut.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = 'date = "kemarin sore"'  # a string where a date-time is required
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(str(path)) + ":2: .*date"):
        load_content(root)

    lines[3] = "date = 2023-05-18T09:25:00+07:00"
    lines[4] = 'author = "unterminated'
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(str(path)) + r":5: front matter is not valid TOML"):
        load_content(root)


def test_broken_related_link_and_unknown_category_are_reported(tmp_path):
    root = _copy_content(tmp_path)
    path = root / "articles" / "kendal-raih-opini-wtp-sepuluh-kali-berturut-turut.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("[[pemkab-kendal-dan-kejari", "[[tidak-ada-kendal-dan-kejari"), encoding="utf-8")
    with pytest.raises(ContentError, match="unknown article 'tidak-ada-kendal"):
        load_content(root)
    path.write_text(text.replace('category = "pemerintahan"', 'category = "olahraga"'), encoding="utf-8")
    with pytest.raises(ContentError, match="unknown category 'olahraga'"):
        load_content(root)


def test_gold_must_label_every_article(tmp_path):
    root = _copy_content(tmp_path)
    extra = root / "articles" / "artikel-baru-tanpa-label.md"
    extra.write_text('+++\nslug = "artikel-baru-tanpa-label"\ntitle = "Baru"\ndate = 2024-05-01T10:00:00+07:00\n'
                     'author = "Redaksi"\ncategory = "peristiwa"\n+++\nTUBAN – Isi berita.\n', encoding="utf-8")
    with pytest.raises(ContentError, match="articles without gold: artikel-baru-tanpa-label"):
        load_gold(content=load_content(root))


# --------------------------------------------------------------------------------------- the served site

def test_home_pagination_and_archives(site):
    content = site.content
    status, headers, body = fetch(site.url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    html = body.decode()
    newest = content.articles[0]
    assert newest.url_path in html and 'rel="next" href="/page/2/"' in html
    pages = -(-len(content.articles) // content.site.per_page)
    status, _, body = fetch(f"{site.base_url}/page/{pages}/")
    assert status == 200 and content.articles[-1].url_path in body.decode()
    assert fetch(f"{site.base_url}/page/{pages + 1}/")[0] == 404
    status, _, body = fetch(f"{site.base_url}/kategori/pemerintahan/")
    assert status == 200 and "Kategori: Pemerintahan" in body.decode()
    status, _, body = fetch(f"{site.base_url}/tag/perjanjian-kinerja/")
    assert status == 200 and "bupati-ikfina-saksikan" in body.decode()
    status, _, body = fetch(f"{site.base_url}/penulis/dwi-anggraeni/")
    assert status == 200 and "Penulis: Dwi Anggraeni" in body.decode()
    for page in ("tentang-kami", "kontak", "redaksi"):
        assert fetch(f"{site.base_url}/{page}/")[0] == 200


def test_article_page_markup(site):
    article = site.content.by_slug["bupati-ikfina-saksikan-penandatanganan-perjanjian-kinerja-2024"]
    status, _, body = fetch(site.base_url + article.url_path)
    html = body.decode()
    assert status == 200
    assert '<meta property="article:published_time" content="2024-01-31T15:42:00+07:00">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<link rel="canonical" href="{site.base_url}{article.url_path}">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "NewsArticle" and data["headline"] == article.title
    assert data["datePublished"].startswith("2024-01-31") and data["author"]["name"] == "Dwi Anggraeni"
    assert 'rel="author">Dwi Anggraeni</a>' in html and "Rabu, 31 Januari 2024 - 15:42 WIB" in html
    assert '<p class="baca-juga"><strong>Baca juga:</strong> <a href="/2024/02/09/sakip' in html
    for boilerplate in ("Bagikan:", "Berita Terkait", "Tinggalkan Komentar", "Terpopuler", "Advertisement"):
        assert boilerplate in html
    assert "<strong>MOJOKERTO</strong> – Bupati Mojokerto, dr. Hj. Ikfina Fahmawati, M.Si." in html


def test_feed_sitemaps_and_robots(site):
    status, headers, body = fetch(site.base_url + "/feed/")
    assert status == 200 and "rss+xml" in headers["Content-Type"]
    feed = feedparser.parse(body)
    assert not feed.bozo and feed.version == "rss20"
    assert len(feed.entries) == site.content.site.feed_items
    assert feed.entries[0].link == site.base_url + site.content.articles[0].url_path
    assert feed.entries[0].published_parsed is not None

    status, _, body = fetch(site.base_url + "/robots.txt")
    robots = body.decode()
    assert status == 200 and "Disallow: /wp-admin/" in robots
    assert f"Sitemap: {site.base_url}/sitemap.xml" in robots
    assert fetch(site.base_url + "/wp-admin/")[0] == 403

    _, _, index = fetch(site.base_url + "/sitemap.xml")
    maps = re.findall(r"<loc>(.*?)</loc>", index.decode())
    assert f"{site.base_url}/post-sitemap.xml" in maps
    _, _, posts = fetch(f"{site.base_url}/post-sitemap.xml")
    locs = re.findall(r"<loc>(.*?)</loc>", posts.decode())
    assert sorted(locs) == sorted(site.article_urls().values())


def test_conditional_requests_redirects_and_head(site):
    url = site.base_url + site.content.articles[3].url_path
    status, headers, body = fetch(url)
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and etag and last_modified.endswith("GMT")
    assert parsedate_to_datetime(last_modified) == site.content.articles[3].modified.replace(microsecond=0)
    assert fetch(url, {"If-None-Match": etag})[0] == 304
    assert fetch(url, {"If-None-Match": '"something-else"'})[0] == 200
    assert fetch(url, {"If-Modified-Since": last_modified})[0] == 304
    older = format_datetime(parsedate_to_datetime(last_modified).replace(year=2020), usegmt=True)
    assert fetch(url, {"If-Modified-Since": older})[0] == 200
    status, headers, body = fetch(url, method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 1000

    opener = urllib.request.build_opener(_NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(url.rstrip("/"), timeout=10)
    assert redirect.value.code == 301 and redirect.value.headers["Location"] == url.removeprefix(site.base_url)
    status, _, body = fetch(site.base_url + "/tidak-ada/")
    assert status == 404 and "Halaman tidak ditemukan" in body.decode()

    site.clear_log()
    fetch(url)
    assert [(r.method, r.path, r.status) for r in site.requests] == [("GET", url.removeprefix(site.base_url), 200)]


def test_an_outage_answers_every_request_with_the_forced_status():
    with DemoServer() as down:
        down.forced_status = 503
        assert fetch(down.url)[0] == 503
        assert fetch(down.base_url + "/robots.txt")[0] == 503


def test_score_events_counts_pairs_by_type_and_index():
    from demo import score_events

    base = "http://127.0.0.1:9"
    gold = gold_records(base)
    perfect = [dict(event, article_id=record["id"]) for record in gold for event in record["events"]]
    assert score_events(perfect, base)["f1"] == 1.0
    ipm = next(r for r in gold if r["url"].endswith("/ipm-2023-daerah-pantura-jatim-sidoarjo-tertinggi-tuban-terendah/"))
    missing_one = [e for e in perfect if not (e["article_id"] == ipm["id"] and e["value"] == "71,44")]
    scores = score_events(missing_one, base)
    assert scores["by_type"]["index_report"]["fn"] == 1 and scores["precision"] == 1.0
    plan = next(r for r in gold if "akan-lantik" in r["url"])
    wrong_index = dict(perfect[0], article_id=plan["id"])  # an event where the gold has none
    scores = score_events([*perfect, wrong_index], base)
    assert scores["fp"] == 1 and scores["recall"] == 1.0
    moved = [dict(e, regency={"code": "35.78", "name": "Kota Surabaya"}) if e is perfect[0] else e for e in perfect]
    assert score_events(moved, base)["regency_accuracy"] < 1.0


def test_demo_reuses_its_port_so_article_addresses_stay_stable(tmp_path, monkeypatch):
    from demo.run import PORT_FILE, remembered_port

    monkeypatch.setenv("PANTAU_HOME", str(tmp_path))
    assert remembered_port() == (0, True)  # first run: any free port
    with DemoServer() as first:
        (tmp_path / PORT_FILE).write_text(str(first.port))
        assert remembered_port() == (0, True)  # taken right now: fall back to a free one
    port, new = remembered_port()
    assert (port, new) == (first.port, False)
    with DemoServer(port=port) as second:
        assert second.article_urls() == first.article_urls()


@pytest.mark.slow
@pytest.mark.xdist_group("prefect-flows")
def test_pantau_demo_command_fills_the_default_store(tmp_path):
    import os
    import shlex
    import subprocess
    import sys
    import time

    env = {k: v for k, v in os.environ.items() if k != "PANTAU_DB_URL"}
    env["PANTAU_HOME"] = str(tmp_path / "state")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "pantau", "demo"], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=600)
    print(f"pantau demo took {time.monotonic() - started:.1f} s")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "pantau.db").is_file()
    out = result.stdout
    assert "Events by type" in out and "Events by regency" in out and "Kabupaten Mojokerto" in out
    assert 'pantau search "perjanjian kinerja"' in out and "pantau web" in out
    # The commands it suggests run as printed, from where the demo ran (`pantau` itself is not on PATH
    # unless the venv is activated: the suggestion names the venv's script).
    suggested = next(line for line in out.splitlines() if 'search "perjanjian kinerja"' in line)
    search = subprocess.run(shlex.split(suggested), cwd=tmp_path, env={**env, "PATH": "/usr/bin:/bin"},
                            capture_output=True, text=True, timeout=120)
    assert search.returncode == 0 and "Mojokerto" in search.stdout
    # Its tables and the search's fit a 100-column window (lines naming a URL or a path may run longer).
    paths = ("://", str(tmp_path), os.path.dirname(sys.executable))
    assert max(len(line) for line in (out + search.stdout).splitlines() if not any(p in line for p in paths)) <= 100
