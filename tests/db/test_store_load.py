"""Loading through the Store API on both backends: idempotence, versions, clusters, event replacement."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import sqlalchemy as sa

from db import SearchQuery, Store
from db.load.clusters import simhash_bands
from db.models import Article, ArticleVersion, Event, EventPerson, RawPage, Region, SimhashBand
from db.source_health import sync_sources
from pantau import fingerprint
from pantau.records import event_id

FIXTURES = Path(__file__).with_name("fixtures")


def fixture_records(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def count(store: Store, model) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(model.__table__)).scalar_one()


def test_sync_regions_and_sources_are_idempotent(store_url):
    store = Store(store_url)
    assert store.sync_regions() == 552
    assert store.sync_regions() == 552
    assert count(store, Region) == 552
    entries = [{"key": "35.16", "name": "Pemkab Mojokerto", "kind": "government", "domain": "mojokertokab.go.id",
                "url": "https://mojokertokab.go.id/", "region_codes": ["35.16"]},
               {"key": "kabarmojokerto.test", "name": "Kabar Mojokerto", "url": "https://kabarmojokerto.test/"}]
    # db.source_health is the Source table's one writer
    assert sync_sources(store.engine, entries) == 2
    entries[0]["name"] = "Pemerintah Kabupaten Mojokerto"
    assert sync_sources(store.engine, entries) == 2
    sources = {s["key"]: s for s in store.sources()}
    assert sources["35.16"]["name"] == "Pemerintah Kabupaten Mojokerto"
    assert sources["kabarmojokerto.test"]["domain"] == "kabarmojokerto.test"  # derived from the url
    assert sources["kabarmojokerto.test"]["kind"] == "outlet"


def test_loading_the_same_articles_twice_changes_nothing(store_url):
    store = Store(store_url)
    articles = fixture_records("articles.jsonl")
    first = store.load_articles(articles)
    assert (first.inserted, first.updated, first.unchanged) == (len(articles), 0, 0)
    second = store.load_articles(articles)
    assert (second.inserted, second.updated, second.unchanged) == (0, 0, len(articles))
    assert count(store, Article) == len(articles)
    assert count(store, ArticleVersion) == len(articles)
    stored = {a["id"]: a for a in store.iter_articles()}
    assert stored["mjk-pk-2024"]["content_hash"] == fingerprint.content_hash(articles[0]["text"])
    assert stored["mjk-pk-2024"]["simhash"] == fingerprint.simhash(articles[0]["text"])
    assert stored["mjk-pk-2024"]["published"] == "2024-01-31"


def test_changed_body_makes_a_new_version_and_metadata_is_not_erased(store_url):
    store = Store(store_url)
    article = fixture_records("articles.jsonl")[0]
    store.load_articles([article])
    edited = {**article, "text": article["text"] + "\nRalat: jumlah pejabat 79 orang.", "published": None}
    stats = store.load_articles([edited])
    assert (stats.inserted, stats.updated) == (0, 1)
    assert store.load_articles([edited]).unchanged == 1
    detail = store.article(article["id"])
    assert detail.article["version"] == 2
    assert detail.article["text"].endswith("79 orang.")
    assert detail.article["published"].isoformat() == "2024-01-31"  # a missing date does not erase the known one
    assert [v["version"] for v in detail.versions] == [2, 1]
    assert detail.versions[1]["text"] == article["text"]


def test_refetch_of_an_unchanged_page_changes_nothing(store_url):
    store = Store(store_url)
    article = {**fixture_records("articles.jsonl")[0], "fetched_at": "2024-01-31T10:00:00+07:00"}
    store.load_articles([article])
    again = store.load_articles([{**article, "fetched_at": "2024-02-01T02:00:00+07:00", "title": None}])
    assert (again.updated, again.unchanged) == (0, 1)
    stored = store.article(article["id"]).article
    assert stored["title"] == article["title"] and stored["extra"]["fetched_at"] == "2024-01-31T10:00:00+07:00"


def test_two_versions_in_one_batch_and_ids_from_urls(store_url):
    store = Store(store_url)
    base = {"url": "https://example.test/a", "source": "example.test", "title": "Judul", "published": "2024-02-02"}
    stats = store.load_articles([{**base, "text": "isi pertama"}, {**base, "text": "isi kedua"}])
    assert (stats.inserted, stats.updated) == (1, 1)
    (stored,) = list(store.iter_articles())
    assert stored["id"] == __import__("pantau.records").records.article_id_for_url("https://example.test/a")
    assert stored["version"] == 2 and stored["text"] == "isi kedua"


def test_bad_articles_are_reported_and_good_ones_kept(store_url):
    store = Store(store_url)
    stats = store.load_articles([{"id": "x"}, {"id": "y", "text": "isi", "published": "31/1/2024"},
                                 {"id": "z", "text": "isi yang baik"}])
    assert stats.inserted == 1 and stats.skipped == 2
    assert any("missing field 'text'" in p for p in stats.problems)
    assert [a["id"] for a in store.iter_articles()] == ["z"]


def test_republished_story_lands_in_one_cluster_and_both_articles_are_kept(store_url):
    store = Store(store_url)
    store.load_articles(fixture_records("articles.jsonl"))
    articles = {a["id"]: a for a in store.iter_articles()}
    original, copy = articles["mjk-pk-2024"], articles["mjk-pk-2024-copy"]
    assert fingerprint.near_duplicates(original["simhash"], copy["simhash"])
    assert copy["cluster_id"] == original["cluster_id"] == "mjk-pk-2024"
    others = [a for key, a in articles.items() if key not in ("mjk-pk-2024", "mjk-pk-2024-copy")]
    assert all(a["cluster_id"] == a["id"] for a in others)
    detail = store.article("mjk-pk-2024")
    assert [c["id"] for c in detail.cluster] == ["mjk-pk-2024-copy"]


def test_cluster_found_across_batches_and_outside_window_not(store_url):
    store = Store(store_url)
    text = " ".join(f"kata{i}" for i in range(120))
    store.load_articles([{"id": "a", "text": text, "published": "2024-01-01"}])
    near = text.replace("kata60", "lain60")
    stats = store.load_articles([{"id": "b", "text": near, "published": "2024-01-03"},
                                 {"id": "c", "text": near, "published": "2024-06-01"}])  # months later
    assert stats.clustered == 1
    clusters = {a["id"]: a["cluster_id"] for a in store.iter_articles()}
    assert clusters == {"a": "a", "b": "a", "c": "c"}


def test_clusters_found_across_publication_periods_and_without_dates(store_url):
    """Stored bands carry a 30-day publication period; lookups span the neighbouring periods and undated ones."""
    store = Store(store_url)
    text = " ".join(f"kata{i}" for i in range(120))
    near = text.replace("kata60", "lain60")
    last_day = dt.date(1970, 1, 1) + dt.timedelta(days=30 * 650 + 29)  # the last day of a period

    def load(record):  # one load each: candidates come from the stored bands, not from the same batch
        store.load_articles([record])
        return {a["id"]: a["cluster_id"] for a in store.iter_articles()}

    load({"id": "a", "text": text, "published": last_day.isoformat()})
    assert load({"id": "b", "text": near, "published": (last_day + dt.timedelta(days=29)).isoformat()})["b"] == "a"
    assert load({"id": "n", "text": near + " tanpa tanggal"})["n"] == "a"  # undated: every period
    assert load({"id": "u", "text": text + " lain"})["u"] == "a"
    # 31 days after a (two periods on), within the window of b (one period on)
    assert load({"id": "late", "text": near, "published": (last_day + dt.timedelta(days=31)).isoformat()})["late"] == "a"
    assert load({"id": "far", "text": near, "published": "2030-05-20"})["far"] == "a"  # through n or u, undated
    # A date that moves an article by years moves its bands: a copy published near its new date finds it.
    other = " ".join(f"lain{i}" for i in range(120))
    load({"id": "m", "text": other, "published": "2024-01-01"})
    load({"id": "m", "text": other, "published": "2031-05-05"})
    assert load({"id": "m2", "text": other + " salinan", "published": "2031-05-20"})["m2"] == "m"


def test_band_keys_cover_every_pair_within_the_threshold():
    import random

    rng = random.Random(7)
    for _ in range(300):
        a = rng.getrandbits(64)
        b = a
        for bit in rng.sample(range(64), rng.randint(0, fingerprint.NEAR_DUPLICATE_BITS)):
            b ^= 1 << bit
        assert set(simhash_bands(a)) & set(simhash_bands(b))


def test_replace_events_is_idempotent_and_replaces(store_url):
    store = Store(store_url)
    articles = fixture_records("articles.jsonl")
    events = fixture_records("events.jsonl")
    store.load_articles(articles)
    ids = [a["id"] for a in articles]
    first = store.replace_events(ids, events, extractor="test/1")
    assert first.inserted == len(events) and first.deleted == 0
    again = store.replace_events(ids, events, extractor="test/1")
    assert (again.inserted, again.updated, again.deleted, again.unchanged) == (0, 0, 0, len(events))
    assert count(store, Event) == len(events)
    people_before = count(store, EventPerson)

    # Re-extraction of one article finds one event fewer; articles not listed keep theirs.
    spbe = [e for e in events if e["article_id"] == "jatim-spbe-2023"]
    stats = store.replace_events(["jatim-spbe-2023"], spbe[:2])
    assert stats.deleted == 2 and stats.unchanged == 2
    assert count(store, Event) == len(events) - 2
    # An article that now has no events loses them all.
    assert store.replace_events(["lmg-lantik-2024"], []).deleted == 1
    assert count(store, EventPerson) == people_before - 1
    assert store.search(SearchQuery(text="Yuhronur")).total == 0


def test_event_ids_are_stable_and_changed_fields_update_in_place(store_url):
    store = Store(store_url)
    event = fixture_records("events.jsonl")[0]
    store.replace_events([event["article_id"]], [event])
    identifier = event_id(event)
    assert store.event(identifier).hit.event == event
    changed = {**event, "date": "2024-02-01", "people": [{"name": "Ikfina Fahmawati", "role": "Bupati"}]}
    stats = store.replace_events([event["article_id"]], [changed])
    assert (stats.updated, stats.inserted, stats.deleted) == (1, 0, 0)
    assert store.event(identifier).hit.event["date"] == "2024-02-01"


def test_bad_events_are_skipped_with_a_reason(store_url):
    store = Store(store_url)
    good = fixture_records("events.jsonl")[0]
    stats = store.replace_events([], [{"type": "inauguration"}, {**good, "type": "banjir"}, good])
    assert stats.inserted == 1 and stats.skipped == 2
    assert "missing field 'article_id'" in stats.problems[0]
    assert "unknown event type" in stats.problems[1]


def test_events_loaded_before_their_article_pick_up_its_title_and_date(store_url):
    store = Store(store_url)
    article = next(a for a in fixture_records("articles.jsonl") if a["id"] == "jatim-spbe-2023")
    events = [e for e in fixture_records("events.jsonl") if e["article_id"] == "jatim-spbe-2023"]
    store.replace_events([article["id"]], events)
    assert store.search(SearchQuery(text="\"tiga daerah\"")).total == 0
    assert store.search(SearchQuery(since=dt.date(2024, 1, 1))).total == 0
    store.load_articles([article])
    assert store.search(SearchQuery(text="\"tiga daerah\"")).total == len(events)  # words of the title
    assert store.search(SearchQuery(since=dt.date(2024, 1, 1))).total == len(events)  # the article's date stands in
    assert store.search(SearchQuery(years=[2023])).total == len(events)  # the year filter: the year assessed


def test_iter_articles_since_and_ids(store_url):
    store = Store(store_url)
    store.load_articles(fixture_records("articles.jsonl"))
    everything = list(store.iter_articles(batch_size=3))
    assert len(everything) == 11 and len({a["id"] for a in everything}) == 11
    assert {"id", "url", "source", "title", "published", "text"} <= set(everything[0])
    by_ids = list(store.iter_articles(ids=["kdl-mou-2023", "sda-banjir", "missing"]))
    assert sorted(a["id"] for a in by_ids) == ["kdl-mou-2023", "sda-banjir"]
    # Every fixture was loaded just now, so "changed since today" selects all of them.
    import datetime as dt

    assert len(list(store.iter_articles(since=dt.date.today()))) == 11
    assert len(list(store.iter_articles(since="2100-01-01"))) == 0


def test_runs_and_stats(loaded_store):
    run = loaded_store.start_run("nightly")
    loaded_store.finish_run(run, "completed", {"articles": 11})
    (latest,) = loaded_store.recent_runs(1)
    assert latest["id"] == run and latest["status"] == "completed" and latest["stats"] == {"articles": 11}
    stats = loaded_store.stats()
    assert stats["articles"] == 11 and stats["events"] == 11 and stats["reports"] == 12
    assert stats["clusters"] == 10
    assert stats["events_by_type"] == {"agreement_signing": 3, "inauguration": 2, "index_report": 6}
    top = stats["events_by_regency"][0]
    assert (top["code"], top["name"], top["events"]) == ("35.16", "Kabupaten Mojokerto", 3)


def test_raw_pages_are_listed_and_served_decompressed(loaded_store):
    html = b"<html><body><h1>Perjanjian Kinerja</h1></body></html>"
    with loaded_store.engine.begin() as conn:
        conn.execute(RawPage.__table__.insert(), [{
            "url": "https://kabarmojokerto.test/berita/mjk-pk-2024", "article_id": None, "status": 200,
            "content_type": "text/html", "content_hash": "x", "body_gz": gzip.compress(html),
            "fetched_at": dt.datetime(2024, 1, 31, 10, 0, tzinfo=dt.UTC)}])
    detail = loaded_store.article("mjk-pk-2024")
    (page,) = detail.raw_pages  # found by the article's URL
    assert loaded_store.raw_page(page["id"])["html"] == html


def test_band_rows_follow_body_changes(store_url):
    store = Store(store_url)
    text = " ".join(f"kata{i}" for i in range(50))
    store.load_articles([{"id": "a", "text": text}])
    assert count(store, SimhashBand) == 7
    store.load_articles([{"id": "a", "text": text + " tambahan baru"}])
    assert count(store, SimhashBand) == 7
    store.load_articles([{"id": "short", "text": "terlalu pendek"}])
    assert count(store, SimhashBand) == 7


def _schema(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").all()


def _event_rows(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(Event.__table__).order_by(Event.id)).all()] + \
            [tuple(r)[1:] for r in conn.execute(sa.select(EventPerson.__table__).order_by(EventPerson.event_id,
                                                                                           EventPerson.name_key))]


def test_a_load_bigger_than_the_store_rebuilds_the_indexes_it_set_aside(tmp_path, monkeypatch):
    """A load that outgrows the store drops the event indexes and builds them again at its end (SQLite): the
    schema, the rows and what searches find are those of a load that kept them."""
    from db.rows import DeferredIndexes

    articles, events = fixture_records("articles.jsonl"), fixture_records("events.jsonl")
    ids = [a["id"] for a in articles]
    kept, deferred = Store(f"sqlite:///{tmp_path}/kept.db"), Store(f"sqlite:///{tmp_path}/deferred.db")
    kept.load_articles(articles)
    kept.replace_events(ids, events, extractor="test")
    schema = _schema(deferred)
    dropped: list[int] = []
    restore = DeferredIndexes.restore
    monkeypatch.setattr(DeferredIndexes, "restore", lambda self: (dropped.append(len(self.dropped)), restore(self)))
    monkeypatch.setattr(DeferredIndexes, "MINIMUM", 1)
    monkeypatch.setattr("db.load.articles.BATCH", 3)  # several chunks: later ones are written without the indexes
    monkeypatch.setattr("db.load.events.BATCH", 4)
    assert deferred.load_articles(articles).inserted == len(articles) and dropped[0] >= 7  # article, version, band
    stats = deferred.replace_events(ids, events, extractor="test")
    assert stats.inserted == len(events) and dropped[1] >= 10  # every CREATE INDEX of event, eventperson
    assert _schema(deferred) == schema
    article_columns = [c for c in Article.__table__.c if c.name not in ("first_seen", "updated_at")]
    with kept.engine.connect() as a, deferred.engine.connect() as b:
        query = sa.select(*article_columns).order_by(Article.id)
        assert a.execute(query).all() == b.execute(query).all()
        for model in (SimhashBand, ArticleVersion):
            query = sa.select(*[c for c in model.__table__.c if c.name not in ("id", "seen_at")]).order_by(*model.__table__.c)
            assert a.execute(query).all() == b.execute(query).all()
    columns = [c for c in Event.__table__.c if c.name != "loaded_at"]
    with kept.engine.connect() as a, deferred.engine.connect() as b:
        query = sa.select(*columns).order_by(Event.id)
        assert a.execute(query).all() == b.execute(query).all()
    for text in ("Yuhronur", "SPBE", "pelantikan", "Mojokerto"):
        found = [deferred.search(SearchQuery(text=text)), kept.search(SearchQuery(text=text))]
        assert found[0].total == found[1].total > 0
        stories = [sorted(sorted(r.event_id for r in hit.reports) for hit in result.hits) for result in found]
        assert stories[0] == stories[1]
    # Loaded again onto a store that holds them: nothing dropped, nothing changed.
    again = deferred.replace_events(ids, events, extractor="test")
    assert again.unchanged == len(events) and len(dropped) == 3 and dropped[2] == 0


def test_a_failed_big_load_leaves_the_indexes_as_they_were(tmp_path, monkeypatch):
    from db.rows import DeferredIndexes

    store = Store(f"sqlite:///{tmp_path}/pantau.db")
    schema = _schema(store)
    monkeypatch.setattr(DeferredIndexes, "MINIMUM", 1)
    monkeypatch.setattr("db.load.events.BATCH", 2)

    def events():
        yield from fixture_records("events.jsonl")[:6]
        raise RuntimeError("the input broke off")

    try:
        store.replace_events([], events())
    except RuntimeError:
        pass
    assert _schema(store) == schema
    assert count(store, Event) == 0
