"""`pantau crawl` exit statuses: 2 for bad usage, 1 when the run itself fails."""

import pytest

from tests.support.crawlsite_run import run_crawl


@pytest.mark.parametrize("args, message", [
    (["--source", "Kabupaten Atlantis"], "unknown source 'Kabupaten Atlantis'"),
    (["--url", "http://127.0.0.1:9/", "--since", "2024-13-01"], "not a calendar date"),
    (["--url", "http://127.0.0.1:9/", "--since", "kemarin"], "expected YYYY-MM-DD"),
    (["--url", "ftp://contoh.id/"], "not an http(s) address"),
    (["--url", "http://127.0.0.1:9/", "--max-pages", "0"], "at least 1"),
    ([], "give --source"),
])
def test_bad_usage_exits_2(tmp_path, args, message):
    completed, records = run_crawl(tmp_path, *args, expect=2)
    assert message in completed.stderr
    assert records == []


def test_bad_registry_file_exits_2_naming_it(tmp_path):
    registry = tmp_path / "sumber.toml"
    registry.write_text('[[source]]\nkey = "a"\n', encoding="utf-8")
    completed, _ = run_crawl(tmp_path, "--source", "a", env={"PANTAU_SOURCES": str(registry)}, expect=2)
    assert "sumber.toml" in completed.stderr and "missing" in completed.stderr


def test_unreachable_store_exits_1(tmp_path):
    completed, _ = run_crawl(tmp_path, "--url", "http://127.0.0.1:9/", "--db",
                             "postgresql+psycopg://nobody@127.0.0.1:1/none", expect=1)
    assert "crawl state store" in completed.stderr


@pytest.mark.slow
def test_unreachable_site_exits_1(tmp_path):
    completed, records = run_crawl(tmp_path, "--url", "http://127.0.0.1:9/", "--db", f"sqlite:///{tmp_path}/s.db",
                                   expect=1)
    assert "no site answered" in completed.stderr
