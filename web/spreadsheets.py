"""Files a spreadsheet opens as they are meant: `.xlsx` with typed cells (openpyxl) — codes and ids as text
(74.10 stays 74.10), numbers as numbers, dates as dates, nothing ever a formula — and CSV cells that a
spreadsheet will not turn into a formula or a number."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from typing import Any

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_NUMBERISH = re.compile(r"^[\d.,\s]+$")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters an .xlsx cannot hold


def csv_text(value: Any) -> str:
    """A code or id a spreadsheet would read as a number ("74.10" -> 74.1, "3578" -> 3578) written as a text
    formula of itself (="74.10"): the one form Excel, LibreOffice and Google Sheets all keep as text. Only
    the store's own codes take this form; data cells go through `csv_safe`."""
    text = "" if value is None else str(value)
    return f'="{text}"' if text and _NUMBERISH.match(text) else text


def csv_safe(value: Any) -> Any:
    """Spreadsheets run cells that start with = + - @ (or a tab or carriage return before them) as formulas;
    a leading apostrophe keeps them text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _cell(value: Any, text: bool) -> Any:
    if value is None or value == "":
        return None
    if text or isinstance(value, str):
        value = _ILLEGAL.sub("", str(value))
        return value
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return value


def xlsx_bytes(columns: Sequence[str], rows: Iterable[dict[str, Any]], *, text_columns: Iterable[str] = (),
               sheet: str = "pantau") -> bytes:
    """A workbook of one sheet: a header row, then one row per dict. Strings are stored as strings (never as
    formulas, whatever they start with), `text_columns` as text even when they look like numbers, numbers
    and dates as themselves."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING

    texts = set(text_columns)
    book = Workbook(write_only=True)
    page = book.create_sheet(sheet[:31])
    page.append(list(columns))
    for row in rows:
        cells = []
        for name in columns:
            value = _cell(row.get(name), name in texts)
            if isinstance(value, str):
                from openpyxl.cell import WriteOnlyCell

                cell = WriteOnlyCell(page, value=value)
                cell.data_type = TYPE_STRING  # a string starting with "=" stays a string, never a formula
                if name in texts:
                    cell.number_format = "@"
                cells.append(cell)
            else:
                cells.append(value)
        page.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
