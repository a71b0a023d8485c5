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
              via_pantau: bool = False, timeout: int = 120, allow_local: bool = True):
    """Run the crawl command in a subprocess (`python -m crawlers`, or `python -m pantau crawl` with
    `via_pantau`, which also loads the other stages); returns (completed process, records). The fixture
    sites are on this machine, so `--allow-local` is given unless `allow_local=False`."""
    out = tmp_path / out_name
    if out.exists():
        out.unlink()
    command = [sys.executable, "-m", *(["pantau", "crawl"] if via_pantau else ["crawlers"]), *args, "--out", str(out)]
    if "--delay" not in args:
        command += ["--delay", "0"]
    if allow_local:
        command.append("--allow-local")
    full_env = {**os.environ, **(env or {})}
    if not allow_local:
        full_env.pop("PANTAU_CRAWL_ALLOW_LOCAL", None)
    completed = subprocess.run(command, cwd=tmp_path, env=full_env, capture_output=True, text=True, timeout=timeout)
    assert completed.returncode == expect, f"exit {completed.returncode}\n{completed.stderr[-4000:]}"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return completed, records
