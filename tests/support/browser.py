"""Where the browser tests (tests/browser) find Chromium and the dev set, and put their screenshots."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Beside the checkout, as tests/conftest.py finds it.
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.jsonl"
# Debian's package (.ci/run installs it); Playwright drives it by path and never downloads a browser.
CHROMIUM = Path(os.environ.get("PANTAU_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = ROOT / ".artifacts" / "screenshots"
WIDTHS = (1280, 390)  # a desktop and a phone
