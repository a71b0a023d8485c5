"""Indonesia's provinces and regencies/cities with Kemendagri codes, from the bundled `data/regions.csv`."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Region:
    code: str  # "35" for a province, "35.16" for a regency or city
    level: str  # province | regency | city
    name: str  # "Kabupaten Mojokerto"
    short_name: str  # "Mojokerto"
    province_code: str
    province_name: str

    @property
    def is_province(self) -> bool:
        return self.level == "province"

    def as_ref(self) -> dict[str, str]:
        """The `regency` object of an event."""
        return {"code": self.code, "name": self.name}


@cache
def all_regions() -> tuple[Region, ...]:
    text = resources.files("pantau").joinpath("data/regions.csv").read_text(encoding="utf-8")
    return tuple(Region(**row) for row in csv.DictReader(text.splitlines()))


@cache
def regions_by_code() -> dict[str, Region]:
    return {region.code: region for region in all_regions()}


def region(code: str) -> Region | None:
    return regions_by_code().get(code)
