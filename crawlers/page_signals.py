"""What a page's markup says about it, read once from the parsed tree before extraction changes it: JSON-LD
(`NewsArticle`, `BlogPosting`, `CollectionPage`...), schema.org microdata, Open Graph,
`article:published_time`, hentry microformats, CMS body classes and traces, the canonical link, date and
byline elements, the headline's meta line, and the links (feeds, pagination, article candidates) a
listing or an article offers."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from crawlers.boilerplate import boilerplate
from crawlers.markup import node_text, parse_html

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
DATE_CONTAINER = re.compile(r"date|tanggal|tgl|time|waktu|meta|posted|publish|byline|info|entry-header|"
                            r"post-header|jadwal|dibuat|created", re.IGNORECASE)

AUTHOR_CONTAINER = re.compile(r"author|penulis|byline|reporter|writer|wartawan|pewarta|oleh|kontributor",
                              re.IGNORECASE)


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


def jsonld_name(value) -> str | None:
    if isinstance(value, list):
        names = [n for n in (jsonld_name(v) for v in value) if n]
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


def _marked(ancestors, tags: set[str], classes: re.Pattern, node=None) -> bool:
    """Whether `node` (if given) or one of its `ancestors`, innermost first, is one of `tags` or has a class
    or id `classes` matches; the search stops at the page's own element, whose classes ("one-sidebar
    sidebar-first") say nothing."""
    for element in ancestors if node is None else (node, *ancestors):
        if element.tag in _PAGE_TAGS:
            break
        if element.tag in tags:
            return True
        marker = (element.get("class") or "") + " " + (element.get("id") or "")
        if marker.strip() and classes.search(marker):
            return True
    return False


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
    return _marked(node.iterancestors(), _SIDE_TAGS, _SIDE_CLASS, node) or _in_site_header(node)


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
        signals.h1 = node_text(node) or None
        break
    title_tag = tree.find(".//title")
    if title_tag is not None:
        signals.title_tag = node_text(title_tag) or None

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
            signals.hentry_title = node_text(node) or None
        if "published" in tokens and signals.hentry_published is None:
            signals.hentry_published = node.get("title") or node.get("datetime") or None
        if "fn" in tokens and signals.hentry_author is None and any(
                "vcard" in (a.get("class") or "") or "hentry" in (a.get("class") or "") or
                "author" in (a.get("class") or "").split() for a in node.iterancestors()):
            signals.hentry_author = node_text(node) or None
        if "hentry" in tokens or "post-outer" in tokens or "wp-block-post" in tokens or "type-post" in tokens:
            entry_candidates.append(node)
        if len(node) > 12:  # a container of the whole page, not a date or byline element
            continue
        marker = classes + " " + ident
        wants_author = len(signals.byline_texts) < 6 and AUTHOR_CONTAINER.search(marker)
        wants_date = len(signals.date_texts) < 12 and DATE_CONTAINER.search(marker)
        if (wants_author or wants_date) and not _in_side(node):
            text = node_text(node)
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
            signals.hentry_author = node_text(author[0]) or None
    for node in tree.xpath('//*[@itemtype or @itemprop="headline"]'):  # schema.org microdata, one pass
        if node.get("itemprop") == "headline" and signals.microdata_headline is None:
            signals.microdata_headline = (node.get("content") or node_text(node)) or None
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


def headline_meta(tree, title: str | None) -> list[str]:
    """Short text segments right after the headline whose text is the title: where templates without
    markup put "Senin, 15 Januari 2024 09:30 WIB | Oleh: Humas". Read only when markup gave no date or
    author. Headlines: h1-h3, and title cells/divs of table and div templates (Joomla 1.5
    `td.contentheading`, `div.judul`)."""
    folded = " ".join((title or "").split()).casefold()
    if len(folded) < 8:
        return []
    headings = tree.xpath('//h1 | //h2 | //h3 | //*[contains(@class, "contentheading") or '
                          'contains(@class, "judul") or contains(@class, "title")][not(self::a)]')
    heading = next((h for h in headings if node_text(h).casefold() == folded and not _in_chrome(h)), None)
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
            whole = node_text(node)
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
    return _marked(node.iterancestors(), _CHROME_TAGS, _CHROME_CLASS)


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


LINKED_LINE_CHARS = 20  # a link text this long may be a headline
