"""Bad input never crashes the stage, costs work linear in its size, and is reported as FILE:LINE."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import extract
from tests.support.extract_fixtures import LAMONGAN, MOJOKERTO_PK

PANTAU = [sys.executable, "-m", "pantau"]


def test_odd_texts_do_not_crash(run):
    odd = [
        "",
        "   \n\n  ",
        "<html><body><p>Bupati <b>melantik</b> 20 pejabat</p><script>var x=1;</script></body></html>",
        bytes(range(256)).decode("latin-1"),
        "\x00\x01\x02 Rabu (31/1) \ufffd\ufffd 75,89 %",
        "Bupati Bandung 县长 بوباتي Бупати melantik 5 pejabat, Senin (1/1/2024). 😀" * 20,
        "((((((((((((((((((((((((((((((((((((((((",
        "1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1 " * 200,
        "Rabu Rabu Rabu Rabu (31/1) " * 500,
    ]
    for text in odd:
        for ev in run(text):
            assert ev["type"] in ("agreement_signing", "inauguration", "index_report")


def test_five_megabyte_text_is_read_in_full(run):
    # Its speed is measured by `python -m bench extract` (linear growth), not here: no timed tests.
    text = (MOJOKERTO_PK + "\n") * (5_000_000 // len(MOJOKERTO_PK))
    events = run(text)
    assert events and events[0]["agreement_kind"] == "perjanjian_kinerja"


def _calls(run, text: str) -> int:
    """Python function calls (ours and the libraries') made while extracting `text`: a count of work that does
    not depend on the machine's load, unlike a clock."""
    run(text)  # warm the caches first: only the work the size costs is counted
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        run(text)
    finally:
        sys.setprofile(None)
    return count


def test_work_grows_linearly(run):
    # Pathological shapes for the rules' loops: long runs of spaces, slashes, digits, weekday names and region
    # cues. Doubling the input may at most double the work (plus a little): nothing scans the whole text per line.
    unit = ("Rabu" + " " * 50 + "(" + "1/" * 30 + " 75,89,89,89 " + "Kabupaten " * 10 + LAMONGAN[:300] + "\n"
            "- Kota Padang\n- Kabupaten Agam\n")
    small, large = _calls(run, unit * 40), _calls(run, unit * 80)
    assert large < 2.2 * small, (small, large)


def write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_cli_reports_bad_lines_and_keeps_the_good_ones(tmp_path):
    src = tmp_path / "articles.jsonl"
    write_lines(src, [
        json.dumps({"id": "a1", "title": None, "published": None, "text": MOJOKERTO_PK}),
        "{this is not json",
        json.dumps({"id": "a2", "title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a3", "published": "2024-13-45", "text": "x"}),
        json.dumps({"id": "a4", "title": None, "published": None, "text": LAMONGAN}),
    ])
    out = tmp_path / "events.jsonl"
    proc = subprocess.run([*PANTAU, "extract", "--in", str(src), "--out", str(out)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 2, proc.stderr
    for lineno in (2, 3, 4, 5):
        assert f"{src}:{lineno}: " in proc.stderr
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {e["article_id"] for e in events} == {"a1", "a4"}


def test_cli_exit_zero_and_explain(tmp_path):
    src = tmp_path / "articles.jsonl"
    write_lines(src, [json.dumps({"id": "m", "text": MOJOKERTO_PK})])
    out = tmp_path / "events.jsonl"
    proc = subprocess.run([*PANTAU, "extract", "--in", str(src), "--out", str(out), "--explain"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "rule: signing" in proc.stderr and "Perjanjian Kinerja Tahun 2024" in proc.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_cli_missing_file_exits_2(tmp_path):
    proc = subprocess.run([*PANTAU, "extract", "--in", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "nope.jsonl" in proc.stderr


def test_extract_file_api(tmp_path):
    src = tmp_path / "a.jsonl"
    write_lines(src, [json.dumps({"url": "https://example.id/berita/1", "text": MOJOKERTO_PK}), "oops"])
    report = extract.extract_file(src, tmp_path / "e.jsonl")
    assert (report.articles, report.events) == (1, 1)
    assert [(b.lineno, b.message.split(" ")[0]) for b in report.bad_lines] == [(2, "not")]
    event = json.loads((tmp_path / "e.jsonl").read_text(encoding="utf-8"))
    from pantau.records import article_id_for_url

    assert event["article_id"] == article_id_for_url("https://example.id/berita/1")
