"""Finding article URLs without fetching articles: robots.txt, sitemaps (indexes, WordPress `wp-sitemap`,
Yoast, Google News), RSS/Atom feeds (Blogger paging included), the WordPress REST API, and the standard
places to probe when a site announces none of them.

Everything here is a pure function over a fetched body, so it is tested without a crawl.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree
from protego import Protego

# Probed when robots.txt names no sitemap / the home page links no feed.
SITEMAP_PROBES = ("/wp-sitemap.xml", "/sitemap_index.xml", "/sitemap.xml", "/sitemap-news.xml",
                  "/news-sitemap.xml")
FEED_PROBES = ("/feed/", "/rss", "/feeds/posts/default?orderby=updated", "/rss.xml", "/atom.xml", "/index.xml")
# Child sitemaps that list no articles (WordPress core and Yoast/RankMath naming).
NON_ARTICLE_SITEMAP = re.compile(
    r"(taxonomies|taxonomy|users|user-sitemap|author|category|categories|post_tag|tag-sitemap|tags|"
    r"page-sitemap|posts-page|pages|attachment|media|image-sitemap|video-sitemap|product|local-sitemap|"
    r"wp-sitemap-posts-(?!post)[\w-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """A URL found by discovery, with what the source said about its date."""

    url: str
    lastmod: dt.datetime | None = None
    published: dt.date | None = None


@dataclass
class SitemapResult:
    children: list[Entry]  # child sitemaps of an index
    urls: list[Entry]


def parse_datetime(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    value = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
        if not match:
            return None
        try:
            parsed = dt.datetime(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def robots_sitemaps(body: str) -> list[str]:
    try:
        return list(Protego.parse(body).sitemaps)
    except Exception:  # noqa: BLE001 - a broken robots.txt only means no sitemap hints
        return []


MAX_CRAWL_DELAY = 60.0  # seconds; a larger Crawl-delay would stall a nightly run, so it is capped


def robots_crawl_delay(body: str, user_agent: str) -> float | None:
    """The `Crawl-delay` robots.txt asks of this user agent (or of `*`), capped; None when it asks none."""
    try:
        delay = Protego.parse(body).crawl_delay(user_agent)
    except Exception:  # noqa: BLE001 - a broken robots.txt asks no delay
        return None
    if delay is None or delay <= 0:
        return None
    return min(float(delay), MAX_CRAWL_DELAY)


# The sitemaps protocol's limits for one file are 50,000 URLs and 50 MB uncompressed; real sites exceed the
# first, so it is read up to MAX_SITEMAP_URLS and the rest is reported, never held.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
MAX_SITEMAP_URLS = 200_000


def gunzip_limited(body: bytes, limit: int = MAX_SITEMAP_BYTES) -> tuple[bytes, bool]:
    """`(data, truncated)`: a gzip body decompressed to at most `limit` bytes (a small file may inflate to
    gigabytes: a gzip bomb), any other body as it is. A corrupt gzip stream gives what decompressed cleanly."""
    if body[:2] != b"\x1f\x8b":
        return body, len(body) > limit
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, limit)
    except zlib.error:
        return b"", False
    return data, bool(inflater.unconsumed_tail)


def maybe_gunzip(body: bytes) -> bytes:
    return gunzip_limited(body)[0]


_ROOT_TAG = re.compile(rb"^\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<![^>]*>\s*)*<([\w:.-]+)", re.DOTALL)


def sitemap_kind(body: bytes) -> str | None:
    """`sitemapindex` or `urlset` from the root element's name (read from the first bytes), else None."""
    match = _ROOT_TAG.match(body[:4096])
    if not match:
        return None
    name = match[1].decode("ascii", "replace").rsplit(":", 1)[-1].lower()
    return name if name in ("sitemapindex", "urlset") else None


def iter_sitemap(body: bytes, base_url: str) -> tuple[str, Iterator[Entry]] | None:
    """`("sitemapindex" | "urlset", entries)`, the entries read one at a time as the XML is parsed (a sitemap
    of 100,000 URLs is never a tree in memory); None when the body is not a sitemap."""
    body = maybe_gunzip(body)
    kind = sitemap_kind(body)
    if kind is None:
        return None
    wanted = "{*}sitemap" if kind == "sitemapindex" else "{*}url"

    def entries() -> Iterator[Entry]:
        events = etree.iterparse(io.BytesIO(body), events=("end",), tag=wanted, recover=True,
                                 resolve_entities=False, no_network=True, huge_tree=False)
        names: tuple[str, str] | None = None
        try:
            for _, node in events:
                if names is None:  # the sitemap's namespace, from its first entry
                    namespace = node.tag[: node.tag.index("}") + 1] if node.tag.startswith("{") else ""
                    names = (namespace + "loc", namespace + "lastmod")
                loc = node.findtext(names[0])
                lastmod = node.findtext(names[1])
                news_date = node.findtext(".//{*}publication_date") if len(node) > 1 else None
                node.clear(keep_tail=False)
                parent = node.getparent()
                while node.getprevious() is not None:  # what was read is dropped as it goes
                    del parent[0]
                if not loc:
                    continue
                loc = loc.strip()
                if not loc.startswith(("http://", "https://")):
                    loc = urljoin(base_url, loc)
                lastmod_at = parse_datetime(lastmod) if lastmod else None
                published_at = parse_datetime(news_date) if news_date else None
                yield Entry(url=loc, lastmod=lastmod_at or published_at,
                            published=published_at.date() if published_at else None)
        except etree.XMLSyntaxError:
            return  # a broken tail: the entries before it stand

    return kind, entries()


def parse_sitemap(body: bytes, base_url: str) -> SitemapResult | None:
    """A sitemap index or urlset (Google News and image extensions read); None when it is not one."""
    parsed = iter_sitemap(body, base_url)
    if parsed is None:
        return None
    kind, entries = parsed
    listed = list(entries)
    return SitemapResult(children=listed, urls=[]) if kind == "sitemapindex" else SitemapResult(children=[], urls=listed)


def is_article_sitemap(url: str) -> bool:
    return not NON_ARTICLE_SITEMAP.search(urlsplit(url).path + "?" + urlsplit(url).query)


@dataclass
class FeedResult:
    entries: list[Entry]
    next_url: str | None
    is_wordpress: bool
    is_blogger: bool


def _struct_time(value) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime(*value[:6], tzinfo=dt.UTC)
    except (TypeError, ValueError):
        return None


def parse_feed(body: bytes, base_url: str) -> FeedResult | None:
    """RSS or Atom; None when the body is not a feed."""
    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    if not parsed.entries and not parsed.feed.get("title") and parsed.bozo:
        return None
    if parsed.version == "" and not parsed.entries:
        return None
    entries = []
    for item in parsed.entries:
        link = None
        for candidate in item.get("links", []):
            if candidate.get("rel") == "alternate" and "html" in candidate.get("type", "text/html"):
                link = candidate.get("href")
                break
        # FeedBurner rewrites links to its own host; the original address is kept beside it.
        link = item.get("feedburner_origlink") or link or item.get("link")
        if not link:
            continue
        published = _struct_time(item.get("published_parsed"))
        updated = _struct_time(item.get("updated_parsed")) or published
        entries.append(Entry(url=urljoin(base_url, link), lastmod=updated,
                             published=published.date() if published else None))
    next_url = None
    for link in parsed.feed.get("links", []):
        if link.get("rel") == "next" and link.get("href"):
            next_url = urljoin(base_url, link["href"])
    generator = (parsed.feed.get("generator") or "").lower()
    return FeedResult(entries=entries, next_url=next_url, is_wordpress="wordpress" in generator,
                      is_blogger="blogger" in generator)


def wordpress_posts_url(api_root: str, page: int = 1) -> str:
    """The REST listing of posts, newest change first, with only the fields discovery needs."""
    root = api_root if api_root.endswith("/") else api_root + "/"
    if "rest_route=" in root:
        return f"{api_root.rstrip('/')}/wp/v2/posts&per_page=50&page={page}&orderby=modified&_fields=link,date_gmt,modified_gmt"
    return urljoin(root, f"wp/v2/posts?per_page=50&page={page}&orderby=modified&_fields=link,date_gmt,modified_gmt")


def parse_wordpress_posts(body: bytes) -> list[Entry] | None:
    """Entries from `/wp-json/wp/v2/posts`; None when the body is not that API's answer."""
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    if not isinstance(data, list):
        return None
    entries = []
    for post in data:
        if not isinstance(post, dict) or not isinstance(post.get("link"), str):
            continue
        published = parse_datetime((post.get("date_gmt") or "") + ("Z" if post.get("date_gmt") else ""))
        modified = parse_datetime((post.get("modified_gmt") or "") + ("Z" if post.get("modified_gmt") else ""))
        entries.append(Entry(url=post["link"], lastmod=modified or published,
                             published=published.date() if published else None))
    return entries
