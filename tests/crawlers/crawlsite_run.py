"""Helpers the crawler tests import: the fixture shapes and `run_crawl`, which runs `pantau crawl` in a
subprocess (Scrapy's reactor cannot restart)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from crawlsite_pages import BloggerSite, GovernmentSite, WordPressPlainSite, WordPressSite

SHAPES = {"wordpress": WordPressSite, "wordpress-plain": WordPressPlainSite, "blogger": BloggerSite,
          "government": GovernmentSite}


def run_crawl(tmp_path: Path, *args: str, env: dict | None = None, expect: int = 0, out_name: str = "a.jsonl",
              via_pantau: bool = False, timeout: int = 120):
    """Run the crawl command in a subprocess (`python -m crawlers`, or `python -m pantau crawl` with
    `via_pantau`, which also loads the other stages); returns (completed process, records)."""
    out = tmp_path / out_name
    if out.exists():
        out.unlink()
    command = [sys.executable, "-m", *(["pantau", "crawl"] if via_pantau else ["crawlers"]), *args, "--out", str(out)]
    if "--delay" not in args:
        command += ["--delay", "0"]
    full_env = {**os.environ, **(env or {})}
    completed = subprocess.run(command, cwd=tmp_path, env=full_env, capture_output=True, text=True, timeout=timeout)
    assert completed.returncode == expect, f"exit {completed.returncode}\n{completed.stderr[-4000:]}"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return completed, records
