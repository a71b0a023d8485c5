"""The extraction stage: Indonesian regional-government news articles in, events out (shared/spec/events.md).

Public API (other stages use only this):
- `PIPELINE_VERSION` — `pantau-id-<hash>` of the rules' code and data: stored events say which rules made them.
- `load_pipeline(path=None)` — the saved spaCy pipeline (`extract/pipeline/`), cached per process.
- `extract_articles(articles, nlp=None, batch_size=64)` — events for an iterable of article dicts, streaming.
- `extract_file(in_path, out_path, explain=False)` — JSON Lines in, JSON Lines out, bad lines reported.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pantau.records import COMMON_EVENT_FIELDS, TYPE_FIELDS

PIPELINE_DIR = Path(__file__).parent / "pipeline"
# Files that do not decide which events come out (the CLI, the builder, the evaluators, the saved folder).
_NOT_RULES = {"__init__.py", "cli.py", "build.py", "evaluate.py", "robustness.py"}
_NOT_RULES_DATA = {"robustness.toml"}  # the robustness harness's own words


def _rules_files() -> list[Path]:
    """The code and data that decide the events: extract/**/*.py (but the tooling), extract/data/*, config.cfg
    and the shared calendar and region-alias tables."""
    here = Path(__file__).parent
    code = [p for p in here.rglob("*.py") if (p.name not in _NOT_RULES or p.parent != here)
            and "pipeline" not in p.relative_to(here).parts]
    data = [p for p in (here / "data").iterdir() if p.is_file() and p.name not in _NOT_RULES_DATA]
    shared = [here.parent / "pantau" / "data" / name for name in ("calendar.toml", "region_aliases.tsv")]
    return sorted(code + data + [here / "config.cfg"] + [p for p in shared if p.is_file()])


def _pipeline_version() -> str:
    here = Path(__file__).parent.parent
    digest = hashlib.sha1()
    for path in _rules_files():
        digest.update(path.relative_to(here).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return f"pantau-id-{digest.hexdigest()[:10]}"


PIPELINE_VERSION = _pipeline_version()
# Text past this many characters is not analysed: real articles are a few kilobytes, and the cap keeps a
# pathological 5 MB "article" from costing more than a long one.
MAX_CHARS = 200_000

# The event fields are defined once, in the record contract (pantau/records.py).
EVENT_FIELDS = TYPE_FIELDS
COMMON_FIELDS = tuple(name for name in COMMON_EVENT_FIELDS if name != "article_id")

log = logging.getLogger(__name__)

__all__ = ["PIPELINE_VERSION", "ExtractReport", "extract_articles", "extract_file", "load_pipeline"]


@cache
def load_pipeline(path: str | Path | None = None):
    """The saved pipeline folder (default `extract/pipeline/`); rebuilt in memory if it is missing or was
    saved from other data than `extract/data/` holds now."""
    import spacy

    from extract import components, tokenizer  # noqa: F401  (register the factories in this process)

    folder = Path(path) if path else PIPELINE_DIR
    if (folder / "config.cfg").is_file():
        nlp = spacy.load(folder)
        saved = nlp.meta.get("pantau_pipeline_version")
        if path is not None or saved == PIPELINE_VERSION:
            return nlp
        log.warning("%s was built from other rules or data (%s, now %s); building in memory. "
                    "Run `python -m extract.build` to refresh it.", folder, saved, PIPELINE_VERSION)
    from extract.build import build_nlp

    return build_nlp()


def _article_id(article: dict[str, Any]) -> str | None:
    from pantau.records import article_id_for_url

    if article.get("id") not in (None, ""):
        return str(article["id"])
    if article.get("url"):
        return article_id_for_url(article["url"])
    return None


def _public(event: dict[str, Any], article_id: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"article_id": article_id}
    for key in COMMON_FIELDS + EVENT_FIELDS[event["type"]]:
        out[key] = event.get(key)
    return out


def _docs(articles: Iterable[dict[str, Any]], nlp) -> Iterator[Any]:
    for article in articles:
        text = article.get("text") or ""
        if not isinstance(text, str):
            text = str(text)
        text = text[:MAX_CHARS]
        doc = nlp.make_doc(text)
        doc.user_data["pantau_text"] = text  # spares Doc.text's walk over every token
        doc._.article = article
        yield doc


def extract_docs(articles: Iterable[dict[str, Any]], *, nlp=None, batch_size: int = 64) -> Iterator[Any]:
    """The processed spaCy Docs, in input order (`doc._.article`, `doc._.events`); for --explain and tests."""
    nlp = nlp or load_pipeline()
    yield from nlp.pipe(_docs(articles, nlp), batch_size=batch_size)


def extract_articles(articles: Iterable[dict[str, Any]], *, nlp=None, batch_size: int = 64) -> Iterator[dict[str, Any]]:
    """Events (spec format, every field of the type present, `article_id` set) for each article, in order."""
    for doc in extract_docs(articles, nlp=nlp, batch_size=batch_size):
        article_id = _article_id(doc._.article)
        events = [_public(event, article_id) for event in doc._.events or []]
        _release(doc)
        yield from events


def _release(doc) -> None:
    """Break the analysis' reference cycles once a doc's events are out (see `Analysis.release`)."""
    an = doc._.pantau
    if an is not None:
        an.release()
        doc._.pantau = None


@dataclass
class ExtractReport:
    articles: int = 0
    events: int = 0
    bad_lines: list = field(default_factory=list)  # pantau.jsonl.BadLine
    explanations: list[str] = field(default_factory=list)


def explain_event(doc, event: dict[str, Any]) -> str:
    an = doc._.pantau
    sents = event.get("_sents") or []
    where = "; ".join(f"sentence {k + 1}: {an.sents[k].text.strip()[:200]}" for k in sents) or "headline"
    label = event.get("index") or event.get("agreement_kind") or ""
    return f"{_article_id(doc._.article)} {event['type']} {label}".rstrip() + f"\n  rule: {event['_rule']}\n  {where}"


def extract_file(in_path: str | Path, out_path: str | Path, *, explain: bool = False,
                 progress: Callable[[int], None] | None = None) -> ExtractReport:
    """Read articles (JSON Lines), write events (JSON Lines). Malformed lines are collected as `BadLine`s
    (file:line: message) while every good line is still processed and written."""
    from pantau.jsonl import BadLine, JsonlWriter, iter_jsonl
    from pantau.records import article_problem

    report = ExtractReport()
    name = Path(in_path).name if str(in_path) != "-" else "stdin"

    def articles() -> Iterator[dict[str, Any]]:
        for lineno, record in iter_jsonl(in_path, article_problem):
            if isinstance(record, BadLine):
                report.bad_lines.append(record)
                continue
            if _article_id(record) is None:
                record = {**record, "id": f"{name}:{lineno}"}
            yield record

    with JsonlWriter(out_path) as writer:
        for doc in extract_docs(articles()):
            report.articles += 1
            article_id = _article_id(doc._.article)
            for event in doc._.events or []:
                writer.write(_public(event, article_id))
                report.events += 1
                if explain:
                    report.explanations.append(explain_event(doc, event))
            _release(doc)
            if progress:
                progress(1)
    return report
