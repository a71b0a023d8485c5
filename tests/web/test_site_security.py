"""Hostile text from the web (titles, evidence, names) is shown as text everywhere, never run."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.support.html import fetch_page, hrefs, text, text_of, texts


def test_hostile_title_and_text_are_escaped_on_every_page(site):
    identifier = site.client.get("/api/events", params={"q": "berbahaya"}).json()["events"][0]["id"]
    for url in ("/?q=berbahaya", f"/events/{identifier}", "/articles/xss-test", "/regions/33.24",
                "/?q=pelantikan&regency=Kendal"):
        page = fetch_page(site.client, url)
        # The page's own markup has no script, image or bold text; the hostile markup became text.
        assert page.css("script, img, b, i") == [], url
        assert "<img src=x onerror=alert(1)>" in text_of(page.css("main")[0]), url
    event = fetch_page(site.client, f"/events/{identifier}")
    assert texts(event, "ul.people li") == ["<b>Orang</b> — <i>Peran</i>"]
    assert text(event, "blockquote.evidence").startswith("Berita uji dengan judul berbahaya <img src=x onerror=alert(1)>")
    assert texts(event, ".provenance li")[0].startswith("Berita: <script>alert('judul')</script> Lantik pejabat")
    article = fetch_page(site.client, "/articles/xss-test")
    assert text(article, "h1") == text(article, "title").removesuffix(" · pantau") == "<script>alert('judul')</script> Lantik pejabat"


def test_pages_send_a_strict_content_security_policy(site):
    response = site.client.get("/")
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_hostile_query_is_escaped(site):
    hostile = '"><script>alert(1)</script>'
    page = fetch_page(site.client, "/", q=hostile)
    assert page.css("script") == []
    assert page.css("input[name=q]").xpath("@value").getall() == [hostile]
    assert text(page, "title") == f"{hostile} · pantau"


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
        page = fetch_page(site.client, "/", q="pendopo", regency="")
        (shown,) = [item for item in page.css("li.event") if "Tautan aneh" in text_of(item)]
        assert text(shown, ".source") == "Sumber: Tautan aneh"  # shown, but not as a link
        assert not [href for href in hrefs(page) if href.lower().startswith("javascript:")]
    finally:
        store.replace_events(["js-link"], [])
        with store.engine.begin() as conn:
            from db.models import Article, ArticleVersion, SimhashBand

            for model in (Article, ArticleVersion, SimhashBand):
                column = model.__table__.c.id if model is Article else model.__table__.c.article_id
                conn.execute(model.__table__.delete().where(column == "js-link"))
