"""Serve the demo outlet on 127.0.0.1 with the standard library, from a background thread.

Behaves like a real site towards a crawler: Last-Modified and ETag on every page, 304 for conditional
requests that match, HEAD, 301 from `/path` to `/path/`, 404 pages, a 403 admin area that robots.txt
disallows. Every request is logged (`DemoServer.requests`) so tests can count fetches.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from demo.content import Content, bundled_content
from demo.site import Response, render_site


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    status: int
    user_agent: str | None


class _Handler(BaseHTTPRequestHandler):
    server: _DemoHTTPServer
    server_version = "nginx"  # what most Indonesian news sites answer with
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature of the base class
        """Quiet: the request log lives in `DemoServer.requests`."""

    def do_HEAD(self) -> None:  # noqa: N802 - http.server naming
        self._respond(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._respond(head=False)

    def _respond(self, head: bool) -> None:
        demo = self.server.demo
        path = urlsplit(self.path).path or "/"
        status, send = self._route(demo, path, head)
        # Logged before the response goes out, so a client that has its answer always finds it in the log.
        demo.log(LoggedRequest(self.command, path, status, self.headers.get("User-Agent")))
        send()

    def _route(self, demo: DemoServer, path: str, head: bool):
        """The status this request gets and a function that sends it."""
        response = demo.responses.get(path)
        if demo.forced_status is not None:
            forced = demo.forced_status
            return forced, lambda: self._send_plain(forced, "Layanan sedang dalam pemeliharaan.\n", head)
        if response is None and path.startswith(demo.admin_path.rstrip("/")):
            admin = demo.renderer.admin()
            return admin.status, lambda: self._send(admin, head)
        if response is None and not path.endswith("/") and path + "/" in demo.responses:
            return 301, lambda: self._send_redirect(path + "/")
        if response is None:
            missing = demo.renderer.not_found()
            return missing.status, lambda: self._send(missing, head)
        if self._not_modified(response):
            return 304, lambda: self._send_not_modified(response)
        return response.status, lambda: self._send(response, head)

    def _send_redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send_not_modified(self, response: Response) -> None:
        self.send_response(304)
        self.send_header("ETag", response.etag)
        self.send_header("Last-Modified", _http_date(response))
        self.end_headers()

    def _not_modified(self, response: Response) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return response.etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*"
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since:
            try:
                since = parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                return False
            # HTTP dates have whole seconds.
            return response.last_modified.replace(microsecond=0) <= since
        return False

    def _send(self, response: Response, head: bool) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("ETag", response.etag)
        self.send_header("Last-Modified", _http_date(response))
        self.send_header("Cache-Control", "public, max-age=300")
        self.end_headers()
        if not head:
            self.wfile.write(response.body)

    def _send_plain(self, status: int, text: str, head: bool) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)


def _http_date(response: Response) -> str:
    return format_datetime(response.last_modified.astimezone(dt.UTC), usegmt=True)


class _DemoHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    demo: DemoServer


class DemoServer:
    """The demo site on 127.0.0.1, on a free port unless one is given. Use as a context manager::

        with DemoServer() as site:
            print(site.url)      # http://127.0.0.1:PORT/
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, content: Content | None = None):
        self.content = content or bundled_content()
        self.admin_path = self.content.site.admin_path
        self._httpd = _DemoHTTPServer((host, port), _Handler)
        self._httpd.demo = self
        self.host, self.port = self._httpd.server_address[:2]
        self.base_url = f"http://{self.host}:{self.port}"
        self.responses, self.renderer = render_site(self.base_url, self.content)
        self.forced_status: int | None = None  # answer every request with this status (an outage)
        self._requests: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return self.base_url + "/"

    def article_urls(self) -> dict[str, str]:
        """Absolute URL of every article, by slug."""
        return {article.slug: self.base_url + article.url_path for article in self.content.articles}

    def log(self, request: LoggedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._requests)

    def clear_log(self) -> None:
        with self._lock:
            self._requests.clear()

    def start(self) -> DemoServer:
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="pantau-demo-site", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()
