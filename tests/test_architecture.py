"""The house's shape, checked: the import contract of pyproject.toml ([tool.importlinter]: floors, public
APIs), and sizes a reader can hold in their head (no function over 80 lines in web/ or db/, no code file over
600 lines)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pantau", "crawlers", "extract", "db", "flows", "web", "cli", "demo", "bench")
MAX_FILE_LINES = 600
MAX_FUNCTION_LINES = 80
# Alembic revisions are history: an applied migration is never rewritten to make it shorter.
NOT_CHECKED = ("db/migrations/",)


def _code_files():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if not relative.startswith(NOT_CHECKED):
                yield relative, path


def _lint_imports(config: Path) -> subprocess.CompletedProcess:
    # In a fresh interpreter from the project root: the graph must not depend on what tests imported before.
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True))"
    return subprocess.run([sys.executable, "-c", code, str(config)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_the_import_contract_holds():
    result = _lint_imports(ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_the_import_contract_can_fail(tmp_path):
    """A contract that forbids what the code does must be reported broken (the check is not a no-op)."""
    config = tmp_path / "contract.toml"
    config.write_text('[tool.importlinter]\nroot_packages = ["db", "pantau"]\n\n'
                      '[[tool.importlinter.contracts]]\nname = "db may not use pantau"\ntype = "forbidden"\n'
                      'source_modules = ["db"]\nforbidden_modules = ["pantau"]\n')
    result = _lint_imports(config)
    assert result.returncode != 0 and "BROKEN" in result.stdout.upper(), result.stdout[-2000:]


def test_no_code_file_is_over_the_limit():
    over = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in _code_files()}
    over = {name: lines for name, lines in over.items() if lines > MAX_FILE_LINES}
    assert not over, f"files over {MAX_FILE_LINES} lines: {over}"


def test_no_function_in_web_or_db_is_over_the_limit():
    long = []
    for name, path in _code_files():
        if not name.startswith(("web/", "db/")):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{name}:{node.lineno} {node.name} ({lines} lines)")
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {long}"
