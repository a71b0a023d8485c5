"""The package as a user installs it without the Makefile: the wheel, built from this tree, installed into a
fresh venv with the pip Python 3.11's venv ships (23.2, the oldest the README supports), crawls a local
site. (pip 23.2 does not resolve `lxml[html_clean]`, which justext asks for: pantau declares
`lxml_html_clean` itself, else every crawl dies at start.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.crawlsite_run import SHAPES

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
OLDEST_PIP = "23.2"


def _run(command: list[str], cwd: Path, timeout: int = 900) -> str:
    completed = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                               env={"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), "LANG": "C.UTF-8"})
    assert completed.returncode == 0, f"{' '.join(command)}\n{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}"
    return completed.stdout + completed.stderr


def test_wheel_in_a_fresh_venv_with_the_oldest_pip_crawls(serve, tmp_path):
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(ROOT)], cwd=tmp_path)
    wheel = next(dist.glob("pantau-*.whl"))
    venv = tmp_path / "fresh"
    _run([sys.base_prefix + "/bin/python3", "-m", "venv", str(venv)], cwd=tmp_path)
    python = str(venv / "bin" / "python")
    pip_version = _run([python, "-m", "pip", "--version"], cwd=tmp_path).split()[1]
    if not pip_version.startswith(OLDEST_PIP + "."):
        _run([python, "-m", "pip", "install", "--quiet", f"pip=={OLDEST_PIP}.1"], cwd=tmp_path)
    # The versions this project is verified with (constraints.txt), as a careful user would pin them; no
    # extras, no Makefile, no pip upgrade.
    _run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-c", str(ROOT / "constraints.txt"),
          str(wheel)], cwd=tmp_path)
    assert "lxml_html_clean" in _run([python, "-m", "pip", "list"], cwd=tmp_path).replace("-", "_")

    site, server = serve(SHAPES["wordpress"])
    out = tmp_path / "articles.jsonl"
    # From outside the source tree, so the installed package is what runs.
    log = _run([str(venv / "bin" / "pantau"), "crawl", "--url", server.root, "--db", f"sqlite:///{tmp_path}/state.db",
                "--out", str(out), "--delay", "0", "--allow-local"], cwd=tmp_path, timeout=300)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["title"] for r in records) == sorted(p.title for p in site.posts), log[-2000:]
    assert str(ROOT) not in _run([python, "-c", "import crawlers; print(crawlers.__file__)"], cwd=tmp_path)
