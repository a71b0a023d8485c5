"""Render the demo outlet into the pages a real news site serves: home with pagination, category, tag and
author archives, article pages (meta published time, JSON-LD NewsArticle, visible byline), static pages,
RSS 2.0, a sitemap index with its sitemaps, and robots.txt.

Everything is rendered once for a base URL (the server's address) into `Response`s keyed by path.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from demo.content import Article, Block, Content, bundled_content

TEMPLATES = Path(__file__).with_name("templates")
STATIC = Path(__file__).with_name("static")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".js": "text/javascript; charset=utf-8"}
BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass(frozen=True)
class Response:
    body: bytes
    content_type: str
    last_modified: dt.datetime
    status: int = 200

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:20] + '"'


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def fmt_date(moment: dt.datetime) -> str:
    return f"{DAYS[moment.weekday()]}, {moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def fmt_datetime(moment: dt.datetime) -> str:
    return f"{fmt_date(moment)} - {moment:%H:%M} WIB"


def _inline(text: str) -> Markup:
    """Escape the text, then turn `**bold**` into <strong>."""
    return Markup(BOLD.sub(lambda m: f"<strong>{m.group(1)}</strong>", str(escape(text))))


class SiteRenderer:
    def __init__(self, content: Content, base_url: str):
        self.content = content
        self.site = content.site
        self.base_url = base_url.rstrip("/")
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                               trim_blocks=False, lstrip_blocks=False)
        articles = content.articles
        self.latest = articles[:5]
        # "Most read" is simulated: a fixed, varied pick so the widget looks real and is stable across runs.
        self.popular = tuple(sorted(articles, key=lambda a: hashlib.md5(a.slug.encode()).hexdigest())[:5])
        self.category_counts = Counter(article.category for article in articles)
        self.launch = min(article.published for article in articles)
        self.newest = max(article.modified for article in articles)

    # --- helpers exposed to templates --------------------------------------------------------------
    def render_block(self, block: Block) -> Markup:
        if block.kind == "heading":
            return Markup("<h2>") + _inline(block.text) + Markup("</h2>")
        if block.kind == "list":
            items = Markup("").join(Markup("<li>") + _inline(item) + Markup("</li>") for item in block.items)
            return Markup("<ul>") + items + Markup("</ul>")
        if block.kind == "related":
            target = self.content.by_slug[block.slug]
            return Markup('<p class="baca-juga"><strong>Baca juga:</strong> <a href="{}">{}</a></p>').format(
                target.url_path, target.title)
        return Markup("<p>") + _inline(block.text) + Markup("</p>")

    def _context(self, path: str, **extra) -> dict:
        return {
            "site": self.site, "base_url": self.base_url, "path": path, "latest": self.latest,
            "popular": self.popular, "category_counts": self.category_counts, "pages": self.content.pages,
            "year": self.newest.year, "today": fmt_date(self.newest), "fmt_date": fmt_date,
            "fmt_datetime": fmt_datetime, "slugify": slugify, "render_block": self.render_block, **extra,
        }

    def _html(self, template: str, path: str, last_modified: dt.datetime, status: int = 200, **extra) -> Response:
        body = self.env.get_template(template).render(self._context(path, **extra)).encode("utf-8")
        return Response(body, "text/html; charset=utf-8", last_modified, status)

    # --- pages -------------------------------------------------------------------------------------
    def _listing(self, base_path: str, items: tuple[Article, ...], heading: str | None) -> dict[str, Response]:
        per_page = self.site.per_page
        page_count = max(1, -(-len(items) // per_page))

        def page_url(number: int) -> str:
            return base_path if number == 1 else f"{base_path}page/{number}/"

        pages = {}
        for number in range(1, page_count + 1):
            chunk = items[(number - 1) * per_page: number * per_page]
            path = page_url(number)
            pages[path] = self._html(
                "listing.html", path, max(a.modified for a in chunk) if chunk else self.launch,
                items=chunk, heading=heading, page_number=number, page_count=page_count, page_url=page_url)
        return pages

    def _json_ld(self, article: Article) -> str:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": self.base_url + article.url_path},
            "headline": article.title,
            "description": article.summary[:155],
            "datePublished": article.published.isoformat(),
            "dateModified": article.modified.isoformat(),
            "author": {"@type": "Person", "name": article.author,
                       "url": f"{self.base_url}/penulis/{slugify(article.author)}/"},
            "publisher": {"@type": "Organization", "name": self.site.name,
                          "logo": {"@type": "ImageObject", "url": self.base_url + "/static/logo.svg"}},
            "articleSection": self.site.categories[article.category],
            "keywords": list(article.tags),
            "inLanguage": "id-ID",
        }
        # "</" must not appear raw inside a <script> element.
        return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")

    def _article(self, index: int, article: Article) -> Response:
        articles = self.content.articles
        same_category = [a for a in articles if a.category == article.category and a.slug != article.slug]
        return self._html(
            "article.html", article.url_path, article.modified, article=article,
            json_ld=self._json_ld(article), related=same_category[:4],
            previous=articles[index + 1] if index + 1 < len(articles) else None,
            next=articles[index - 1] if index > 0 else None)

    def _feed(self) -> Response:
        items = self.content.articles[: self.site.feed_items]
        parts = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
            "<channel>",
            f"<title>{xml_escape(self.site.name)}</title>",
            f"<link>{self.base_url}/</link>",
            f'<atom:link href="{self.base_url}/feed/" rel="self" type="application/rss+xml"/>',
            f"<description>{xml_escape(self.site.tagline)}</description>",
            "<language>id-ID</language>",
            f"<lastBuildDate>{format_datetime(self.newest)}</lastBuildDate>",
        ]
        for article in items:
            url = self.base_url + article.url_path
            parts += [
                "<item>",
                f"<title>{xml_escape(article.title)}</title>",
                f"<link>{url}</link>",
                f'<guid isPermaLink="true">{url}</guid>',
                f"<pubDate>{format_datetime(article.published)}</pubDate>",
                f"<dc:creator>{xml_escape(article.author)}</dc:creator>",
                f"<category>{xml_escape(self.site.categories[article.category])}</category>",
                f"<description>{xml_escape(article.summary)}</description>",
                "</item>",
            ]
        parts += ["</channel>", "</rss>"]
        return Response("\n".join(parts).encode("utf-8"), "application/rss+xml; charset=utf-8", self.newest)

    def _urlset(self, entries: list[tuple[str, dt.datetime]]) -> bytes:
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for path, modified in entries:
            lines.append(f"<url><loc>{xml_escape(self.base_url + path)}</loc>"
                         f"<lastmod>{modified.isoformat()}</lastmod></url>")
        lines.append("</urlset>")
        return "\n".join(lines).encode("utf-8")

    def _sitemaps(self) -> dict[str, Response]:
        xml = "application/xml; charset=utf-8"
        posts = [(a.url_path, a.modified) for a in self.content.articles]
        pages = [("/", self.newest)] + [(p.url_path, self.launch) for p in self.content.pages]
        categories = [(f"/kategori/{key}/", self.newest) for key in self.site.categories if self.category_counts[key]]
        maps = {"/post-sitemap.xml": (posts, self.newest), "/page-sitemap.xml": (pages, self.newest),
                "/category-sitemap.xml": (categories, self.newest)}
        responses = {path: Response(self._urlset(entries), xml, modified) for path, (entries, modified) in maps.items()}
        index = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for path, (_, modified) in maps.items():
            index.append(f"<sitemap><loc>{self.base_url}{path}</loc><lastmod>{modified.isoformat()}</lastmod></sitemap>")
        index.append("</sitemapindex>")
        responses["/sitemap.xml"] = Response("\n".join(index).encode("utf-8"), xml, self.newest)
        return responses

    def _robots(self) -> Response:
        text = (
            "User-agent: *\n"
            f"Disallow: {self.site.admin_path}\n"
            f"Allow: {self.site.admin_path}admin-ajax.php\n"
            "Disallow: /wp-comments-post.php\n"
            "\n"
            f"Sitemap: {self.base_url}/sitemap.xml\n"
        )
        return Response(text.encode("utf-8"), "text/plain; charset=utf-8", self.launch)

    def render_all(self) -> dict[str, Response]:
        """Every page of the site by path (paths end in '/' except files such as /robots.txt)."""
        responses: dict[str, Response] = {}
        articles = self.content.articles
        responses.update(self._listing("/", articles, None))
        for key, label in self.site.categories.items():
            chosen = tuple(a for a in articles if a.category == key)
            if chosen:
                responses.update(self._listing(f"/kategori/{key}/", chosen, f"Kategori: {label}"))
        tags = sorted({tag for article in articles for tag in article.tags})
        for tag in tags:
            chosen = tuple(a for a in articles if tag in a.tags)
            responses.update(self._listing(f"/tag/{slugify(tag)}/", chosen, f"Tag: {tag}"))
        for author in sorted({article.author for article in articles}):
            chosen = tuple(a for a in articles if a.author == author)
            responses.update(self._listing(f"/penulis/{slugify(author)}/", chosen, f"Penulis: {author}"))
        for index, article in enumerate(articles):
            responses[article.url_path] = self._article(index, article)
        for page in self.content.pages:
            responses[page.url_path] = self._html("page.html", page.url_path, self.launch, page=page)
        responses["/feed/"] = self._feed()
        responses.update(self._sitemaps())
        responses["/robots.txt"] = self._robots()
        for path in sorted(STATIC.iterdir()):
            content_type = STATIC_TYPES.get(path.suffix, "application/octet-stream")
            responses[f"/static/{path.name}"] = Response(path.read_bytes(), content_type, self.launch)
        return responses

    def not_found(self) -> Response:
        return self._html("notfound.html", "/404/", self.newest, status=404)

    def admin(self) -> Response:
        body = self.env.get_template("admin.html").render(site=self.site).encode("utf-8")
        return Response(body, "text/html; charset=utf-8", self.launch, status=403)


def render_site(base_url: str, content: Content | None = None) -> tuple[dict[str, Response], SiteRenderer]:
    renderer = SiteRenderer(content or bundled_content(), base_url)
    return renderer.render_all(), renderer
