"""`pantau load` and `pantau search` against real stores."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app

FIXTURES = Path(__file__).with_name("fixtures")
ARTICLES = FIXTURES / "articles.jsonl"
EVENTS = FIXTURES / "events.jsonl"


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def loaded_url(store_url):
    result = run("load", "--articles", str(ARTICLES), "--events", str(EVENTS), "--db", store_url)
    assert result.exit_code == 0, result.output
    return store_url


def test_load_reports_and_is_idempotent(loaded_url):
    again = run("load", "--articles", str(ARTICLES), "--events", str(EVENTS), "--db", loaded_url)
    assert again.exit_code == 0
    assert "articles: 0 new, 0 updated, 11 unchanged" in again.stdout
    assert "events: 0 new, 0 updated, 12 unchanged" in again.stdout


def test_load_bad_lines_exit_2_naming_file_and_line_and_keep_good_ones(tmp_path, sqlite_url):
    articles = tmp_path / "a.jsonl"
    articles.write_text('{"id": "a1", "text": "Bupati melantik pejabat."}\nnot json\n{"id": "a2"}\n'
                        '{"id": "a3", "text": "Penandatanganan pakta integritas."}\n', encoding="utf-8")
    events = tmp_path / "e.jsonl"
    good = {"article_id": "a1", "type": "inauguration", "regency": None, "date": None, "venue": None,
            "people": [], "evidence": "Bupati melantik pejabat.", "officials_count": None, "positions": [],
            "inaugurated_by": None}
    events.write_text(json.dumps(good) + '\n{"article_id": "a1", "type": "banjir"}\n', encoding="utf-8")
    result = run("load", "--articles", str(articles), "--events", str(events), "--db", sqlite_url)
    assert result.exit_code == 2
    assert f"{articles}:2: not JSON" in result.stderr
    assert f"{articles}:3: missing field 'text'" in result.stderr
    assert f"{events}:2: unknown event type 'banjir'" in result.stderr
    assert "articles: 2 new" in result.stdout and "events: 1 new" in result.stdout
    found = run("search", "lantik", "--format", "json", "--db", sqlite_url)
    assert [r["article_id"] for r in json.loads(found.stdout)] == ["a1"]


def test_load_events_only_replaces_the_articles_the_file_names(loaded_url, tmp_path):
    kept = [json.loads(line) for line in EVENTS.read_text(encoding="utf-8").splitlines()
            if json.loads(line)["article_id"] == "jatim-spbe-2023"][:1]
    only = tmp_path / "spbe.jsonl"
    only.write_text(json.dumps(kept[0]) + "\n", encoding="utf-8")
    result = run("load", "--events", str(only), "--db", loaded_url)
    assert result.exit_code == 0 and "3 removed" in result.stdout
    assert len(json.loads(run("search", "--index", "spbe", "--format", "json", "--db", loaded_url).stdout)) == 1
    # 10 events remain; the Perjanjian Kinerja reported by two outlets is one
    assert len(json.loads(run("search", "--format", "json", "--db", loaded_url).stdout)) == 8


def test_load_needs_a_file(sqlite_url, tmp_path):
    assert run("load", "--db", sqlite_url).exit_code == 2
    missing = run("load", "--articles", str(tmp_path / "nope.jsonl"), "--db", sqlite_url)
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_search_table(loaded_url):
    result = run("search", "perjanjian kinerja", "--db", loaded_url)
    assert result.exit_code == 0
    assert "Kabupaten Mojokerto" in result.stdout
    assert "https://kabarmojokerto.test/berita/mjk-pk-2024" in result.stdout  # listed whole, under the table
    assert max(map(len, result.stdout.splitlines())) <= 100, "a table fits a 100-column window"
    assert "2024-01-31" in result.stdout and "1 event(s)" in result.stdout  # two outlets, one event


def test_search_filters_by_names(loaded_url):
    result = run("search", "--regency", "Kabupaten Sidoarjo", "--index", "SAKIP,spbe", "--format", "json",
                 "--db", loaded_url)
    records = json.loads(result.stdout)
    assert sorted(r["index"] for r in records) == ["sakip", "spbe"]
    assert all(r["regency"]["code"] == "35.15" for r in records)
    province = json.loads(run("search", "--province", "Jawa Tengah", "--type", "pelantikan", "--format", "json",
                              "--db", loaded_url).stdout)
    assert [r["article_id"] for r in province] == ["xss-test"]
    years = json.loads(run("search", "--since", "2023", "--until", "2023", "--format", "json", "--db", loaded_url).stdout)
    assert sorted(r["article_id"] for r in years) == ["kdl-mou-2023", "sda-sakip-2023"]


def test_ambiguous_name_searches_both_places_and_says_so(loaded_url):
    result = run("search", "--regency", "Mojokerto", "--format", "json", "--db", loaded_url)
    assert {r["regency"]["code"] for r in json.loads(result.stdout)} == {"35.16", "35.76"}
    assert "Kabupaten Mojokerto (35.16) and Kota Mojokerto (35.76)" in result.stderr


def test_search_json_and_csv_carry_full_records(loaded_url):
    records = json.loads(run("search", "Yuhronur", "--format", "json", "--db", loaded_url).stdout)
    (record,) = records
    assert record["officials_count"] == 43 and record["people"][0]["name"] == "Yuhronur Efendi"
    assert record["url"].endswith("lmg-lantik-2024") and record["article_title"].startswith("Bupati Lamongan")
    rows = list(csv.DictReader(io.StringIO(run("search", "--index", "spbe", "--format", "csv", "--db", loaded_url).stdout)))
    assert len(rows) == 4 and {r["regency_name"] for r in rows} >= {"Kota Surabaya"}
    assert {r["value"] for r in rows} == {"4,13", "3,92", "3,64", "3,02"}
    lines = run("search", "--format", "jsonl", "--limit", "0", "--db", loaded_url).stdout.splitlines()
    assert len(lines) == 11  # 12 reports of 11 events


def test_search_bad_input_exits_2_with_a_suggestion(loaded_url):
    result = run("search", "lantik", "--regency", "Lamongn", "--db", loaded_url)
    assert result.exit_code == 2 and "Kabupaten Lamongan" in result.stderr
    assert run("search", "--index", "sakib", "--db", loaded_url).exit_code == 2
    assert run("search", "--type", "banjir", "--db", loaded_url).exit_code == 2
    assert run("search", "--since", "31-01-2024", "--db", loaded_url).exit_code == 2
    assert run("search", "--format", "xml", "--db", loaded_url).exit_code == 2
    assert run("search", "-- -kendal", "--db", loaded_url).exit_code == 2


def test_empty_result_is_a_helpful_message(loaded_url):
    result = run("search", "gempa bumi", "--db", loaded_url)
    assert result.exit_code == 0 and "No events found" in result.stdout


def test_console_script_exit_codes(tmp_path):
    """Through the real entry point (a subprocess), as the flow and users run it."""
    db = f"sqlite:///{tmp_path}/cli.db"
    load = subprocess.run([sys.executable, "-m", "pantau", "load", "--articles", str(ARTICLES), "--events",
                           str(EVENTS), "--db", db], capture_output=True, text=True)
    assert load.returncode == 0, load.stderr
    found = subprocess.run([sys.executable, "-m", "pantau", "search", "perjanjian kinerja", "--format", "json",
                            "--db", db], capture_output=True, text=True)
    (story,) = json.loads(found.stdout)  # two outlets' reports of one signing
    assert found.returncode == 0 and len(story["reports"]) == 2
    bad = subprocess.run([sys.executable, "-m", "pantau", "search", "x", "--regency", "Atlantis", "--db", db],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "kabupaten/kota tidak dikenal" in bad.stderr
