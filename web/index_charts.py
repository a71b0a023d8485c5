"""An index's values over the years, as inline SVG (no JavaScript; presentation attributes and classes only,
so the strict CSP holds), drawn so that the chart can never say more than the sources do:

- numbers on a line with a labelled value axis and year axis;
- categories (SAKIP AA..D, BPK opinions, Ombudsman zones) as ordered steps, every category of the index on
  the axis, best on top (the catalogue's order);
- a disputed year (reports gave different values) shows every value as a hollow dot joined by a dashed
  line, and the trend line is broken there: no rise or fall is drawn through a value the sources disagree on.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from pantau.catalogue import index_info, split_series

WIDTH, HEIGHT = 360, 170
LEFT, RIGHT, TOP, BOTTOM = 46, 14, 18, 26


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _x_positions(years: list[int]) -> dict[int, float]:
    span = (max(years) - min(years)) or 1
    return {year: LEFT + (year - min(years)) / span * (WIDTH - LEFT - RIGHT) for year in years}


def _open(title: str, kind: str) -> list[str]:
    return [f'<svg class="chart trend {kind}" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
            f'height="{HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
            f'<line class="axis-line" x1="{LEFT}" y1="{TOP - 6}" x2="{LEFT}" y2="{HEIGHT - BOTTOM}"/>',
            f'<line class="axis-line" x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" y2="{HEIGHT - BOTTOM}"/>']


def _x_axis(xs: dict[int, float]) -> list[str]:
    return [f'<text class="axis" x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="middle">{year}</text>' for year, x in xs.items()]


def _path(points: list[tuple[int, float | None, float]], step: bool) -> str:
    """Segments joining consecutive years whose value is undisputed (`None` y breaks the line)."""
    parts, previous = [], None
    for _year, y, x in points:
        if y is None:
            previous = None
            continue
        if previous is None:
            parts.append(f"M{x:.1f},{y:.1f}")
        else:
            parts.append(f"H{x:.1f}V{y:.1f}" if step else f"L{x:.1f},{y:.1f}")
        previous = y
    return " ".join(parts)


def _dots(year: int, x: float, values: list[tuple[float, str]]) -> list[str]:
    """One year's dots: a plain dot with its value, or every disputed value hollow and joined."""
    if len(values) == 1:
        y, label = values[0]
        return [f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="3.5"><title>{year}: {escape(label)}</title></circle>',
                f'<text class="value" x="{x:.1f}" y="{y - 7:.1f}" text-anchor="middle">{escape(label)}</text>']
    said = " / ".join(label for _, label in values)
    ys = [y for y, _ in values]
    out = [f'<line class="disputed-span" x1="{x:.1f}" y1="{min(ys):.1f}" x2="{x:.1f}" y2="{max(ys):.1f}"/>']
    for y, label in values:
        out.append(f'<circle class="dot disputed" cx="{x:.1f}" cy="{y:.1f}" r="4"><title>{year}: sumber berbeda — '
                   f'{escape(said)}</title></circle>'
                   f'<text class="value disputed" x="{x + 7:.1f}" y="{y + 4:.1f}">{escape(label)}</text>')
    return out


def _numeric(years: dict[int, Any], title: str) -> Markup:
    values = {year: [(v.value_number, v.value or _fmt(v.value_number)) for v in cell.values if v.value_number is not None]
              for year, cell in years.items() if year}
    values = {year: found for year, found in values.items() if found}
    numbers = [n for found in values.values() for n, _ in found]
    low, high = min(numbers), max(numbers)
    margin = (high - low) * 0.15 or max(abs(high) * 0.05, 1)
    low, high = low - margin, high + margin

    def py(number: float) -> float:
        return TOP + (high - number) / (high - low) * (HEIGHT - TOP - BOTTOM)

    xs = _x_positions(sorted(values))
    parts = _open(title, "numbers") + _x_axis(xs)
    for tick in (low + margin, (low + high) / 2, high - margin):
        parts.append(f'<text class="axis" x="{LEFT - 5}" y="{py(tick) + 4:.1f}" text-anchor="end">{_fmt(tick)}</text>'
                     f'<line class="grid" x1="{LEFT}" y1="{py(tick):.1f}" x2="{WIDTH - RIGHT}" y2="{py(tick):.1f}"/>')
    points = [(year, py(found[0][0]) if len(found) == 1 else None, xs[year]) for year, found in sorted(values.items())]
    parts.append(f'<path class="trend-line" d="{_path(points, step=False)}" fill="none"/>')
    for year, found in sorted(values.items()):
        parts += _dots(year, xs[year], [(py(n), label) for n, label in found])
    parts.append("</svg>")
    return Markup("".join(parts))


def _categories(years: dict[int, Any], categories: tuple[str, ...], title: str) -> Markup:
    values = {year: list(dict.fromkeys(v.category for v in cell.values if v.category))
              for year, cell in years.items() if year}
    values = {year: found for year, found in values.items() if found}
    row = (HEIGHT - TOP - BOTTOM) / max(1, len(categories) - 1)
    level = {name: TOP + position * row for position, name in enumerate(categories)}
    xs = _x_positions(sorted(values))
    parts = _open(title, "categories") + _x_axis(xs)
    for name, y in level.items():
        parts.append(f'<text class="axis" x="{LEFT - 5}" y="{y + 4:.1f}" text-anchor="end">{escape(name)}</text>'
                     f'<line class="grid" x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}"/>')
    points = [(year, level[found[0]] if len(found) == 1 else None, xs[year]) for year, found in sorted(values.items())]
    parts.append(f'<path class="trend-line" d="{_path(points, step=True)}" fill="none"/>')
    for year, found in sorted(values.items()):
        parts += _dots(year, xs[year], [(level[name], name) for name in found])
    parts.append("</svg>")
    return Markup("".join(parts))


def index_chart(series: str, years: dict[int, Any], title: str) -> Markup:
    """The chart of one series (an index or one of its measures): numbers when two years have one, else
    categories when two years name one; nothing for a single year (the table says it)."""
    info = index_info(split_series(series)[0])
    numeric_years = [y for y, cell in years.items() if y and any(v.value_number is not None for v in cell.values)]
    if len(numeric_years) >= 2:
        return _numeric(years, title)
    categorical_years = [y for y, cell in years.items() if y and any(v.category for v in cell.values)]
    if info and info.categories and len(categorical_years) >= 2:
        return _categories(years, info.categories, title)
    return Markup("")
