"""The JSON API's response models: what `/api/...` answers, as OpenAPI (`/openapi.json`, `/docs`) shows it
(their docstrings and descriptions are the API's documentation, in Indonesian like the rest of the site).

Event records follow `shared/spec/events.md`: each type has its own fields, so an event carries only the
fields of its type (routes answer with `response_model_exclude_unset`). Dates and times are ISO 8601 strings.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer


def _iso(value: dt.date | dt.datetime) -> str:
    return value.isoformat()


IsoDate = Annotated[dt.date, PlainSerializer(_iso, return_type=str)]
IsoDateTime = Annotated[dt.datetime, PlainSerializer(_iso, return_type=str)]
Scalar = str | int | float | None


class _Open(BaseModel):
    """Rekaman yang boleh membawa isian lebih dari yang disebut kontrak (disimpan apa adanya)."""

    model_config = ConfigDict(extra="allow")


class Person(_Open):
    name: str
    role: str | None = None


class RegionRef(_Open):
    code: str
    name: str | None = None


class Report(BaseModel):
    """Laporan satu artikel tentang sebuah peristiwa (gabungan laporan dari beberapa artikel dan media)."""

    event_id: str
    article_id: str
    url: str | None = None
    article_title: str | None = None
    source: str | None = None
    published: str | None = None
    evidence: str = ""


class EventRecord(_Open):
    """Peristiwa seperti ditulis ekstraksi (isian laporan pertamanya), beserta asalnya, tanggal yang dipakai
    basis data, setiap laporannya (`reports`) dan isian yang berbeda antarlaporan (`disputes`)."""

    id: str
    article_id: str
    type: str
    regency: RegionRef | None = None
    date: str | None = None
    venue: str | None = None
    people: list[Person] | None = None
    evidence: str | None = None
    agreement_kind: str | None = None
    agreement_title: str | None = None
    agreement_year: Scalar = None
    parties: list[Any] | None = None
    officials_count: Scalar = None
    positions: list[Any] | None = None
    inaugurated_by: Person | str | None = None
    index: str | None = None
    index_label: str | None = None
    value: Scalar = None
    value_number: Scalar = None
    year: Scalar = None
    predicate: str | None = None
    url: str | None = None
    article_title: str | None = None
    source: str | None = None
    published: str | None = None
    date_effective: str | None = None
    loaded_at: str | None = None
    reports: list[Report] = Field(default_factory=list)
    disputes: dict[str, list[str]] = Field(default_factory=dict)


class Facet(BaseModel):
    value: str
    label: str
    count: int


class EventList(BaseModel):
    total: int
    total_is_lower_bound: bool = Field(False, description="Peristiwa yang cocok lebih banyak daripada yang dibaca satu "
                                       "pencarian (1.000): `total`, `facets` dan `pages` dihitung dari yang dibaca; "
                                       "persempit pencarian untuk sisanya")
    page: int
    per_page: int
    pages: int
    events: list[EventRecord]
    facets: dict[str, list[Facet]]
    next: str | None


class StoredArticle(_Open):
    id: str
    url: str | None = None
    canonical_url: str | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published: IsoDate | None = None
    text: str
    content_hash: str | None = None
    cluster_id: str | None = None
    version: int
    first_seen: IsoDateTime | None = None
    updated_at: IsoDateTime | None = None
    extra: dict[str, Any] = {}


class SameStory(BaseModel):
    id: str
    url: str | None
    title: str | None
    source: str | None
    published: IsoDate | None
    distance: int | None


class ArchivedPage(BaseModel):
    id: int
    url: str
    fetched_at: IsoDateTime
    status: int
    content_type: str | None
    href: str


class EventDetail(BaseModel):
    event: EventRecord
    article: StoredArticle | None
    other_events: list[str]
    same_story: list[SameStory]
    archive: list[ArchivedPage]


class RegionItem(BaseModel):
    code: str
    level: str
    name: str
    province_code: str


class RegencyCounts(_Open):
    """Jumlah peristiwa satu kabupaten/kota menurut jenis (`agreement_signing`, `inauguration`,
    `index_report`)."""

    code: str
    name: str
    total: int
    latest: IsoDate | None = None


class ProvinceSummary(BaseModel):
    code: str
    name: str
    level: str
    regencies: list[RegencyCounts]


class ReportedValue(BaseModel):
    value: str | None
    value_number: float | None
    category: str | None
    event_id: str
    reports: int


class IndexValue(BaseModel):
    """Nilai satu seri untuk satu tahun: yang paling banyak dilaporkan lebih dulu; `disputed` bila laporan
    berbeda (semuanya ada di `values`, tidak ada yang dipilih sebagai yang benar)."""

    value: str | None
    value_number: float | None
    predicate: str | None
    event_id: str
    reports: int
    other_values: list[str]
    measure: str | None = None
    category: str | None = None
    disputed: bool = False
    values: list[ReportedValue] = Field(default_factory=list)


class MentionedPerson(BaseModel):
    name: str
    role: str | None
    events: int


class RegencySummary(BaseModel):
    code: str
    name: str
    level: str
    province_code: str
    events_by_type: dict[str, int]
    signings_by_year: dict[str, dict[str, int]]
    inaugurations_by_year: dict[str, dict[str, int]]
    indexes: dict[str, dict[str, IndexValue]]
    people: list[MentionedPerson]
    latest_events: list[EventRecord]
