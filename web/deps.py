"""What routes depend on: the store (`get_store`), and the search as the URL carries it (`SearchParams`),
shared by pages, exports, the feed and the API."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import HTTPException, Query, Request

from db import QueryError, SearchQuery, Store, build_query
from pantau.records import AGREEMENT_KINDS
from web.guard import MAX_TEXT, MAX_VALUE, MAX_VALUES

SORTS = {"relevance": "Relevansi", "newest": "Terbaru", "oldest": "Terlama", "loaded": "Baru masuk"}


def get_store(request: Request) -> Store:
    """The app's store (`create_app` opens it once); override this dependency to serve another."""
    return request.app.state.store


@dataclass
class SearchParams:
    """The search as the URL carries it (names or codes, as typed)."""

    q: str = ""
    type: list[str] = field(default_factory=list)
    regency: list[str] = field(default_factory=list)
    province: list[str] = field(default_factory=list)
    index: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    year: list[str] = field(default_factory=list)
    since: str = ""
    until: str = ""
    source: str = ""
    person: str = ""
    sort: str = ""
    page: int = 1
    per_page: int = 20

    def to_query(self, **overrides: Any) -> SearchQuery:
        years = []
        for value in self.year:
            if not re.fullmatch(r"\d{4}", value.strip()):
                raise QueryError(f"tahun harus berbentuk YYYY, bukan {value!r}")
            years.append(int(value))
        kinds = [k for k in self.kind if k]
        for kind in kinds:
            if kind not in AGREEMENT_KINDS:
                raise QueryError(f"jenis perjanjian tidak dikenal: {kind!r}; pilih salah satu: {', '.join(AGREEMENT_KINDS)}")
        if self.sort and self.sort not in SORTS:
            raise QueryError(f"urutan (sort) harus salah satu dari: {', '.join(SORTS)}")
        options = dict(sort=self.sort or None, page=max(1, self.page), per_page=max(1, min(self.per_page, 200)),
                       years=years, agreement_kinds=kinds, source=self.source or None, person=self.person or None)
        options.update(overrides)
        return build_query(self.q, types=self.type, regency=self.regency, province=self.province,
                           index=self.index, since=self.since or None, until=self.until or None, **options)

    def items(self, **changes: Any) -> list[tuple[str, str]]:
        """Query-string pairs of this search with some values changed (None removes a key)."""
        values: dict[str, Any] = {
            "q": self.q, "type": self.type, "regency": self.regency, "province": self.province, "index": self.index,
            "kind": self.kind, "year": self.year, "since": self.since, "until": self.until, "source": self.source,
            "person": self.person, "sort": self.sort, "page": self.page if self.page != 1 else None,
            "per_page": self.per_page if self.per_page != 20 else None,
        }
        values.update(changes)
        pairs = []
        for key, value in values.items():
            for item in (value if isinstance(value, list) else [value]):
                if item not in (None, ""):
                    pairs.append((key, str(item)))
        return pairs

    def url(self, path: str = "/", **changes: Any) -> str:
        pairs = self.items(**changes)
        return path + ("?" + urlencode(pairs) if pairs else "")

    @property
    def filtered(self) -> bool:
        return any((self.q, self.type, self.regency, self.province, self.index, self.kind, self.year,
                    self.since, self.until, self.source, self.person))

    def active_filters(self) -> int:
        """How many filters besides the words narrow this search (shown on the collapsed filter block)."""
        return sum(len(v) if isinstance(v, list) else bool(v) for v in (
            self.type, self.regency, self.province, self.index, self.kind, self.year, self.since, self.until,
            self.source, self.person))

    def query_or_400(self, **overrides: Any) -> SearchQuery:
        """The store's query, or a 400 naming what is wrong (for exports, feeds and the API)."""
        try:
            return self.to_query(**overrides)
        except QueryError as exc:
            raise HTTPException(400, str(exc)) from exc


def _checked(name: str, values: list[str]) -> list[str]:
    if len(values) > MAX_VALUES:
        raise HTTPException(422, f"Alamat tidak valid: {name}: terlalu banyak nilai (paling banyak {MAX_VALUES})")
    for value in values:
        if len(value) > MAX_VALUE:
            raise HTTPException(422, f"Alamat tidak valid: {name}: terlalu panjang (paling banyak {MAX_VALUE} karakter)")
    return values


def search_params(
    q: str = Query("", max_length=MAX_TEXT,
                   description="Kata yang dicari: semua kata harus ada, \"frasa\", awalan*, a OR b, -tanpa."),
    type: list[str] = Query([], description="agreement_signing | inauguration | index_report"),  # noqa: A002
    regency: list[str] = Query([], description="Kode kabupaten/kota (35.16) atau namanya (Kabupaten Mojokerto)."),
    province: list[str] = Query([], description="Kode provinsi (35) atau namanya (Jawa Timur, Jatim)."),
    index: list[str] = Query([], description="Kunci indeks: sakip, rb, spbe, spi, sistem_merit, ombudsman, mcp, opini_bpk, ipm, ..."),
    kind: list[str] = Query([], description="Jenis perjanjian: perjanjian_kinerja, mou, pks, pakta_integritas, nphd, other."),
    year: list[str] = Query([], description="Tahun: untuk laporan indeks, tahun yang dinilai (SAKIP 2018); untuk "
                                             "peristiwa lain, tahun peristiwanya (tanggalnya, atau tanggal artikel)."),
    since: str = Query("", max_length=MAX_VALUE, description="Peristiwa pada atau sesudah YYYY-MM-DD (atau YYYY-MM, YYYY)."),
    until: str = Query("", max_length=MAX_VALUE, description="Peristiwa pada atau sebelum YYYY-MM-DD (atau YYYY-MM, YYYY)."),
    source: str = Query("", max_length=MAX_VALUE, description="Host media, mis. kabarmojokerto.test."),
    person: str = Query("", max_length=MAX_VALUE, description="Sebagian nama orang."),
    sort: str = Query("", max_length=MAX_VALUE, description="relevance | newest | oldest | loaded"),
    page: int = Query(1, ge=1, le=100000),
    per_page: int = Query(20, ge=1, le=200),
) -> SearchParams:
    # An empty form field (a select left on "semua", a blank year) is no filter.
    lists = {name: [v for v in _checked(name, values) if v.strip()] for name, values in
             (("type", type), ("regency", regency), ("province", province), ("index", index), ("kind", kind),
              ("year", year))}
    return SearchParams(q=q, since=since, until=until, source=source, person=person, sort=sort, page=page,
                        per_page=per_page, **lists)
