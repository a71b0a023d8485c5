"""A real HTTP server on 127.0.0.1 (free port) serving one fixture site, with a request log.

Pages carry ETag and Last-Modified and answer conditional requests with 304, like real CMSs behind a
cache. `SiteServer.requests` lists `(method, path_with_query, status)` for every request served.
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class Reply:
    def __init__(self, status: int = 200, body: str | bytes = b"", content_type: str = "text/html; charset=utf-8",
                 headers: dict | None = None, modified: float | None = None):
        self.status = status
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.content_type = content_type
        self.headers = headers or {}
        self.modified = modified


class SiteServer:
    """Serves `site.handle(path, query, server) -> Reply | None` (None: 404)."""

    def __init__(self, site, host: str = "127.0.0.1", tls: bool = False):
        self.site = site
        self.requests: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # noqa: N802 - http.server's naming
                parts = urlsplit(self.path)
                reply = outer.site.handle(parts.path, parts.query, outer) or Reply(404, "<h1>404 Tidak ditemukan</h1>")
                status = reply.status
                etag = None
                headers = dict(reply.headers)
                if status == 200:
                    etag = '"' + hashlib.md5(reply.body).hexdigest() + '"'
                    headers["ETag"] = etag
                    if reply.modified:
                        headers["Last-Modified"] = email.utils.formatdate(reply.modified, usegmt=True)
                    if self.headers.get("If-None-Match") == etag:
                        status = 304
                with outer._lock:
                    outer.requests.append(("GET", self.path, status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if status == 304:
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.scheme = "https" if tls else "http"
        if tls:
            self.httpd.socket = _tls_context(host).wrap_socket(self.httpd.socket, server_side=True)
        self.host = host
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}/"

    def start(self) -> SiteServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()

    def paths(self, status: int | None = None) -> list[str]:
        with self._lock:
            return [path for _, path, code in self.requests if status is None or code == status]


def _tls_context(host: str):
    """A server TLS context with a throwaway self-signed certificate for `host` (the crawler, like browsers
    behind many government sites' broken chains, does not verify certificates)."""
    import datetime as dt
    import ipaddress
    import ssl
    import tempfile

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(start)
                   .not_valid_after(start + dt.timedelta(days=30))
                   .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]), False)
                   .sign(key, hashes.SHA256()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as directory:
        cert_path, key_path = f"{directory}/cert.pem", f"{directory}/key.pem"
        with open(cert_path, "wb") as handle:
            handle.write(certificate.public_bytes(serialization.Encoding.PEM))
        with open(key_path, "wb") as handle:
            handle.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
        context.load_cert_chain(cert_path, key_path)
    return context
