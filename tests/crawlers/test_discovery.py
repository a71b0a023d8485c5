"""Sitemaps, feeds and the WordPress REST API read without a crawl."""

import datetime as dt
import gzip
import json

from crawlers.discovery import (
    is_article_sitemap,
    parse_feed,
    parse_sitemap,
    parse_wordpress_posts,
    robots_sitemaps,
    wordpress_posts_url,
)


def test_robots_sitemap_lines():
    robots = "User-agent: *\nDisallow: /wp-admin/\nSitemap: https://site.id/sitemap_index.xml\nsitemap: https://site.id/news.xml\n"
    assert robots_sitemaps(robots) == ["https://site.id/sitemap_index.xml", "https://site.id/news.xml"]


def test_sitemap_index_and_gzip_urlset_with_google_news():
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://site.id/post-sitemap.xml</loc><lastmod>2024-03-01T10:00:00+07:00</lastmod></sitemap>
<sitemap><loc>https://site.id/category-sitemap.xml</loc></sitemap></sitemapindex>"""
    result = parse_sitemap(index, "https://site.id/sitemap_index.xml")
    assert [c.url for c in result.children] == ["https://site.id/post-sitemap.xml", "https://site.id/category-sitemap.xml"]
    assert result.children[0].lastmod == dt.datetime(2024, 3, 1, 3, 0, tzinfo=dt.UTC)
    assert is_article_sitemap("https://site.id/post-sitemap.xml")
    assert not is_article_sitemap("https://site.id/category-sitemap.xml")
    assert not is_article_sitemap("https://site.id/wp-sitemap-posts-page-1.xml")
    assert not is_article_sitemap("https://site.id/wp-sitemap-users-1.xml")
    assert is_article_sitemap("https://site.id/wp-sitemap-posts-post-1.xml")
    news = gzip.compress(b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://site.id/bupati-lantik-pejabat/</loc><news:news><news:publication_date>2024-03-07T10:00:00+07:00</news:publication_date>
<news:title>Bupati Lantik Pejabat</news:title></news:news></url></urlset>""")
    result = parse_sitemap(news, "https://site.id/news-sitemap.xml.gz")
    assert result.urls[0].url == "https://site.id/bupati-lantik-pejabat/"
    assert result.urls[0].published == dt.date(2024, 3, 7)
    assert parse_sitemap(b"<html><body>Halaman tidak ditemukan</body></html>", "https://site.id/sitemap.xml") is None


def test_atom_feed_with_next_page():
    atom = b"""<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Blog</title>
<link rel='next' type='application/atom+xml' href='https://x.blogspot.com/feeds/posts/default?start-index=26&amp;max-results=25'/>
<generator>Blogger</generator>
<entry><published>2024-03-07T10:00:00+07:00</published><updated>2024-03-08T10:00:00+07:00</updated><title>A</title>
<link rel='replies' type='text/html' href='https://x.blogspot.com/2024/03/a.html#comment-form'/>
<link rel='alternate' type='text/html' href='https://x.blogspot.com/2024/03/a.html'/></entry></feed>"""
    result = parse_feed(atom, "https://x.blogspot.com/feeds/posts/default")
    assert result.is_blogger and result.next_url.endswith("start-index=26&max-results=25")
    assert result.entries[0].url == "https://x.blogspot.com/2024/03/a.html"
    assert result.entries[0].published == dt.date(2024, 3, 7)
    assert result.entries[0].lastmod == dt.datetime(2024, 3, 8, 3, 0, tzinfo=dt.UTC)
    assert parse_feed(b"<html><head><title>x</title></head><body>bukan feed</body></html>", "https://a.id/feed") is None


def test_wordpress_rest_posts():
    assert wordpress_posts_url("https://site.id/wp-json/").startswith("https://site.id/wp-json/wp/v2/posts?per_page=50&page=1")
    body = json.dumps([{"link": "https://site.id/a-b-c/", "date_gmt": "2024-03-07T03:00:00", "modified_gmt": "2024-03-09T01:00:00"}])
    entries = parse_wordpress_posts(body.encode())
    assert entries[0].published == dt.date(2024, 3, 7)
    assert entries[0].lastmod == dt.datetime(2024, 3, 9, 1, 0, tzinfo=dt.UTC)
    assert parse_wordpress_posts(b'{"code":"rest_no_route"}') is None


def test_robots_crawl_delay():
    from crawlers.discovery import robots_crawl_delay

    assert robots_crawl_delay("User-agent: *\nCrawl-delay: 5\nDisallow: /admin/\n", "pantau") == 5.0
    assert robots_crawl_delay("User-agent: pantau\nCrawl-delay: 0.5\n\nUser-agent: *\nCrawl-delay: 10\n", "pantau") == 0.5
    assert robots_crawl_delay("User-agent: *\nDisallow: /admin/\n", "pantau") is None
    assert robots_crawl_delay("User-agent: *\nCrawl-delay: 86400\n", "pantau") == 60.0
