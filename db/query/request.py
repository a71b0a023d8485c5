"""What a search asks for (`SearchQuery`) and how one is built from what a person typed (`build_query`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from db.query.language import ParsedQuery, QueryError, parse_query
from pantau.catalogue import index_short
from pantau.records import EVENT_TYPES, INDEX_KEYS
from pantau.regions import UnknownRegion, resolve_province, resolve_regency
from pantau.text import fold, name_key


@dataclass
class SearchQuery:
    """What `pantau search`, the site and the JSON API ask the store for.

    `regencies`/`provinces` are Kemendagri codes (resolve names first with `pantau.regions.resolve_regency` /
    `resolve_province`, or use `build_query`). `since`/`until` bound the event date, or the article's
    publication date when the event has none. `sort`: `relevance` (default with a query), `newest`, `oldest`,
    `loaded` (newest first by when the store received the event, for alert feeds).
    """

    text: str = ""
    types: list[str] = field(default_factory=list)
    regencies: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    indexes: list[str] = field(default_factory=list)
    agreement_kinds: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None
    person: str | None = None
    article_id: str | None = None
    sort: str | None = None
    page: int = 1
    per_page: int = 20
    facets: bool = True

    def parsed(self) -> ParsedQuery:
        return parse_query(self.text)


_TYPE_ALIASES = {
    "agreement_signing": "agreement_signing", "agreement": "agreement_signing", "signing": "agreement_signing",
    "penandatanganan": "agreement_signing", "perjanjian": "agreement_signing",
    "inauguration": "inauguration", "pelantikan": "inauguration",
    "index_report": "index_report", "index": "index_report", "indeks": "index_report",
}


def _split(values: str | list[str] | None) -> list[str]:
    if values is None:
        return []
    items = [values] if isinstance(values, str) else values
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]


def parse_types(values: str | list[str] | None) -> list[str]:
    out = []
    for value in _split(values):
        key = _TYPE_ALIASES.get(value.casefold())
        if key is None:
            raise QueryError(f"jenis peristiwa tidak dikenal: {value!r}; pilih salah satu: {', '.join(EVENT_TYPES)}")
        out.append(key)
    return sorted(set(out))


def _suggest_key(value: str) -> str:
    from rapidfuzz import fuzz, process

    found = process.extract(name_key(value), list(INDEX_KEYS), scorer=fuzz.WRatio, limit=3, score_cutoff=60)
    names = list(dict.fromkeys(key for key, _score, _index in found))
    return f"; maksud Anda {' atau '.join(repr(n) for n in names)}?" if names else ""


def parse_indexes(values: str | list[str] | None) -> list[str]:
    by_name = {key: key for key in INDEX_KEYS}
    by_name.update({fold(index_short(key)): key for key in INDEX_KEYS})
    out = []
    for value in _split(values):
        key = by_name.get(fold(value).replace(" ", "_")) or by_name.get(fold(value))
        if key is None:
            raise QueryError(f"indeks tidak dikenal: {value!r}{_suggest_key(value)} (kunci: {', '.join(INDEX_KEYS)})")
        out.append(key)
    return sorted(set(out))


def parse_bound(value: str | None, *, end: bool = False, name: str = "date") -> dt.date | None:
    """`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` meaning the first (or with `end`, the last) day of it."""
    if not value:
        return None
    value = value.strip()
    try:
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = map(int, value.split("-"))
            first = dt.date(year, month, 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{name} harus berbentuk YYYY-MM-DD (atau YYYY-MM, YYYY), bukan {value!r}") from None


def build_query(text: str | None = None, *, types=None, regency=None, province=None, index=None,
                since: str | None = None, until: str | None = None, **options: Any) -> SearchQuery:
    """A SearchQuery from what a person typed (names or codes, comma-separated lists, partial dates).
    Raises QueryError with a message worth showing them (an unknown region's names the closest ones)."""
    regencies: list[str] = []
    try:
        for value in _split(regency):
            regencies += [c for c in resolve_regency(value) if c not in regencies]
        event_types = parse_types(types)
        provinces = sorted({resolve_province(v) for v in _split(province)})
    except UnknownRegion as exc:
        raise QueryError(str(exc)) from exc
    query = SearchQuery(
        text=(text or "").strip(), types=event_types, regencies=regencies, provinces=provinces,
        indexes=parse_indexes(index), since=parse_bound(since, name="tanggal mulai (since)"),
        until=parse_bound(until, end=True, name="tanggal akhir (until)"), **options)
    if query.since and query.until and query.since > query.until:
        raise QueryError(f"tanggal mulai (since, {query.since}) sesudah tanggal akhir (until, {query.until})")
    query.parsed()  # raise QueryError now for a query that cannot run
    return query
