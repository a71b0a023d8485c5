"""The bundled demo site: a small invented regional news outlet ("Lintas Pantura") with articles written
for pantau, served on 127.0.0.1 so the whole pipeline can run offline (`pantau demo`, end-to-end tests).

Public API: `DemoServer` (serve it), `bundled_content()` / `load_content(dir)` (the articles as data),
`load_gold()` (the events each article should yield) and `gold_records(base_url)` (the gold in the
shape of `shared/eval`: one article a line with its `events`, ids as the crawler computes them).
"""

from __future__ import annotations

from pantau.demo.content import (
    Article,
    Content,
    ContentError,
    GoldEvent,
    bundled_content,
    load_content,
    load_gold,
)
from pantau.demo.server import DemoServer


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


__all__ = ["Article", "Content", "ContentError", "DemoServer", "GoldEvent", "bundled_content", "gold_records",
           "load_content", "load_gold"]
