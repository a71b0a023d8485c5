"""Server-rendered pages: the Jinja2 environment (templates in `web/templates/`) and what they may call."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from pantau.catalogue import (
    agreement_kind_label,
    index_info,
    index_name,
    index_short,
    series_label,
    split_series,
    type_label,
)
from pantau.records import AGREEMENT_KINDS, EVENT_TYPES, INDEX_KEYS
from pantau.regions import all_regions, regions_by_code
from web import presentation
from web.charts import bar_chart
from web.commitments import index_result, signatories
from web.deps import SORTS
from web.index_charts import index_chart

TEMPLATES = Path(__file__).with_name("templates")


@cache
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "xml"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(
        type_label=type_label, index_short=index_short, index_name=index_name, index_info=index_info,
        agreement_kind_label=agreement_kind_label, summary=presentation.summary, highlight=presentation.highlight,
        key_values=presentation.key_values, dispute_label=presentation.dispute_label,
        report_differences=presentation.report_differences, tracker_signatories=signatories,
        tracker_index=index_result, fmt=presentation.fmt_date, number=presentation.number,
        brief=presentation.brief, index_chart=index_chart, series_label=series_label, split_series=split_series, bar_chart=bar_chart,
        region=lambda code: regions_by_code().get(code or ""), EVENT_TYPES=EVENT_TYPES, INDEX_KEYS=INDEX_KEYS,
        AGREEMENT_KINDS=AGREEMENT_KINDS, SORTS=SORTS, provinces=[r for r in all_regions() if r.is_province],
        local_regions=[r for r in all_regions() if not r.is_province],
    )
    # Dates the Indonesian way (web.presentation): "Jumat, 22 Maret 2024", times in WIB, ISO for <time>.
    env.globals.update(short_date=presentation.short_date, iso_date=presentation.iso_date)
    return env


def render_text(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = render_text(template, request=request, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code)


def not_found(request: Request, message: str) -> HTMLResponse:
    return render(request, "error.html", status_code=404, message=message)
