"""The crawler against hostile sites on real local servers: every trap ends, the good articles still come
through, and every refused target is named in the crawl report (stderr)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawlers.urls import address_class
from tests.support.crawlsite_hostile import GOOD, HOSTILE, MIXED, HostileSite
from tests.support.crawlsite_run import run_crawl

pytestmark = pytest.mark.slow

CRAWLERS_DIR = Path(__file__).resolve().parents[2] / "crawlers"


@pytest.fixture
def hostile(offsite):
    site = HostileSite(offsite.root).start()
    yield site
    site.stop()


def scrapy_crawl(tmp_path, url: str, db: str, *settings: str, since: str | None = None):
    """`scrapy crawl news` with a short download timeout (the slow drip), no retries and the local site allowed."""
    out = tmp_path / "articles.jsonl"
    scrapy = Path(sys.executable).with_name("scrapy")
    command = [str(scrapy), "crawl", "news", "-a", f"url={url}", "-a", f"db={db}", "-s", f"PANTAU_OUT={out}",
               "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0.01", "-s", "DOWNLOAD_TIMEOUT=4",
               "-s", "RETRY_TIMES=0", "-s", "LOG_LEVEL=ERROR", "-s", "PANTAU_ALLOW_LOCAL=1", *settings]
    if since:
        command += ["-a", f"since={since}"]
    completed = subprocess.run(command, cwd=CRAWLERS_DIR, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr[-3000:]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return completed.stderr, records


def test_hostile_site_every_trap_ends_and_is_named(hostile, offsite, tmp_path, crawl_db):
    report, records = scrapy_crawl(tmp_path, hostile.root, crawl_db, since="2020-01-01")
    root = hostile.root.rstrip("/")

    # The articles among the traps, the mixed-encoding one read right.
    assert sorted(r["title"] for r in records) == sorted([title for _, title, _ in GOOD] + [MIXED[1]]), report
    mixed = next(r for r in records if r["title"] == MIXED[1])
    assert "“Pelayanan publik harus cepat dan murah,”" in mixed["text"] and "(7/3/2024) – rapat" in mixed["text"]
    assert "\ufffd" not in mixed["text"]

    refused = [line.removeprefix("  refused: ") for line in report.splitlines() if line.startswith("  refused: ")]
    errors = [line.removeprefix("  error: ") for line in report.splitlines() if line.startswith("  error: ")]

    def named(lines, url, words):
        return any(line.startswith(url) and words in line for line in lines)

    assert named(refused, root + HOSTILE["loop"], "redirect loop"), refused
    assert named(refused, root + HOSTILE["chain"], "more than 5 redirects"), refused
    assert named(refused, root + HOSTILE["elsewhere"], "another host (localhost)"), refused
    assert named(refused, root + HOSTILE["endless"], "larger than"), refused + errors
    assert named(refused, root + "/sitemap-nest-3.xml", "nested more than 2 deep"), refused
    assert named(refused, root + "/sitemap-million.xml.gz", "larger than 50 MB"), refused
    assert named(errors, root + HOSTILE["drip"], "took longer than"), errors
    assert named(refused + errors, root + HOSTILE["badgzip"], "gzip"), refused + errors
    summary = report.strip().splitlines()[-1]
    assert summary.startswith("crawl: ") and f"refused={len(refused)}" in summary

    # Nothing off the site, a bounded walk through the traps, and --since cut the million old URLs before
    # a single request for them existed.
    assert offsite.paths() == []
    assert len(hostile.paths("/agenda")) <= 12, hostile.paths("/agenda")
    assert len(hostile.paths("/berita?page=")) <= 2, hostile.paths("/berita?page=")
    assert len(hostile.paths("/sitemap-nest-")) == 2 and len(hostile.paths("/sitemap-bomb.xml")) == 1
    assert hostile.paths("/arsip/") == []
    assert len(hostile.paths(HOSTILE["loop"])) == 1 and len(hostile.paths(HOSTILE["loop2"])) == 1


def test_local_addresses_are_refused_unless_asked(hostile, offsite, tmp_path, crawl_db):
    registry = tmp_path / "sources.toml"
    registry.write_text(f'[[source]]\nkey = "hostile"\nname = "Situs Uji"\nkind = "outlet"\nurl = "{hostile.root}"\n'
                        f'hosts = ["localhost"]\n', encoding="utf-8")
    env = {"PANTAU_SOURCES": str(registry)}
    # A source on this machine, without --allow-local: not one request, every refusal named.
    completed, records = run_crawl(tmp_path, "--source", "hostile", "--db", crawl_db, env=env, expect=1,
                                   allow_local=False)
    assert records == [] and hostile.paths() == []
    assert f"refused: {hostile.root}" in completed.stderr and "127.0.0.1 is a loopback address" in completed.stderr
    assert "--allow-local" in completed.stderr
    # Asked for: the source is crawled; its registry allows a redirect to `localhost`, but that is this
    # machine too and was not given to the crawl: refused by address, before any connection.
    completed, records = run_crawl(tmp_path, "--source", "hostile", "--db", crawl_db, "--retries", "0",
                                   env=env)
    assert {r["title"] for r in records} >= {title for _, title, _ in GOOD}
    assert "localhost is a loopback address (127.0.0.1)" in completed.stderr
    assert offsite.paths() == []


def test_url_on_this_machine_needs_the_flag(tmp_path):
    completed, _ = run_crawl(tmp_path, "--url", "http://127.0.0.1:9/", expect=2, allow_local=False)
    assert "--allow-local" in completed.stderr
    completed, _ = run_crawl(tmp_path, "--url", "http://10.20.30.40/", expect=2)
    assert "private address" in completed.stderr


@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"),
    ("172.16.5.4", "private"), ("192.168.0.10", "private"), ("169.254.169.254", "link-local"),
    ("fe80::1", "link-local"), ("::ffff:10.0.0.1", "private"), ("0.0.0.0", "unspecified"),
    ("100.64.0.1", "non-public"), ("203.0.113.7", "private"), ("36.66.10.20", None), ("2001:4860:4860::8888", None),
    ("mojokertokab.go.id", None),
])
def test_address_classes(address, kind):
    assert address_class(address) == kind
