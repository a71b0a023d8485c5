"""HTML page -> clean article, and the decision whether a page is an article at all.

trafilatura (with htmldate inside it) is the base extractor. Around it:
- page signals read once from the parsed tree: JSON-LD (`NewsArticle`, `BlogPosting`, `CollectionPage`...),
  Open Graph, `article:published_time`, hentry microformats, WordPress body classes, canonical link;
- boilerplate removal from `data/boilerplate.toml` (share widgets, "Baca juga", captions, comment prompts,
  bylines), before extraction (selectors) and after it (line patterns);
- Indonesian dates ("Senin, 15 Januari 2024", "15/01/2024") when markup has none;
- per-source `Layout` selectors (registry overrides) that replace the generic result where given.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml import etree, html
from lxml.cssselect import CSSSelector
from w3lib.encoding import html_to_unicode

from crawlers.registry import Layout
from crawlers.urls import (
    article_url_score,
    canonicalize_url,
    is_pagination,
    is_section,
    page_template,
    same_site,
)
from pantau.calendar import month_numbers

BOILERPLATE_FILE = Path(__file__).with_name("data") / "boilerplate.toml"

ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "posting",
                 "socialmediaposting", "liveblogposting", "scholarlyarticle", "report", "techarticle"}
NON_ARTICLE_TYPES = {"collectionpage", "profilepage", "searchresultspage", "itempage", "aboutpage",
                     "contactpage", "imageobject", "mediagallery", "imagegallery", "videogallery", "person",
                     "faqpage", "checkoutpage", "qapage"}
# Body classes of pages that are, or are not, single posts, per CMS. They count only on a page known to come
# from that CMS (generator meta, REST link, asset paths): other engines' themes reuse the same words for other
# things (a static-site theme puts `home` on every page).
_WORDPRESS_POST_CLASSES = {"single", "single-post", "single-format-standard", "postid", "post-template-default"}
_DRUPAL_ARTICLE_CLASSES = {f"{prefix}node-type-{kind}" for prefix in ("", "page-")
                           for kind in ("article", "berita", "news", "blog", "story", "artikel")}
CMS_BODY_CLASSES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # cms: (classes of pages that are not single posts, classes of single posts)
    "wordpress": (frozenset({"archive", "category", "tag", "author", "search", "search-results", "attachment",
                             "home", "blog", "error404", "page-template-default", "date", "paged", "tax",
                             "post-type-archive", "page"}), frozenset(_WORDPRESS_POST_CLASSES)),
    "blogger": (frozenset({"label-view", "index-view", "archive-view", "search-view", "static_page-view"}),
                frozenset({"item-view"})),
    "drupal": (frozenset({"front", "page-taxonomy", "page-taxonomy-term", "page-user", "page-search",
                          "node-type-page", "page-node-type-page", "path-frontpage", "path-taxonomy"}),
               frozenset(_DRUPAL_ARTICLE_CLASSES)),
}
# Traces of a CMS in a page's own markup besides its generator meta (which security plugins remove).
CMS_TRACES = (("wordpress", re.compile(r"/wp-content/|/wp-includes/|^https://api\.w\.org/$")),
              ("blogger", re.compile(r"//(www\.)?blogger\.com/|\.blogspot\.com/|//resources\.blogblog\.com/")),
              ("drupal", re.compile(r"/sites/(default|all)/(files|themes|modules)/|/core/misc/drupal|/misc/drupal\.js")),
              ("joomla", re.compile(r"/media/(jui|system)/|/components/com_")))
# Per site: once this many articles are known, a URL of none of their shapes needs more than markup.
LEARNED_SITE_ARTICLES = 3
LEARNED_SHAPE_ARTICLES = 2

MONTHS = month_numbers()  # the shared month table (pantau/data/calendar.toml)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
TEXT_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_NAMES})\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
TEXT_DATE_US = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")
ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)")
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(?:(0?[1-9]|[12]\d|3[01])/)?")
DATE_CONTAINER = re.compile(r"date|tanggal|tgl|time|waktu|meta|posted|publish|byline|info|entry-header|"
                            r"post-header|jadwal|dibuat|created", re.IGNORECASE)

AUTHOR_CONTAINER = re.compile(r"author|penulis|byline|reporter|writer|wartawan|pewarta|oleh|kontributor",
                              re.IGNORECASE)

MIN_ARTICLE_CHARS = 250
_PARSER = html.HTMLParser(remove_comments=True)
ARTICLE_SCORE = 3


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


@dataclass
class PageSignals:
    """What the markup says about a page, read before extraction changes the tree."""

    jsonld_types: set[str] = field(default_factory=set)
    jsonld: dict = field(default_factory=dict)  # the article object of the JSON-LD, when there is one
    og_type: str | None = None
    microdata_types: set[str] = field(default_factory=set)  # schema.org itemtypes (Joomla, Drupal themes)
    microdata_headline: str | None = None
    og_title: str | None = None
    site_name: str | None = None
    published_meta: str | None = None
    modified_meta: str | None = None
    author_meta: str | None = None
    canonical: str | None = None
    body_classes: set[str] = field(default_factory=set)
    h1: str | None = None
    hentry_title: str | None = None
    hentry_published: str | None = None
    hentry_author: str | None = None
    date_texts: list[str] = field(default_factory=list)  # text of elements that usually hold the date
    byline_texts: list[str] = field(default_factory=list)  # text of elements that usually hold the author
    entries: int = 0  # post-like blocks (`article`, `.hentry`, `.post`) with a heading link: >1 is a listing
    headline_links: int = 0  # links in (or around) headings outside navigation and sidebars
    title_tag: str | None = None
    links: list[str] = field(default_factory=list)  # absolute hrefs of <a> elements, in page order
    main_links: list[str] = field(default_factory=list)  # the same without navigation, sidebars, footers
    next_links: list[str] = field(default_factory=list)  # rel="next" (pagination)
    feeds: list[str] = field(default_factory=list)  # <link rel="alternate"> RSS/Atom
    wp_api: str | None = None  # WordPress REST root from <link rel="https://api.w.org/">
    generator: str | None = None
    cms: str | None = None  # the CMS the page is known to come from (generator meta or its asset paths)
    anchor_texts: set[str] = field(default_factory=set)  # texts of the page's links long enough to be headlines
    removable: list = field(default_factory=list, repr=False)  # boilerplate elements found while scanning


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


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def parse_html(body: bytes | str, content_type: str | None = None) -> html.HtmlElement | None:
    """Parse a page; bytes are decoded by the HTTP header's, the page's declared or a detected charset."""
    if isinstance(body, bytes):
        _, body = html_to_unicode(content_type, body)
    body = _XML_DECLARATION.sub("", body)
    if not body.strip():
        return None
    try:
        return html.fromstring(body, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def _text(node) -> str:
    return " ".join((node.text_content() if hasattr(node, "text_content") else str(node)).split())


def _jsonld_objects(tree) -> list[dict]:
    objects: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return objects


def _types(obj: dict) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).casefold() for v in values if v}


def _name(value) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(str(value).split()) if value else None


def _metas(tree) -> dict[str, str]:
    """`<meta>` content by property/name/itemprop (lower-cased), first non-empty value wins."""
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        content = (node.get("content") or "").strip()
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = node.get(attribute)
            if key:
                found.setdefault(key.strip().lower(), content)
    return found


def _first(metas: dict[str, str], *names: str) -> str | None:
    for name in names:
        value = metas.get(name.lower())
        if value:
            return value
    return None


_SIDE_TAGS = {"aside", "footer", "nav"}
_PAGE_TAGS = {"body", "html"}
_SIDE_CLASS = re.compile(r"sidebar|footer|related|terkait|populer|popular|terbaru|recent|topbar|top-bar|"
                         r"header-top|site-header|masthead|navbar|logo|brand", re.IGNORECASE)
_SITE_HEADER_CLASS = re.compile(r"logo|brand|site-title|site-header|masthead|navbar|topbar|top-bar|header-top",
                                re.IGNORECASE)


def _in_site_header(node) -> bool:
    """In the site's own header (logo, top bar with today's date), not an article's header."""
    for element in (node, *node.iterancestors()):
        if element.tag in _PAGE_TAGS:  # the page's own classes ("one-sidebar sidebar-first") say nothing
            break
        if element.tag in ("article", "main"):
            return False
        marker = (element.get("class") or "") + " " + (element.get("id") or "")
        if element.tag == "header" and not re.search(r"entry|post|article|content", marker, re.IGNORECASE):
            return True
        if marker.strip() and _SITE_HEADER_CLASS.search(marker):
            return True
    return False


def _in_side(node) -> bool:
    """In a sidebar, footer, navigation, site header or related-posts box (where other articles' dates
    and authors, or today's date, are)."""
    for element in (node, *node.iterancestors()):
        if element.tag in _PAGE_TAGS:  # the page's own classes ("one-sidebar sidebar-first") say nothing
            break
        if element.tag in _SIDE_TAGS:
            return True
        marker = (element.get("class") or "") + " " + (element.get("id") or "")
        if marker.strip() and _SIDE_CLASS.search(marker):
            return True
    return _in_site_header(node)


def page_signals(tree, url: str) -> PageSignals:
    """Read the page's markup signals in a few passes (this runs on every fetched page)."""
    signals = PageSignals()
    for obj in _jsonld_objects(tree):
        types = _types(obj)
        signals.jsonld_types |= types
        if types & ARTICLE_TYPES and not signals.jsonld:
            signals.jsonld = obj
    metas = _metas(tree)
    signals.og_type = (_first(metas, "og:type") or "").casefold() or None
    signals.og_title = _first(metas, "og:title", "twitter:title")
    signals.site_name = _first(metas, "og:site_name", "application-name")
    signals.published_meta = _first(metas, "article:published_time", "datePublished", "og:published_time",
                                     "pubdate", "publishdate", "date", "DC.date.issued", "dc.date",
                                     "sailthru.date", "parsely-pub-date")
    signals.modified_meta = _first(metas, "article:modified_time", "dateModified", "og:updated_time")
    signals.author_meta = _first(metas, "author", "article:author", "dc.creator", "parsely-author")
    signals.generator = _first(metas, "generator")
    for node in tree.iter("link"):
        if (node.get("rel") or "").lower() == "canonical" and (node.get("href") or "").strip():
            signals.canonical = urljoin(url, node.get("href").strip())
            break
    if not signals.canonical and _first(metas, "og:url"):
        signals.canonical = urljoin(url, _first(metas, "og:url"))
    signals.cms = detect_cms(tree, signals.generator)
    body = tree.find(".//body")
    if body is not None:
        signals.body_classes = set((body.get("class") or "").split())
    for node in tree.iter("h1"):
        # Older government templates put the site's name in an <h1> logo; the headline comes later.
        if _in_site_header(node):
            continue
        signals.h1 = _text(node) or None
        break
    title_tag = tree.find(".//title")
    if title_tag is not None:
        signals.title_tag = _text(title_tag) or None

    rules = boilerplate()
    entry_candidates = []
    for node in tree.xpath("//*[@class or @id]"):
        classes = node.get("class") or ""
        ident = node.get("id") or ""
        tokens = set(classes.split())
        if tokens & rules.remove_classes or ident in rules.remove_ids:
            signals.removable.append(node)
        if not tokens and not ident:
            continue
        if "entry-title" in tokens and signals.hentry_title is None:
            signals.hentry_title = _text(node) or None
        if "published" in tokens and signals.hentry_published is None:
            signals.hentry_published = node.get("title") or node.get("datetime") or None
        if "fn" in tokens and signals.hentry_author is None and any(
                "vcard" in (a.get("class") or "") or "hentry" in (a.get("class") or "") or
                "author" in (a.get("class") or "").split() for a in node.iterancestors()):
            signals.hentry_author = _text(node) or None
        if "hentry" in tokens or "post-outer" in tokens or "wp-block-post" in tokens or "type-post" in tokens:
            entry_candidates.append(node)
        if len(node) > 12:  # a container of the whole page, not a date or byline element
            continue
        marker = classes + " " + ident
        wants_author = len(signals.byline_texts) < 6 and AUTHOR_CONTAINER.search(marker)
        wants_date = len(signals.date_texts) < 12 and DATE_CONTAINER.search(marker)
        if (wants_author or wants_date) and not _in_side(node):
            text = _text(node)
            if wants_author and 2 <= len(text) <= 80:
                signals.byline_texts.append(text)
            if wants_date and 4 <= len(text) <= 200:
                signals.date_texts.append(text)
    if signals.hentry_published is None:
        dated = tree.xpath('//time[@datetime]/@datetime | //*[@itemprop="datePublished"]/@datetime '
                           '| //*[@itemprop="datePublished"]/@content')
        if dated:
            signals.hentry_published = str(dated[0])
    if signals.hentry_author is None:
        author = tree.xpath('//*[@rel="author"] | //*[@itemprop="author"]//*[@itemprop="name"]')
        if author:
            signals.hentry_author = _text(author[0]) or None
    for node in tree.xpath('//*[@itemtype or @itemprop="headline"]'):  # schema.org microdata, one pass
        if node.get("itemprop") == "headline" and signals.microdata_headline is None:
            signals.microdata_headline = (node.get("content") or _text(node)) or None
        if node.get("itemtype") is None:
            continue
        kind = (node.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].casefold()
        nested = bool(node.xpath("ancestor::*[@itemtype]"))
        if not nested:  # the page's own type; nested ones are its parts (author Person, blog posts)
            signals.microdata_types.add(kind)
        if node.get("itemprop") == "blogPost" or (kind in ARTICLE_TYPES and nested):
            entry_candidates.append(node)  # a post inside a blog/list: one entry of a listing
    entry_candidates.extend(tree.iter("article"))
    entries = [node for node in entry_candidates if node.xpath(".//h1//a or .//h2//a or .//h3//a")]
    entry_set = set(entries)
    signals.entries = sum(1 for node in entry_set if not any(a in entry_set for a in node.iterancestors()))
    for anchor in tree.iter("a"):
        if anchor.get("href"):
            label = " ".join(anchor.text_content().split()).casefold()
            if len(label) >= LINKED_LINE_CHARS:
                signals.anchor_texts.add(label)
    headline_links = tree.xpath("//h2//a[@href] | //h3//a[@href] | //h4//a[@href] | //h5//a[@href] | "
                                "//a[@href][.//h2 or .//h3 or .//h4 or .//h5]")
    signals.headline_links = sum(1 for node in headline_links[:60] if not _in_chrome(node))
    if rules.remove_tags:
        signals.removable.extend(tree.iter(*rules.remove_tags))
    if rules.remove_other is not None:
        signals.removable.extend(rules.remove_other(tree))
    return signals


def detect_cms(tree, generator: str | None) -> str | None:
    """The CMS a page comes from, by its generator meta, else by traces in its head and scripts."""
    declared = (generator or "").casefold()
    for name in CMS_BODY_CLASSES.keys() | {"joomla"}:
        if name in declared:
            return name
    if declared:
        return None  # another engine says it made the page
    for value in tree.xpath("//link/@href | //link/@rel | //script/@src")[:300]:
        for name, trace in CMS_TRACES:
            if trace.search(value):
                return name
    return None


HEADLINE_META_WINDOW = 40  # elements looked at after a headline
HEADLINE_META_SEGMENTS = 12  # short text segments kept after a headline
HEADLINE_META_MAX_CHARS = 160  # a longer segment is the body: the meta line is over


def _following(node):
    """The elements after `node` in document order, its own descendants excluded."""
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()


def _headline_meta(tree, title: str | None) -> list[str]:
    """Short text segments right after the headline whose text is the title: where templates without
    markup put "Senin, 15 Januari 2024 09:30 WIB | Oleh: Humas". Read only when markup gave no date or
    author. Headlines: h1-h3, and title cells/divs of table and div templates (Joomla 1.5
    `td.contentheading`, `div.judul`)."""
    folded = " ".join((title or "").split()).casefold()
    if len(folded) < 8:
        return []
    headings = tree.xpath('//h1 | //h2 | //h3 | //*[contains(@class, "contentheading") or '
                          'contains(@class, "judul") or contains(@class, "title")][not(self::a)]')
    heading = next((h for h in headings if _text(h).casefold() == folded and not _in_chrome(h)), None)
    if heading is None:
        return []
    segments: list[str] = []
    for count, node in enumerate(_following(heading)):
        if count >= HEADLINE_META_WINDOW or not isinstance(node.tag, str):
            break
        if node.tag in ("h1", "h2", "h3"):
            break
        if node.tag in ("script", "style"):
            continue
        if len(node):  # a line made of several elements ("Dikirim oleh <span>Humas</span> pada …")
            whole = _text(node)
            if 4 <= len(whole) <= HEADLINE_META_MAX_CHARS:
                segments.append(whole)
        for piece in [node.text] + [child.tail for child in node]:
            piece = " ".join((piece or "").split())
            if not piece:
                continue
            if len(piece) > HEADLINE_META_MAX_CHARS:
                return segments
            segments.append(piece)
        if len(segments) >= HEADLINE_META_SEGMENTS:
            break
    return segments[:HEADLINE_META_SEGMENTS]


_CHROME_TAGS = {"nav", "aside", "footer", "header"}
_CHROME_CLASS = re.compile(r"sidebar|widget|menu|navbar|footer|header|breadcrumb|related|terkait|populer|"
                           r"popular|terbaru|recent|trending", re.IGNORECASE)


def _in_chrome(node) -> bool:
    """Whether an element sits in navigation, a sidebar, a footer or a related-posts box."""
    for ancestor in node.iterancestors():
        if ancestor.tag in _PAGE_TAGS:
            break
        if ancestor.tag in _CHROME_TAGS:
            return True
        marker = (ancestor.get("class") or "") + " " + (ancestor.get("id") or "")
        if marker.strip() and _CHROME_CLASS.search(marker):
            return True
    return False


def page_links(tree, url: str, signals: PageSignals | None = None) -> PageSignals:
    """Fill the link fields of `signals` (anchors, rel=next, feeds, WordPress REST root)."""
    signals = signals or PageSignals()
    base = tree.xpath("//base/@href")
    base_url = urljoin(url, base[0].strip()) if base else url
    seen: set[str] = set()
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "whatsapp:", "data:")):
            continue
        absolute = urljoin(base_url, href).split("#", 1)[0]
        if absolute in seen:
            continue
        seen.add(absolute)
        signals.links.append(absolute)
        if not _in_chrome(anchor):
            signals.main_links.append(absolute)
    signals.next_links = [urljoin(base_url, h.strip()) for h in
                          tree.xpath('//link[@rel="next"]/@href | //a[@rel="next"]/@href') if h.strip()]
    signals.feeds = [urljoin(base_url, h.strip()) for h in tree.xpath(
        '//link[contains(@rel, "alternate")][contains(@type, "rss") or contains(@type, "atom")]/@href')
        if h.strip() and "comments" not in h]
    api = tree.xpath('//link[@rel="https://api.w.org/"]/@href')
    signals.wp_api = urljoin(base_url, api[0].strip()) if api else None
    if signals.generator is None:
        signals.generator = _first(_metas(tree), "generator")
    return signals


def listing_signals(body: bytes | str, url: str, content_type: str | None = None) -> PageSignals | None:
    """Links and discovery hints of a page known to be a listing (no text extraction: it is cheap)."""
    tree = parse_html(body, content_type)
    return page_links(tree, url) if tree is not None else None


def parse_date(value: str | None) -> dt.date | None:
    """A date from ISO timestamps, Indonesian/English month names or dd/mm/yyyy."""
    if not value:
        return None
    match = ISO_DATE.search(value)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    match = TEXT_DATE.search(value)
    if match:
        try:
            return dt.date(int(match[3]), MONTHS[match[2].casefold()], int(match[1]))
        except ValueError:
            pass
    match = TEXT_DATE_US.search(value)
    if match:
        try:
            return dt.date(int(match[3]), MONTHS[match[1].casefold()], int(match[2]))
        except ValueError:
            pass
    match = NUMERIC_DATE.search(value)
    if match:
        try:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            pass
    return None


def url_date(url: str) -> dt.date | None:
    match = URL_DATE.search(url)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3] or 1)) if match[3] else None
    except ValueError:
        return None


def _plausible(day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    if day < dt.date(1995, 1, 1) or day > dt.date.today() + dt.timedelta(days=1):
        return None
    return day


def _select(tree, selector: str | None) -> str | None:
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
        value = node.get(attribute) if attribute else _text(node)
        if value and value.strip():
            return value.strip()
    return None


def _layout_body(tree, selector: str) -> str | None:
    try:
        nodes = CSSSelector(selector)(tree)
    except Exception:  # noqa: BLE001
        return None
    if not nodes:
        return None
    blocks = []
    for node in nodes:
        parts = node.xpath(".//p | .//h2 | .//h3 | .//h4 | .//li | .//blockquote")
        texts = [_text(p) for p in parts] if parts else [_text(node)]
        blocks.extend(t for t in texts if t)
    return "\n".join(blocks) or None


def _remove(nodes) -> None:
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


def _unwrap_layout_tables(tree) -> None:
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


def _select_nodes(tree, selector: str) -> list:
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
    headline = _name(signals.jsonld.get("headline")) if signals.jsonld else None
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
        day = _plausible(parse_date(str(value)) if value else None)
        if day:
            return day
    day = _plausible(url_date(url))
    if day:
        return day
    for text in signals.date_texts:
        day = _plausible(parse_date(text))
        if day:
            return day
    for text in meta_line() if meta_line else []:
        day = _plausible(parse_date(text))
        if day:
            return day
    return _plausible(parse_date(extracted_date)) if extracted_date else None


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
    sources = (lambda: _name(signals.jsonld.get("author")) if signals.jsonld else None, lambda: byline,
               lambda: signals.hentry_author, lambda: _byline_element_author(signals),
               lambda: _meta_line_author(meta_line()) if meta_line else None,
               lambda: signals.author_meta, lambda: extracted)
    for source in sources:
        candidate = source()
        if candidate and not candidate.startswith(("http://", "https://")) and len(candidate) <= 80:
            return " ".join(candidate.split())
    return None


LINKED_LINE_CHARS = 20  # a link text this long may be a headline


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
    _remove(signals.removable)
    signals.removable = []
    layout_title = layout_date = layout_author = layout_text = None
    if layout is not None:
        for selector in layout.remove:
            _remove(_select_nodes(tree, selector))
        layout_title = _select(tree, layout.title)
        layout_date = _select(tree, layout.date)
        layout_author = _select(tree, layout.author)
        layout_text = _layout_body(tree, layout.body) if layout.body else None
    if layout_text is None:
        _unwrap_layout_tables(tree)
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
    published = _plausible(parse_date(layout_date)) if layout_date else None
    meta_cache: list[list[str]] = []

    def meta_line() -> list[str]:
        if not meta_cache:
            meta_cache.append(_headline_meta(tree, title))
        return meta_cache[0]

    published = published or _best_date(signals, url, extracted_date, meta_line)
    if published is None and text:  # a dateline: "MOJOKERTO, Senin (15/1/2024) –"
        published = _plausible(parse_date(text[:120]))
    modified_value = (signals.jsonld.get("dateModified") if signals.jsonld else None) or signals.modified_meta
    modified = _plausible(parse_date(str(modified_value))) if modified_value else None
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
