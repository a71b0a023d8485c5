"""What the store answers: search hits and results, event and article details, regency summaries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from db.query.language import ParsedQuery


@dataclass
class Report:
    """One article's report of a consolidated event: where it was read and what it said."""

    event_id: str
    article_id: str
    url: str | None
    title: str | None
    source: str | None
    published: dt.date | None
    event: dict[str, Any]  # the event as extracted from this article

    @property
    def evidence(self) -> str:
        return self.event.get("evidence") or ""

    def record(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "article_id": self.article_id, "url": self.url,
                "article_title": self.title, "source": self.source,
                "published": self.published.isoformat() if self.published else None, "evidence": self.evidence}


@dataclass
class Hit:
    id: str
    event: dict[str, Any]  # the event record as extraction wrote it (spec format)
    article_id: str
    url: str | None
    title: str | None
    source: str | None
    published: dt.date | None
    date: dt.date | None  # the event's date, or the article's publication date when unknown
    score: float | None
    loaded_at: dt.datetime | None
    cluster_id: str | None = None
    same_story: int = 0  # other stored articles of the same near-duplicate cluster (the story elsewhere)
    story_key: str | None = None  # reports of one event from several articles share it (`db.load.stories`)
    reports: list[Report] = field(default_factory=list)  # every report of the event, this one included
    # Fields the reports disagree on -> the values as written (e.g. {"value": ["90", "91,02"]}); never resolved
    disputes: dict[str, list[str]] = field(default_factory=dict)

    @property
    def people(self) -> list[dict[str, Any]]:
        """The people every report ties to the event, each once (name case and spacing folded), with a role."""
        found: dict[str, dict[str, Any]] = {}
        for event in [r.event for r in self.reports] or [self.event]:
            for person in event.get("people") or []:
                name = str(person.get("name") or "").strip()
                key = " ".join(name.casefold().split())
                if key and (key not in found or (person.get("role") and not found[key].get("role"))):
                    found[key] = {"name": name, "role": person.get("role")}
        return list(found.values())

    @property
    def sources(self) -> list[str]:
        """The outlets that reported the event, each once, in report order."""
        return list(dict.fromkeys(r.source or r.url or r.article_id for r in self.reports))

    def record(self) -> dict[str, Any]:
        """The event record plus where it came from, as exported (JSON, JSON Lines, the API): the first report's
        fields, every report (`reports`) and what they disagree on (`disputes`)."""
        return {"id": self.id, **self.event, "url": self.url, "article_title": self.title,
                "source": self.source, "published": self.published.isoformat() if self.published else None,
                "reports": [r.record() for r in self.reports], "disputes": self.disputes}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int


@dataclass
class SearchResult:
    total: int
    page: int
    per_page: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    parsed: ParsedQuery | None = None
    # More events matched than a search reads (`db.query.search.WINDOW`): `total` is then a lower bound, and
    # the counts, facets and pages are those of the events read (`db.query.search`).
    capped: bool = False
    window: int = 0  # the matching events a search reads at most: what capped counts are counted from

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass
class EventDetail:
    hit: Hit
    article: dict[str, Any] | None  # the article (latest version) with its text, or None if not stored
    other_events: list[Hit]  # the article's other events
    cluster: list[dict[str, Any]]  # the same story elsewhere (other articles of the cluster)
    raw_pages: list[dict[str, Any]]  # archived HTML as fetched: id, url, fetched_at, status


@dataclass
class ArticleDetail:
    article: dict[str, Any]
    versions: list[dict[str, Any]]
    events: list[Hit]
    cluster: list[dict[str, Any]]
    raw_pages: list[dict[str, Any]]


@dataclass
class CommitmentRow:
    """One regency's year in the commitment tracker (`db.query.commitments`): consolidated events, each with
    every report. An empty list is "not found in the sources", never "did not happen"."""

    region: Any  # pantau.regions.Region
    year: int
    performance: list[Hit]  # the Perjanjian Kinerja for this year
    agreements: list[Hit]  # other agreements signed this year
    inaugurations: list[Hit]
    indexes: list[Hit]  # index results assessed for this year

    @property
    def officials(self) -> int:
        return sum(h.event.get("officials_count") or 0 for h in self.inaugurations)


@dataclass
class IndexValue:
    """One value reported for an index, region and year, with the report that gave it first."""

    value: str | None
    value_number: float | None
    category: str | None  # the catalogue's category it names (SAKIP "BB"), if the index has categories
    event_id: str
    reports: int  # how many reports gave this value


@dataclass
class IndexCell:
    value: str | None
    value_number: float | None
    predicate: str | None
    event_id: str
    reports: int  # events that reported this index for this region and year
    others: list[str] = field(default_factory=list)  # different values reported elsewhere
    measure: str | None = None  # the index's measure (inflation "yoy"), when it has measures
    category: str | None = None  # the catalogue's category of the value (from its predicate or the value)
    values: list[IndexValue] = field(default_factory=list)  # every distinct value, most reported first

    @property
    def disputed(self) -> bool:
        """Reports gave different values: both are shown, none is picked as the truth."""
        return len(self.values) > 1


@dataclass
class RegencySummary:
    region: Any  # pantau.regions.Region
    province: Any
    counts: dict[str, int]  # events by type
    signings: dict[int, dict[str, int]]  # year -> agreement kind -> events
    inaugurations: dict[int, dict[str, int]]  # year -> {"events": n, "officials": sum}
    indexes: dict[str, dict[int, IndexCell]]  # series (index, or "index.measure") -> year -> cell
    people: list[dict[str, Any]]  # most mentioned people: name, role, events
    latest: list[Hit]
