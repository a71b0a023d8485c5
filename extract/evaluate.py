"""Measure the extractor on the labelled dev articles, split into an open and a blind part.

    python -m extract.evaluate [--gold PATH] [--show-errors] [--json]
    make eval

The split does not look at content: an article is *blind* when the last hex digit of sha1(id) is 0-3 (about a
quarter), *open* otherwise. Rules are written by reading open articles' errors only (`--show-errors` prints
errors of open articles and nothing of blind ones); blind is read as one aggregate line, as a stand-in for
articles nobody here has seen. The scorer is `shared/eval/score.py`, loaded from beside the gold file.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

from pantau.records import ARTICLE_FIELDS  # what the extractor reads

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"
BLIND_DIGITS = "0123"


def is_blind(article_id: str) -> bool:
    return hashlib.sha1(article_id.encode()).hexdigest()[-1] in BLIND_DIGITS


def load_scorer(gold: Path):
    path = gold.parent / "score.py"
    spec = importlib.util.spec_from_file_location("pantau_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: scorer not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def headline(report: dict) -> str:
    o, s = report["overall"], report["strict"]
    return (f"detection F1 {o['f1']:.3f} (P {o['p']:.3f} R {o['r']:.3f}); strict F1 {s['f1']:.3f}; "
            f"people F1 {report['people']['f1']:.3f}")


def by_type(report: dict) -> str:
    return "  ".join(f"{t} {d['f1']:.3f} (P {d['p']:.3f} R {d['r']:.3f})" for t, d in report["detection"].items())


def _write_jsonl(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def people_errors(articles: list[dict], events: list[dict], fold) -> list[str]:
    """Per OPEN article, the people predicted but not in gold (extra) and in gold but not predicted (missing),
    folded by the scorer's `fold`, each with the role written beside it. Blind articles are never looked at."""
    predicted: dict[str, dict[str, str | None]] = {}
    for ev in events:
        for person in ev.get("people") or []:
            if person.get("name"):
                predicted.setdefault(ev["article_id"], {}).setdefault(fold(person["name"]), person.get("role"))
    lines = []
    for art in articles:
        if is_blind(art["id"]):
            continue
        gold = {fold(p["name"]): p.get("role") for ev in art.get("events", []) for p in ev.get("people") or []
                if p.get("name")}
        mine = predicted.get(art["id"], {})
        extra = [f"{n} [{mine[n]}]" for n in mine if n not in gold]
        missing = [f"{n} [{gold[n]}]" for n in gold if n not in mine]
        if extra or missing:
            lines.append(f"{art['id']} people: extra {extra} missing {missing}")
    return lines


def evaluate(gold: Path, show_errors: bool = False) -> dict[str, tuple[dict, list[str]]]:
    import extract

    scorer = load_scorer(gold)
    articles = list(scorer.load_jsonl(str(gold)))
    inputs = [{k: a.get(k) for k in ARTICLE_FIELDS} for a in articles]
    events = list(extract.extract_articles(inputs))
    return score_parts(scorer, articles, events, show_errors)


def score_parts(scorer, articles: list[dict], events: list[dict],
                show_errors: bool = False) -> dict[str, tuple[dict, list[str]]]:
    """The scorer's report for the open, blind and all articles; errors for open articles only."""
    parts = {
        "open": [a for a in articles if not is_blind(a["id"])],
        "blind": [a for a in articles if is_blind(a["id"])],
        "all": articles,
    }
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, arts in parts.items():
            ids = {a["id"] for a in arts}
            gold_path, pred_path = Path(tmp) / f"{name}.gold.jsonl", Path(tmp) / f"{name}.pred.jsonl"
            _write_jsonl(gold_path, arts)
            _write_jsonl(pred_path, (e for e in events if e["article_id"] in ids))
            # Errors are only ever computed for open articles: blind ones are read as an aggregate.
            report, errors = scorer.score(str(gold_path), str(pred_path), show_errors and name == "open")
            if show_errors and name == "open":
                errors = errors + people_errors(arts, [e for e in events if e["article_id"] in ids], scorer.fold)
            out[name] = (report, errors)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold articles (JSON Lines)")
    parser.add_argument("--show-errors", action="store_true", help="print the errors of OPEN articles")
    parser.add_argument("--by-type", action="store_true", help="also print detection by event type")
    parser.add_argument("--json", action="store_true", help="print the three reports as JSON")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        raise SystemExit(f"{args.gold}: no such file")
    results = evaluate(args.gold, args.show_errors)
    if args.json:
        print(json.dumps({k: r for k, (r, _e) in results.items()}, indent=2))
        return
    if args.show_errors:
        for line in results["open"][1]:
            print("  !", line)
    for name, (report, _errors) in results.items():
        print(f"{name:5} ({report['articles']:3} articles): {headline(report)}")
        if args.by_type:
            print(f"        {by_type(report)}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
