"""Hostile text from the web (titles, evidence, names) is shown as text everywhere, never run."""

from __future__ import annotations

import xml.etree.ElementTree as ET


def test_hostile_title_and_text_are_escaped_on_every_page(site):
    identifier = site.client.get("/api/events", params={"q": "berbahaya"}).json()["events"][0]["id"]
    for url in ("/?q=berbahaya", f"/events/{identifier}", "/articles/xss-test", "/regions/33.24",
                "/?q=pelantikan&regency=Kendal"):
        html = site.client.get(url).text
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
        assert "<b>Orang</b>" not in html, url
    page = site.client.get(f"/events/{identifier}").text
    assert "&lt;script&gt;alert(&#39;judul&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;Orang&lt;/b&gt;" in page


def test_pages_send_a_strict_content_security_policy(site):
    response = site.client.get("/")
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_hostile_query_is_escaped(site):
    html = site.client.get("/", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_feed_stays_well_formed_xml_with_hostile_text(site):
    response = site.client.get("/feed.atom", params={"q": "berbahaya"})
    root = ET.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    (entry,) = root.findall("a:entry", ns)
    assert "<img src=x onerror=alert(1)>" in entry.find("a:summary", ns).text  # text, escaped in the XML


def test_non_http_links_are_not_made_clickable(site):
    from db import Store

    store = Store(site.url)
    store.load_articles([{"id": "js-link", "url": "javascript:alert(1)", "title": "Tautan aneh",
                          "text": "Bupati Kendal melantik pejabat baru di pendopo."}])
    store.replace_events(["js-link"], [{"article_id": "js-link", "type": "inauguration", "regency": None,
                                         "date": None, "venue": None, "people": [],
                                         "evidence": "Bupati Kendal melantik pejabat baru di pendopo."}])
    try:
        html = site.client.get("/", params={"q": "pendopo", "regency": ""}).text
        assert 'href="javascript:' not in html
    finally:
        store.replace_events(["js-link"], [])
        with store.engine.begin() as conn:
            from db.models import Article, ArticleVersion, SimhashBand

            for model in (Article, ArticleVersion, SimhashBand):
                column = model.__table__.c.id if model is Article else model.__table__.c.article_id
                conn.execute(model.__table__.delete().where(column == "js-link"))
