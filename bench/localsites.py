"""Many small regional news sites served on loopback addresses, for the flow's tests and `bench flow`.

Each site has its own address (127.0.x.y, one port for all), so the crawler treats them as different hosts
with their own politeness slot, as it would real sites. A site is a home page linking its articles, a
sitemap named in robots.txt, and article pages with JSON-LD `NewsArticle` markup. The articles are written
from templates with real regency names and officials' roles: signings, inaugurations and index reports
between ordinary news, so extraction has real work to do.

    with LocalSites(count=500, articles=10) as sites:
        sites.urls            # ["http://127.0.1.1:PORT/", ...]
        sites.article_urls()  # every article address

An asyncio server in a background thread serves all addresses; `delay` slows every article page (for
tests that kill a crawl midway); `blackhole=True` sites accept connections and never answer.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import socket
import threading
from dataclasses import dataclass

from pantau.regions import all_regions

PARAGRAPHS = [
    "Kegiatan tersebut dihadiri para kepala organisasi perangkat daerah, camat, serta perwakilan instansi vertikal "
    "di wilayah {region}.",
    "Dalam sambutannya, {role} menekankan pentingnya pelayanan publik yang cepat, transparan, dan dapat "
    "dipertanggungjawabkan kepada masyarakat.",
    "Menurutnya, capaian tersebut merupakan hasil kerja bersama seluruh aparatur sipil negara di lingkungan "
    "pemerintah daerah.",
    "Ia berharap seluruh jajaran terus berinovasi agar program prioritas daerah dapat dirasakan langsung oleh warga.",
    "Acara ditutup dengan ramah tamah dan foto bersama para undangan di halaman kantor.",
]
LEADS = {
    "pk": "{region_upper} – {role} {person} menyaksikan penandatanganan perjanjian kinerja tahun {year} oleh "
          "{count} kepala perangkat daerah di Pendopo {region}, {weekday} ({day}/{month}/{year}).",
    "lantik": "{region_upper} – {role} {person} melantik {count} pejabat administrator dan pengawas di lingkungan "
              "Pemerintah {region}, {weekday} ({day}/{month}/{year}).",
    "indeks": "{region_upper} – Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE) {region} tahun {prev} mencapai "
              "{score} dengan predikat baik, naik dibandingkan tahun sebelumnya.",
    "biasa": "{region_upper} – Ratusan warga memadati alun-alun {region} untuk mengikuti jalan sehat memperingati "
             "hari jadi daerah, {weekday} ({day}/{month}/{year}).",
}
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
PEOPLE = ["Ahmad Fauzi", "Siti Rahmawati", "Budi Santoso", "Dewi Lestari", "Agus Salim", "Rina Marlina",
          "Hendra Gunawan", "Yuliana Putri", "Joko Prasetyo", "Sri Wahyuni"]


@dataclass
class Article:
    path: str
    title: str
    published: dt.date
    text: str


def _article(site_index: int, number: int, region, rng: random.Random) -> Article:
    kind = ["pk", "lantik", "indeks", "biasa"][(site_index + number) % 4]
    day = dt.date(2024, 1, 8) + dt.timedelta(days=(site_index * 7 + number * 3) % 300)
    is_city = region.level == "city"
    role = ("Wali Kota " if is_city else "Bupati ") + region.short_name
    values = {"region": region.name, "region_upper": region.short_name.upper(), "role": role,
              "person": PEOPLE[(site_index + number) % len(PEOPLE)], "count": 5 + (number * 7) % 40,
              "year": day.year, "prev": day.year - 1, "day": day.day, "month": day.month,
              "weekday": WEEKDAYS[day.weekday()], "score": f"{2.5 + (site_index % 20) / 10:.2f}".replace(".", ",")}
    body = [LEADS[kind].format(**values)] + [p.format(**values) for p in rng.sample(PARAGRAPHS, 4)]
    title = {"pk": "Kepala OPD {short} Teken Perjanjian Kinerja {year}", "lantik": "{count} Pejabat {short} Dilantik",
             "indeks": "Indeks SPBE {short} Tahun {prev} Naik", "biasa": "Jalan Sehat Hari Jadi {short} Meriah"}[kind]
    title = title.format(short=region.short_name, **values) + f" ({number + 1})"
    slug = "-".join(title.lower().replace("(", "").replace(")", "").split())
    return Article(f"/berita/{day:%Y/%m/%d}/{slug}/", title, day, "\n\n".join(body))


class Site:
    def __init__(self, index: int, host: str, articles: int, region):
        self.index, self.host, self.region = index, host, region
        rng = random.Random(index)
        self.articles = [_article(index, n, region, rng) for n in range(articles)]
        self.by_path = {a.path: a for a in self.articles}
        self.blackhole = False


def _page(site: Site, base: str, path: str) -> tuple[int, str, str]:
    if path == "/robots.txt":
        return 200, "text/plain", f"User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n"
    if path == "/sitemap.xml":
        urls = "".join(f"<url><loc>{base}{a.path}</loc><lastmod>{a.published.isoformat()}</lastmod></url>"
                       for a in site.articles)
        return 200, "application/xml", ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                                        f'"http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
    if path in ("/", ""):
        items = "".join(f'<li class="post"><h2><a href="{a.path}">{a.title}</a></h2><time datetime="'
                        f'{a.published.isoformat()}">{a.published:%d/%m/%Y}</time></li>' for a in site.articles)
        return 200, "text/html; charset=utf-8", (
            f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Warta {site.region.short_name}'
            f'</title></head><body class="home"><header><a href="/">Warta {site.region.short_name}</a></header>'
            f'<main><ul class="posts">{items}</ul></main><footer>Redaksi</footer></body></html>')
    article = site.by_path.get(path)
    if article is None:
        return 404, "text/html; charset=utf-8", "<!doctype html><title>404 Halaman tidak ditemukan</title>"
    paragraphs = "".join(f"<p>{p}</p>" for p in article.text.split("\n\n"))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
                     "datePublished": article.published.isoformat()})
    return 200, "text/html; charset=utf-8", (
        f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{article.title}</title>'
        f'<meta property="og:type" content="article"><meta property="article:published_time" '
        f'content="{article.published.isoformat()}T08:00:00+07:00"><link rel="canonical" href="{base}{article.path}">'
        f'<script type="application/ld+json">{ld}</script></head><body class="single single-post">'
        f'<header><a href="/">Warta {site.region.short_name}</a></header><main><article><h1>{article.title}</h1>'
        f'<time datetime="{article.published.isoformat()}">{article.published:%d/%m/%Y}</time>'
        f'<div class="entry-content">{paragraphs}</div></article></main><footer>Redaksi</footer></body></html>')


class LocalSites:
    """`count` sites with `articles` articles each, on 127.0.x.y addresses (`first` is the first host number)."""

    def __init__(self, count: int = 1, articles: int = 10, *, delay: float = 0.0, first: int = 2, port: int = 0):
        regencies = [r for r in all_regions() if r.level in ("regency", "city")]
        self.delay = delay
        self.sites: list[Site] = []
        for index in range(count):
            number = first + index
            host = f"127.0.{number // 250}.{number % 250 + 1}"
            self.sites.append(Site(index, host, articles, regencies[index % len(regencies)]))
        self.port = port or self._free_port()
        self.requests = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._servers = []

    @staticmethod
    def _free_port() -> int:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    @property
    def urls(self) -> list[str]:
        return [f"http://{site.host}:{self.port}/" for site in self.sites]

    def article_urls(self) -> list[str]:
        return [f"http://{site.host}:{self.port}{a.path}" for site in self.sites for a in site.articles]

    async def _handle(self, site: Site, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        base = f"http://{site.host}:{self.port}"
        try:
            while True:
                request = await reader.readline()
                if not request:
                    return
                while await reader.readline() not in (b"\r\n", b"\n", b""):
                    pass
                if site.blackhole:
                    await asyncio.sleep(3600)
                    return
                method, target = request.decode("latin-1").split()[:2]
                path = target.split("?")[0]
                self.requests += 1
                if self.delay and path in site.by_path:
                    await asyncio.sleep(self.delay)
                status, kind, body = _page(site, base, path)
                data = body.encode("utf-8")
                head = (f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\nContent-Type: {kind}\r\n"
                        f"Content-Length: {len(data)}\r\nServer: nginx\r\n\r\n").encode("latin-1")
                writer.write(head + (data if method != "HEAD" else b""))
                await writer.drain()
        except (ConnectionError, ValueError, asyncio.CancelledError):
            return
        finally:
            writer.close()

    async def _start(self) -> None:
        for site in self.sites:
            server = await asyncio.start_server(lambda r, w, site=site: self._handle(site, r, w), site.host, self.port,
                                                backlog=64)
            self._servers.append(server)
        self._ready.set()

    def start(self) -> LocalSites:
        self._loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._start())
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, daemon=True, name="local news sites")
        self._thread.start()
        if not self._ready.wait(60):
            raise RuntimeError("the local sites did not start")
        return self

    def stop(self) -> None:
        if self._loop is None:
            return

        async def close() -> None:
            for server in self._servers:
                server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop = None

    def __enter__(self) -> LocalSites:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


if __name__ == "__main__":  # serve by hand: python -m bench.localsites COUNT ARTICLES
    import sys
    import time

    with LocalSites(int(sys.argv[1]) if len(sys.argv) > 1 else 3, int(sys.argv[2]) if len(sys.argv) > 2 else 10) as s:
        print("\n".join(s.urls), flush=True)
        time.sleep(10 ** 6)
