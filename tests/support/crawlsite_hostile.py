"""A hostile site on a real local server: redirect loops and long chains, a redirect to another host, an
endless body, a slow drip, broken gzip, sitemap bombs (an index that lists itself, indexes nested without
end, a gzip of a million URLs), an endless calendar, a listing that answers any page number, and a page
served as UTF-8 whose quotes are Windows-1252. Three ordinary articles sit among them."""

from __future__ import annotations

import gzip
import threading
import time
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

GOOD = [
    ("bupati-kendal-lantik-dua-belas-kepala-desa-antarwaktu", "Bupati Kendal Lantik Dua Belas Kepala Desa Antarwaktu",
     "KENDAL – Bupati Kendal melantik dua belas kepala desa antarwaktu di Pendopo Tumenggung Bahurekso, Senin "
     "(4/3/2024). Para kepala desa itu dipilih melalui musyawarah desa setelah kepala desa sebelumnya berhenti.\n"
     "Bupati meminta para kepala desa segera menyusun rencana kerja dan menjaga netralitas menjelang pemilihan."),
    ("pemkab-batang-teken-perjanjian-kinerja-pejabat-eselon", "Pemkab Batang Teken Perjanjian Kinerja Pejabat Eselon",
     "BATANG – Seluruh pejabat eselon II Pemerintah Kabupaten Batang menandatangani perjanjian kinerja tahun 2024 "
     "di aula kantor bupati, Selasa (5/3/2024).\nPenjabat bupati menegaskan target kinerja akan dievaluasi setiap "
     "triwulan dan hasilnya diumumkan kepada masyarakat melalui laman resmi pemerintah daerah."),
    ("indeks-spbe-kabupaten-pekalongan-naik-jadi-baik", "Indeks SPBE Kabupaten Pekalongan Naik Jadi Baik",
     "KAJEN – Indeks Sistem Pemerintahan Berbasis Elektronik Kabupaten Pekalongan tahun 2023 naik menjadi 3,12 "
     "dengan predikat baik, diumumkan Rabu (6/3/2024).\nKepala Dinas Komunikasi dan Informatika menyebut kenaikan "
     "itu berkat integrasi layanan perizinan dan pengaduan masyarakat dalam satu aplikasi."),
]
# Served as UTF-8 while its quotes and dash are Windows-1252 bytes (an old body pasted into a UTF-8 template).
MIXED = ("kutipan-bupati-soal-pelayanan-publik-yang-cepat", "Kutipan Bupati Soal Pelayanan Publik yang Cepat",
         "SLAWI – “Pelayanan publik harus cepat dan murah,” kata Bupati Tegal dalam rapat koordinasi, Kamis "
         "(7/3/2024) – rapat itu dihadiri seluruh camat.\nIa meminta setiap kecamatan membuka loket pengaduan yang "
         "dapat diakses warga tanpa biaya dan melaporkan hasilnya setiap bulan kepada sekretaris daerah.")
HOSTILE = {
    "loop": "/berita/2024/03/pengalihan-berputar-tanpa-akhir-di-portal",
    "loop2": "/berita/2024/03/pengalihan-berputar-kedua-di-portal-ini",
    "chain": "/berita/2024/03/pengalihan-berantai-panjang-sekali-di-portal",
    "elsewhere": "/berita/2024/03/pindah-ke-situs-lain-tanpa-izin-pengelola",
    "endless": "/berita/2024/03/halaman-sangat-besar-tanpa-ujung-sama-sekali",
    "drip": "/berita/2024/03/halaman-menetes-perlahan-sekali-dari-server",
    "badgzip": "/berita/2024/03/kompresi-gzip-rusak-dikirim-oleh-server",
}
MILLION = 1_000_000


def page(title: str, body: str, date: str = "2024-03-04") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in body.split("\n"))
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{date}T09:00:00+07:00"></head><body>'
            f'<nav><a href="/">Beranda</a> <a href="/berita">Berita</a> <a href="/agenda?bulan=2024-01">Agenda</a></nav>'
            f'<article><h1>{title}</h1><time datetime="{date}">{date}</time>{paragraphs}</article></body></html>')


@cache
def million_sitemap() -> bytes:
    """A gzip of a urlset of a million old URLs: ~100 MB of XML in a few MB."""
    rows = "".join(f"<url><loc>/arsip/2010/01/berita-lama-nomor-{n}</loc><lastmod>2010-01-01</lastmod></url>\n"
                   for n in range(MILLION))
    xml = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + rows + "</urlset>"
    return gzip.compress(xml.encode(), compresslevel=1)


class HostileSite:
    def __init__(self, offsite_root: str):
        self.offsite_root = offsite_root.rstrip("/")
        self.requests: list[str] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                with outer._lock:
                    outer.requests.append(self.path)
                outer.route(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.root = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> HostileSite:
        # Made before the crawl starts: built on the first request, it can outlast a test's short download
        # timeout on a loaded machine, and the crawl would report a timeout instead of the size cap.
        million_sitemap()
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def paths(self, prefix: str = "") -> list[str]:
        with self._lock:
            return [path for path in self.requests if path.startswith(prefix)]

    # --- replies --------------------------------------------------------------------------------------
    @staticmethod
    def send(handler, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
             headers: dict | None = None) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def route(self, handler) -> None:  # noqa: PLR0911, PLR0912 - one branch per hostile behaviour
        parts = urlsplit(handler.path)
        path, query = parts.path, parse_qs(parts.query)
        root = self.root.rstrip("/")
        if path == "/robots.txt":
            return self.send(handler, 200, f"User-agent: *\nSitemap: {root}/sitemap-bomb.xml\n"
                                           f"Sitemap: {root}/sitemap-million.xml.gz\n".encode(), "text/plain")
        if path == "/sitemap-bomb.xml":  # an index listing itself and an endless chain of indexes
            return self.send(handler, 200, self.index([f"{root}/sitemap-bomb.xml", f"{root}/sitemap-nest-1.xml",
                                                       f"{root}/sitemap-articles.xml"]), "application/xml")
        if path.startswith("/sitemap-nest-"):
            depth = int(path.removeprefix("/sitemap-nest-").removesuffix(".xml"))
            return self.send(handler, 200, self.index([f"{root}/sitemap-nest-{depth + 1}.xml"]), "application/xml")
        if path == "/sitemap-articles.xml":
            rows = "".join(f"<url><loc>{root}/berita/2024/03/{slug}</loc><lastmod>2024-03-0{i + 4}</lastmod></url>"
                           for i, (slug, _, _) in enumerate(GOOD))
            return self.send(handler, 200, f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}'
                                           f"</urlset>".encode(), "application/xml")
        if path == "/sitemap-million.xml.gz":
            return self.send(handler, 200, million_sitemap(), "application/x-gzip")
        if path in ("/", "/berita"):
            # Any page number answers the same listing, with a link to the next one.
            number = int((query.get("page") or ["1"])[0]) if (query.get("page") or ["1"])[0].isdigit() else 1
            links = [f'<h2><a href="/berita/2024/03/{slug}">{title}</a></h2>' for slug, title, _ in GOOD]
            links.append(f'<h2><a href="/berita/2024/03/{MIXED[0]}">{MIXED[1]}</a></h2>')
            links += [f'<h2><a href="{hostile}">Berita {name}</a></h2>' for name, hostile in HOSTILE.items()
                      if name != "loop2"]
            body = (f'<html><body><nav><a href="/agenda?bulan=2024-01">Agenda</a></nav><h1>Berita</h1>{"".join(links)}'
                    f'<a rel="next" href="/berita?page={number + 1}">Berikutnya</a></body></html>')
            return self.send(handler, 200, body.encode())
        if path == "/agenda":  # an endless calendar: every month links the next and the previous
            year, month = (int(x) for x in (query.get("bulan") or ["2024-01"])[0].split("-"))
            after = f"{year + month // 12}-{month % 12 + 1:02d}"
            before = f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"
            body = (f'<html><body><h1>Agenda {year}-{month:02d}</h1><p>Tidak ada agenda.</p>'
                    f'<a href="/agenda?bulan={before}">Sebelumnya</a> <a href="/agenda?bulan={after}">Berikutnya</a>'
                    f"</body></html>")
            return self.send(handler, 200, body.encode())
        for slug, title, text in GOOD:
            if path == f"/berita/2024/03/{slug}":
                return self.send(handler, 200, page(title, text).encode())
        if path == f"/berita/2024/03/{MIXED[0]}":
            html = page(MIXED[1], MIXED[2], "2024-03-07")
            body = b"".join(part.encode("cp1252") if part in "“”–" else part.encode("utf-8") for part in html)
            return self.send(handler, 200, body)
        if path == HOSTILE["loop"]:
            return self.send(handler, 302, headers={"Location": HOSTILE["loop2"]})
        if path == HOSTILE["loop2"]:
            return self.send(handler, 302, headers={"Location": HOSTILE["loop"]})
        if path.startswith(HOSTILE["chain"]):
            step = int(path.rsplit("-", 1)[-1]) if path != HOSTILE["chain"] else 0
            return self.send(handler, 302, headers={"Location": f"{HOSTILE['chain']}-langkah-{step + 1}"})
        if path == HOSTILE["elsewhere"]:
            return self.send(handler, 301, headers={"Location": f"{self.offsite_root}/berita/2024/03/{GOOD[0][0]}"})
        if path == HOSTILE["endless"]:
            return self.stream_forever(handler)
        if path == HOSTILE["drip"]:
            return self.drip(handler)
        if path == HOSTILE["badgzip"]:
            return self.send(handler, 200, b"\x1f\x8b\x08\x00" + b"bukan gzip sama sekali" * 50,
                             headers={"Content-Encoding": "gzip"})
        return self.send(handler, 404, b"<h1>404 Tidak ditemukan</h1>")

    @staticmethod
    def index(children: list[str]) -> bytes:
        rows = "".join(f"<sitemap><loc>{child}</loc></sitemap>" for child in children)
        return f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</sitemapindex>'.encode()

    @staticmethod
    def stream_forever(handler) -> None:
        """A body with no length that never ends (until the client hangs up, or 60 s)."""
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Connection", "close")
        handler.end_headers()
        chunk = b"<p>" + b"isi tanpa akhir " * 4000 + b"</p>"
        deadline = time.monotonic() + 60
        try:
            while time.monotonic() < deadline:
                handler.wfile.write(chunk)
        except OSError:
            pass
        handler.close_connection = True

    @staticmethod
    def drip(handler) -> None:
        """Headers at once, then one byte a second (until the client hangs up, or 60 s)."""
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        deadline = time.monotonic() + 60
        try:
            while time.monotonic() < deadline:
                handler.wfile.write(b"<")
                handler.wfile.flush()
                time.sleep(1)
        except OSError:
            pass
        handler.close_connection = True
