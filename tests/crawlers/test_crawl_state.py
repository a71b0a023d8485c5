"""The crawl state API over the store, on SQLite and PostgreSQL."""

import datetime as dt

from db.crawl_state import CrawlState, CursorState, UrlState, now


def test_urls_cursors_archive_roundtrip(store_url):
    state = CrawlState(store_url)
    state.upsert_sources([{"key": "35.16", "name": "Kabupaten Mojokerto", "kind": "government",
                           "domain": "mojokertokab.go.id", "url": "https://mojokertokab.go.id/",
                           "region_codes": ["35.16"], "guessed": False}])
    lastmod = dt.datetime(2024, 1, 15, 2, 0, tzinfo=dt.UTC)
    state.record(UrlState(url="https://mojokertokab.go.id/berita/a", url_key="mojokertokab.go.id/berita/a",
                          source="35.16", content_hash="h1", article_id="id-a", version=1, lastmod=lastmod,
                          etag='"abc"', published=dt.date(2024, 1, 15), last_fetched=now()))
    state.set_cursor(CursorState(key="https://mojokertokab.go.id/feed/", kind="feed", source="35.16", watermark=lastmod))
    state.archive("https://mojokertokab.go.id/berita/a", "id-a", 200, "text/html", b"<p>isi berita</p>", "h1")
    state.close(finished_sources={"35.16"})  # watermarks are saved for sources crawled to their end

    fresh = CrawlState(store_url)
    assert fresh.preload("35.16") == 1
    known = fresh.get("mojokertokab.go.id/berita/a")
    assert (known.version, known.etag, known.lastmod, known.published) == (1, '"abc"', lastmod, dt.date(2024, 1, 15))
    assert fresh.cursor("https://mojokertokab.go.id/feed/").watermark == lastmod
    assert fresh.duplicate_of("h1", "sigap88.com/salinan").article_id == "id-a"
    assert fresh.duplicate_of("h1", "mojokertokab.go.id/berita/a") is None
    assert fresh.archived_pages("id-a")[0][1] == b"<p>isi berita</p>"
    assert [s.url for s in fresh.known("35.16", "article")] == ["https://mojokertokab.go.id/berita/a"]
    assert fresh.known("35.16", "listing") == []

    # The http/https twin of a known URL updates the same row.
    known.version = 2
    twin = UrlState(url="http://mojokertokab.go.id/berita/a", url_key="mojokertokab.go.id/berita/a", source="35.16",
                    content_hash="h2", article_id="id-a", version=2)
    fresh.record(twin)
    fresh.close()
    assert CrawlState(store_url).counts("35.16") == {"article": 1}
    assert CrawlState(store_url).get("mojokertokab.go.id/berita/a").url == "https://mojokertokab.go.id/berita/a"
