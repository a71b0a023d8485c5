"""The bundled demo site: a small invented regional news outlet ("Lintas Pantura") with articles written
for pantau, served on 127.0.0.1 so the whole pipeline can run offline (`pantau demo`, end-to-end tests).

Public API: `DemoServer` (serve it), `bundled_content()` / `load_content(dir)` (the articles as data),
`load_gold()` (the events each article should yield), `gold_records(base_url)` (the gold in the
shape of `shared/eval`: one article a line with its `events`, ids as the crawler computes them) and
`score_events(events, base_url)` (detection scores of extracted events against that gold).
"""

from __future__ import annotations

from demo.content import (
    Article,
    Content,
    ContentError,
    GoldEvent,
    bundled_content,
    load_content,
    load_gold,
)
from demo.server import DemoServer


def gold_records(base_url: str, content: Content | None = None) -> list[dict]:
    """The demo's gold as article records with `events` (spec/events.md field names), keyed by the id the
    crawler gives each article (`article_id_for_url` of its URL under `base_url`)."""
    from pantau.records import article_id_for_url
    from pantau.regions import region

    content = content or bundled_content()
    gold = load_gold(content=content)
    records = []
    for article in content.articles:
        url = base_url.rstrip("/") + article.url_path
        events = []
        for event in gold[article.slug]:
            fields = dict(event.fields)
            code = fields.pop("regency", None)
            found = region(code) if code else None
            fields["regency"] = found.as_ref() if found else None
            fields["people"] = [{"name": name, "role": role} for name, role in fields.get("people", [])]
            if "inaugurated_by" in fields:
                name, role = fields["inaugurated_by"]
                fields["inaugurated_by"] = {"name": name, "role": role}
            fields.setdefault("date", None)
            events.append(fields)
        records.append({"id": article_id_for_url(url), "url": url, "title": article.title,
                        "published": article.published.date().isoformat(), "events": events})
    return records


def _group(event: dict) -> tuple[str, str | None]:
    return (event.get("type"), event.get("index") if event.get("type") == "index_report" else None)


def score_events(events, base_url: str, content: Content | None = None) -> dict:
    """Detection scores of extracted events (spec records with `article_id`) against the demo's gold:
    per article, events pair with gold events of the same type (and index), as `shared/eval/score.py`
    counts them. Returns precision, recall, f1 overall and per type, and paired regency accuracy."""
    from collections import Counter, defaultdict

    gold = {record["id"]: record["events"] for record in gold_records(base_url, content)}
    predicted: dict[str, list[dict]] = defaultdict(list)
    for event in events:
        if event.get("article_id") in gold:
            predicted[event["article_id"]].append(event)
    counts: dict[str, Counter] = defaultdict(Counter)
    regency_right = regency_pairs = 0
    for article_id, gold_events in gold.items():
        for key in {_group(e) for e in gold_events} | {_group(e) for e in predicted[article_id]}:
            expected = [e for e in gold_events if _group(e) == key]
            found = [e for e in predicted[article_id] if _group(e) == key]
            pairs = min(len(expected), len(found))
            counts[key[0]].update(tp=pairs, fp=len(found) - pairs, fn=len(expected) - pairs)
            wanted = Counter((e.get("regency") or {}).get("code") for e in expected)
            got = Counter((e.get("regency") or {}).get("code") for e in found)
            regency_right += sum((wanted & got).values())
            regency_pairs += pairs

    def prf(c: Counter) -> dict:
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), **c}

    total = sum(counts.values(), Counter())
    return {**prf(total), "by_type": {t: prf(c) for t, c in sorted(counts.items())},
            "regency_accuracy": round(regency_right / regency_pairs, 3) if regency_pairs else None}


__all__ = ["Article", "Content", "ContentError", "DemoServer", "GoldEvent", "bundled_content", "gold_records",
           "load_content", "load_gold", "score_events"]
