"""One definition per contract: the event fields, types, agreement kinds and index keys live in
pantau/records.py and pantau/data/*.toml, and say what ../shared/spec/events.md says; every other place that names
them must name the same ones, so a key added in one place only fails here."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pantau import catalogue
from pantau.records import AGREEMENT_KINDS, COMMON_EVENT_FIELDS, EVENT_TYPES, INDEX_KEYS, TYPE_FIELDS

ROOT = Path(__file__).resolve().parents[1]


def _extract_index_keys() -> set[str]:
    """The indices the extractor can recognise: the tables of extract/data/indices.toml with `labels`."""
    data = tomllib.loads((ROOT / "extract/data/indices.toml").read_text(encoding="utf-8"))
    return {key for key, value in data.items() if isinstance(value, dict) and "labels" in value}


def test_index_keys_are_the_catalogue():
    assert INDEX_KEYS == catalogue.index_keys()
    for key in INDEX_KEYS:
        info = catalogue.index_info(key)
        assert info.short and info.name and info.unit in ("score", "percent", "grade"), key


def test_the_extractor_recognises_every_index_of_the_catalogue_and_no_other():
    recognised = _extract_index_keys()
    assert recognised - set(INDEX_KEYS) == set(), "indices the extractor knows but pantau/data/indices.toml lacks"
    assert set(INDEX_KEYS) - recognised == set(), "catalogue indices with no patterns in extract/data/indices.toml"


def test_types_and_agreement_kinds_have_labels():
    vocabulary = catalogue.vocabulary()
    assert set(vocabulary["types"]) == set(EVENT_TYPES) == set(TYPE_FIELDS)
    assert set(vocabulary["agreement_kinds"]) == set(AGREEMENT_KINDS)


def test_the_extractor_writes_the_contract_fields():
    import extract

    assert extract.EVENT_FIELDS == TYPE_FIELDS
    assert ("article_id", *extract.COMMON_FIELDS) == COMMON_EVENT_FIELDS


def test_the_api_schema_and_the_exports_show_every_contract_field():
    """The API's event model (what OpenAPI shows) and the spreadsheet columns name every field of the
    contract: a field added to pantau/records.py and not to web/schemas.py fails here."""
    from web.exports import EXPORT_COLUMNS
    from web.schemas import EventRecord

    contract = {*COMMON_EVENT_FIELDS, *(name for kind in EVENT_TYPES for name in TYPE_FIELDS[kind])}
    assert contract - set(EventRecord.model_fields) == set(), "contract fields missing from web.schemas.EventRecord"
    flat = {"regency": "regency_code"}  # the export spreads the regency over code and name columns
    assert {flat.get(name, name) for name in contract} - set(EXPORT_COLUMNS) == set()


# ------------------------------------------------------------------------------------- the shared spec
SPEC = ROOT.parent / "shared" / "spec" / "events.md"


def _spec_tables() -> dict[tuple[str, str], list[list[str]]]:
    """The spec's markdown tables keyed by (the heading above, the first header cell): rows of cells."""
    tables: dict[tuple[str, str], list[list[str]]] = {}
    heading, header = "", ""
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = ""
            if line.startswith("#"):
                heading = line.lstrip("#").strip().strip("`")
        elif not set(line) <= set("|- "):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not header:
                header = cells[0]
            else:
                tables.setdefault((heading, header), []).append(cells)
    return tables


def _names(cell: str) -> tuple[str, ...]:
    return tuple(re.findall(r"`([a-z_]+)`", cell))


def test_the_records_are_the_shared_spec():
    """pantau/records.py and the index catalogue name what ../shared/spec/events.md names, no more and no
    less: a field, type, agreement kind or index key changed on one side only fails here."""
    assert SPEC.exists(), f"{SPEC} is missing (tests read ../shared beside the checkout)"
    tables = _spec_tables()
    common = tables["Output: an event", "field"]
    assert tuple(row[0].strip("`") for row in common) == COMMON_EVENT_FIELDS
    for kind in EVENT_TYPES:
        assert tuple(row[0].strip("`") for row in tables[kind, "field"]) == TYPE_FIELDS[kind], kind
    assert tuple(row[0].strip("`") for row in tables["index_report", "key"]) == INDEX_KEYS
    assert next(_names(row[1]) for row in common if row[0] == "`type`") == EVENT_TYPES
    kinds = next(_names(row[1]) for row in tables["agreement_signing", "field"] if row[0] == "`agreement_kind`")
    assert kinds == AGREEMENT_KINDS
