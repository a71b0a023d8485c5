"""The site as a reader meets it: the dev set (../shared/eval/dev.jsonl) run through `pantau extract` and
`pantau load` into a SQLite store, served by a real `pantau web` on 127.0.0.1, and driven by Debian's
headless Chromium through Playwright (its `executable_path`; no browser is ever downloaded)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest

from tests.support.browser import CHROMIUM, DEV_SET, SCREENSHOTS, WIDTHS
from tests.support.hostile_http import free_port, start_server, stop_server


def _pantau(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "pantau", *args], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"pantau {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"


@pytest.fixture(scope="session")
def dev_site(tmp_path_factory):
    """(base url, store) of `pantau web` over the dev set, extracted and loaded by the CLI as a user would."""
    # Selected on purpose (`-m browser`): a missing browser or dev set is a failure, never a skip.
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)"
    assert DEV_SET.exists(), f"the dev set {DEV_SET} is missing (tests read ../shared beside the checkout)"
    from db import Store
    from db.engine import get_engine

    folder = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{folder}/dev.db"
    _pantau("extract", "--in", str(DEV_SET), "--out", str(folder / "events.jsonl"))
    _pantau("load", "--articles", str(DEV_SET), "--events", str(folder / "events.jsonl"), "--db", url)
    port = free_port()
    process = start_server(url, port)
    try:
        yield SimpleNamespace(base=f"http://127.0.0.1:{port}", store=Store(url))
    finally:
        get_engine(url).dispose()
        log = stop_server(process)
        assert "Traceback" not in log, f"the server logged an error:\n{log[-4000:]}"


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(params=WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def page(request, chromium, dev_site):
    """A fresh page at the width (1280 desktop, 390 phone), its downloads accepted, console errors kept."""
    width = request.param
    context = chromium.new_context(viewport={"width": width, "height": 900}, accept_downloads=True,
                                   locale="id-ID", timezone_id="Asia/Jakarta")
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    tab.errors = []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("console", lambda message: tab.errors.append(message.text) if message.type == "error" else None)
    tab.width = width
    tab.base = dev_site.base
    yield tab
    context.close()


def pytest_terminal_summary(terminalreporter):
    if SCREENSHOTS.exists() and any(SCREENSHOTS.iterdir()):
        count = sum(1 for _ in SCREENSHOTS.glob("*.png"))
        terminalreporter.write_line(f"browser screenshots ({count}): {SCREENSHOTS}")
