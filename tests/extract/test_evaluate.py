"""The open/blind split of `python -m extract.evaluate` is fixed by the article id alone."""

from __future__ import annotations

import hashlib
import json

from extract import evaluate


def test_split_is_sha1_last_hex_digit():
    for article_id in ("a-1", "n1-bps-kendal", "seed-2", "x"):
        digit = hashlib.sha1(article_id.encode()).hexdigest()[-1]
        assert evaluate.is_blind(article_id) is (digit in "0123")


def test_evaluate_scores_open_blind_and_all(tmp_path, capsys):
    gold = tmp_path / "dev.jsonl"
    ids = [f"own-{i}" for i in range(12)]
    text = ("KENDAL – Bupati Kendal Dico M Ganinduto melantik 25 pejabat administrator di Pendopo Kendal, "
            "Senin (8/1/2024).")
    rows = [{"id": i, "title": None, "published": "2024-01-08", "text": text, "events": []} for i in ids]
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "score.py").write_text((evaluate.DEFAULT_GOLD.parent / "score.py").read_text(encoding="utf-8"))
    evaluate.main(["--gold", str(gold), "--show-errors"])
    out = capsys.readouterr().out.splitlines()
    heads = [line.split()[0] for line in out if not line.startswith("  !")]
    assert heads == ["open", "blind", "all"]
    errors = [line for line in out if line.startswith("  !")]
    blind = {i for i in ids if evaluate.is_blind(i)}
    assert errors and all(line.split()[1] not in blind for line in errors)
    assert any(evaluate.is_blind(i) for i in ids) and not all(evaluate.is_blind(i) for i in ids)
