"""Three fixture sites in the shapes Indonesian regional news takes, rendered like the real CMSs:

- `WordPressSite`: postname permalinks, RSS feed with `?paged=`, `wp-sitemap.xml`, the REST API, home and
  category pagination, tag/author/attachment/static pages, Yoast-like JSON-LD, a duplicate post;
- `BloggerSite`: full posts on the home page, `?updated-max=` paging, labels, Atom feed with
  `start-index` paging, "Posting Komentar" chrome, `?m=1` mobile links, a static `/p/` page;
- `GovernmentSite`: a custom CMS with only paginated `/berita?page=N` listings and
  `/berita/detail/N/slug` pages, no feed, no sitemap, soft 404s, static profile pages.

Each site knows which of its URLs are articles (`expected()`), for recall and precision.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from urllib.parse import parse_qs

from tests.support.crawlsite_content import Post, blogger_posts, government_posts, wordpress_posts
from tests.support.crawlsite_server import Reply

MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def e(text: str) -> str:
    return html.escape(text, quote=True)


def tanggal(when: dt.datetime) -> str:
    return f"{DAYS_ID[when.weekday()]}, {when.day} {MONTHS_ID[when.month - 1]} {when.year}"


def ts(when: dt.datetime) -> float:
    return when.timestamp()


class FixtureSite:
    name = "fixture"
    posts: list[Post]

    def __init__(self, offsite: str = "http://localhost:9/"):
        self.offsite = offsite
        self.root = ""  # set by the test once the server has a port

    def bind(self, root: str) -> None:
        self.root = root

    def url(self, path: str) -> str:
        return self.root.rstrip("/") + path

    def post(self, slug: str) -> Post:
        return next(p for p in self.posts if p.slug == slug)

    def sorted_posts(self) -> list[Post]:
        return sorted(self.posts, key=lambda p: p.published, reverse=True)

    def expected(self) -> dict[str, Post]:
        """Canonical URL -> post for every article of the site."""
        return {self.post_url(p): p for p in self.posts}

    def post_url(self, post: Post) -> str:
        raise NotImplementedError

    def handle(self, path: str, query: str, server) -> Reply | None:
        raise NotImplementedError


# --- WordPress ---------------------------------------------------------------------------------------

class WordPressSite(FixtureSite):
    name = "Warta Majapahit"
    per_page = 3

    def __init__(self, offsite: str = "http://localhost:9/"):
        super().__init__(offsite)
        self.posts = wordpress_posts()
        for number, post in enumerate(self.posts, 11):
            post.number = number
        original = self.post("ipm-kabupaten-mojokerto-naik")
        # The same story posted twice under two slugs (it happens): one article, not two.
        self.duplicate = Post(original.slug + "-2", original.title, original.published + dt.timedelta(hours=1),
                              original.author, list(original.paragraphs), original.category, original.tags,
                              number=99)
        self.categories = sorted({p.category for p in self.posts})
        self.tags = sorted({t for p in self.posts for t in p.tags})

    # Permalink structure "/%postname%/"; `WordPressPlainSite` has the plain one of a fresh install.
    feed_path = "/feed/"
    comments_feed_path = "/comments/feed/"
    api_root = "/wp-json/"
    secret_path = "/rahasia-redaksi-catatan-rapat-internal-redaksi/"  # disallowed by robots.txt

    def p(self, post: Post) -> str:
        return f"/{post.slug}/"

    def cat(self, category: str) -> str:
        return f"/category/{self.slugify(category)}/"

    def tag(self, tag: str) -> str:
        return f"/tag/{self.slugify(tag)}/"

    def author(self, name: str) -> str:
        return f"/author/{self.slugify(name)}/"

    def paged(self, base: str, page: int) -> str:
        return f"{base}page/{page}/"

    def attachment_path(self, post: Post) -> str:
        return f"/{post.slug}/foto-{post.slug}/"

    def static_path(self, name: str) -> str:
        return f"/{name}/"

    @staticmethod
    def with_query(path: str, query: str) -> str:
        return path + ("&" if "?" in path else "?") + query

    def post_url(self, post: Post) -> str:
        return self.url(self.p(post))

    def all_posts(self) -> list[Post]:
        return sorted(self.posts + [self.duplicate], key=lambda p: p.published, reverse=True)

    @staticmethod
    def slugify(text: str) -> str:
        return text.lower().replace(" ", "-")

    def chrome(self, title: str, body_class: str, content: str, head: str = "") -> str:
        recent = "".join(f'<li><a href="{self.p(p)}">{e(p.title)}</a> <span class="post-date">{tanggal(p.published)}</span></li>'
                         for p in self.sorted_posts()[:5])
        cats = "".join(f'<li><a href="{self.cat(c)}">{e(c)}</a></li>' for c in self.categories)
        tags = "".join(f'<a href="{self.tag(t)}">{e(t)}</a> ' for t in self.tags)
        return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<title>{e(title)} - {e(self.name)}</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="alternate" type="application/rss+xml" title="{e(self.name)} &raquo; Feed" href="{self.url(self.feed_path)}">
<link rel="alternate" type="application/rss+xml" title="{e(self.name)} &raquo; Umpan Komentar" href="{self.url(self.comments_feed_path)}">
<link rel="https://api.w.org/" href="{self.url(self.api_root)}">
<link rel="stylesheet" href="/wp-content/themes/berita/style.css">
{head}</head>
<body class="{body_class}">
<header class="site-header"><p class="site-title"><a href="/">{e(self.name)}</a></p>
<nav class="main-navigation"><ul><li><a href="/">Beranda</a></li><li><a href="{self.static_path('profil')}">Profil</a></li>
<li><a href="{self.static_path('kontak')}">Kontak</a></li>{cats}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">{content}</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Berita Terbaru</h2><ul>{recent}</ul></section>
<section class="widget"><h2>Tag</h2>{tags}</section>
<section class="widget"><h2>Tautan</h2><ul><li><a href="{self.offsite}">Portal Jawa Timur</a></li>
<li><a href="{self.offsite}berita/kabar-dari-luar-situs-ini-tidak-diikuti/">Kabar dari luar situs</a></li>
<li><a href="https://twitter.com/wartamajapahit">Twitter</a></li><li><a href="/keluar/">Arsip lama</a></li>
{f'<li><a href="{self.secret_path}">Catatan redaksi</a></li>' if self.secret_path else ""}</ul></section></aside></div>
<footer class="site-footer"><p>&copy; 2024 {e(self.name)}. Seluruh hak cipta dilindungi.</p></footer>
</body></html>"""

    def summary_block(self, post: Post) -> str:
        return f"""<article class="post type-post status-publish hentry">
<h2 class="entry-title"><a href="{self.p(post)}" rel="bookmark">{e(post.title)}</a></h2>
<div class="entry-meta"><time class="entry-date published" datetime="{post.published.isoformat()}">{tanggal(post.published)}</time>
<span class="byline">oleh <a href="{self.author(post.author)}">{e(post.author)}</a></span></div>
<div class="entry-summary"><p>{e(post.paragraphs[0][:160])}&hellip;</p></div>
<a class="more-link" href="{self.with_query(self.p(post), 'utm_source=beranda')}">Selengkapnya</a></article>"""

    def listing(self, posts: list[Post], page: int, base: str, title: str, body_class: str) -> Reply | None:
        pages = max(1, -(-len(posts) // self.per_page))
        if page > pages:
            return None
        chunk = posts[(page - 1) * self.per_page: page * self.per_page]
        nav = ""
        head = ""
        if page < pages:
            nav += f'<a class="next page-numbers" href="{self.paged(base, page + 1)}">Berikutnya &raquo;</a>'
            head += f'<link rel="next" href="{self.url(self.paged(base, page + 1))}">'
        if page > 1:
            nav = f'<a class="prev page-numbers" href="{self.paged(base, page - 1)}">&laquo; Sebelumnya</a>' + nav
        content = "".join(self.summary_block(p) for p in chunk) + f'<nav class="navigation pagination">{nav}</nav>'
        cls = body_class + (f" paged paged-{page}" if page > 1 else "")
        return Reply(body=self.chrome(title, cls, content, head))

    def article(self, post: Post) -> Reply:
        others = [p for p in self.sorted_posts() if p.slug != post.slug][:3]
        related = "".join(f'<p><a href="{self.p(p)}">{e(p.title)}</a></p>' for p in others)
        paragraphs = [f"<p>{e(t)}</p>" for t in post.paragraphs]
        paragraphs.insert(2, f'<p><strong>Baca juga: <a href="{self.p(others[0])}">{e(others[0].title)}</a></strong></p>')
        paragraphs.insert(1, f'<figure class="wp-caption"><a href="{self.attachment_path(post)}"><img src="/wp-content/uploads/2024/01/foto.jpg" alt=""></a>'
                             f'<figcaption class="wp-caption-text">Suasana kegiatan. (Foto: Humas Pemkab Mojokerto)</figcaption></figure>')
        url = self.post_url(post)
        jsonld = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": post.title},
            {"@type": "NewsArticle", "headline": post.title, "datePublished": post.published.isoformat(),
             "dateModified": post.updated.isoformat(), "author": {"@type": "Person", "name": post.author},
             "mainEntityOfPage": {"@id": url}},
        ]}
        head = f"""<link rel="canonical" href="{url}">
<meta property="og:type" content="article"><meta property="og:title" content="{e(post.title)} - {e(self.name)}">
<meta property="og:site_name" content="{e(self.name)}"><meta property="og:url" content="{url}">
<meta property="article:published_time" content="{post.published.isoformat()}">
<meta property="article:modified_time" content="{post.updated.isoformat()}">
<link rel="amphtml" href="{url}amp/">
<script type="application/ld+json">{json.dumps(jsonld)}</script>"""
        tags = " ".join(f'<a href="{self.tag(t)}" rel="tag">{e(t)}</a>' for t in post.tags)
        content = f"""<article class="post type-post status-publish format-standard hentry category-{self.slugify(post.category)}">
<header class="entry-header"><h1 class="entry-title">{e(post.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{post.published.isoformat()}">{tanggal(post.published)}</time></span>
<span class="byline"><span class="author vcard"><a class="url fn n" href="{self.author(post.author)}">{e(post.author)}</a></span></span></div></header>
<div class="entry-content">{''.join(paragraphs)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Bagikan ini:</h3><ul><li><a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a></li><li><a href="https://api.whatsapp.com/send?text={url}">WhatsApp</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Terkait</h3>{related}</div>
</div>
<footer class="entry-footer"><span class="tags-links">Tag: {tags}</span></footer></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Tinggalkan Balasan</h3>
<p>Alamat email Anda tidak akan dipublikasikan.</p></div></div>"""
        return Reply(body=self.chrome(post.title, f"post-template-default single single-post postid-{abs(hash(post.slug)) % 1000} single-format-standard", content, head),
                     modified=ts(post.updated))

    def attachment(self, post: Post) -> Reply:
        url = self.url(self.attachment_path(post))
        head = f"""<link rel="canonical" href="{url}"><meta property="og:type" content="article">
<meta property="article:published_time" content="{post.published.isoformat()}">"""
        content = f"""<article class="post type-attachment status-inherit hentry"><h1 class="entry-title">foto-{e(post.slug)}</h1>
<div class="entry-content"><p class="attachment"><a href="/wp-content/uploads/2024/01/foto.jpg"><img src="/wp-content/uploads/2024/01/foto.jpg"></a></p>
<p>Dokumentasi kegiatan {e(post.title)}.</p></div></article>"""
        return Reply(body=self.chrome(f"foto-{post.slug}", "attachment attachment-template-default single single-attachment", content, head))

    def static_page(self, title: str, text: str) -> Reply:
        content = f'<article class="page type-page status-publish hentry"><h1 class="entry-title">{e(title)}</h1><div class="entry-content">{text}</div></article>'
        head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"' + e(title) + '"}</script><meta property="og:type" content="website">'
        return Reply(body=self.chrome(title, "page-template-default page page-id-2", content, head))

    def rss(self, page: int) -> Reply | None:
        posts = self.all_posts()
        chunk = posts[(page - 1) * self.per_page: page * self.per_page]
        if not chunk:
            return None
        items = "".join(f"""<item><title>{e(p.title)}</title><link>{self.post_url(p)}</link>
<dc:creator><![CDATA[{p.author}]]></dc:creator><pubDate>{p.published.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>
<category><![CDATA[{p.category}]]></category><guid isPermaLink="false">{self.url('/?p=')}{p.number}</guid>
<description><![CDATA[{p.paragraphs[0][:150]}]]></description></item>""" for p in chunk)
        body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>{e(self.name)}</title><atom:link href="{self.url(self.feed_path)}" rel="self" type="application/rss+xml"/>
<link>{self.root}</link><description>Berita Kabupaten Mojokerto</description><language>id</language>
<generator>https://wordpress.org/?v=6.4.3</generator>{items}</channel></rss>"""
        return Reply(body=body, content_type="application/rss+xml; charset=UTF-8")

    def sitemap(self, path: str) -> Reply | None:
        def urlset(entries):
            body = "".join(f"<url><loc>{loc}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + "</url>"
                           for loc, lastmod in entries)
            return Reply(body=f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>',
                         content_type="application/xml; charset=UTF-8")
        if path == "/wp-sitemap.xml":
            children = ["posts-post-1", "posts-page-1", "taxonomies-category-1", "taxonomies-post_tag-1", "users-1"]
            body = "".join(f"<sitemap><loc>{self.url(f'/wp-sitemap-{c}.xml')}</loc></sitemap>" for c in children)
            return Reply(body=f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>',
                         content_type="application/xml; charset=UTF-8")
        if path == "/wp-sitemap-posts-post-1.xml":
            return urlset([(self.post_url(p), p.updated.isoformat()) for p in self.all_posts()])
        if path == "/wp-sitemap-posts-page-1.xml":
            return urlset([(self.url("/profil/"), None), (self.url("/kontak/"), None)])
        if path == "/wp-sitemap-taxonomies-category-1.xml":
            return urlset([(self.url(f"/category/{self.slugify(c)}/"), None) for c in self.categories])
        if path == "/wp-sitemap-taxonomies-post_tag-1.xml":
            return urlset([(self.url(f"/tag/{self.slugify(t)}/"), None) for t in self.tags])
        if path == "/wp-sitemap-users-1.xml":
            return urlset([(self.url(f"/author/{self.slugify(a)}/"), None) for a in sorted({p.author for p in self.posts})])
        return None

    def rest_posts(self, query: str) -> Reply:
        params = parse_qs(query)
        per_page = int(params.get("per_page", ["10"])[0])
        page = int(params.get("page", ["1"])[0])
        posts = self.all_posts()
        if params.get("orderby", [""])[0] == "modified":
            posts = sorted(posts, key=lambda p: p.updated, reverse=True)
        chunk = posts[(page - 1) * per_page: page * per_page]
        total_pages = max(1, -(-len(posts) // per_page))
        data = [{"link": self.post_url(p), "date_gmt": p.published.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S"),
                 "modified_gmt": p.updated.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")} for p in chunk]
        return Reply(body=json.dumps(data), content_type="application/json; charset=UTF-8",
                     headers={"X-WP-Total": str(len(posts)), "X-WP-TotalPages": str(total_pages)})

    def handle(self, path: str, query: str, server) -> Reply | None:
        params = parse_qs(query)
        if path == "/robots.txt":
            return Reply(body=f"User-agent: *\nDisallow: /wp-admin/\nDisallow: /rahasia-redaksi-catatan-rapat-internal-redaksi/\n"
                              f"Allow: /wp-admin/admin-ajax.php\n\nSitemap: {self.url('/wp-sitemap.xml')}\n",
                         content_type="text/plain")
        if path == "/" and not query:
            return self.listing(self.all_posts(), 1, "/", self.name, "home blog")
        if path.startswith("/page/"):
            return self.listing(self.all_posts(), int(path.split("/")[2]), "/", self.name, "home blog")
        if path == "/feed/":
            return self.rss(int(params.get("paged", ["1"])[0]))
        if path.startswith("/wp-sitemap"):
            return self.sitemap(path)
        if path == "/wp-json/wp/v2/posts":
            return self.rest_posts(query)
        if path == "/keluar/":
            return Reply(302, "", headers={"Location": self.offsite + "arsip/"})
        for kind, _key in (("category", "category"), ("tag", "tags"), ("author", "author")):
            if path.startswith(f"/{kind}/"):
                parts = path.strip("/").split("/")
                slug = parts[1]
                page = int(parts[3]) if len(parts) >= 4 and parts[2] == "page" else 1
                if kind == "category":
                    posts = [p for p in self.all_posts() if self.slugify(p.category) == slug]
                elif kind == "tag":
                    posts = [p for p in self.all_posts() if slug in [self.slugify(t) for t in p.tags]]
                else:
                    posts = [p for p in self.all_posts() if self.slugify(p.author) == slug]
                if not posts:
                    return None
                return self.listing(posts, page, f"/{kind}/{slug}/", f"Arsip {slug}", f"archive {kind} {kind}-{slug}")
        if path == "/profil/":
            return self.static_page("Profil Redaksi", "<p>" + " ".join(
                ["Warta Majapahit adalah media daring yang memberitakan kegiatan pemerintahan, ekonomi, budaya, dan kesehatan di Kabupaten Mojokerto."] * 6) + "</p>")
        if path == "/kontak/":
            return self.static_page("Kontak", "<p>Redaksi dapat dihubungi melalui surel redaksi di alamat kantor kami di Jalan Raya Jabon, Mojokerto.</p>")
        if path == "/rahasia-redaksi-catatan-rapat-internal-redaksi/":
            return self.article(Post("rahasia-redaksi-catatan-rapat-internal-redaksi", "Catatan Rapat Internal Redaksi",
                                     dt.datetime(2024, 1, 2, tzinfo=dt.UTC), "Redaksi", ["Catatan ini tidak untuk umum. " * 30] * 2))
        for post in self.all_posts():
            if path in (f"/{post.slug}/", f"/{post.slug}"):
                return self.article(post)
            if path == f"/{post.slug}/foto-{post.slug}/":
                return self.attachment(post)
            if path == f"/{post.slug}/amp/":
                return self.article(post)
        return None


class WordPressPlainSite(WordPressSite):
    """A fresh WordPress install: plain permalinks (`/?p=12`), no robots.txt or wp-sitemap (they need
    rewrite rules), the feed at `/?feed=rss2`, the REST API at `/?rest_route=/`."""

    feed_path = "/?feed=rss2"
    comments_feed_path = "/?feed=comments-rss2"
    api_root = "/?rest_route=/"
    secret_path = None  # no robots.txt to keep it out

    def p(self, post: Post) -> str:
        return f"/?p={post.number}"

    def cat(self, category: str) -> str:
        return f"/?cat={self.categories.index(category) + 1}"

    def tag(self, tag: str) -> str:
        return f"/?tag={self.slugify(tag)}"

    def author(self, name: str) -> str:
        return f"/?author={sorted({p.author for p in self.posts}).index(name) + 1}"

    def paged(self, base: str, page: int) -> str:
        return self.with_query(base, f"paged={page}") if base != "/" else f"/?paged={page}"

    def attachment_path(self, post: Post) -> str:
        return f"/?attachment_id={post.number + 100}"

    def static_path(self, name: str) -> str:
        return "/?page_id=2" if name == "profil" else "/?page_id=3"

    def handle(self, path: str, query: str, server) -> Reply | None:
        if path == "/keluar/":
            return super().handle(path, query, server)
        if path != "/":
            return None
        params = {k: v[0] for k, v in parse_qs(query).items()}
        page = int(params.get("paged", "1"))
        if "rest_route" in params:
            return self.rest_posts(query) if params["rest_route"] == "/wp/v2/posts" else None
        if params.get("feed") == "rss2":
            return self.rss(page)
        if "p" in params:
            post = next((p for p in self.all_posts() if str(p.number) == params["p"]), None)
            return self.article(post) if post else None
        if "attachment_id" in params:
            post = next((p for p in self.all_posts() if str(p.number + 100) == params["attachment_id"]), None)
            return self.attachment(post) if post else None
        if "page_id" in params:
            return super().handle("/profil/" if params["page_id"] == "2" else "/kontak/", "", server)
        if "cat" in params:
            category = self.categories[int(params["cat"]) - 1]
            posts = [p for p in self.all_posts() if p.category == category]
            return self.listing(posts, page, self.cat(category), f"Arsip {category}", "archive category")
        if "tag" in params:
            posts = [p for p in self.all_posts() if params["tag"] in [self.slugify(t) for t in p.tags]]
            return self.listing(posts, page, self.tag(params["tag"]), "Arsip tag", "archive tag") if posts else None
        if "author" in params:
            name = sorted({p.author for p in self.posts})[int(params["author"]) - 1]
            posts = [p for p in self.all_posts() if p.author == name]
            return self.listing(posts, page, self.author(name), f"Arsip {name}", "archive author")
        if params and set(params) - {"paged", "utm_source"}:
            return None
        return self.listing(self.all_posts(), page, "/", self.name, "home blog")


# --- Blogger -----------------------------------------------------------------------------------------

class BloggerSite(FixtureSite):
    name = "Warta Kota Batik"
    per_page = 3

    def __init__(self, offsite: str = "http://localhost:9/"):
        super().__init__(offsite)
        self.posts = blogger_posts()
        self.labels = {"Pemerintahan": [0, 1, 4], "Ekonomi": [2, 4], "Lingkungan": [3], "Layanan": [5, 1]}

    def post_path(self, post: Post) -> str:
        return f"/{post.published.year}/{post.published.month:02d}/{post.slug}.html"

    def post_url(self, post: Post) -> str:
        return self.url(self.post_path(post))

    def labels_of(self, post: Post) -> list[str]:
        index = self.posts.index(post)
        return [label for label, members in self.labels.items() if index in members]

    def chrome(self, title: str, content: str, head: str = "", view: str = "index") -> str:
        archive = "".join(f'<li><a href="{self.post_path(p)}">{e(p.title)}</a></li>' for p in self.sorted_posts())
        labels = "".join(f"<li><a dir='ltr' href='/search/label/{label}'>{label}</a></li>" for label in self.labels)
        return f"""<!DOCTYPE html><html class='v2' dir='ltr' lang='id'><head>
<meta content='width=1100' name='viewport'/><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{self.url('/feeds/posts/default')}' rel='alternate' title='{e(self.name)} - Atom' type='application/atom+xml'/>
<link href='{self.url('/feeds/posts/default?alt=rss')}' rel='alternate' title='{e(self.name)} - RSS' type='application/rss+xml'/>
<link href='https://www.blogger.com/feeds/123456789/posts/default' rel='service.post' type='application/atom+xml'/>
<title>{e(title)}</title>{head}</head>
<body class='loading {view}-view'>
<div class='navbar section' id='navbar'><div class='widget Navbar'><a href='https://www.blogger.com/'>Blogger</a></div></div>
<div class='content-outer'><div class='header-outer'><h1 class='title'><a href='/'>{e(self.name)}</a></h1>
<p class='description'>Kabar Kota Pekalongan setiap hari</p></div>
<div class='main-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>{content}</div></div>
<div class='sidebar section' id='sidebar-right-1'><div class='widget Label'><h2>Label</h2><ul>{labels}</ul></div>
<div class='widget BlogArchive'><h2>Arsip Blog</h2><ul>{archive}</ul></div>
<div class='widget PageList'><ul><li><a href='/p/tentang-kami.html'>Tentang Kami</a></li><li><a href='/p/catatan-internal.html'>Catatan</a></li></ul></div>
<div class='widget LinkList'><ul><li><a href='{self.offsite}'>Portal Jawa Tengah</a></li></ul></div></div></div>
<div class='footer-outer'>Tema Sederhana. Diberdayakan oleh <a href='https://www.blogger.com'>Blogger</a>.</div></div>
</body></html>"""

    def post_block(self, post: Post, full: bool, mobile_links: bool = False) -> str:
        link = self.post_path(post) + ("?m=1" if mobile_links else "")
        body = "".join(f"{e(t)}<br /><br />" for t in post.paragraphs[:2])
        body += f"<b>Baca Juga:</b> <a href='{self.post_path(self.sorted_posts()[-1])}'>{e(self.sorted_posts()[-1].title)}</a><br /><br />"
        body += "".join(f"{e(t)}<br /><br />" for t in post.paragraphs[2:])
        body += "<div class='separator'><a href='https://blogger.googleusercontent.com/img/a/foto.jpg'><img src='https://blogger.googleusercontent.com/img/a/foto.jpg'/></a></div>"
        body += "<table class='tr-caption-container'><tr><td class='tr-caption'>Foto: dokumentasi Pemkot Pekalongan</td></tr></table>"
        if not full:
            body = e(post.paragraphs[0][:200]) + "..."
        labels = ", ".join(f"<a href='/search/label/{label}' rel='tag'>{label}</a>" for label in self.labels_of(post))
        comments = ""
        if full:
            comments = """<div class='comments' id='comments'><h4>1 komentar:</h4>
<dl id='comments-block'><dt class='comment-author'>Warga Pekalongan mengatakan...</dt>
<dd class='comment-body'><p>Semoga programnya berjalan lancar.</p></dd></dl>
<p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/1/2'>Posting Komentar</a></p></div>"""
        return f"""<div class='date-outer'><h2 class='date-header'><span>{tanggal(post.published)}</span></h2>
<div class='post-outer'><div class='post hentry' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<h3 class='post-title entry-title' itemprop='name'><a href='{link}'>{e(post.title)}</a></h3>
<div class='post-header'></div>
<div class='post-body entry-content' itemprop='description articleBody'>{body}</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Diposting oleh
<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><span itemprop='name'>{e(post.author)}</span></span></span>
<span class='post-timestamp'>di <a class='timestamp-link' href='{link}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{post.published.isoformat()}'>{post.published.strftime('%H.%M')}</abbr></a></span>
<div class='post-share-buttons goog-inline-block'><a class='share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=1&postID=2&target=email'>Kirimkan Ini lewat Email</a>
<a class='share-button sb-whatsapp' href='https://api.whatsapp.com/send?text={self.post_url(post)}'>BlogThis!</a></div></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Label: {labels}</span></div></div>
{comments}</div></div></div>"""

    def pager(self, older: str | None, newer: str | None) -> str:
        parts = ["<div class='blog-pager' id='blog-pager'>"]
        if newer:
            parts.append(f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{newer}'>Posting Lebih Baru</a></span>")
        if older:
            parts.append(f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{older}'>Posting Lama</a></span>")
        parts.append("<a class='home-link' href='/'>Beranda</a></div>")
        parts.append(f"<div class='post-feeds'>Langganan: <a href='{self.url('/feeds/posts/default')}'>Posting Komentar (Atom)</a></div>")
        return "".join(parts)

    def listing(self, posts: list[Post], base: str, mobile_links: bool = False) -> Reply:
        chunk = posts[: self.per_page]
        older = None
        if len(posts) > self.per_page:
            marker = chunk[-1].published.isoformat().replace("+", "%2B")
            older = f"{base}?updated-max={marker}&max-results={self.per_page}" if "?" not in base else \
                f"{base}&updated-max={marker}&max-results={self.per_page}"
        content = "".join(self.post_block(p, full=True, mobile_links=mobile_links) for p in chunk) + self.pager(older, "/")
        return Reply(body=self.chrome(self.name, content))

    def article(self, post: Post) -> Reply:
        url = self.post_url(post)
        index = self.sorted_posts().index(post)
        newer = self.post_path(self.sorted_posts()[index - 1]) if index > 0 else None
        older = self.post_path(self.sorted_posts()[index + 1]) if index + 1 < len(self.posts) else None
        head = f"<link href='{url}' rel='canonical'/><meta content='{url}' property='og:url'/><meta content='{e(post.title)}' property='og:title'/>"
        content = self.post_block(post, full=True) + self.pager(older, newer)
        return Reply(body=self.chrome(f"{self.name}: {post.title}", content, head, view="item"), modified=ts(post.updated))

    def atom(self, query: str) -> Reply:
        params = parse_qs(query)
        start = int(params.get("start-index", ["1"])[0])
        size = int(params.get("max-results", [str(self.per_page)])[0])
        posts = self.sorted_posts()
        if params.get("orderby", ["updated"])[0] == "updated":
            posts = sorted(self.posts, key=lambda p: p.updated, reverse=True)
        chunk = posts[start - 1: start - 1 + size]
        entries = "".join(f"""<entry><id>tag:blogger.com,1999:blog-1.post-{i}</id><published>{p.published.isoformat()}</published>
<updated>{p.updated.isoformat()}</updated><title type='text'>{e(p.title)}</title><content type='html'>{e(' '.join(p.paragraphs))}</content>
<link rel='alternate' type='text/html' href='{self.post_url(p)}' title='{e(p.title)}'/><author><name>{e(p.author)}</name></author></entry>"""
                          for i, p in enumerate(chunk))
        base = {k: v[0] for k, v in params.items()}
        links = ""
        if start - 1 + size < len(posts):
            base.update({"start-index": str(start + size), "max-results": str(size)})
            links = f"<link rel='next' type='application/atom+xml' href='{self.url('/feeds/posts/default')}?{'&amp;'.join(f'{k}={v}' for k, v in base.items())}'/>"
        body = f"""<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>
<id>tag:blogger.com,1999:blog-1</id><updated>{max(p.updated for p in self.posts).isoformat()}</updated><title type='text'>{e(self.name)}</title>
<link rel='alternate' type='text/html' href='{self.root}'/>{links}<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>
<openSearch:totalResults>{len(posts)}</openSearch:totalResults>{entries}</feed>"""
        return Reply(body=body, content_type="application/atom+xml; charset=UTF-8")

    def handle(self, path: str, query: str, server) -> Reply | None:
        params = parse_qs(query)
        if path == "/robots.txt":
            return Reply(body="User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /p/catatan-internal.html\nAllow: /\n",
                         content_type="text/plain")
        if path == "/":
            return self.listing(self.sorted_posts(), "/search")
        if path == "/search" and "updated-max" in params:
            limit = dt.datetime.fromisoformat(params["updated-max"][0])
            return self.listing([p for p in self.sorted_posts() if p.published < limit], "/search")
        if path.startswith("/search/label/"):
            label = path.rsplit("/", 1)[-1]
            members = [self.posts[i] for i in self.labels.get(label, [])]
            members = sorted(members, key=lambda p: p.published, reverse=True)
            if "updated-max" in params:
                limit = dt.datetime.fromisoformat(params["updated-max"][0])
                members = [p for p in members if p.published < limit]
            return self.listing(members, path, mobile_links=True) if members else None
        if path == "/feeds/posts/default":
            return self.atom(query)
        if path == "/p/tentang-kami.html":
            text = ("Warta Kota Batik adalah blog warga yang mengabarkan kegiatan di Kota Pekalongan sejak 2015. "
                    "Kami menulis tentang pemerintahan, ekonomi kreatif, dan lingkungan. ") * 5
            content = f"<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>Tentang Kami</h3><div class='post-body entry-content'>{e(text)}</div></div></div>"
            return Reply(body=self.chrome("Tentang Kami", content, view="item"))
        if path == "/p/catatan-internal.html":
            return Reply(body=self.chrome("Catatan", "<p>Catatan internal.</p>"))
        for post in self.posts:
            if path == self.post_path(post):
                return self.article(post)
        return None


# --- custom government CMS ---------------------------------------------------------------------------

class GovernmentSite(FixtureSite):
    name = "Pemerintah Kabupaten Kendal"
    per_page = 3

    def __init__(self, offsite: str = "http://localhost:9/"):
        super().__init__(offsite)
        self.posts = government_posts()

    def post_path(self, post: Post) -> str:
        return f"/berita/detail/{post.number}/{post.slug}"

    def post_url(self, post: Post) -> str:
        return self.url(self.post_path(post))

    def chrome(self, title: str, content: str) -> str:
        terbaru = "".join(f'<li><a href="{self.post_path(p)}">{e(p.title)}</a><br><small class="tanggal">{tanggal(p.published)}</small></li>'
                          for p in self.sorted_posts()[:4])
        return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{e(title)} | {e(self.name)}</title>
<meta property="og:type" content="website"><meta property="og:site_name" content="{e(self.name)}">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head><body>
<nav class="navbar"><a class="navbar-brand" href="/">Pemkab Kendal</a><ul class="nav">
<li><a href="/">Beranda</a></li><li><a href="/profil/sejarah">Sejarah</a></li><li><a href="/profil/visi-misi">Visi dan Misi</a></li>
<li><a href="/pemerintahan/struktur-organisasi-perangkat-daerah">Struktur Organisasi</a></li><li><a href="/berita">Berita</a></li>
<li><a href="/galeri/foto">Galeri</a></li><li><a href="/kontak">Kontak</a></li><li><a href="/admin/login">Masuk</a></li></ul></nav>
<div class="container"><div class="row"><div class="col-md-8">{content}</div>
<div class="col-md-4 sidebar"><div class="card"><h4>Berita Terbaru</h4><ul>{terbaru}</ul></div>
<div class="card"><h4>Tautan</h4><ul><li><a href="{self.offsite}">Provinsi Jawa Tengah</a></li><li><a href="https://www.lapor.go.id">SP4N LAPOR!</a></li></ul></div></div></div></div>
<footer class="footer"><p>Hak Cipta &copy; 2024 Dinas Komunikasi dan Informatika Kabupaten Kendal. Jl. Soekarno-Hatta No. 193 Kendal.</p>
<p>Pengunjung hari ini: 1.204</p></footer></body></html>"""

    def card(self, post: Post) -> str:
        return f"""<div class="media"><img src="/uploads/berita/{post.number}.jpg"><div class="media-body">
<h5><a href="{self.post_path(post)}">{e(post.title)}</a></h5><span class="tanggal">{tanggal(post.published)}</span>
<p>{e(post.paragraphs[0][:140])}...</p><a href="{self.post_path(post)}" class="btn">Selengkapnya</a></div></div>"""

    def listing(self, page: int) -> Reply | None:
        posts = self.sorted_posts()
        pages = -(-len(posts) // self.per_page)
        if page < 1 or page > pages:
            return None
        chunk = posts[(page - 1) * self.per_page: page * self.per_page]
        numbers = "".join(f'<li><a href="/berita?page={n}">{n}</a></li>' for n in range(1, pages + 1) if n != page)
        nxt = f'<li><a href="/berita?page={page + 1}">Selanjutnya &raquo;</a></li>' if page < pages else ""
        content = f'<h2>Berita Daerah</h2>{"".join(self.card(p) for p in chunk)}<ul class="pagination">{numbers}{nxt}</ul>'
        return Reply(body=self.chrome("Berita", content))

    def article(self, post: Post) -> Reply:
        others = [p for p in self.sorted_posts() if p.slug != post.slug][:3]
        paragraphs = [f"<p>{e(t)}</p>" for t in post.paragraphs]
        paragraphs.insert(2, f'<p>Baca juga: <a href="{self.post_path(others[0])}">{e(others[0].title)}</a></p>')
        paragraphs.append("<p>Foto: Humas Setda Kendal</p>")
        related = "".join(f'<li><a href="{self.post_path(p)}">{e(p.title)}</a></li>' for p in others)
        content = f"""<div class="detail-berita"><h1 class="judul">{e(post.title)}</h1>
<div class="info-berita"><span class="tanggal"><i class="fa fa-calendar"></i> {tanggal(post.published)} {post.published.strftime('%H:%M')} WIB</span>
<span class="penulis"><i class="fa fa-user"></i> Penulis: {e(post.author)}</span> <span class="dibaca">Dibaca 245 kali</span></div>
<img src="/uploads/berita/{post.number}.jpg" class="img-fluid"><div class="caption">Bupati Kendal dalam kegiatan tersebut</div>
<div class="isi-berita">{''.join(paragraphs)}</div>
<div class="share"><span>Bagikan:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={self.post_url(post)}">Facebook</a>
<a href="https://twitter.com/intent/tweet?url={self.post_url(post)}">Twitter</a> <a href="/berita/cetak/{post.number}">Cetak</a></div>
<div class="berita-terkait"><h4>Baca Juga</h4><ul>{related}</ul></div></div>"""
        return Reply(body=self.chrome(post.title, content), modified=ts(post.updated))

    def static(self, title: str, paragraphs: list[str]) -> Reply:
        content = f'<div class="halaman"><h1>{e(title)}</h1>' + "".join(f"<p>{e(p)}</p>" for p in paragraphs) + "</div>"
        return Reply(body=self.chrome(title, content))

    def soft_404(self) -> Reply:
        return Reply(200, self.chrome("Halaman tidak ditemukan", "<h2>Maaf, halaman yang Anda cari tidak ditemukan.</h2>"))

    def handle(self, path: str, query: str, server) -> Reply | None:
        params = parse_qs(query)
        if path == "/robots.txt":
            return Reply(body="User-agent: *\nDisallow: /admin/\nDisallow: /berita/cetak/\n", content_type="text/plain")
        if path == "/":
            content = "<h2>Selamat Datang di Portal Resmi Pemerintah Kabupaten Kendal</h2>" + "".join(
                self.card(p) for p in self.sorted_posts()[:3]) + '<a href="/berita">Indeks Berita</a>'
            return Reply(body=self.chrome("Beranda", content))
        if path == "/berita":
            return self.listing(int(params.get("page", ["1"])[0]))
        if path == "/profil/sejarah":
            return self.static("Sejarah Kabupaten Kendal", [
                "Kabupaten Kendal memiliki sejarah panjang yang berkaitan dengan tokoh Tumenggung Bahurekso, panglima Kesultanan Mataram yang memimpin penyerangan ke Batavia.",
                "Nama Kendal dipercaya berasal dari pohon kendal yang banyak tumbuh di wilayah ini pada masa lalu. Pohon tersebut kemudian menjadi lambang daerah.",
                "Wilayah kabupaten membentang dari pesisir utara Laut Jawa hingga pegunungan di selatan, dengan sungai-sungai yang mengairi lahan pertanian warga.",
                "Pemerintah daerah terus melestarikan situs-situs sejarah dan tradisi masyarakat sebagai bagian dari identitas daerah yang perlu dijaga bersama.",
                "Kabupaten Kendal kini terdiri atas dua puluh kecamatan dengan pusat pemerintahan di Kecamatan Kendal.",
            ])
        if path == "/profil/visi-misi":
            return self.static("Visi dan Misi", ["Terwujudnya Kabupaten Kendal yang sejahtera, berkeadilan, dan berdaya saing.",
                                                  "Meningkatkan kualitas pelayanan publik yang cepat, mudah, dan terjangkau."])
        if path == "/pemerintahan/struktur-organisasi-perangkat-daerah":
            return self.static("Struktur Organisasi Perangkat Daerah", [
                "Perangkat daerah Kabupaten Kendal terdiri atas sekretariat daerah, sekretariat DPRD, inspektorat, dinas, badan, dan kecamatan. " * 3])
        if path == "/kontak":
            return self.static("Kontak", ["Jl. Soekarno-Hatta No. 193 Kendal, telepon (0294) 381201."])
        for post in self.posts:
            if path == self.post_path(post):
                return self.article(post)
        if path.startswith("/admin") or path.startswith("/berita/cetak") or path.startswith("/galeri"):
            return None
        return self.soft_404()
