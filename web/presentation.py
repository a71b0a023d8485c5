"""How events read on the site, in feeds and in `pantau search`: one-line summaries, the fields that tell
events apart, search words and evidence marked in text, numbers and dates the Indonesian way."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from markupsafe import Markup, escape

from db import ParsedQuery, fold
from pantau.calendar import calendar_table
from pantau.catalogue import agreement_kind_label, index_name, index_short

_WORD_SPAN = re.compile(r"[^\W_]+", re.UNICODE)


def summary(event: dict[str, Any]) -> str:
    """One line saying what the event is, for tables, feeds and result lists."""
    kind = event.get("type")
    if kind == "agreement_signing":
        title = event.get("agreement_title") or agreement_kind_label(event.get("agreement_kind"))
        year = event.get("agreement_year")
        if year and str(year) not in title:
            title += f" {year}"
        parties = [p for p in event.get("parties") or [] if p]
        return title + (f" — {', '.join(parties[:4])}" if parties else "")
    if kind == "inauguration":
        count = event.get("officials_count")
        positions = [p for p in event.get("positions") or [] if p]
        text = f"Pelantikan {count} pejabat" if count else "Pelantikan pejabat"
        if positions:
            text += f" ({', '.join(positions[:3])})"
        by = event.get("inaugurated_by") or {}
        if isinstance(by, dict) and by.get("name"):
            text += f" oleh {by['name']}" + (f", {by['role']}" if by.get("role") else "")
        return text
    if kind == "index_report":
        text = f"{event.get('index_label') or index_short(event.get('index'))}"
        if event.get("year"):
            text += f" {event['year']}"
        if event.get("value") not in (None, ""):
            text += f": {event['value']}"
        if event.get("predicate"):
            text += f" ({event['predicate']})"
        return text
    return kind or ""


def key_values(event: dict[str, Any]) -> list[tuple[str, str]]:
    """The fields that tell events of a type apart, as (label, value) pairs for lists and pages."""
    pairs: list[tuple[str, Any]] = []
    kind = event.get("type")
    if kind == "agreement_signing":
        pairs += [("Jenis", agreement_kind_label(event.get("agreement_kind"))),
                  ("Judul", event.get("agreement_title")), ("Tahun", event.get("agreement_year")),
                  ("Pihak", "; ".join(map(str, event.get("parties") or [])))]
    elif kind == "inauguration":
        by = event.get("inaugurated_by") or {}
        pairs += [("Jumlah pejabat", event.get("officials_count")),
                  ("Jabatan", "; ".join(map(str, event.get("positions") or []))),
                  ("Dilantik oleh", (by.get("name", "") + (f", {by['role']}" if by.get("role") else ""))
                   if isinstance(by, dict) else by)]
    elif kind == "index_report":
        short, label = index_short(event.get("index")), event.get("index_label") or index_name(event.get("index"))
        pairs += [("Indeks", short if label.casefold() == short.casefold() else f"{short} — {label}"),
                  ("Nilai", event.get("value")), ("Tahun", event.get("year")), ("Predikat", event.get("predicate"))]
    pairs += [("Tempat", event.get("venue"))]
    return [(label, str(value)) for label, value in pairs if value not in (None, "", [])]


DISPUTE_LABELS = {"value": "nilai", "category": "predikat", "agreement_year": "tahun perjanjian",
                  "officials_count": "jumlah pejabat", "inaugurated_by": "yang melantik"}


def dispute_label(field: str) -> str:
    return DISPUTE_LABELS.get(field, field)


def report_differences(hit: Any, report: Any) -> list[tuple[str, str]]:
    """What one report of a disputed event says on each disputed field, as (label, value) pairs."""
    event = report.event
    by = event.get("inaugurated_by")
    said = {"value": event.get("value"), "category": event.get("predicate") or event.get("value"),
            "agreement_year": event.get("agreement_year"), "officials_count": event.get("officials_count"),
            "inaugurated_by": by.get("name") if isinstance(by, dict) else by}
    return [(dispute_label(name), str(said.get(name))) for name in hit.disputes if said.get(name) not in (None, "")]


def _snippet_bounds(text: str, spans: list[tuple[int, int]], limit: int | None) -> tuple[int, int]:
    start, end = 0, len(text)
    if limit and len(text) > limit:
        first = spans[0][0] if spans else 0
        start = max(0, first - limit // 3)
        start = text.rfind(" ", 0, start) + 1 if start else 0
        end = min(len(text), start + limit)
        if end < len(text):
            end = max(text.rfind(" ", start, end), start + limit // 2)
    return start, end


def highlight(text: str | None, query: ParsedQuery | None, limit: int | None = None) -> Markup:
    """HTML-escaped `text` with the words matching `query` wrapped in <mark>. With `limit`, a window of
    about that many characters around the first match (a snippet)."""
    if not text:
        return Markup("")
    terms = query.highlight_terms() if query else []
    spans = [(m.start(), m.end()) for m in _WORD_SPAN.finditer(text)
             if terms and any(t.matches(fold(m.group())) for t in terms)]
    start, end = _snippet_bounds(text, spans, limit)
    out: list[str] = ["…" if start else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        out.append(str(escape(text[cursor:span_start])))
        out.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    out.append(str(escape(text[cursor:end])))
    if end < len(text):
        out.append("…")
    return Markup("".join(out))


def mark_evidence(text: str, evidence: list[str]) -> Markup:
    """The article text, escaped, in paragraphs, with each evidence sentence found in it wrapped in <mark>."""
    spans: list[tuple[int, int]] = []
    for sentence in evidence:
        for piece in [sentence] + re.split(r"(?<=[.!?])\s+", sentence):
            piece = piece.strip()
            if len(piece) < 8:
                continue
            pattern = r"\s+".join(re.escape(word) for word in piece.split())
            for match in re.finditer(pattern, text):
                spans.append(match.span())
            if spans and piece == sentence:
                break
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, cursor = [], 0
    for start, end in merged:
        out.append(str(escape(text[cursor:start])))
        out.append(f'<mark class="evidence">{escape(text[start:end])}</mark>')
        cursor = end
    out.append(str(escape(text[cursor:])))
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", "".join(out)) if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def _jakarta() -> dt.tzinfo:
    try:
        return ZoneInfo("Asia/Jakarta")
    except ZoneInfoNotFoundError:  # no tz database on the machine: WIB has been UTC+7 without DST since 1964
        return dt.timezone(dt.timedelta(hours=7), "WIB")


WIB = _jakarta()


def _as_date_or_time(value: Any) -> dt.date | None:
    """A date or a datetime from what the store or a record holds (ISO text included); None otherwise."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text)
        except ValueError:
            return None
    return None


def in_wib(value: dt.datetime) -> dt.datetime:
    """A stored time (UTC; naive ones are UTC too) in Western Indonesian Time."""
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(WIB)


def fmt_date(value: Any, weekday: bool = True) -> str:
    """"Jumat, 22 Maret 2024"; a time as "Jumat, 22 Maret 2024 pukul 19.30 WIB" (names from
    pantau/data/calendar.toml). Text that is not an ISO date is shown as it is."""
    when = _as_date_or_time(value)
    if when is None:
        return str(value) if value else ""
    if isinstance(when, dt.datetime):
        when = in_wib(when)
    names = calendar_table()
    text = f"{when.day} {names['months'][str(when.month)][0].capitalize()} {when.year}"
    if weekday:
        text = f"{names['weekdays'][str(when.weekday())][0].capitalize()}, {text}"
    if isinstance(when, dt.datetime):
        text += f" pukul {when:%H.%M} WIB"
    return text


def short_date(value: Any) -> str:
    """"22 Maret 2024" (tables): the date alone, a time's day in WIB."""
    when = _as_date_or_time(value)
    if isinstance(when, dt.datetime):
        when = in_wib(when).date()
    return fmt_date(when, weekday=False) if when else (str(value) if value else "")


def iso_date(value: Any) -> str:
    """Machine-readable form for <time datetime="…">: 2024-03-22, or a time with its offset."""
    when = _as_date_or_time(value)
    if isinstance(when, dt.datetime):
        return in_wib(when).isoformat(timespec="minutes")
    return when.isoformat() if when else ""


def number(value: float | None) -> str:
    """71.5 -> "71,5", 1234.5 -> "1.234,5"."""
    if value is None:
        return ""
    return f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".").rstrip("0").rstrip(",")


def brief(stats: dict[str, Any] | None) -> str:
    """A run's numbers as "articles: 12, events: 30" (nested details are left to the JSON)."""
    return ", ".join(f"{k}: {v}" for k, v in (stats or {}).items() if isinstance(v, int | float | str))


def atom_time(value: dt.datetime | dt.date) -> str:
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time(), dt.UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
