"""End to end on the CMS shapes of `crawlsite_cms` (Joomla, Laravel/CodeIgniter portals, Yoast and Google
News sitemaps, ...): recall and precision 1.0 with the right fields, a second run that fetches no article,
an edit that becomes version 2."""

from __future__ import annotations

import datetime as dt

import pytest

from pantau.records import article_id_for_url
from tests.support.crawlsite_cms import (
    CodeIgniterSite,
    DeepPortalSite,
    Drupal8Site,
    DrupalSite,
    Joomla15Site,
    JoomlaPlainSite,
    JoomlaRewriteSite,
    JoomlaSite,
    LaravelSite,
    NewsPathSite,
    NewsSitemapSite,
    RobustSite,
    YoastSite,
)
from tests.support.crawlsite_run import article_requests, check_polite_then_idle, check_records, run_crawl
from tests.support.crawlsite_server import Reply, SiteServer

pytestmark = pytest.mark.slow

CMS_SHAPES = {"joomla": JoomlaSite, "joomla-rewrite": JoomlaRewriteSite, "joomla-plain": JoomlaPlainSite,
              "joomla-1.5": Joomla15Site,
              "laravel": LaravelSite, "codeigniter": CodeIgniterSite, "news-path": NewsPathSite,
              "yoast": YoastSite, "news-sitemap": NewsSitemapSite, "robust": RobustSite,
              "drupal": DrupalSite, "drupal-8": Drupal8Site, "deep-portal": DeepPortalSite}


@pytest.mark.parametrize("shape", list(CMS_SHAPES))
def test_cms_shape_full_cycle(shape, serve, offsite, tmp_path, crawl_db):
    site, server = serve(CMS_SHAPES[shape])
    completed, records = run_crawl(tmp_path, "--url", server.root, "--db", crawl_db)
    check_records(site, records)
    assert "errors=0" in completed.stderr, completed.stderr
    check_polite_then_idle(site, server, offsite, site.disallowed, tmp_path, crawl_db)

    post = site.sorted_posts()[1]
    post.edit("Pemerintah daerah menyampaikan pembaruan informasi terkait kegiatan ini pada hari berikutnya.")
    # Edited now: later than any other change on the site (a sitemap index dates a child by its newest change).
    post.modified = max(p.updated for p in site.posts) + dt.timedelta(days=1)
    server.clear()
    extra = ["--recheck-days", "100000"] if site.needs_recheck else []
    _, edited = run_crawl(tmp_path, "--url", server.root, "--db", crawl_db, *extra)
    assert [record["title"] for record in edited] == [post.title]
    assert edited[0]["version"] == 2
    assert edited[0]["id"] == article_id_for_url(site.post_url(post))
    assert edited[0]["text"].split("\n") == post.paragraphs
    assert len(article_requests(site, server, 200)) == 1


def test_robust_site_politeness_and_bounds(serve, tmp_path, crawl_db):
    """Crawl-delay read from robots.txt and applied; the endless calendar and the listing that repeats its
    last page forever end the crawl; AMP links fetch the original page; the soft 404 is not an article."""
    site, server = serve(RobustSite)
    completed, records = run_crawl(tmp_path, "--url", server.root, "--db", crawl_db, "-v")
    check_records(site, records)
    assert f"crawl-delay {site.crawl_delay:.2f} s for {server.root.split('//')[1].rstrip('/')}" in completed.stderr
    paths = server.paths()
    assert len(paths) < 60, paths
    assert len([p for p in paths if p.startswith("/artikel?hal=")]) <= site.pages + 1
    assert not [p for p in paths if "amp" in p.split("/")[:2] or "amp=1" in p]
    assert site.dead_path in paths


class _RedirectToHttps:
    """Every address of the plain-http server moves permanently to the same path over https."""

    def __init__(self, target: str):
        self.target = target.rstrip("/")

    def handle(self, path, query, server):
        return Reply(301, "", headers={"Location": self.target + path + (f"?{query}" if query else "")})


def test_http_redirecting_to_https_on_the_same_host(offsite, tmp_path, crawl_db):
    """`--url http://host/` of a site that moved to https: the redirects are followed (same host), every
    article is found at its https address, and a second run fetches none of them."""
    site = LaravelSite(offsite=offsite.root)
    secure = SiteServer(site, tls=True)
    site.bind(secure.root)
    secure.start()
    plain = SiteServer(_RedirectToHttps(secure.root)).start()
    try:
        completed, records = run_crawl(tmp_path, "--url", plain.root, "--db", crawl_db)
        assert "errors=0" in completed.stderr, completed.stderr
        by_title = {post.title: post for post in site.posts}
        assert sorted(r["title"] for r in records) == sorted(by_title)
        for record in records:
            post = by_title[record["title"]]
            assert record["url"] == site.post_url(post) and record["url"].startswith("https://")
            assert record["published"] == post.published.date().isoformat() and record["author"] == post.author
            assert record["text"].split("\n") == post.paragraphs
        assert offsite.paths() == []
        secure.clear()
        _, again = run_crawl(tmp_path, "--url", plain.root, "--db", crawl_db)
        assert again == []
        assert article_requests(site, secure) == []
    finally:
        plain.stop()
        secure.stop()
