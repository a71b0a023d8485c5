"""Indonesia's provinces and regencies/cities with Kemendagri codes, from the bundled `data/regions.csv`; the
one table of their other names (`region_aliases`, `data/region_aliases.tsv`, which the extractor's linker of
names in news text reads too); and the one resolver of region names people type (`regions_named`,
`resolve_regency`, `resolve_province`)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pantau.text import name_key


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


def region_name(code: str | None) -> str | None:
    """The full name of the region with this code ("Kabupaten Mojokerto"), or None."""
    found = regions_by_code().get(code or "")
    return found.name if found else None


# ---------------------------------------------------------------------------------------------- names people type
# The one resolver of typed region names for the whole project (`pantau search --regency`, the site's filters,
# the crawler's `--source`): codes, full names, a cue + short name, the alias table, suggestions.

class UnknownRegion(ValueError):
    """A region name or code that matches no region; the message suggests the closest names."""


_CODE = re.compile(r"^\d{2}(\.\d{2})?$")
# The word before a short name that says which level is meant ("Kab. Mojokerto", "Pemkot Mojokerto").
CUE_LEVELS = {
    "kabupaten": "regency", "kab": "regency", "pemkab": "regency", "kabupaten administrasi": "regency",
    "kota": "city", "kotamadya": "city", "pemkot": "city", "kota administrasi": "city",
    "provinsi": "province", "prov": "province", "propinsi": "province", "pemprov": "province",
}


@dataclass(frozen=True)
class RegionAlias:
    alias: str  # "Pessel", "Jatim"
    region: Region
    needs_cue: bool  # in news text, only after a level cue ("Kabupaten Karo"): the bare word is a common one
    typed_only: bool  # a name people type ("DI Yogyakarta"), not read in news text


@cache
def region_aliases() -> tuple[RegionAlias, ...]:
    """The rows of `data/region_aliases.tsv` (alias, region name, flags), each with its region."""
    text = resources.files("pantau").joinpath("data/region_aliases.tsv").read_text(encoding="utf-8")
    by_name = {r.name: r for r in all_regions()}
    rows = []
    for line_no, parts in enumerate(csv.reader(text.splitlines(), delimiter="\t"), 1):
        if not parts or not parts[0].strip() or parts[0].lstrip().startswith("#"):
            continue
        if len(parts) < 2:
            raise ValueError(f"region_aliases.tsv:{line_no}: expected 'alias<TAB>region name[<TAB>flags]'")
        region = by_name.get(parts[1].strip())
        if region is None:
            raise ValueError(f"region_aliases.tsv:{line_no}: unknown region {parts[1].strip()!r}")
        flags = {flag.strip() for flag in parts[2].split(",")} if len(parts) > 2 else set()
        rows.append(RegionAlias(parts[0].strip(), region, "cue" in flags, "typed" in flags))
    return tuple(rows)


@cache
def _aliases_by_key() -> dict[str, tuple[Region, ...]]:
    found: dict[str, list[Region]] = {}
    for row in region_aliases():
        regions = found.setdefault(name_key(row.alias), [])
        if row.region not in regions:
            regions.append(row.region)
    return {key: tuple(regions) for key, regions in found.items()}


@cache
def province_aliases() -> dict[str, str]:
    """Folded other names of provinces ("jatim") -> province code."""
    return {key: region.code for key, regions in _aliases_by_key().items()
            for region in regions if region.is_province}


def _split_cue(key: str) -> tuple[str | None, str]:
    """("regency", "mojokerto") for "kab mojokerto"; (None, key) without a cue."""
    for size in (2, 1):
        words = key.split(" ")
        cue = " ".join(words[:size])
        if len(words) > size and cue in CUE_LEVELS:
            return CUE_LEVELS[cue], " ".join(words[size:])
    return None, key


def regions_named(term: str) -> list[Region]:
    """Every region a person can mean by `term`, at any level, in the order of `all_regions()`: a code
    ("35.16"), a full name ("Kabupaten Mojokerto"), a cue and a short name ("Kab. Mojokerto", "Pemkot
    Mojokerto", "Provinsi Jawa Timur"), a name of the alias table ("Jatim", "Pessel"), or a bare short name,
    which means every region of that name ("Mojokerto": the regency and the city). Empty when none."""
    term = term.strip()
    if _CODE.match(term):
        found = region(term)
        return [found] if found else []
    key = name_key(term)
    if not key:
        return []
    exact = [r for r in all_regions() if name_key(r.name) == key]
    if exact:
        return exact
    level, short = _split_cue(key)
    if level:
        matches = [r for r in all_regions() if r.level == level and name_key(r.short_name) == short]
        matches = matches or [r for r in _aliases_by_key().get(short, ()) if r.level == level]
        if matches:
            return matches
    matches = [r for r in all_regions() if name_key(r.short_name) == key]
    return matches + [r for r in _aliases_by_key().get(key, ()) if r not in matches]


def suggestion(value: str, regions: list[Region], extra: dict[str, str] | None = None) -> str:
    """"; maksud Anda 'A' atau 'B'?" naming the regions (or `extra` names) closest to `value`, or ""."""
    from rapidfuzz import fuzz, process

    choices = {name_key(r.name): r.name for r in regions}
    choices.update(extra or {})
    found = process.extract(name_key(value), list(choices), scorer=fuzz.WRatio, limit=3, score_cutoff=60)
    names: list[str] = []
    for key, _score, _index in found:
        if choices[key] not in names:
            names.append(choices[key])
    return f"; maksud Anda {' atau '.join(repr(n) for n in names)}?" if names else ""


def resolve_regency(value: str) -> list[str]:
    """Kemendagri codes of the regency or city a person typed: a code ("35.16") or a name ("Mojokerto",
    "Kabupaten Mojokerto", "Kab. Mojokerto", "Kota Mojokerto"). A bare name shared by a regency and a city
    ("Mojokerto") means both. Raises UnknownRegion with a suggestion."""
    value = value.strip()
    if _CODE.match(value):
        if region(value) is None:
            raise UnknownRegion(f"tidak ada wilayah dengan kode {value!r}")
        return [value]
    named = regions_named(value)
    local = [r.code for r in named if not r.is_province]
    if local:
        return local
    if named:
        raise UnknownRegion(f"{value!r} adalah provinsi, bukan kabupaten/kota: saring dengan provinsi (--province)")
    raise UnknownRegion(f"kabupaten/kota tidak dikenal: {value!r}"
                        f"{suggestion(value, [r for r in all_regions() if not r.is_province])}")


def resolve_province(value: str) -> str:
    """Province code for a code ("35"; a regency code "35.16" gives its province), a name ("Jawa Timur",
    "Provinsi Jawa Timur") or a common short name ("Jatim"). Raises UnknownRegion with a suggestion."""
    value = value.strip()
    if _CODE.match(value):
        code = value.split(".")[0]
        if code not in regions_by_code() or not regions_by_code()[code].is_province:
            raise UnknownRegion(f"tidak ada provinsi dengan kode {code!r}")
        return code
    provinces = [r for r in regions_named(value) if r.is_province]
    if provinces:
        return provinces[0].code
    aliases = {key: regions_by_code()[code].name for key, code in province_aliases().items()}
    raise UnknownRegion(f"provinsi tidak dikenal: {value!r}"
                        f"{suggestion(value, [r for r in all_regions() if r.is_province], aliases)}")
