"""`pantau web` for real: uvicorn in a subprocess on a free loopback port, over a loaded SQLite store."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest

from tests.support.html import fetch_page, texts

FIXTURES = Path(__file__).resolve().parent.parent / "db" / "fixtures"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(sqlite_url):
    loaded = subprocess.run([sys.executable, "-m", "pantau", "load", "--articles", str(FIXTURES / "articles.jsonl"),
                             "--events", str(FIXTURES / "events.jsonl"), "--db", sqlite_url],
                            capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "pantau", "web", "--host", "127.0.0.1", "--port", str(port),
                                "--db", sqlite_url, "--log-level", "warning"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"pantau web did not start: {process.stdout.read() if process.stdout else ''}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_pantau_web_serves_search_feed_and_api(server):
    with httpx.Client(base_url=server, timeout=10) as client:
        page = fetch_page(client, "/", q="perjanjian kinerja")
        assert "Perjanjian" in texts(page, "li.event blockquote.evidence mark")
        assert client.get("/static/style.css").headers["content-type"].startswith("text/css")
        feed = client.get("/feed.atom", params={"q": "lantik"})
        assert feed.status_code == 200 and len(ET.fromstring(feed.content).findall("{http://www.w3.org/2005/Atom}entry")) == 2
        api = client.get("/api/events", params={"regency": "Kabupaten Mojokerto"}).json()
        assert api["total"] == 3
        identifier = api["events"][0]["id"]
        assert client.get(f"/events/{identifier}").status_code == 200
        lines = client.get("/export.jsonl", params={"type": "index_report"}).text.splitlines()
        assert len(lines) == 6 and all(json.loads(line)["type"] == "index_report" for line in lines)


def test_pantau_web_with_an_unreachable_store_exits_1(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pantau", "web", "--port", str(free_port()), "--db",
                             "postgresql+psycopg://nobody@127.0.0.1:1/none"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "cannot open the store" in result.stderr
