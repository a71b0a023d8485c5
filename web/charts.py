"""Bars comparing regions on one number, as inline SVG for pages that must work without JavaScript. Labels
are escaped; the SVG uses presentation attributes and classes only (no inline style), so the strict CSP holds.

Two drawings of the same bars, the stylesheet showing one: on wide screens a name beside each bar (640 px);
on phones the name above its bar (340 px), so that neither is scaled down below a readable 11 px. Both have a
value axis of round ticks along the bottom and each bar's value at its end, as the sources wrote it. A region
whose sources disagree gets no bar but every value, as in the trend charts (`web.index_charts`).
"""

from __future__ import annotations

from markupsafe import Markup, escape

from web.chart_labels import fmt_number, round_ticks, text_width

WIDE, NARROW = 640, 340
BAR, GAP, AXIS = 16, 8, 24
VALUE_ROOM = 48  # right of the longest bar: its value
NARROW_LEFT = 12  # where zero sits on a phone: room for its tick label


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


Values = list[tuple[float | None, str]]  # a row's values (number, as the sources wrote it); several if disputed


def _row(x, y: float, label: str, values: Values, left: float, right: float) -> str:
    """One region's bar from zero with its value at the end; or, when the sources disagree, no bar but every
    value as a hollow dot on a dashed span, all of them written out (none picked)."""
    numbers = [n for n, _ in values if n is not None] or [0.0]
    if len(values) == 1:
        (number, text), = values
        x0, x1 = sorted((x(0.0), x(number)))
        return (f'<rect class="bar" x="{x0:.1f}" y="{y:.1f}" width="{max(1.0, x1 - x0):.1f}" height="{BAR}">'
                f'<title>{escape(label)}: {escape(text)}</title></rect>'
                f'<text class="value" x="{x1 + 4:.1f}" y="{y + BAR - 4:.1f}">{escape(text)}</text>')
    said = " / ".join(text for _, text in values)
    low, high, middle = x(min(numbers)), x(max(numbers)), y + BAR / 2
    parts = [f'<line class="disputed-span" x1="{low:.1f}" y1="{middle:.1f}" x2="{high:.1f}" y2="{middle:.1f}"/>']
    parts += [f'<circle class="dot disputed" cx="{x(n):.1f}" cy="{middle:.1f}" r="4"><title>{escape(label)}: sumber '
              f'berbeda — {escape(said)}</title></circle>' for n, _ in values if n is not None]
    width = text_width(said)
    if high + 10 + width <= right:
        spot = f'x="{high + 10:.1f}" text-anchor="start"'
    elif low - 10 - width >= left:
        spot = f'x="{low - 10:.1f}" text-anchor="end"'
    else:
        said, spot = _fit(said, right - left), f'x="{right:.1f}" text-anchor="end"'
    return "".join(parts) + f'<text class="value disputed" {spot} y="{y + BAR - 4:.1f}">{escape(said)}</text>'


def _numbers(bars: list[tuple[str, Values]]) -> list[float]:
    return [n for _, values in bars for n, _ in values if n is not None]


def _wide(bars: list[tuple[str, Values]], title: str) -> str:
    label_room = min(300.0, max(text_width(label) for label, _ in bars) + 10)
    ticks, x = _scale(_numbers(bars), label_room, WIDE - VALUE_ROOM)
    parts = []
    for row, (label, values) in enumerate(bars):
        y = GAP + row * (BAR + GAP)
        parts.append(f'<text class="axis name" x="{label_room - 6:.1f}" y="{y + BAR - 4:.1f}" text-anchor="end">'
                     f'{escape(_fit(label, label_room - 8))}</text>' + _row(x, y, label, values, label_room, WIDE))
    bottom = GAP + len(bars) * (BAR + GAP)
    return _svg("wide", WIDE, bottom + AXIS, title, parts + _axis(ticks, x, label_room, WIDE - VALUE_ROOM, bottom))


def _narrow(bars: list[tuple[str, Values]], title: str) -> str:
    ticks, x = _scale(_numbers(bars), NARROW_LEFT, NARROW - VALUE_ROOM)
    parts, row_height = [], 14 + BAR + GAP
    for row, (label, values) in enumerate(bars):
        y = GAP + row * row_height
        parts.append(f'<text class="axis name" x="4" y="{y + 11:.1f}">{escape(_fit(label, NARROW - 8))}</text>'
                     + _row(x, y + 14, label, values, 4, NARROW))
    bottom = GAP + len(bars) * row_height
    return _svg("narrow", NARROW, bottom + AXIS, title, parts + _axis(ticks, x, NARROW_LEFT, NARROW - VALUE_ROOM, bottom))


def bar_chart(bars: list[tuple[str, Values]], title: str = "") -> Markup:
    """Horizontal bars, one per region in the order given (best first), each with its value; a region whose
    sources disagree gets every value, drawn as disputed."""
    # A value without a number is kept only among disputed ones (written out); alone it has no bar.
    bars = [(label, [(None if n is None else float(n), text or fmt_number(n)) for n, text in values
                     if n is not None or len(values) > 1]) for label, values in bars]
    bars = [(label, values) for label, values in bars if values]
    if not bars:
        return Markup("")
    return Markup(_wide(bars, title) + _narrow(bars, title))
