"""Where a chart's text goes so that it stays readable: every label inside the chart and on top of no other.

SVG text is measured here, before a browser lays it out, from the widths of the characters in the site's
sans-serif fonts (DejaVu Sans and the like: digits 0.64 em, capitals ~0.7 em), rounded up: a label placed
by these widths never overlaps a neighbour in the browser. A label that fits nowhere is left out (its dot
keeps a tooltip, and the table beside every chart lists every value); the caller decides which go first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from markupsafe import escape

FONT_PX = 11
LINE_PX = 13  # a rendered 11 px label's box is about 13 px tall
_NARROW = set(",.:;'!|il ")
_WIDE = set("MWmw@%")


def text_width(text: str, font_px: float = FONT_PX) -> float:
    """An upper estimate of the rendered width of `text`, in px."""
    ems = 0.0
    for char in text:
        if char in _NARROW:
            ems += 0.34
        elif char in _WIDE:
            ems += 0.95
        elif char.isupper():
            ems += 0.74
        else:
            ems += 0.66
    return ems * font_px + 1


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Box, gap: float = 1.5) -> bool:
        return (self.left < other.right + gap and other.left < self.right + gap
                and self.top < other.bottom + gap and other.top < self.bottom + gap)


def label_box(x: float, baseline: float, text: str, anchor: str) -> Box:
    width = text_width(text)
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    return Box(left, baseline - LINE_PX + 3, left + width, baseline + 3)


class Labels:
    """The labels of one chart of `width` × `height`: each added where it fits, or not at all."""

    def __init__(self, width: float, height: float):
        self.frame = Box(0, 0, width, height)
        self.placed: list[Box] = []
        self.parts: list[str] = []

    def fits(self, box: Box) -> bool:
        inside = (box.left >= self.frame.left and box.right <= self.frame.right
                  and box.top >= self.frame.top and box.bottom <= self.frame.bottom)
        return inside and not any(box.overlaps(other) for other in self.placed)

    def add(self, css: str, text: str, spots: list[tuple[float, float, str]], force: bool = False) -> bool:
        """Put `text` at the first (x, baseline, anchor) spot where it fits; `force` keeps the first spot
        even when nothing fits (an axis label must be drawn). True if drawn."""
        for x, y, anchor in spots:
            box = label_box(x, y, text, anchor)
            if self.fits(box):
                return self._draw(css, text, x, y, anchor, box)
        if force and spots:
            x, y, anchor = spots[0]
            return self._draw(css, text, x, y, anchor, label_box(x, y, text, anchor))
        return False

    def _draw(self, css: str, text: str, x: float, y: float, anchor: str, box: Box) -> bool:
        self.placed.append(box)
        self.parts.append(f'<text class="{css}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">{escape(text)}</text>')
        return True


def around(x: float, y: float, gap: float = 7) -> list[tuple[float, float, str]]:
    """Spots for a dot's label: above, below, right, left of the dot."""
    return [(x, y - gap, "middle"), (x, y + gap + LINE_PX - 3, "middle"), (x + gap, y + 4, "start"),
            (x - gap, y + 4, "end")]


def beside(x: float, y: float, gap: float = 7) -> list[tuple[float, float, str]]:
    """Spots for one of several values at one year: right of the dot, left, then nudged up or down."""
    spots = [(x + gap, y + 4, "start"), (x - gap, y + 4, "end")]
    for shift in (LINE_PX / 2, -LINE_PX / 2, LINE_PX, -LINE_PX):
        spots += [(x + gap, y + 4 + shift, "start"), (x - gap, y + 4 + shift, "end")]
    return spots


def fmt_number(value: float) -> str:
    """1234.5 -> "1234,5": up to two decimals, Indonesian comma."""
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def round_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round values (steps of 1, 2, 2.5 or 5 × 10ⁿ) from `low` to `high`, about `count` of them."""
    raw = (high - low) / max(1, count - 1) or 1
    power = 10 ** math.floor(math.log10(raw))
    step = min((m * power for m in (1, 2, 2.5, 5, 10)), key=lambda candidate: abs(math.log(candidate / raw)))
    first = math.ceil(low / step - 1e-9) * step
    return [round(first + i * step, 10) for i in range(count + 2) if first + i * step <= high + 1e-9]
