"""Crawler benchmark: crawl rate against a local site next to a bare Scrapy spider on the same site, and
HTML -> article time next to bare trafilatura on the same pages (goal: at most 1.3x); and, in the same rounds,
the rate on a site whose sitemap lists 100,000 articles and on a site whose sitemap index lists many such
sitemaps, next to the small site's (goal: at least 0.8x each).

    python -m bench crawl            # or: python bench/bench_crawl.py [ARTICLES]

The site is generated here: a government-CMS-like portal with paginated `/berita?page=N` listings and
`/berita/detail/N/slug` pages, each with the usual chrome (menus, sidebar, share buttons, "Baca juga").
Every crawl runs in a subprocess with the same politeness settings (2 requests at a time, no delay). The
cases take turns within each round (small, bare, 100k sitemap, index), so load from other processes on the
shared machine falls on all of them alike; the best round of each counts, and the spread of the per-round
ratios is printed beside it. Environment: PANTAU_BENCH_ARTICLES (small site, 150), PANTAU_BENCH_SITEMAP_URLS
(100000), PANTAU_BENCH_SITEMAP_CHILDREN (sitemaps in the index, 20), PANTAU_BENCH_SITEMAP_PAGES (page budget
of the sitemap cases, 600), PANTAU_BENCH_ROUNDS (3).
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
from collections.abc import Callable
from dataclasses import dataclass, field
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
CHILD_SITEMAP = re.compile(r"^/post-sitemap(\d+)\.xml$")


class Site:
    """Pages are made on request, so a site of millions of articles costs no memory. With `sitemap`, robots.txt
    names a sitemap listing every article (newest first, each with its lastmod); with `children` as well, it
    names a sitemap index of that many sitemaps of `articles` URLs each, listed oldest first as Yoast does
    (`post-sitemap1.xml` holds the oldest posts), each child with the lastmod of its newest entry."""

    def __init__(self, articles: int, per_page: int = 10, sitemap: bool = False, children: int = 0):
        self.articles = articles
        self.children = children
        self.total = articles * max(1, children)
        self.per_page = per_page
        self.sitemap = sitemap
        self._sitemap_bodies: dict[int, bytes] = {}

    @property
    def pages(self) -> dict[str, str]:
        """Every article page by path (for the extraction benchmark on a small site)."""
        return {path: html for path, _, html in (article(n, self.total) for n in range(1, self.total + 1))}

    def lastmod(self, n: int) -> dt.datetime:
        return dt.datetime(2024, 12, 31, 12, 0, tzinfo=dt.UTC) - dt.timedelta(minutes=7 * (self.total - n))

    def sitemap_body(self, root: str, child: int = 1) -> bytes:
        """The urlset of child sitemap `child` (1 is the oldest; the only one without an index)."""
        if child not in self._sitemap_bodies:
            newest = child * self.articles
            rows = "".join(f"<url><loc>{root}{title_and_path(n)[1].lstrip('/')}</loc>"
                           f"<lastmod>{self.lastmod(n).isoformat()}</lastmod></url>\n"
                           for n in range(newest, newest - self.articles, -1))
            self._sitemap_bodies[child] = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
                                           '"http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</urlset>\n").encode()
        return self._sitemap_bodies[child]

    def index_body(self, root: str) -> bytes:
        rows = "".join(f"<sitemap><loc>{root}post-sitemap{k}.xml</loc>"
                       f"<lastmod>{self.lastmod(k * self.articles).isoformat()}</lastmod></sitemap>\n"
                       for k in range(1, self.children + 1))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns='
                '"http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</sitemapindex>\n").encode()

    def handle(self, path: str, query: str, root: str) -> tuple[int, str, str | bytes]:
        if path == "/robots.txt":
            named = "sitemap_index.xml" if self.children else "sitemap.xml"
            return 200, "text/plain", "User-agent: *\nDisallow: /admin/\n" + (f"Sitemap: {root}{named}\n" if self.sitemap else "")
        if path == "/sitemap.xml" and self.sitemap and not self.children:
            return 200, "application/xml", self.sitemap_body(root)
        if path == "/sitemap_index.xml" and self.children:
            return 200, "application/xml", self.index_body(root)
        child = CHILD_SITEMAP.match(path)
        if child and self.children and 1 <= int(child[1]) <= self.children:
            return 200, "application/xml", self.sitemap_body(root, int(child[1]))
        if path in ("/", "/berita"):
            page = int(parse_qs(query).get("page", ["1"])[0])
            newest = self.total - (page - 1) * self.per_page
            numbers = range(newest, max(0, newest - self.per_page), -1)
            if not numbers:
                return 404, "text/html", "<h1>404</h1>"
            paths = [title_and_path(n)[1] for n in numbers]
            links = "".join(f"<div class='item'><a href='{p}'>Berita {p.rsplit('/', 1)[-1]}</a></div>" for p in paths)
            pager = f"<a href='/berita?page={page + 1}'>Selanjutnya</a>"
            return 200, "text/html; charset=utf-8", f"<html><body><h2>Berita</h2>{links}{pager}</body></html>"
        match = ARTICLE_PATH.match(path)
        if match and 1 <= int(match[1]) <= self.total and title_and_path(int(match[1]))[1] == path:
            return 200, "text/html; charset=utf-8", article(int(match[1]), self.total)[2]
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


def bare_rate(root: str, workdir: Path) -> float:
    """The bare Scrapy spider's pages/s on the site at `root`."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PANTAU_HOME": str(workdir)}
    bare = subprocess.run([sys.executable, "-c", BARE_SPIDER, root], capture_output=True, text=True, env=env, check=True)
    stats = json.loads(bare.stdout.strip().splitlines()[-1])
    return stats["pages"] / stats["seconds"]


def our_crawl(root: str, workdir: Path, *extra: str) -> tuple[float, int, int]:
    """`pantau crawl` on a fresh store (a second run on the same store is incremental and fetches almost
    nothing): (pages/s from its summary line, pages, articles)."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PANTAU_HOME": str(workdir)}
    ours = subprocess.run([sys.executable, "-m", "crawlers", "--url", root, "--out", str(workdir / "a.jsonl"),
                           "--db", f"sqlite:///{workdir}/bench.db", "--delay", "0", "--allow-local", *extra],
                          capture_output=True, text=True, env=env, check=True)
    summary = next(line for line in ours.stderr.splitlines() if line.startswith("crawl: "))
    fields = dict(part.split("=", 1) for part in summary[len("crawl: "):].split())
    return int(fields["pages"]) / float(fields["seconds"]), int(fields["pages"]), int(fields["articles"])


@dataclass
class Case:
    """One crawl measured every round: `run(workdir)` gives (pages/s, pages, articles)."""

    name: str
    run: Callable[[Path], tuple[float, int, int]]
    rates: list[float] = field(default_factory=list)
    pages: int = 0
    articles: int = 0

    def measure(self, workdir: Path) -> None:
        rate, self.pages, self.articles = self.run(workdir)
        self.rates.append(rate)

    @property
    def best(self) -> float:
        return max(self.rates)


def started(site: Site) -> tuple[ThreadingHTTPServer, str]:
    server = serve(site)
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def measure_crawls(articles: int, sitemap_urls: int, children: int, budget: int, rounds: int) -> list[Case]:
    """Every case once per round, in turn: [our crawl of the small site, bare Scrapy on it, the 100k
    sitemap, the sitemap index]."""
    small, (big, index) = Site(articles), (Site(sitemap_urls, sitemap=True), Site(sitemap_urls, sitemap=True,
                                                                                  children=children))
    servers = [started(site) for site in (small, big, index)]
    (_, small_root), (_, big_root), (_, index_root) = servers
    # Sitemaps are made before the clock starts: the 100k one, and the index's oldest and newest children
    # (the ones a crawl may start with).
    big.sitemap_body(big_root)
    for child in {1, children}:
        index.sitemap_body(index_root, child)
    cases = [Case("pantau", lambda w: our_crawl(small_root, w)),
             Case("bare", lambda w: (bare_rate(small_root, w), 0, 0)),
             Case("sitemap", lambda w: our_crawl(big_root, w, "--max-pages", str(budget))),
             Case("index", lambda w: our_crawl(index_root, w, "--max-pages", str(budget)))]
    try:
        with tempfile.TemporaryDirectory() as folder:
            for round_number in range(rounds):
                for case in cases:
                    case.measure(Path(folder) / f"{case.name}{round_number}")
    finally:
        for server, _ in servers:
            server.shutdown()
    return cases


def spread(numerators: list[float], denominators: list[float]) -> str:
    ratios = [n / d for n, d in zip(numerators, denominators, strict=True)]
    return f"per round {min(ratios):.2f}-{max(ratios):.2f}x"


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
    sitemap_urls = int(os.environ.get("PANTAU_BENCH_SITEMAP_URLS", "100000"))
    children = int(os.environ.get("PANTAU_BENCH_SITEMAP_CHILDREN", "20"))
    budget = int(os.environ.get("PANTAU_BENCH_SITEMAP_PAGES", "600"))
    rounds = int(os.environ.get("PANTAU_BENCH_ROUNDS", "3"))
    ours, bare, big, index = measure_crawls(articles, sitemap_urls, children, budget, rounds)
    print(f"crawl: {ours.best:.1f} pages/s (pantau, {ours.pages} pages, {ours.articles} articles) vs "
          f"{bare.best:.1f} pages/s (bare Scrapy) = {ours.best / bare.best:.2f}x of bare "
          f"(best of {rounds} rounds; {spread(ours.rates, bare.rates)})")
    # The same crawler on sites whose sitemaps list 100,000 articles, and millions through an index, in the
    # same rounds: its rate must not depend on the sitemaps' size (a budget of pages stops it).
    for case, what in ((big, f"{sitemap_urls:,}-URL sitemap"),
                       (index, f"index of {children} x {sitemap_urls:,}-URL sitemaps")):
        print(f"crawl, {what}: {case.best * 60:.0f} pages/min ({case.pages} pages, {case.articles} articles, "
              f"--max-pages {budget}) vs {ours.best * 60:.0f} pages/min on the small site = "
              f"{case.best / ours.best:.2f}x (goal >= 0.80x; {spread(case.rates, ours.rates)})")
    ours_time, bare_time = extraction_times(Site(articles))
    print(f"html->article: {ours_time * 1000:.2f} ms/page (pantau extract_page) vs {bare_time * 1000:.2f} ms/page "
          f"(bare trafilatura.bare_extraction with metadata) = {ours_time / bare_time:.2f}x (goal <= 1.30x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else None)
