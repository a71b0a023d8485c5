"""Small inline SVG charts for pages that must work without JavaScript. Labels are escaped; the SVG uses
presentation attributes and classes only (no inline style), so the site's strict CSP holds."""

from __future__ import annotations

from markupsafe import Markup, escape


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def line_chart(points: list[tuple[int, float]], title: str = "", width: int = 320, height: int = 120) -> Markup:
    """Values over the years (x: year, y: value) with a dot and label per point."""
    points = sorted((int(x), float(y)) for x, y in points if y is not None)
    if len(points) < 2:  # one value is already in the table; a trend needs two
        return Markup("")
    pad_left, pad_right, pad_top, pad_bottom = 10, 10, 18, 22
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    low, high = min(ys), max(ys)
    if high == low:
        low, high = low - 1, high + 1
    span_x = max(xs) - min(xs) or 1

    def px(x: int) -> float:
        if len(points) == 1:
            return width / 2
        return pad_left + (x - min(xs)) / span_x * (width - pad_left - pad_right)

    def py(y: float) -> float:
        return pad_top + (high - y) / (high - low) * (height - pad_top - pad_bottom)

    path = " ".join(f"{'M' if i == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for i, (x, y) in enumerate(points))
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
             f'<path d="{path}" fill="none" stroke="currentColor" stroke-width="2"/>']
    for x, y in points:
        anchor = "middle"
        parts.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" class="dot"><title>{x}: {_fmt(y)}</title></circle>'
                     f'<text x="{px(x):.1f}" y="{py(y) - 7:.1f}" text-anchor="{anchor}" class="value">{_fmt(y)}</text>'
                     f'<text x="{px(x):.1f}" y="{height - 6}" text-anchor="{anchor}" class="axis">{x}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def bar_chart(bars: list[tuple[str, float]], title: str = "", width: int = 640, bar_height: int = 18) -> Markup:
    """Horizontal bars, one per label, longest first as given; each bar shows its value."""
    bars = [(label, float(value)) for label, value in bars if value is not None]
    if not bars:
        return Markup("")
    label_width, value_width = 210, 60
    top = max(value for _, value in bars) or 1
    height = len(bars) * (bar_height + 6) + 6
    usable = width - label_width - value_width
    parts = [f'<svg class="chart bars" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for row, (label, value) in enumerate(bars):
        y = 6 + row * (bar_height + 6)
        length = max(1.0, value / top * usable) if value > 0 else 1.0
        parts.append(f'<text x="{label_width - 6}" y="{y + bar_height - 5}" text-anchor="end" class="axis">{escape(label)}</text>'
                     f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}" class="bar">'
                     f'<title>{escape(label)}: {_fmt(value)}</title></rect>'
                     f'<text x="{label_width + length + 4:.1f}" y="{y + bar_height - 5}" class="value">{_fmt(value)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
