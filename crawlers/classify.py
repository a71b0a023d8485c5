"""Article or not: evidence from the page's signals, its URL and its text added up, none of it decisive alone
(`classify`); `crawlers/article.py` takes the score with the text's length and the title."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from crawlers.boilerplate import boilerplate
from crawlers.dates import NUMERIC_DATE, TEXT_DATE
from crawlers.page_signals import (
    ARTICLE_TYPES,
    CMS_BODY_CLASSES,
    LINKED_LINE_CHARS,
    NON_ARTICLE_TYPES,
    PageSignals,
)
from crawlers.urls import (
    article_url_score,
    is_pagination,
    is_section,
    page_template,
)

# Per site: once this many articles are known, a URL of none of their shapes needs more than markup.
LEARNED_SITE_ARTICLES = 3
LEARNED_SHAPE_ARTICLES = 2

MIN_ARTICLE_CHARS = 250
ARTICLE_SCORE = 3


def _linked_lines(text: str, anchor_texts: set[str]) -> tuple[int, int]:
    """(lines of the body that are the whole text of one of the page's links, lines): an archive or a
    list of posts reads as a column of headlines."""
    lines = [" ".join(line.lstrip("-•*·▪► ").split()).casefold() for line in text.splitlines() if line.strip()]
    return sum(1 for line in lines if len(line) >= LINKED_LINE_CHARS and line in anchor_texts), len(lines)


def _listing_dates(text: str) -> bool:
    """Whether the body reads like a list of dated posts: most of its lines carry a date of their own (an
    article may well name four dates in its sentences)."""
    lines = [line for line in text.splitlines() if line.strip()]
    dated = [line for line in lines if TEXT_DATE.search(line) or NUMERIC_DATE.search(line)]
    return len(dated) >= 4 and len(dated) >= 0.4 * len(lines) and \
        sorted(len(line) for line in dated)[len(dated) // 2] < 200


def classify(signals: PageSignals, url: str, text: str, published: dt.date | None,
             article_pattern: str | None = None, site_shapes: Mapping[str, int] | None = None) -> tuple[int, list[str]]:
    """A score (>= ARTICLE_SCORE with enough text means article) and the reasons behind it.

    No single convention decides: a CMS's body classes count only on pages known to come from that CMS,
    and weigh less than the article evidence together (markup, URL, date, body). `site_shapes` (URL
    templates of the articles found on this site so far, counted) outweighs markup once the site has shown
    a few: an address of their shape is an article's, an address of none of them needs more."""
    score, reasons = 0, []

    def add(points: int, why: str) -> None:
        nonlocal score
        score += points
        reasons.append(f"{points:+d} {why}")

    headings = (signals.title_tag, signals.h1, signals.og_title, signals.hentry_title)
    if any(p.search(h) for h in headings if h for p in boilerplate().not_found):
        add(-10, "a 'not found' page (soft 404)")
    if signals.jsonld_types & ARTICLE_TYPES:
        add(3, "JSON-LD article type")
    elif signals.jsonld_types & NON_ARTICLE_TYPES:
        add(-4, "JSON-LD listing/profile type")
    elif signals.microdata_types & NON_ARTICLE_TYPES or "blog" in signals.microdata_types:
        add(-4, "microdata listing type")
    elif signals.microdata_types & ARTICLE_TYPES and signals.hentry_published:
        # (an undated itemtype=Article is how Joomla marks static pages too)
        add(2, "microdata article type")
    if signals.og_type == "article":
        add(2, "og:type article")
    elif signals.og_type in ("profile", "video.other", "book", "music.song"):
        add(-3, f"og:type {signals.og_type}")
    if signals.published_meta or signals.hentry_published:
        add(1, "publication time in markup")
    if signals.cms in CMS_BODY_CLASSES:
        not_post, post = CMS_BODY_CLASSES[signals.cms]
        if signals.body_classes & not_post:
            add(-5, f"{signals.cms} body class of a non-post page ({' '.join(sorted(signals.body_classes & not_post))})")
        elif signals.body_classes & post or any(c.startswith("postid-") for c in signals.body_classes
                                                  if signals.cms == "wordpress"):
            add(2, f"{signals.cms} body class of a single post")
    if signals.entries >= 2:
        add(-4, f"{signals.entries} post blocks (a listing)")
    elif signals.headline_links >= 3:
        add(-3, f"{signals.headline_links} linked headlines (a listing)")
    if article_pattern and re.search(article_pattern, url):
        add(5, "registry article pattern")
    if is_pagination(url) or is_section(url):
        add(-5, "pagination or section URL")
    url_score = article_url_score(url)
    if url_score >= 3:
        add(2, "article-shaped URL")
    elif url_score >= 1:
        add(1, "article-like URL")
    if site_shapes:
        template = page_template(url)
        seen = site_shapes.get(template, 0)
        known = sum(site_shapes.values())
        if seen >= LEARNED_SHAPE_ARTICLES and published:  # (a CMS may give its static pages the same shape)
            add(2, f"URL shape of {seen} articles on this site ({template})")
        elif known >= LEARNED_SITE_ARTICLES and url_score < 2 and not (article_pattern and re.search(article_pattern, url)):
            add(-3, f"URL unlike the {known} articles of this site")
    if published:
        add(1, "publication date")
    else:
        add(-2, "no date")
    length = len(text)
    if length >= 1500:
        add(2, "long body")
    elif length >= 500:
        add(1, "body")
    elif length < MIN_ARTICLE_CHARS:
        add(-3, "short body")
    if _listing_dates(text):
        add(-2, "most lines dated (a listing)")
    linked, lines = _linked_lines(text, signals.anchor_texts) if signals.anchor_texts else (0, 0)
    if linked >= 5 and linked >= 0.5 * lines:
        add(-4, f"{linked} of {lines} body lines are links (a list of posts)")
    return score, reasons
