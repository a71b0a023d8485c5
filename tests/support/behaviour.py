"""What the store, the site and `pantau search` answer, as one canonical JSON document: the guard that a
restructuring changed no behaviour.

A corpus (articles + events JSON Lines) is loaded into a fresh store through `pantau load`, then a fixed set
of searches (full text, filters, facets, sorting, paging, errors), the exports (CSV, JSON, JSON Lines), the
JSON API of every event and region, the comparison tables and `pantau search` in every format are recorded.
Values that depend on when the load ran (`loaded_at`, `first_seen`, ...) are dropped.

    # the committed snapshot over the project's own fixtures (tests/db, tests/web, the demo's gold):
    python -m tests.support.behaviour --fixtures --out tests/support/behaviour_snapshot.json
    # any corpus, e.g. the dev set once extracted (one-time before/after comparisons; add --html for pages):
    python -m tests.support.behaviour --articles A.jsonl --events E.jsonl --out before.json --html
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).with_name("behaviour_snapshot.json")
VOLATILE = {"loaded_at", "first_seen", "updated_at", "seen_at", "last_loaded"}
# Load times rendered in pages ("Selasa, 8 Desember 2026 pukul 03.06 WIB"; before issue 10, "2026-12-07 10:31 UTC").
_RENDERED_TIME = re.compile(r"\w+, \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB|\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")

SEARCHES: list[dict[str, Any]] = [
    {},
    {"q": "perjanjian kinerja"},
    {"q": "lantik"},
    {"q": '"zona integritas"'},
    {"q": "kinerj*"},
    {"q": "mou OR nota"},
    {"q": "pelantikan -camat"},
    {"q": "akuntabilitas"},
    {"q": "wtp"},
    {"q": "bupati", "sort": "oldest"},
    {"q": "bupati", "page": 2, "per_page": 5},
    {"q": "indeks", "province": "33", "sort": "newest"},
    {"type": "index_report"},
    {"type": "pelantikan"},
    {"type": "agreement_signing", "province": "35"},
    {"province": "Jatim"},
    {"regency": "Mojokerto"},
    {"regency": "35.16", "type": "inauguration"},
    {"index": "sakip"},
    {"index": ["spbe", "ipm"]},
    {"kind": "perjanjian_kinerja"},
    {"year": "2024"},
    {"since": "2024-01", "until": "2024-06"},
    {"until": "2023"},
    {"person": "Ikfina"},
    {"source": "kabarmojokerto.test"},
    {"sort": "loaded"},
    {"q": "lantik", "regency": "Mojokrto"},  # an unknown name: 400 with a suggestion
    {"q": "-camat"},  # only an exclusion: 400
    {"index": "sakipp"},  # 400
]
EXPORTED = [{}, {"q": "perjanjian kinerja"}, {"type": "index_report"}, {"regency": "Mojokerto"},
            {"index": "sakip"}, {"q": "lantik", "sort": "oldest"}]
CLI_SEARCHES = [[], ["perjanjian kinerja"], ["lantik", "--regency", "Lamongan"], ["--type", "index_report"],
                ["--province", "Jatim", "--index", "sakip,spbe"], ["bupati", "--since", "2024", "--sort", "oldest"],
                ["--limit", "0"]]


def _qs(params: dict[str, Any]) -> str:
    return urlencode([(k, v) for k, vs in params.items() for v in (vs if isinstance(vs, list) else [vs])])


def _clean(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fixture_corpus() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The project's own corpus: the store and site fixtures plus the demo's articles with their gold events."""
    articles = _records(ROOT / "tests/db/fixtures/articles.jsonl") + \
        _records(ROOT / "tests/web/fixtures/extra_articles.jsonl")
    events = _records(ROOT / "tests/db/fixtures/events.jsonl") + \
        _records(ROOT / "tests/web/fixtures/extra_events.jsonl")
    try:
        from demo import bundled_content, gold_records
    except ImportError:  # the layout before the demo had its own package
        from demo import bundled_content, gold_records
    base = "http://lintas-pantura.test"
    content = bundled_content()
    texts = {}
    for article in content.articles:
        parts = [re.sub(r"\*\*", "", b.text) if b.kind != "list" else "\n".join(b.items)
                 for b in article.blocks if b.kind != "related"]
        texts[article.url_path] = "\n\n".join(p for p in parts if p)
    for record in gold_records(base, content):
        path = record["url"][len(base):]
        articles.append({"id": record["id"], "url": record["url"], "source": "lintas-pantura.test",
                         "title": record["title"], "published": record["published"], "text": texts[path]})
        events += [{**event, "article_id": record["id"], "evidence": event.get("evidence") or record["title"]}
                   for event in record["events"]]
    return articles, events


def _cli_app():
    try:
        from cli.main import app
    except ImportError:  # the layout before the CLI had its own package
        from pantau.cli import app
    return app


def _load(db: str, articles: Path, events: Path) -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(_cli_app(), ["load", "--articles", str(articles), "--events", str(events),
                                             "--extractor", "snapshot", "--db", db])
    if result.exit_code != 0:
        raise RuntimeError(f"pantau load failed ({result.exit_code}): {result.output}")
    # Rows of one load get microsecond-apart load times in whatever order the driver writes them; "newest
    # loaded" orderings would follow that order. One instant for all makes the ties break by id, every run.
    import sqlalchemy as sa

    engine = sa.create_engine(db.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE event SET loaded_at = :t"), {"t": "2026-01-01 00:00:00"})
    engine.dispose()


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def _compare_tables(client) -> dict[str, Any]:
    from lxml import html as lxml_html

    out: dict[str, Any] = {}
    keys = [o.get("value") for o in lxml_html.fromstring(client.get("/compare").text)
            .cssselect("select[name=index] option")]
    for key in keys:
        page = lxml_html.fromstring(client.get(f"/compare?index={key}").text)
        years = [o.get("value") for o in page.cssselect("select[name=year] option") if o.get("value")]
        for year in years:
            for province in ("", "35"):
                doc = lxml_html.fromstring(client.get(f"/compare?index={key}&year={year}&province={province}").text)
                rows = [[" ".join(td.text_content().split()) for td in tr.cssselect("td")]
                        for tr in doc.cssselect("table.data tbody tr")]
                if rows:
                    out[f"{key}/{year}/{province or 'all'}"] = rows
    return out


def _pages(client, event_ids: list[str], regions: list[str]) -> dict[str, str]:
    urls = ["/", "/?q=lantik", "/?q=perjanjian+kinerja&province=35", "/?type=index_report&sort=oldest",
            "/regions", "/compare", "/feed.atom?q=lantik"]
    urls += [f"/events/{i}" for i in event_ids] + [f"/regions/{c}" for c in regions]
    pages = {}
    for url in urls:
        response = client.get(url)
        text = _RENDERED_TIME.sub("<time>", response.text)
        text = re.sub(r"<updated>[^<]*</updated>", "<updated/>", text)
        pages[url] = f"{response.status_code}\n{text}"
    return pages


def _search_cli(db: str) -> dict[str, Any]:
    from typer.testing import CliRunner

    runner, out = CliRunner(), {}
    for args in CLI_SEARCHES:
        for fmt in ("json", "csv", "table"):
            result = runner.invoke(_cli_app(), ["search", *args, "--format", fmt, "--db", db])
            key = " ".join(args + ["--format", fmt])
            if fmt == "json" and result.exit_code == 0:
                out[key] = _clean(json.loads(result.stdout))
            elif fmt == "csv":
                out[key] = _csv_rows(result.stdout)
            else:
                out[key] = [result.exit_code, result.stdout.splitlines()]
    return out


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """The committed form: each full record once (the `events` section and one export), elsewhere ids."""
    import hashlib

    def ids(records: list[dict[str, Any]]) -> list[str]:
        return [r["id"] for r in records]

    for status_body in data["searches"].values():
        body = status_body[1]
        if "events" in body:
            body["events"] = ids(body["events"])
    for name, formats in data["exports"].items():
        if name != "(all)":
            formats["json"], formats["jsonl"] = ids(formats["json"]), ids(formats["jsonl"])
    for detail in data["events"].values():
        article = detail.get("article") or {}
        if article.get("text"):
            text = article["text"]
            article["text"] = f"sha1:{hashlib.sha1(text.encode()).hexdigest()} chars:{len(text)}"
    for key, value in data["cli"].items():
        if "--format json" in key and isinstance(value, list) and value and isinstance(value[0], dict):
            data["cli"][key] = ids(value)
        elif "--format csv" in key and key != "--format csv":
            data["cli"][key] = [row[:1] for row in value]
    return data


def snapshot(db: str, articles: Path, events: Path, *, html: bool = False) -> dict[str, Any]:
    """Load the corpus into the (empty) store `db` and record what every interface answers."""
    from fastapi.testclient import TestClient

    from web.app import create_app

    _load(db, articles, events)
    result: dict[str, Any] = {"searches": {}, "exports": {}, "events": {}, "regions": {}}
    with TestClient(create_app(db)) as client:
        for params in SEARCHES:
            response = client.get("/api/events?" + _qs({"per_page": 50, **params}))
            body = response.json()
            result["searches"][_qs(params) or "(all)"] = [response.status_code, _clean(body)]
        for params in EXPORTED:
            qs = _qs(params)
            result["exports"][qs or "(all)"] = {
                "csv": _csv_rows(client.get("/export.csv?" + qs).text),
                "json": _clean(client.get("/export.json?" + qs).json()),
                "jsonl": [_clean(json.loads(line)) for line in client.get("/export.jsonl?" + qs).text.splitlines()],
            }
        every = [e["id"] for e in client.get("/export.json").json()]
        for event_id in sorted(every):
            result["events"][event_id] = _clean(client.get(f"/api/events/{event_id}").json())
        facets = client.get("/api/events?per_page=1").json()["facets"]
        codes = sorted({f["value"] for f in facets["regency"]} | {f["value"] for f in facets["province"]})
        for code in codes:
            result["regions"][code] = _clean(client.get(f"/api/regions/{code}").json())
        result["compare"] = _compare_tables(client)
        if html:
            result["pages"] = _pages(client, sorted(every)[:40], codes)
    result["cli"] = _search_cli(db)
    return result


def snapshot_of_fixtures(workdir: Path, db: str | None = None) -> dict[str, Any]:
    articles, events = fixture_corpus()
    paths = []
    for name, records in (("articles.jsonl", articles), ("events.jsonl", events)):
        path = workdir / name
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        paths.append(path)
    return _compact(snapshot(db or f"sqlite:///{workdir}/snapshot.db", *paths))


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fixtures", action="store_true", help="the project's own fixtures as the corpus")
    parser.add_argument("--articles", type=Path)
    parser.add_argument("--events", type=Path)
    parser.add_argument("--db", help="an empty store to load into (default: a temporary SQLite file)")
    parser.add_argument("--html", action="store_true", help="also record rendered pages")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.fixtures:
            data = snapshot_of_fixtures(Path(tmp), args.db)
        elif args.articles and args.events:
            data = snapshot(args.db or f"sqlite:///{tmp}/snapshot.db", args.articles, args.events, html=args.html)
        else:
            parser.error("give --fixtures, or --articles and --events")
    args.out.write_text(dump(data), encoding="utf-8")
    print(f"{args.out}: {len(data['searches'])} searches, {len(data['events'])} events, "
          f"{len(data['regions'])} regions, {len(data['compare'])} comparison tables", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
