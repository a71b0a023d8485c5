"""Text cleaning: what is not the article. Share widgets, "Baca juga", captions, comment prompts and bylines
(`data/boilerplate.toml`) are removed before extraction (selectors) and after it (line patterns); a source's
`Layout` selectors (registry overrides) pick title, date, author and body where given; tables used for page
layout are unwrapped so that the extractor sees their text."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml.cssselect import CSSSelector

from crawlers.dates import ISO_DATE, NUMERIC_DATE, TEXT_DATE
from crawlers.markup import node_text

BOILERPLATE_FILE = Path(__file__).with_name("data") / "boilerplate.toml"


@dataclass(frozen=True)
class Boilerplate:
    remove_tags: frozenset[str]
    remove_classes: frozenset[str]
    remove_ids: frozenset[str]
    remove_other: CSSSelector | None  # selectors that are not a bare tag, .class or #id
    lines: tuple[re.Pattern, ...]
    inline: tuple[re.Pattern, ...]
    bylines: tuple[re.Pattern, ...]
    not_found: tuple[re.Pattern, ...]


_SIMPLE_SELECTOR = re.compile(r"^([.#]?)([\w-]+)$")


@cache
def boilerplate() -> Boilerplate:
    data = tomllib.loads(BOILERPLATE_FILE.read_text(encoding="utf-8"))
    tags, classes, ids, other = set(), set(), set(), []
    for selector in data.get("remove_selectors", []):
        match = _SIMPLE_SELECTOR.match(selector.strip())
        if not match:
            other.append(selector)
        else:
            {"": tags, ".": classes, "#": ids}[match[1]].add(match[2])
    return Boilerplate(
        remove_tags=frozenset(tags), remove_classes=frozenset(classes), remove_ids=frozenset(ids),
        remove_other=CSSSelector(", ".join(other)) if other else None,
        lines=tuple(re.compile(p, re.IGNORECASE) for p in data.get("line_patterns", [])),
        inline=tuple(re.compile(p, re.IGNORECASE) for p in data.get("inline_patterns", [])),
        bylines=tuple(re.compile(p) for p in data.get("byline_patterns", [])),
        not_found=tuple(re.compile(p, re.IGNORECASE) for p in data.get("not_found_patterns", [])),
    )


def select_text(tree, selector: str | None) -> str | None:
    """CSS selector with an optional `::attr(name)` suffix, as in the registry's layouts."""
    if not selector:
        return None
    attribute = None
    match = re.search(r"::attr\(([\w:-]+)\)\s*$", selector)
    if match:
        attribute = match[1]
        selector = selector[: match.start()]
    try:
        nodes = CSSSelector(selector)(tree)
    except Exception:  # noqa: BLE001 - a bad selector in the registry must not stop the crawl
        return None
    for node in nodes:
        value = node.get(attribute) if attribute else node_text(node)
        if value and value.strip():
            return value.strip()
    return None


def layout_body(tree, selector: str) -> str | None:
    try:
        nodes = CSSSelector(selector)(tree)
    except Exception:  # noqa: BLE001
        return None
    if not nodes:
        return None
    blocks = []
    for node in nodes:
        parts = node.xpath(".//p | .//h2 | .//h3 | .//h4 | .//li | .//blockquote")
        texts = [node_text(p) for p in parts] if parts else [node_text(node)]
        blocks.extend(t for t in texts if t)
    return "\n".join(blocks) or None


def remove_nodes(nodes) -> None:
    """Drop elements (boilerplate), keeping the text that followed each one."""
    for node in nodes:
        parent = node.getparent()
        if parent is None:
            continue
        previous = node.getprevious()
        tail = node.tail
        parent.remove(node)
        if tail and tail.strip():
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


_OWN_ROWS = "./tr | ./tbody/tr | ./thead/tr | ./tfoot/tr"
LAYOUT_CELL_CHARS = 400  # a table cell holding more text than this is a page column, not a datum


def _is_layout_cell(cell) -> bool:
    """A cell that holds a page region: a nested table, headings, several paragraphs or a long text (a data
    cell may hold one short <p>, as WYSIWYG editors write them)."""
    if cell.xpath("./table | .//h1 | .//h2 | .//h3 | .//h4") or len(cell.xpath(".//p")) >= 2:
        return True
    return len(cell.text_content()) > LAYOUT_CELL_CHARS


def unwrap_layout_tables(tree) -> None:
    """Tables that lay out a page (Joomla 1.5, old government templates) become divs, so the extractor
    reads their paragraphs as text and not as one table of the whole page; data tables stay tables."""
    for table in list(tree.iter("table")):
        rows = table.xpath(_OWN_ROWS)
        cells = [cell for row in rows for cell in row if cell.tag in ("td", "th")]
        if len(rows) >= 2 and not any(_is_layout_cell(cell) for cell in cells):
            continue
        for element in (table, *table.xpath("./tbody | ./thead | ./tfoot"), *rows, *cells):
            element.tag = "div"
            for attribute in ("width", "align", "valign", "colspan", "rowspan", "cellpadding", "cellspacing"):
                element.attrib.pop(attribute, None)


def select_nodes(tree, selector: str) -> list:
    try:
        return CSSSelector(selector)(tree)
    except Exception:  # noqa: BLE001 - a bad registry selector is ignored, not fatal
        return []


_META_SEPARATORS = re.compile(r"[|•·/,\-–—:]+|\bWIB\b|\bWITA\b|\bWIT\b|\d{1,2}[.:]\d{2}")


def _is_meta_line(line: str) -> bool:
    """A short line that is only a date with a name or a time ("Kamis, 7 Maret 2024 | 10:15 WIB | Humas")."""
    if len(line) > 70:
        return False
    match = TEXT_DATE.search(line) or NUMERIC_DATE.search(line) or ISO_DATE.search(line)
    if not match:
        return False
    rest = _META_SEPARATORS.sub(" ", line[: match.start()] + " " + line[match.end():])
    rest = re.sub(r"\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|diposting|diterbitkan|"
                  r"dipublikasikan|published|posted|on|pada|oleh|by)\b", " ", rest, flags=re.IGNORECASE)
    return len(rest.split()) <= 3 and not line.rstrip().endswith((".", "?", "!", '"'))


def clean_text(text: str, title: str | None = None) -> tuple[str, str | None]:
    """Body text without chrome lines; returns `(text, author found in a byline line)`."""
    rules = boilerplate()
    author = None
    kept: list[str] = []
    title_folded = " ".join((title or "").split()).casefold()
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        if len(line) <= 80:
            byline = next((m for m in (p.match(line) for p in rules.bylines) if m), None)
            if byline:
                if byline.groups() and byline.group(1) and not author:
                    author = byline.group(1).strip(" .-")
                continue
        bare = line.lstrip("-•*·▪► ")  # extractors render list items as "- item"
        if any(p.match(line) for p in rules.lines) or (bare != line and any(p.match(bare) for p in rules.lines)) \
                or _is_meta_line(line):
            continue
        for pattern in rules.inline:
            line = pattern.sub("", line).strip()
        if not line or (title_folded and line.casefold() == title_folded and not kept):
            continue
        kept.append(line)
    return "\n".join(kept), author
