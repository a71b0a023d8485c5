from pantau.jsonl import BadLine, iter_jsonl
from pantau.records import article_problem


def test_bad_lines_are_reported_with_file_and_line_and_good_lines_still_come(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "text": "x"}\nnot json\n\n{"id": "b"}\n[1]\n{"id": "c", "text": "y"}\n', encoding="utf-8")
    items = list(iter_jsonl(path, article_problem))
    good = [r["id"] for _, r in items if isinstance(r, dict)]
    bad = [r for _, r in items if isinstance(r, BadLine)]
    assert good == ["a", "c"]
    assert [b.lineno for b in bad] == [2, 4, 5]
    assert str(bad[0]).startswith(f"{path}:2: not JSON")
    assert "missing field 'text'" in str(bad[1])
