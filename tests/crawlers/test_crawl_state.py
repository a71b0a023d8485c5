"""The crawl state API over the store, on SQLite and PostgreSQL."""

import datetime as dt

import sqlalchemy as sa

from db.crawl_state import LOOKUP_BATCH, CrawlState, CursorState, UrlState, now


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
    assert fresh.preload("35.16") == 0  # listings only; the article is looked up when asked for
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


def test_known_urls_are_looked_up_a_block_at_a_time_not_all_read_at_the_start(store_url):
    state = CrawlState(store_url)
    site = "https://kab.example.test"
    for number in range(2500):
        state.record(UrlState(url=f"{site}/berita/{number}", url_key=f"kab.example.test/berita/{number}", source="s1",
                              kind="article", content_hash=f"h{number}", last_fetched=now()), flush=False)
    state.record(UrlState(url=f"{site}/kanal/daerah", url_key="kab.example.test/kanal/daerah", source="s1",
                          kind="listing", last_fetched=now()))
    state.close()

    fresh = CrawlState(store_url)
    queries: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        if "crawlurl" in statement:
            queries.append(statement)

    sa.event.listen(fresh.engine, "before_cursor_execute", count)
    try:
        assert fresh.preload("s1") == 1  # the listing a crawl starts from, not the 2,500 articles
        assert [s.url for s in fresh.known("s1", "listing")] == [f"{site}/kanal/daerah"]
        # A sitemap block naming 1,200 known and 300 new URLs: one query per LOOKUP_BATCH of them.
        block = [f"kab.example.test/berita/{number}" for number in range(1300, 2800)]
        queries.clear()
        fresh.prefetch(block)
        assert len(queries) == -(-len(block) // LOOKUP_BATCH) == 2
        found = [fresh.get(key) for key in block]
        assert len(queries) == 2  # answered from memory, the new URLs too
        assert sum(s is not None for s in found) == 1200 and found[0].content_hash == "h1300"
        assert fresh.get("kab.example.test/berita/7").content_hash == "h7" and len(queries) == 3
        assert len(fresh._urls) == 1 + 1200 + 1  # what was asked for, not every URL of the store
    finally:
        sa.event.remove(fresh.engine, "before_cursor_execute", count)
