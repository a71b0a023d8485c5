"""Bars comparing regions on one number, or on an index's grades as ordered steps, as inline SVG for pages that
must work without JavaScript. Labels are escaped; the SVG uses presentation attributes and classes only (no
inline style), so the strict CSP holds.

Two drawings of the same bars, the stylesheet showing one: on wide screens a name beside each bar (640 px);
on phones the name above its bar (340 px), so that neither is scaled down below a readable 11 px. Both have a
value axis of round ticks along the bottom and each bar's value at its end, as the sources wrote it. A region
whose sources disagree gets no bar but every value, as in the trend charts (`web.index_charts`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from web.chart_labels import Labels, fmt_number, round_ticks, text_width

WIDE, NARROW = 640, 340
BAR, GAP, AXIS, LINE = 16, 8, 24, 13
VALUE_ROOM = 48  # right of the longest bar: its value
NARROW_LEFT = 12  # where zero sits on a phone: room for its tick label


@dataclass
class Scale:
    """Where values go along a chart's axis: `x` of a value, the `origin` bars start from, the tick labels."""

    x: Callable[[float], float]
    origin: float
    ticks: list[tuple[float, str]]
    spacing: float = 0.0  # between category ticks (0: numbers, whose round ticks never crowd)

    @property
    def two_rows(self) -> bool:
        """Category names too wide for their column alternate over two lines."""
        return bool(self.spacing) and any(text_width(label) > self.spacing - 4 for _, label in self.ticks)

    @property
    def height(self) -> float:
        return AXIS + (LINE if self.two_rows else 0)


def number_scale(values: list[float]) -> Callable[[float, float], Scale]:
    """Numbers on an axis that holds zero: bars start at zero, so their lengths compare."""
    low, high = min(values + [0.0]), max(values + [0.0])
    ticks = round_ticks(low, high, count=5)
    low, high = min(low, ticks[0]), max(high, ticks[-1])
    span = (high - low) or 1

    def build(left: float, right: float) -> Scale:
        def x(value: float) -> float:
            return left + (value - low) / span * (right - left)

        return Scale(x, x(0.0), [(t, fmt_number(t)) for t in ticks])

    return build


def grade_scale(categories: tuple[str, ...]) -> Callable[[float, float], Scale]:
    """An index's grades as ordered steps, worst on the left, best on the right (so a longer bar is better);
    every grade of the index on the axis. Values are positions: 0 the worst, len - 1 the best."""
    names = list(reversed(categories))

    def build(left: float, right: float) -> Scale:
        spacing = (right - left) / len(names)

        def x(position: float) -> float:
            return left + (position + 0.5) * spacing

        return Scale(x, left, [(p, name) for p, name in enumerate(names)], spacing)

    return build


def _axis(scale: Scale, left: float, right: float, y: float, width: float) -> list[str]:
    """The value axis under the rows: a tick and its label per value, each label where it fits (centred, else
    pulled inside the chart; category names alternate over two lines when crowded), none on another."""
    parts = [f'<line class="axis-line" x1="{left:.1f}" y1="{y:.1f}" x2="{right:.1f}" y2="{y:.1f}"/>']
    labels = Labels(width, y + scale.height)
    baselines = (y + 16, y + 16 + LINE) if scale.two_rows else (y + 16,)
    for tick, label in scale.ticks:
        x, half = scale.x(tick), text_width(label) / 2
        parts.append(f'<line class="grid" x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{y + 4:.1f}"/>')
        spots = [spot for baseline in baselines for spot in
                 ((x, baseline, "middle"), (max(1.0, x - half), baseline, "start"), (min(width - 1, x + half), baseline, "end"))]
        if not labels.add("axis tick", label, spots):
            labels.add("axis tick", _fit(label, max(scale.spacing - 4, 12)), [(x, baselines[-1], "middle")], force=True)
    return parts + labels.parts


def _fit(label: str, room: float) -> str:
    """The label, cut short with "…" if wider than `room` px (the bar's tooltip keeps it whole)."""
    while len(label) > 1 and text_width(label) > room:
        label = label[:-2].rstrip() + "…"
    return label


def _svg(kind: str, width: float, height: float, title: str, parts: list[str]) -> str:
    return (f'<svg class="chart {kind}" role="img" viewBox="0 0 {width} {height:.0f}" width="{width}" '
            f'height="{height:.0f}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
            + "".join(parts) + "</svg>")


Values = list[tuple[float | None, str]]  # a row's values (number, as the sources wrote it); several if disputed


def _row(scale: Scale, y: float, label: str, values: Values, left: float, right: float) -> str:
    """One region's bar from zero with its value at the end; or, when the sources disagree, no bar but every
    value as a hollow dot on a dashed span, all of them written out (none picked)."""
    x = scale.x
    numbers = [n for n, _ in values if n is not None] or [0.0]
    if len(values) == 1:
        (number, text), = values
        x0, x1 = sorted((scale.origin, x(number)))
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


def _wide(bars: list[tuple[str, Values]], title: str, scale_for: Callable[[float, float], Scale], kind: str) -> str:
    label_room = min(300.0, max(text_width(label) for label, _ in bars) + 10)
    scale = scale_for(label_room, WIDE - VALUE_ROOM)
    parts = []
    for row, (label, values) in enumerate(bars):
        y = GAP + row * (BAR + GAP)
        parts.append(f'<text class="axis name" x="{label_room - 6:.1f}" y="{y + BAR - 4:.1f}" text-anchor="end">'
                     f'{escape(_fit(label, label_room - 8))}</text>' + _row(scale, y, label, values, label_room, WIDE))
    bottom = GAP + len(bars) * (BAR + GAP)
    return _svg(f"{kind} wide", WIDE, bottom + scale.height, title, parts + _axis(scale, label_room, WIDE - VALUE_ROOM, bottom, WIDE))


def _narrow(bars: list[tuple[str, Values]], title: str, scale_for: Callable[[float, float], Scale], kind: str) -> str:
    scale = scale_for(NARROW_LEFT, NARROW - VALUE_ROOM)
    parts, row_height = [], 14 + BAR + GAP
    for row, (label, values) in enumerate(bars):
        y = GAP + row * row_height
        parts.append(f'<text class="axis name" x="4" y="{y + 11:.1f}">{escape(_fit(label, NARROW - 8))}</text>'
                     + _row(scale, y + 14, label, values, 4, NARROW))
    bottom = GAP + len(bars) * row_height
    return _svg(f"{kind} narrow", NARROW, bottom + scale.height, title, parts + _axis(scale, NARROW_LEFT, NARROW - VALUE_ROOM, bottom, NARROW))


def bar_chart(bars: list[tuple[str, Values]], title: str = "") -> Markup:
    """Horizontal bars, one per region in the order given (best first), each with its value; a region whose
    sources disagree gets every value, drawn as disputed."""
    # A value without a number is kept only among disputed ones (written out); alone it has no bar.
    bars = [(label, [(None if n is None else float(n), text or fmt_number(n)) for n, text in values
                     if n is not None or len(values) > 1]) for label, values in bars]
    bars = [(label, values) for label, values in bars if values]
    if not bars:
        return Markup("")
    scale = number_scale(_numbers(bars))
    return Markup(_wide(bars, title, scale, "bars") + _narrow(bars, title, scale, "bars"))


def grade_chart(rows: list[tuple[str, list[str]]], categories: tuple[str, ...], title: str = "") -> Markup:
    """Regions on an index's grades (SAKIP AA..D, BPK opinions...), in the order given (best first): a step
    from the worst grade up to each region's, every grade on the axis; a region whose sources gave different
    grades gets each as a disputed dot. Grades not in `categories` are left out (the table shows them)."""
    position = {name: len(categories) - 1 - rank for rank, name in enumerate(categories)}
    bars = [(label, [(float(position[g]), g) for g in dict.fromkeys(grades) if g in position]) for label, grades in rows]
    bars = [(label, values) for label, values in bars if values]
    if not bars:
        return Markup("")
    scale = grade_scale(categories)
    return Markup(_wide(bars, title, scale, "grades") + _narrow(bars, title, scale, "grades"))
