"""A raw HTTP/1.1 client (one connection a request) and checkers for what comes back.

Raw, so a request target goes on the wire exactly as written (`%00`, `%2e%2e%2f`, bytes no client library
would send) and a dropped connection is seen as one (`Dropped`), not retried or hidden.
"""

from __future__ import annotations

import csv
import io
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote

import httpx


class Dropped(AssertionError):
    """The server closed the connection (or timed out) without an HTTP response."""


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    target: str = ""

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


def get(port: int, target: str | bytes, timeout: float = 30.0) -> Answer:
    raw_target = target if isinstance(target, bytes) else target.encode("utf-8", errors="surrogateescape")
    request = b"GET " + raw_target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nUser-Agent: hostile\r\n\r\n"
    chunks = []
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(request)
            while data := sock.recv(65536):
                chunks.append(data)
    except OSError as exc:
        raise Dropped(f"{target!r}: {exc.__class__.__name__} {exc}") from exc
    response = b"".join(chunks)
    head, _, body = response.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    if not lines[0].startswith(b"HTTP/1.1 "):
        raise Dropped(f"{target!r}: no HTTP response ({response[:80]!r})")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding") == "chunked":
        body = _unchunk(body)
    return Answer(int(lines[0].split()[1]), headers, body, target if isinstance(target, str) else repr(target))


def _unchunk(body: bytes) -> bytes:
    out, rest = [], body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out.append(rest[:size])
        rest = rest[size + 2:]
    return b"".join(out)


def encode(value: str) -> str:
    """A value as a URL query component (every reserved byte percent-encoded)."""
    return quote(value, safe="", errors="surrogatepass")


def free_port() -> int:
    """A free TCP port on 127.0.0.1 for a server started next."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db_url: str, port: int) -> subprocess.Popen:
    """`pantau web` (uvicorn) on 127.0.0.1:port, waited for."""
    process = subprocess.Popen([sys.executable, "-m", "pantau", "web", "--host", "127.0.0.1", "--port", str(port),
                                "--db", db_url, "--log-level", "warning"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 90
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"pantau web did not start: {process.stdout.read() if process.stdout else ''}")
        time.sleep(0.2)


def stop_server(process: subprocess.Popen) -> str:
    """Stops the server; returns what it logged (tracebacks show 500s the responses may not)."""
    process.terminate()
    try:
        output, _ = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    return output or ""


# --------------------------------------------------------------------------------------------- markup checks
DANGEROUS_ELEMENTS = {"script", "xss-probe", "iframe", "object", "embed", "base", "frame", "applet"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data"}
SAFE_SCHEMES = ("http:", "https:", "mailto:")


@dataclass
class MarkupReport:
    problems: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


class _Checker(HTMLParser):
    """Finds markup that did not come from our templates: foreign elements, event-handler or marker
    attributes, links with a scheme that runs code."""

    def __init__(self, report: MarkupReport):
        super().__init__(convert_charrefs=True)
        self.report = report

    def handle_starttag(self, tag, attrs):
        if tag in DANGEROUS_ELEMENTS:
            self.report.problems.append(f"element <{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("data-xss", "style"):
                self.report.problems.append(f"attribute {name}={value!r} on <{tag}>")
            if name in URL_ATTRIBUTES and value is not None:
                link = value.strip()
                scheme = link.split(":", 1)[0].lower() + ":" if ":" in link.split("/", 1)[0] else ""
                if scheme and not link.lower().startswith(SAFE_SCHEMES):
                    self.report.problems.append(f"{name}={value!r} on <{tag}> (scheme {scheme})")
                elif tag == "a" and name == "href":
                    self.report.links.append(link)

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.report.text.append(data)


def check_markup(html: str) -> MarkupReport:
    report = MarkupReport()
    checker = _Checker(report)
    checker.feed(html)
    checker.close()
    return report


def csv_cells(body: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
