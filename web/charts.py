"""Bars comparing regions on one number, as inline SVG for pages that must work without JavaScript. Labels
are escaped; the SVG uses presentation attributes and classes only (no inline style), so the strict CSP holds.

Two drawings of the same bars, the stylesheet showing one: on wide screens a name beside each bar (640 px);
on phones the name above its bar (340 px), so that neither is scaled down below a readable 11 px. Both have a
value axis of round ticks along the bottom and each bar's value at its end.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from web.chart_labels import fmt_number, round_ticks, text_width

WIDE, NARROW = 640, 340
BAR, GAP, AXIS = 16, 8, 24
VALUE_ROOM = 48  # right of the longest bar: its value


def _scale(values: list[float], left: float, right: float):
    """(ticks, x of a value) on an axis that holds zero: bars start at zero, so their lengths compare."""
    low, high = min(values + [0.0]), max(values + [0.0])
    ticks = round_ticks(low, high, count=5)
    low, high = min(low, ticks[0]), max(high, ticks[-1])
    span = (high - low) or 1

    def x(value: float) -> float:
        return left + (value - low) / span * (right - left)

    return ticks, x


def _axis(ticks: list[float], x, left: float, right: float, y: float) -> list[str]:
    parts = [f'<line class="axis-line" x1="{left:.1f}" y1="{y:.1f}" x2="{right:.1f}" y2="{y:.1f}"/>']
    for tick in ticks:
        parts.append(f'<line class="grid" x1="{x(tick):.1f}" y1="{y:.1f}" x2="{x(tick):.1f}" y2="{y + 4:.1f}"/>'
                     f'<text class="axis tick" x="{x(tick):.1f}" y="{y + 16:.1f}" text-anchor="middle">{fmt_number(tick)}</text>')
    return parts


def _fit(label: str, room: float) -> str:
    """The label, cut short with "…" if wider than `room` px (the bar's tooltip keeps it whole)."""
    while len(label) > 1 and text_width(label) > room:
        label = label[:-2].rstrip() + "…"
    return label


def _svg(kind: str, width: float, height: float, title: str, parts: list[str]) -> str:
    return (f'<svg class="chart bars {kind}" role="img" viewBox="0 0 {width} {height:.0f}" width="{width}" '
            f'height="{height:.0f}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
            + "".join(parts) + "</svg>")


def _bar(x0: float, x1: float, y: float, label: str, value: float) -> str:
    return (f'<rect class="bar" x="{min(x0, x1):.1f}" y="{y:.1f}" width="{max(1.0, abs(x1 - x0)):.1f}" height="{BAR}">'
            f'<title>{escape(label)}: {fmt_number(value)}</title></rect>'
            f'<text class="value" x="{max(x0, x1) + 4:.1f}" y="{y + BAR - 4:.1f}">{fmt_number(value)}</text>')


def _wide(bars: list[tuple[str, float]], title: str) -> str:
    label_room = min(300.0, max(text_width(label) for label, _ in bars) + 10)
    ticks, x = _scale([v for _, v in bars], label_room, WIDE - VALUE_ROOM)
    parts = []
    for row, (label, value) in enumerate(bars):
        y = GAP + row * (BAR + GAP)
        parts.append(f'<text class="axis name" x="{label_room - 6:.1f}" y="{y + BAR - 4:.1f}" text-anchor="end">'
                     f'{escape(_fit(label, label_room - 8))}</text>' + _bar(x(0.0), x(value), y, label, value))
    bottom = GAP + len(bars) * (BAR + GAP)
    return _svg("wide", WIDE, bottom + AXIS, title, parts + _axis(ticks, x, label_room, WIDE - VALUE_ROOM, bottom))


def _narrow(bars: list[tuple[str, float]], title: str) -> str:
    ticks, x = _scale([v for _, v in bars], 4, NARROW - VALUE_ROOM)
    parts, row_height = [], 14 + BAR + GAP
    for row, (label, value) in enumerate(bars):
        y = GAP + row * row_height
        parts.append(f'<text class="axis name" x="4" y="{y + 11:.1f}">{escape(_fit(label, NARROW - 8))}</text>'
                     + _bar(x(0.0), x(value), y + 14, label, value))
    bottom = GAP + len(bars) * row_height
    return _svg("narrow", NARROW, bottom + AXIS, title, parts + _axis(ticks, x, 4, NARROW - VALUE_ROOM, bottom))


def bar_chart(bars: list[tuple[str, float]], title: str = "") -> Markup:
    """Horizontal bars, one per label in the order given (best first), each with its value."""
    bars = [(label, float(value)) for label, value in bars if value is not None]
    if not bars:
        return Markup("")
    return Markup(_wide(bars, title) + _narrow(bars, title))
