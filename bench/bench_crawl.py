"""Crawler benchmark: crawl rate against a local site next to a bare Scrapy spider on the same site, and
HTML -> article time next to bare trafilatura on the same pages (goal: at most 1.3x), and the rate on a site
whose sitemap lists 100,000 articles next to the small site's (goal: at least 0.8x).

    python -m bench crawl            # or: python bench/bench_crawl.py [ARTICLES]

The site is generated here: a government-CMS-like portal with paginated `/berita?page=N` listings and
`/berita/detail/N/slug` pages, each with the usual chrome (menus, sidebar, share buttons, "Baca juga").
Both crawls run in subprocesses with the same politeness settings (2 requests at a time, no delay).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

REGENCIES = ["Mojokerto", "Kendal", "Sleman", "Banyuwangi", "Pekalongan", "Bantul", "Gresik", "Sidoarjo"]
ACTS = ["melantik pejabat administrator", "menandatangani perjanjian kinerja", "meresmikan jembatan desa",
        "membuka musyawarah perencanaan pembangunan", "menerima penghargaan pelayanan publik",
        "meninjau pelaksanaan vaksinasi", "menyerahkan bantuan alat pertanian", "memimpin rapat pengendalian inflasi"]
SENTENCES = [
    "Kegiatan tersebut dihadiri oleh unsur forum koordinasi pimpinan daerah serta kepala perangkat daerah.",
    "Dalam sambutannya, ia meminta seluruh jajaran meningkatkan kualitas pelayanan kepada masyarakat.",
    "Program ini menjadi bagian dari rencana pembangunan jangka menengah daerah yang telah ditetapkan.",
    "Pemerintah daerah akan mengevaluasi capaian program tersebut setiap tiga bulan sekali.",
    "Warga menyambut baik kegiatan ini karena manfaatnya dapat dirasakan secara langsung.",
    "Anggaran kegiatan bersumber dari anggaran pendapatan dan belanja daerah tahun berjalan.",
    "Kepala dinas terkait menjelaskan bahwa pelaksanaan kegiatan dilakukan secara bertahap.",
    "Pihaknya juga berkoordinasi dengan pemerintah provinsi agar program berjalan selaras.",
]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def title_and_path(n: int) -> tuple[str, str]:
    regency = REGENCIES[n % len(REGENCIES)]
    act = ACTS[(n * 3) % len(ACTS)]
    title = f"Bupati {regency} {act[0].upper()}{act[1:]} ke-{n}"
    return title, f"/berita/detail/{n}/" + re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def article(n: int, total: int) -> tuple[str, str, str]:
    regency = REGENCIES[n % len(REGENCIES)]
    act = ACTS[(n * 3) % len(ACTS)]
    title, path = title_and_path(n)
    day, month = n % 28 + 1, n % 12
    paragraphs = [f"{regency.upper()} – Bupati {regency} {act} di pendopo kabupaten, Senin ({day}/{month + 1}/2024), "
                  f"dalam agenda ke-{n} tahun ini."]
    paragraphs += [SENTENCES[(n + i) % len(SENTENCES)] + " " + SENTENCES[(n * 5 + i) % len(SENTENCES)] for i in range(6)]
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:3]) + f"<p><strong>Baca juga:</strong> <a href='{title_and_path(n % total + 1)[1]}'>Berita lain</a></p>" \
        + "".join(f"<p>{p}</p>" for p in paragraphs[3:])
    sidebar = "".join(f"<li><a href='{title_and_path(m)[1]}'>{title_and_path(m)[0]}</a></li>" for m in range(max(1, n - 5), n))
    page = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} | Portal Kabupaten</title>
<meta property="og:type" content="website"></head><body><nav><a href="/">Beranda</a><a href="/berita">Berita</a><a href="/profil">Profil</a></nav>
<div class="container"><div class="col-md-8"><h1>{title}</h1><div class="info"><span class="tanggal">Senin, {day} {MONTHS[month]} 2024</span>
<span class="penulis">Penulis: Humas Setda</span> <span>Dibaca 120 kali</span></div><div class="isi-berita">{body}</div>
<div class="share">Bagikan: <a href="https://facebook.com/share">Facebook</a> <a href="https://twitter.com/share">Twitter</a></div></div>
<div class="col-md-4 sidebar"><h4>Berita Terbaru</h4><ul>{sidebar}</ul></div></div><footer>Hak Cipta 2024 Diskominfo</footer></body></html>"""
    return path, title, page


ARTICLE_PATH = re.compile(r"^/berita/detail/(\d+)/")


class Site:
    """Pages are made on request, so a site of 100,000 articles costs no memory; with `sitemap`, robots.txt
    names a sitemap listing every article (newest first, each with its lastmod)."""

    def __init__(self, articles: int, per_page: int = 10, sitemap: bool = False):
        self.articles = articles
        self.per_page = per_page
        self.sitemap = sitemap
        self._sitemap_body: bytes | None = None

    @property
    def pages(self) -> dict[str, str]:
        """Every article page by path (for the extraction benchmark on a small site)."""
        return {path: html for path, _, html in (article(n, self.articles) for n in range(1, self.articles + 1))}

    def sitemap_body(self, root: str) -> bytes:
        if self._sitemap_body is None:
            start = dt.datetime(2024, 12, 31, 12, 0, tzinfo=dt.UTC)
            rows = "".join(f"<url><loc>{root}{title_and_path(n)[1].lstrip('/')}</loc>"
                           f"<lastmod>{(start - dt.timedelta(minutes=7 * (self.articles - n))).isoformat()}</lastmod></url>\n"
                           for n in range(self.articles, 0, -1))
            self._sitemap_body = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
                                  '"http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</urlset>\n").encode()
        return self._sitemap_body

    def handle(self, path: str, query: str, root: str) -> tuple[int, str, str | bytes]:
        if path == "/robots.txt":
            return 200, "text/plain", "User-agent: *\nDisallow: /admin/\n" + (f"Sitemap: {root}sitemap.xml\n" if self.sitemap else "")
        if path == "/sitemap.xml" and self.sitemap:
            return 200, "application/xml", self.sitemap_body(root)
        if path in ("/", "/berita"):
            page = int(parse_qs(query).get("page", ["1"])[0])
            newest = self.articles - (page - 1) * self.per_page
            numbers = range(newest, max(0, newest - self.per_page), -1)
            if not numbers:
                return 404, "text/html", "<h1>404</h1>"
            paths = [title_and_path(n)[1] for n in numbers]
            links = "".join(f"<div class='item'><a href='{p}'>Berita {p.rsplit('/', 1)[-1]}</a></div>" for p in paths)
            pager = f"<a href='/berita?page={page + 1}'>Selanjutnya</a>"
            return 200, "text/html; charset=utf-8", f"<html><body><h2>Berita</h2>{links}{pager}</body></html>"
        match = ARTICLE_PATH.match(path)
        if match and 1 <= int(match[1]) <= self.articles and title_and_path(int(match[1]))[1] == path:
            return 200, "text/html; charset=utf-8", article(int(match[1]), self.articles)[2]
        return 404, "text/html", "<h1>404</h1>"


def serve(site: Site) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802
            parts = urlsplit(self.path)
            status, content_type, body = site.handle(parts.path, parts.query, f"http://{self.headers.get('Host')}/")
            data = body.encode("utf-8") if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


BARE_SPIDER = r'''
import json, sys, time
import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.linkextractors import LinkExtractor

root = sys.argv[1]
class Bare(scrapy.Spider):
    name = "bare"
    start_urls = [root]
    allowed_domains = ["127.0.0.1"]
    links = LinkExtractor(allow_domains=["127.0.0.1"])
    def parse(self, response):
        for link in self.links.extract_links(response):
            yield response.follow(link.url, self.parse)

process = CrawlerProcess({"LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": True, "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
                          "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": True, "AUTOTHROTTLE_START_DELAY": 0.01,
                          "TELNETCONSOLE_ENABLED": False})
crawler = process.create_crawler(Bare)
process.crawl(crawler)
process.start()
stats = crawler.stats.get_stats()
print(json.dumps({"pages": stats.get("response_received_count", 0), "seconds": stats["elapsed_time_seconds"]}))
'''


def crawl_rates(root: str, workdir: Path, rounds: int = 2) -> tuple[float, float, int, int]:
    """Best of `rounds` alternating runs of each crawler (each of ours on a fresh store: a second run on
    the same store is incremental and fetches almost nothing)."""
    results = [_crawl_rates_once(root, workdir / f"round{n}") for n in range(rounds)]
    return (max(r[0] for r in results), max(r[1] for r in results), results[-1][2], results[-1][3])


def _crawl_rates_once(root: str, workdir: Path) -> tuple[float, float, int, int]:
    workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PANTAU_HOME": str(workdir)}
    bare = subprocess.run([sys.executable, "-c", BARE_SPIDER, root], capture_output=True, text=True, env=env, check=True)
    bare_stats = json.loads(bare.stdout.strip().splitlines()[-1])
    ours_rate, pages, articles = our_crawl(root, workdir)
    bare_rate = bare_stats["pages"] / bare_stats["seconds"]
    return ours_rate, bare_rate, pages, articles


def our_crawl(root: str, workdir: Path, *extra: str) -> tuple[float, int, int]:
    """`pantau crawl` on a fresh store: (pages/s from its summary line, pages, articles)."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PANTAU_HOME": str(workdir)}
    ours = subprocess.run([sys.executable, "-m", "crawlers", "--url", root, "--out", str(workdir / "a.jsonl"),
                           "--db", f"sqlite:///{workdir}/bench.db", "--delay", "0", "--allow-local", *extra],
                          capture_output=True, text=True, env=env, check=True)
    summary = next(line for line in ours.stderr.splitlines() if line.startswith("crawl: "))
    fields = dict(part.split("=", 1) for part in summary[len("crawl: "):].split())
    return int(fields["pages"]) / float(fields["seconds"]), int(fields["pages"]), int(fields["articles"])


def sitemap_rate(urls: int, pages: int, workdir: Path, rounds: int = 2) -> tuple[float, int, int]:
    """Our crawl rate on a site whose sitemap lists `urls` articles, stopped after `pages` pages: the best of
    `rounds` runs on fresh stores, as for the small site."""
    site = Site(urls, sitemap=True)
    server = serve(site)
    site.sitemap_body(f"http://127.0.0.1:{server.server_address[1]}/")  # made before the clock starts
    try:
        results = [our_crawl(f"http://127.0.0.1:{server.server_address[1]}/", workdir / f"round{n}",
                             "--max-pages", str(pages)) for n in range(rounds)]
    finally:
        server.shutdown()
    return max(results)


def extraction_times(site: Site, rounds: int = 5) -> tuple[float, float]:
    """Per-page time of both extractors: rounds alternate between them and the fastest round of each
    counts, so load from other processes on the machine does not decide the ratio."""
    import trafilatura

    from crawlers.article import extract_page

    pages = [(f"http://127.0.0.1{path}", html.encode("utf-8")) for path, html in site.pages.items()]

    def bare(body, url):
        return trafilatura.bare_extraction(body, url=url, with_metadata=True)

    def ours(body, url):
        return extract_page(body, url, with_links=False)

    def once(function) -> float:
        start = time.perf_counter()
        for url, body in pages:
            function(body, url)
        return (time.perf_counter() - start) / len(pages)

    once(bare)  # warm caches of both libraries before measuring
    once(ours)
    ours_times, bare_times = [], []
    for _ in range(rounds):
        ours_times.append(once(ours))
        bare_times.append(once(bare))
    return min(ours_times), min(bare_times)


def main(articles: int | None = None) -> None:
    articles = articles or int(os.environ.get("PANTAU_BENCH_ARTICLES", "150"))
    site = Site(articles)
    server = serve(site)
    root = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with tempfile.TemporaryDirectory() as folder:
            ours_rate, bare_rate, pages, emitted = crawl_rates(root, Path(folder))
    finally:
        server.shutdown()
    # The same crawler on a site whose sitemap lists 100,000 articles, in the same run: its rate must not
    # depend on the sitemap's size (a budget of pages stops it).
    sitemap_urls = int(os.environ.get("PANTAU_BENCH_SITEMAP_URLS", "100000"))
    sitemap_pages = int(os.environ.get("PANTAU_BENCH_SITEMAP_PAGES", "600"))
    with tempfile.TemporaryDirectory() as folder:
        big_rate, big_pages, big_articles = sitemap_rate(sitemap_urls, sitemap_pages, Path(folder))
    print(f"crawl: {ours_rate:.1f} pages/s (pantau, {pages} pages, {emitted} articles) vs "
          f"{bare_rate:.1f} pages/s (bare Scrapy) = {ours_rate / bare_rate:.2f}x of bare")
    print(f"crawl, {sitemap_urls:,}-URL sitemap: {big_rate * 60:.0f} pages/min ({big_pages} pages, {big_articles} "
          f"articles, --max-pages {sitemap_pages}) vs {ours_rate * 60:.0f} pages/min on the small site = "
          f"{big_rate / ours_rate:.2f}x (goal >= 0.80x)")
    ours_time, bare_time = extraction_times(site)
    print(f"html->article: {ours_time * 1000:.2f} ms/page (pantau extract_page) vs {bare_time * 1000:.2f} ms/page "
          f"(bare trafilatura.bare_extraction with metadata) = {ours_time / bare_time:.2f}x (goal <= 1.30x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else None)
