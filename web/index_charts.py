"""An index's values over the years, as inline SVG (no JavaScript; presentation attributes and classes only,
so the strict CSP holds), drawn so that the chart can never say more than the sources do:

- numbers on a line, with a value axis of round ticks and a year axis;
- categories (SAKIP AA..D, BPK opinions, Ombudsman zones) as ordered steps, every category of the index on
  the axis, best on top (the catalogue's order);
- a disputed year (reports gave different values) shows every value as a hollow dot joined by a dashed
  line, and the trend line is broken there: no rise or fall is drawn through a value the sources disagree on;
- "other" gathers unrelated indices with no common scale: never charted.

The chart is 360 px wide, drawn at that size on every screen from a 390 px phone up, so its 11 px labels
stay 11 px. Labels are placed by `web.chart_labels`: inside the chart and never on top of each other;
disputed values first, then the first and last years, then the rest where room is left (every dot keeps
its value as a tooltip, and the table above the chart lists every value).
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from pantau.catalogue import index_info, split_series
from web.chart_labels import Labels, around, beside, fmt_number, round_ticks, text_width

WIDTH, HEIGHT = 360, 180
RIGHT, TOP, BOTTOM = 10, 14, 24
INSET = 22  # the first and last years sit this far inside the plot, room for their labels
UNCHARTED = {"other"}


class _Frame:
    """The plot area of one chart: a value axis on the left as wide as its widest label, years below."""

    def __init__(self, axis_labels: list[str], years: list[int]):
        self.left = min(130.0, max(text_width(label) for label in axis_labels) + 10)
        span = (max(years) - min(years)) or 1
        plot = WIDTH - RIGHT - self.left - 2 * INSET
        self.x = {y: self.left + INSET + (y - min(years)) / span * plot for y in years}
        if len(years) == 1:
            self.x = {years[0]: (self.left + WIDTH - RIGHT) / 2}
        self.labels = Labels(WIDTH, HEIGHT)

    def open(self, title: str, kind: str) -> list[str]:
        return [f'<svg class="chart trend {kind}" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
                f'height="{HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
                f'<line class="axis-line" x1="{self.left:.1f}" y1="{TOP - 6}" x2="{self.left:.1f}" y2="{HEIGHT - BOTTOM}"/>',
                f'<line class="axis-line" x1="{self.left:.1f}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" '
                f'y2="{HEIGHT - BOTTOM}"/>']

    def year_axis(self) -> None:
        """Every year that fits, the first and the last always (a crowded axis skips some in between)."""
        years = sorted(self.x)
        order = [years[0], years[-1]] + years[1:-1] if len(years) > 1 else years
        for year in order:
            self.labels.add("axis", str(year), [(self.x[year], HEIGHT - 8, "middle")], force=year in (years[0], years[-1]))

    def value_axis(self, ticks: list[tuple[float, str]]) -> list[str]:
        grid = []
        for y, label in ticks:
            self.labels.add("axis", label, [(self.left - 5, y + 4, "end")], force=True)
            grid.append(f'<line class="grid" x1="{self.left:.1f}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}"/>')
        return grid


def _path(points: list[tuple[float, float | None]], step: bool) -> str:
    """Segments joining consecutive years whose value is undisputed (`None` y breaks the line)."""
    parts, previous = [], None
    for x, y in points:
        if y is None:
            previous = None
            continue
        if previous is None:
            parts.append(f"M{x:.1f},{y:.1f}")
        else:
            parts.append(f"H{x:.1f}V{y:.1f}" if step else f"L{x:.1f},{y:.1f}")
        previous = y
    return " ".join(parts)


def _dots(frame: _Frame, values: dict[int, list[tuple[float, str]]]) -> list[str]:
    """Every year's dots (hollow and joined when the sources disagree), then their labels by priority."""
    out = []
    for year, found in sorted(values.items()):
        x = frame.x[year]
        if len(found) == 1:
            y, label = found[0]
            out.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="3.5"><title>{year}: {escape(label)}</title></circle>')
            continue
        said = escape(" / ".join(label for _, label in found))
        ys = [y for y, _ in found]
        out.append(f'<line class="disputed-span" x1="{x:.1f}" y1="{min(ys):.1f}" x2="{x:.1f}" y2="{max(ys):.1f}"/>')
        out += [f'<circle class="dot disputed" cx="{x:.1f}" cy="{y:.1f}" r="4"><title>{year}: sumber berbeda — '
                f'{said}</title></circle>' for y, _ in found]
    for year, found in sorted(values.items()):  # disputed values first: they must be read
        for y, label in found if len(found) > 1 else []:
            frame.labels.add("value disputed", label, beside(frame.x[year], y), force=True)
    years = sorted(values)
    for year in dict.fromkeys([years[0], years[-1], *years[1:-1]]) if years else []:
        if len(values[year]) == 1:
            y, label = values[year][0]
            frame.labels.add("value", label, around(frame.x[year], y))
    return out


def _numeric(years: dict[int, Any], title: str) -> Markup:
    values = {year: [(v.value_number, v.value or fmt_number(v.value_number)) for v in cell.values if v.value_number is not None]
              for year, cell in years.items() if year}
    values = {year: found for year, found in values.items() if found}
    numbers = [n for found in values.values() for n, _ in found]
    low, high = min(numbers), max(numbers)
    margin = (high - low) * 0.12 or max(abs(high) * 0.05, 1)
    ticks = round_ticks(low - margin, high + margin)
    low, high = min(low - margin, ticks[0]), max(high + margin, ticks[-1])

    def py(number: float) -> float:
        return TOP + (high - number) / (high - low) * (HEIGHT - TOP - BOTTOM)

    frame = _Frame([fmt_number(t) for t in ticks], sorted(values))
    parts = frame.open(title, "numbers") + frame.value_axis([(py(t), fmt_number(t)) for t in ticks])
    frame.year_axis()
    points = [(frame.x[year], py(found[0][0]) if len(found) == 1 else None) for year, found in sorted(values.items())]
    parts.append(f'<path class="trend-line" d="{_path(points, step=False)}" fill="none"/>')
    parts += _dots(frame, {year: [(py(n), label) for n, label in found] for year, found in values.items()})
    return Markup("".join(parts + frame.labels.parts + ["</svg>"]))


def _categories(years: dict[int, Any], categories: tuple[str, ...], title: str) -> Markup:
    values = {year: list(dict.fromkeys(v.category for v in cell.values if v.category))
              for year, cell in years.items() if year}
    values = {year: found for year, found in values.items() if found}
    row = (HEIGHT - TOP - BOTTOM) / max(1, len(categories) - 1)
    level = {name: TOP + position * row for position, name in enumerate(categories)}
    frame = _Frame(list(categories), sorted(values))
    parts = frame.open(title, "categories")
    frame.year_axis()  # years before categories: the value axis reads best on top, last
    parts += frame.value_axis([(y, name) for name, y in level.items()])
    points = [(frame.x[year], level[found[0]] if len(found) == 1 else None) for year, found in sorted(values.items())]
    parts.append(f'<path class="trend-line" d="{_path(points, step=True)}" fill="none"/>')
    # A single grade needs no label (the axis names it); a disputed year names each of its grades.
    disputed = {year: [(level[name], name) for name in found] for year, found in values.items() if len(found) > 1}
    plain = {year: [(level[found[0]], found[0])] for year, found in values.items() if len(found) == 1}
    parts += _dots(frame, disputed)
    parts += [f'<circle class="dot" cx="{frame.x[year]:.1f}" cy="{y:.1f}" r="3.5"><title>{year}: {escape(name)}</title></circle>'
              for year, ((y, name),) in sorted(plain.items())]
    return Markup("".join(parts + frame.labels.parts + ["</svg>"]))


def index_chart(series: str, years: dict[int, Any], title: str) -> Markup:
    """The chart of one series (an index or one of its measures): numbers when two years have one, else
    categories when two years name one; nothing for a single year (the table says it)."""
    key = split_series(series)[0]
    info = index_info(key)
    if key in UNCHARTED:
        return Markup("")
    numeric_years = [y for y, cell in years.items() if y and any(v.value_number is not None for v in cell.values)]
    if len(numeric_years) >= 2:
        return _numeric(years, title)
    categorical_years = [y for y, cell in years.items() if y and any(v.category for v in cell.values)]
    if info and info.categories and len(categorical_years) >= 2:
        return _categories(years, info.categories, title)
    return Markup("")
