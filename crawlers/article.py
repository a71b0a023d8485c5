"""HTML page -> clean article, and the decision whether a page is an article at all (`extract_page`: start here).

trafilatura (with htmldate inside it) is the base extractor. Around it, each in its own module:
- `markup`: bytes -> tree (charset, stray Windows-1252 bytes);
- `page_signals`: what the markup says (JSON-LD, Open Graph, microdata, hentry, CMS classes, links);
- `boilerplate`: removal of widgets, "Baca juga", captions and bylines (`data/boilerplate.toml`), before
  extraction (selectors) and after it (line patterns), and per-source `Layout` selectors (registry overrides)
  that replace the generic result where given;
- `dates`: Indonesian dates ("Senin, 15 Januari 2024", "15/01/2024") when markup has none;
- `classify`: article or not, by evidence added up.
This module picks the best title, date and author among what they found."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura

from crawlers.boilerplate import (
    boilerplate,
    clean_text,
    layout_body,
    remove_nodes,
    select_nodes,
    select_text,
    unwrap_layout_tables,
)
from crawlers.classify import ARTICLE_SCORE, MIN_ARTICLE_CHARS, classify
from crawlers.dates import parse_date, plausible_date, url_date
from crawlers.markup import parse_html
from crawlers.page_signals import PageSignals, headline_meta, jsonld_name, page_links, page_signals
from crawlers.registry import Layout
from crawlers.urls import (
    canonicalize_url,
    is_pagination,
    is_section,
    same_site,
)


@dataclass
class ExtractedPage:
    url: str
    canonical_url: str
    title: str | None
    text: str
    published: dt.date | None
    modified: dt.date | None
    author: str | None
    is_article: bool
    score: int
    reasons: list[str]
    signals: PageSignals


def _strip_site_name(title: str | None, site_name: str | None) -> str | None:
    if not title:
        return title
    title = " ".join(title.split())
    if site_name:
        for separator in (" - ", " | ", " – ", " — ", " :: ", " » "):
            suffix = separator + site_name
            if title.casefold().endswith(suffix.casefold()):
                return title[: -len(suffix)].strip()
    return title


def _best_title(signals: PageSignals, extracted_title: str | None) -> str | None:
    headline = jsonld_name(signals.jsonld.get("headline")) if signals.jsonld else None
    for candidate in (headline, signals.microdata_headline, signals.hentry_title, signals.h1,
                      _strip_site_name(signals.og_title, signals.site_name), extracted_title):
        if candidate and len(candidate) >= 8:
            return _strip_site_name(candidate, signals.site_name)
    title = signals.title_tag
    if title:
        title = re.split(r"\s+[|\-–—:»]\s+", title)[0]
    return title or extracted_title


def _meta_line_author(segments: list[str]) -> str | None:
    for segment in segments:
        for pattern in boilerplate().bylines:
            match = pattern.match(segment)
            if match and match.groups() and match.group(1):
                return match.group(1).strip(" .-")
    return None


def _best_date(signals: PageSignals, url: str, extracted_date: str | None,
               meta_line=None) -> dt.date | None:
    """`meta_line`: a callable giving the headline's meta segments (read only when needed)."""
    candidates = [
        signals.jsonld.get("datePublished") if signals.jsonld else None,
        signals.published_meta,
        signals.hentry_published,
    ]
    for value in candidates:
        day = plausible_date(parse_date(str(value)) if value else None)
        if day:
            return day
    day = plausible_date(url_date(url))
    if day:
        return day
    for text in signals.date_texts:
        day = plausible_date(parse_date(text))
        if day:
            return day
    for text in meta_line() if meta_line else []:
        day = plausible_date(parse_date(text))
        if day:
            return day
    return plausible_date(parse_date(extracted_date)) if extracted_date else None


def _byline_element_author(signals: PageSignals) -> str | None:
    """The name in an author/penulis element: "Penulis: Humas Setda" or just "Humas Setda"."""
    for text in signals.byline_texts:
        for pattern in boilerplate().bylines:
            match = pattern.match(text)
            if match and match.groups() and match.group(1):
                return match.group(1).strip(" .-")
    for text in signals.byline_texts:
        name = _BYLINE_LEAD.sub("", text).strip(" .-|")
        if 2 <= len(name) <= 40 and not re.search(r"\d|:", name):
            return name
    return None


# In an element already marked as the byline, "Oleh Ahmad" needs no colon to be read as a name.
_BYLINE_LEAD = re.compile(r"^(?:(?:diposting|ditulis|dikirim|diunggah|posted|written)\s+(?:oleh|by)|oleh|by|"
                          r"penulis|reporter|pewarta|wartawan|author|kontributor)\b\s*:?\s*", re.IGNORECASE)


def _best_author(signals: PageSignals, byline: str | None, extracted: str | None,
                 meta_line=None) -> str | None:
    """`meta_line`: a callable giving the headline's meta segments (read only when needed)."""
    sources = (lambda: jsonld_name(signals.jsonld.get("author")) if signals.jsonld else None, lambda: byline,
               lambda: signals.hentry_author, lambda: _byline_element_author(signals),
               lambda: _meta_line_author(meta_line()) if meta_line else None,
               lambda: signals.author_meta, lambda: extracted)
    for source in sources:
        candidate = source()
        if candidate and not candidate.startswith(("http://", "https://")) and len(candidate) <= 80:
            return " ".join(candidate.split())
    return None


def extract_page(body: bytes | str, url: str, *, layout: Layout | None = None,
                 article_pattern: str | None = None, content_type: str | None = None,
                 with_links: bool = True, site_shapes: Mapping[str, int] | None = None) -> ExtractedPage | None:
    """Extract and classify one fetched HTML page; None when it cannot be parsed. `site_shapes`: URL
    templates of the articles already found on the page's site (`urls.page_template`), counted."""
    tree = parse_html(body, content_type)
    if tree is None:
        return None
    signals = page_signals(tree, url)
    if with_links:
        page_links(tree, url, signals)
    remove_nodes(signals.removable)
    signals.removable = []
    layout_title = layout_date = layout_author = layout_text = None
    if layout is not None:
        for selector in layout.remove:
            remove_nodes(select_nodes(tree, selector))
        layout_title = select_text(tree, layout.title)
        layout_date = select_text(tree, layout.date)
        layout_author = select_text(tree, layout.author)
        layout_text = layout_body(tree, layout.body) if layout.body else None
    if layout_text is None:
        unwrap_layout_tables(tree)
        document = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, deduplicate=False, favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        raw_text = (document.text if document is not None else "") or ""
        extracted_title = document.title if document is not None else None
        extracted_date = document.date if document is not None else None
        extracted_author = document.author if document is not None else None
    else:
        raw_text, extracted_title, extracted_date, extracted_author = layout_text, None, None, None
    title = layout_title or _best_title(signals, extracted_title)
    text, byline = clean_text(raw_text, title)
    published = plausible_date(parse_date(layout_date)) if layout_date else None
    meta_cache: list[list[str]] = []

    def meta_line() -> list[str]:
        if not meta_cache:
            meta_cache.append(headline_meta(tree, title))
        return meta_cache[0]

    published = published or _best_date(signals, url, extracted_date, meta_line)
    if published is None and text:  # a dateline: "MOJOKERTO, Senin (15/1/2024) –"
        published = plausible_date(parse_date(text[:120]))
    modified_value = (signals.jsonld.get("dateModified") if signals.jsonld else None) or signals.modified_meta
    modified = plausible_date(parse_date(str(modified_value))) if modified_value else None
    author = layout_author or _best_author(signals, byline, extracted_author, meta_line)
    canonical = url
    if signals.canonical and same_site(signals.canonical, url):
        declared = urlsplit(signals.canonical)
        # Some CMSs declare the home page (or a section) as every page's canonical: not this article's address.
        if not (declared.path in ("", "/") and urlsplit(url).path not in ("", "/")) \
                and not is_pagination(signals.canonical) and not is_section(signals.canonical):
            canonical = signals.canonical
    score, reasons = classify(signals, canonical, text, published, article_pattern, site_shapes)
    is_article = score >= ARTICLE_SCORE and len(text) >= MIN_ARTICLE_CHARS and bool(title)
    return ExtractedPage(
        url=url, canonical_url=canonicalize_url(canonical), title=title, text=text, published=published,
        modified=modified, author=author, is_article=is_article, score=score, reasons=reasons,
        signals=signals,
    )
