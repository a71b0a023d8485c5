"""Search through the Store API: the same queries give the same results on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from db import QueryError, SearchQuery, parse_query
from web.presentation import highlight, summary


def ids(result) -> set[str]:
    """The articles behind the hits: every report of each consolidated event."""
    return {report.article_id for hit in result.hits for report in hit.reports}


def find(store, text="", **filters):
    return store.search(SearchQuery(text=text, per_page=100, **filters))


def test_words_are_anded_and_case_and_diacritics_fold(loaded_store):
    assert ids(find(loaded_store, "perjanjian kinerja")) == {"mjk-pk-2024", "mjk-pk-2024-copy"}
    assert ids(find(loaded_store, "PERJANJIAN Kinerja")) == {"mjk-pk-2024", "mjk-pk-2024-copy"}
    assert ids(find(loaded_store, "pérjanjian kinérja")) == {"mjk-pk-2024", "mjk-pk-2024-copy"}
    assert find(loaded_store, "perjanjian lamongan").total == 0


def test_quoted_phrase_needs_the_words_in_order(loaded_store):
    assert ids(find(loaded_store, '"perjanjian kinerja"')) == {"mjk-pk-2024", "mjk-pk-2024-copy"}
    assert find(loaded_store, '"kinerja perjanjian"').total == 0
    # "kinerja" is not reduced to "kerja", so a cooperation agreement does not match a performance agreement.
    assert find(loaded_store, '"perjanjian kerja"').total == 0


def test_prefix_matches(loaded_store):
    # SAKIP's full name (Sistem Akuntabilitas Kinerja ...) is part of its search document.
    assert ids(find(loaded_store, "kinerj*")) == {"mjk-pk-2024", "mjk-pk-2024-copy", "sda-sakip-2023"}
    assert ids(find(loaded_store, "Yuhron*")) == {"lmg-lantik-2024"}


def test_indonesian_affixes_match_the_root(loaded_store):
    # Evidence says "melantik" / "pelantikan"; all forms of the word find them.
    for query in ("lantik", "pelantikan", "dilantik"):
        assert ids(find(loaded_store, query)) == {"lmg-lantik-2024", "xss-test"}, query
    assert "kdl-mou-2023" in ids(find(loaded_store, "kesepahaman"))
    assert "kota-mjk-pakta" in ids(find(loaded_store, "penandatanganan pakta"))


def test_names_match_exactly_and_labels_are_searchable(loaded_store):
    assert ids(find(loaded_store, "Ikfina Fahmawati")) == {"mjk-pk-2024", "mjk-pk-2024-copy"}
    # The full name of the index is indexed even when the evidence has only the acronym.
    assert ids(find(loaded_store, "berbasis elektronik")) == {"jatim-spbe-2023"}
    assert ids(find(loaded_store, "WTP")) == {"mjk-opini-2023"}
    assert ids(find(loaded_store, "Kejaksaan Negeri Kendal")) == {"kdl-mou-2023"}


def test_or_and_exclusion(loaded_store):
    assert ids(find(loaded_store, "Lamongan OR Kendal")) == {"lmg-lantik-2024", "kdl-mou-2023", "xss-test"}
    assert ids(find(loaded_store, "pelantikan -Kendal")) == {"lmg-lantik-2024"}
    with pytest.raises(QueryError):
        find(loaded_store, "-Kendal")


def test_filters(loaded_store):
    assert find(loaded_store, types=["index_report"]).total == 6
    # The Perjanjian Kinerja signing reported by two outlets is one event.
    assert find(loaded_store, regencies=["35.16"]).total == 3
    assert find(loaded_store, regencies=["35.16", "35.76"]).total == 4
    assert find(loaded_store, provinces=["33"]).total == 2
    assert find(loaded_store, indexes=["spbe"]).total == 4
    assert find(loaded_store, "Surabaya", indexes=["spbe"]).total == 3
    assert find(loaded_store, agreement_kinds=["mou"]).total == 1
    assert find(loaded_store, source="kabarmojokerto.test").total == 3
    assert find(loaded_store, person="ikfina").total == 1
    # since/until use the event date, or the article's date when the event has none (the SPBE list).
    in_2024 = find(loaded_store, since=dt.date(2024, 1, 1), until=dt.date(2024, 12, 31))
    assert {h.article_id for h in in_2024.hits} >= {"jatim-spbe-2023", "mjk-opini-2023", "lmg-lantik-2024"}
    assert "sda-sakip-2023" not in ids(in_2024)
    assert find(loaded_store, since=dt.date(2024, 2, 1), until=dt.date(2024, 2, 28)).total == 4


def test_facets_count_with_every_other_filter(loaded_store):
    result = find(loaded_store, types=["index_report"])
    facets = {name: {f.value: f.count for f in values} for name, values in result.facets.items()}
    # The type facet ignores the type filter, so the other types stay one click away.
    assert facets["type"] == {"agreement_signing": 3, "inauguration": 2, "index_report": 6}
    assert facets["index"] == {"spbe": 4, "sakip": 1, "opini_bpk": 1}
    assert facets["regency"]["35.15"] == 2
    assert facets["province"] == {"35": 6}
    assert facets["year"] == {"2023": 6}  # an index report's year is the year assessed, not reported
    labels = {f.value: f.label for f in result.facets["regency"]}
    assert labels["35.78"] == "Kota Surabaya"


def test_ranking_pagination_and_sorting(loaded_store):
    ranked = find(loaded_store, "Mojokerto")
    assert ranked.total == 4
    assert all(h.score is not None for h in ranked.hits)
    scores = [h.score for h in ranked.hits]
    assert scores == sorted(scores, reverse=True)
    pages = [loaded_store.search(SearchQuery(text="Mojokerto", page=p, per_page=3)) for p in (1, 2)]
    assert pages[0].pages == 2 and len(pages[0].hits) == 3 and len(pages[1].hits) == 1
    assert {h.id for h in pages[0].hits}.isdisjoint(h.id for h in pages[1].hits)
    newest = find(loaded_store, sort="newest")
    dates = [h.date for h in newest.hits if h.date]
    assert dates == sorted(dates, reverse=True)
    assert len(list(loaded_store.iter_hits(SearchQuery(per_page=5), batch_size=5))) == 11


def test_the_two_outlet_story_is_one_result_with_two_sources(loaded_store):
    (story,) = find(loaded_store, "perjanjian kinerja").hits
    assert [r.source for r in story.reports] == ["kabarmojokerto.test", "jatimterkini.test"]
    assert story.sources == ["kabarmojokerto.test", "jatimterkini.test"]
    assert story.id == story.reports[0].event_id and story.disputes == {}
    assert all(r.evidence for r in story.reports)
    assert [len(r["reports"]) for r in map(lambda h: h.record(), loaded_store.iter_hits(SearchQuery(
        text="perjanjian kinerja")))] == [2]
    assert loaded_store.stats()["events"] == 11 and loaded_store.stats()["reports"] == 12
    stats = loaded_store.stats()  # the home page's cheap part says the same
    assert loaded_store.headline() == {"articles": stats["articles"], "events": 11, "last_loaded": stats["last_loaded"]}


def test_hit_records_carry_provenance(loaded_store):
    (hit,) = find(loaded_store, "Yuhronur").hits
    record = hit.record()
    assert record["url"] == "https://lamonganpos.test/berita/lmg-lantik-2024"
    assert record["article_title"].startswith("Bupati Lamongan Lantik")
    assert record["officials_count"] == 43 and record["inaugurated_by"]["name"] == "Yuhronur Efendi"
    assert summary(hit.event).startswith("Pelantikan 43 pejabat")


def test_same_results_on_both_backends_for_a_query_set(loaded_store, request):
    # Recorded on SQLite; PostgreSQL must return the same sets.
    expected = {
        "pejabat": {"lmg-lantik-2024", "mjk-pk-2024", "mjk-pk-2024-copy", "xss-test"},
        "indeks": {"jatim-spbe-2023", "sda-sakip-2023", "mjk-opini-2023"},
        '"predikat BB"': {"sda-sakip-2023"},
        "integritas": {"kota-mjk-pakta"},
        "Sidoarjo": {"sda-sakip-2023", "jatim-spbe-2023"},
        "Pendopo": {"mjk-pk-2024", "mjk-pk-2024-copy", "kdl-mou-2023"},
    }
    for query, articles in expected.items():
        assert ids(find(loaded_store, query)) == articles, query


def test_event_detail(loaded_store):
    (hit,) = find(loaded_store, '"predikat BB"').hits
    detail = loaded_store.event(hit.id)
    assert detail.article["title"] == "SAKIP Sidoarjo Naik ke Predikat BB"
    assert detail.other_events == [] and detail.cluster == []
    story = find(loaded_store, "Ikfina", source="jatimterkini.test").hits[0]
    assert story.same_story == 1
    copy = next(r for r in story.reports if r.source == "jatimterkini.test")
    assert [c["id"] for c in loaded_store.event(copy.event_id).cluster] == ["mjk-pk-2024"]
    assert [r.event_id for r in loaded_store.event(copy.event_id).hit.reports] == [r.event_id for r in story.reports]
    spbe = find(loaded_store, indexes=["spbe"], regencies=["35.78"]).hits[0]
    assert len(loaded_store.event(spbe.id).other_events) == 3
    assert loaded_store.event("nope") is None


def test_regency_summary_tracks_commitments_and_indexes(loaded_store):
    summary = loaded_store.regency_summary("35.16")
    assert summary.region.name == "Kabupaten Mojokerto" and summary.province.code == "35"
    assert summary.counts == {"agreement_signing": 1, "index_report": 2}
    assert summary.signings == {2024: {"perjanjian_kinerja": 1}}  # the republished copy counts once
    assert summary.indexes["spbe"][2023].value == "3,02"
    assert summary.indexes["opini_bpk"][2023].value == "WTP"
    assert summary.people[0]["name"] == "Ikfina Fahmawati" and summary.people[0]["events"] == 2
    assert len(summary.latest) == 3
    lamongan = loaded_store.regency_summary("35.24")
    assert lamongan.inaugurations == {2024: {"events": 1, "officials": 43}}
    assert loaded_store.regency_summary("99.99") is None


def test_conflicting_index_values_are_shown(loaded_store):
    extra = {"article_id": "sda-banjir", "type": "index_report", "regency": {"code": "35.16", "name": "Kabupaten Mojokerto"},
             "date": None, "venue": None, "people": [], "evidence": "Indeks SPBE Kabupaten Mojokerto 2023 sebesar 3,2.",
             "index": "spbe", "index_label": "Indeks SPBE", "value": "3,2", "value_number": 3.2, "year": 2023,
             "predicate": None}
    loaded_store.replace_events(["sda-banjir"], [extra])
    cell = loaded_store.regency_summary("35.16").indexes["spbe"][2023]
    assert cell.reports == 2 and len(cell.others) == 1
    # One event (region, index, year) with two reports that disagree: flagged, both values kept.
    (story,) = find(loaded_store, indexes=["spbe"], regencies=["35.16"]).hits
    assert sorted(r.article_id for r in story.reports) == ["jatim-spbe-2023", "sda-banjir"]
    assert story.disputes == {"value": ["3,02", "3,2"]} or story.disputes == {"value": ["3,2", "3,02"]}


def test_compare_index_across_a_province(loaded_store):
    assert loaded_store.index_years("spbe") == [2023]
    rows = loaded_store.compare_index("spbe", 2023, province="35")
    assert [(r["name"], r["cell"].value_number) for r in rows] == [
        ("Kota Surabaya", 4.13), ("Kabupaten Banyuwangi", 3.92), ("Kabupaten Sidoarjo", 3.64),
        ("Kabupaten Mojokerto", 3.02)]
    assert loaded_store.compare_index("spbe", 2023, province="33") == []
    assert len(loaded_store.compare_index("spbe", 2023)) == 4


def index_value_2023(index: str, code: str, name: str, value: float) -> dict:
    """An index report of 2023 for one region, placed in an article that has no events of its own."""
    return {"article_id": "sda-banjir", "type": "index_report", "regency": {"code": code, "name": name},
            "date": None, "venue": None, "people": [], "evidence": f"Nilai {index} {name} {value}.",
            "index": index, "index_label": index, "value": str(value).replace(".", ","),
            "value_number": value, "year": 2023, "predicate": None}


def test_a_provinces_own_value_is_ranked_among_provinces_not_regencies(loaded_store):
    loaded_store.replace_events(["sda-banjir"], [index_value_2023("spbe", "35", "Provinsi Jawa Timur", 4.5),
                                                 index_value_2023("spbe", "33", "Provinsi Jawa Tengah", 3.9)])
    regencies = loaded_store.compare_index("spbe", 2023)
    assert all("." in r["code"] for r in regencies) and len(regencies) == 4
    provinces = loaded_store.compare_index("spbe", 2023, level="province")
    assert [r["code"] for r in provinces] == ["35", "33"]
    assert [r["code"] for r in loaded_store.compare_index("spbe", 2023, province="35", level="province")] == ["35"]


def test_province_summary(loaded_store):
    summary = loaded_store.province_summary("35")
    assert len(summary["regencies"]) == 38
    assert summary["counts"]["35.16"]["total"] == 3
    assert summary["counts"]["35.16"]["latest"] == dt.date(2024, 5, 22)
    assert loaded_store.province_summary("35.16") is None



def test_highlight_escapes_and_marks():
    marked = highlight("<b>Bupati</b> melantik pejabat", parse_query("pelantikan"))
    assert str(marked) == "&lt;b&gt;Bupati&lt;/b&gt; <mark>melantik</mark> pejabat"
    assert "<mark>kinerja</mark>" in highlight("perjanjian kinerja", parse_query("kinerj*"))


def test_compare_ranks_lowest_first_where_lower_is_better(loaded_store):
    loaded_store.replace_events(["sda-banjir"], [index_value_2023("kemiskinan", "35.15", "Kabupaten Sidoarjo", 5.0),
                                                 index_value_2023("kemiskinan", "35.16", "Kabupaten Mojokerto", 9.69)])
    rows = loaded_store.compare_index("kemiskinan", 2023)
    assert [r["code"] for r in rows] == ["35.15", "35.16"]


EVERY = "every event"  # only punctuation or operators: no word to look for, so no condition on the text
XSS = {"xss-test"}  # the one article with the lone letters x and b ("src=x", "<b>Orang</b>")
NASTY = {'"': EVERY, '*': EVERY, '-': EVERY, 'OR': EVERY, '\\': EVERY, '(': EVERY, ')': EVERY, ':*': EVERY,
         '&|!<->': EVERY, 'AND': set(), 'NOT': set(), 'NEAR(a b)': set(), 'a:b': set(), '^x': XSS,
         '{body}: x': set(), "'; DROP TABLE event; --": set(), '"unclosed phrase': set(), 'kin*erja': set(),
         '-"a b"': QueryError, 'a OR OR b': XSS, "it's": set(), 'x" OR "y': XSS, "ñandú": set(), "٣٤": set(),
         "漢字": set(), "e-government": set(), "75,89": set(), "35.16": set()}


def test_any_typed_query_runs_or_says_why(loaded_store):
    """Full-text syntax typed by a user is read as words, never passed to the engine: the same answers on
    both backends, and a query that cannot run says why."""
    every = ids(find(loaded_store))
    for text, expected in NASTY.items():
        if expected is QueryError:
            with pytest.raises(QueryError, match="setidaknya satu kata"):
                find(loaded_store, text)
        else:
            assert ids(find(loaded_store, text)) == (every if expected is EVERY else expected), text
    assert find(loaded_store).total == 11  # nothing typed reached the database as SQL (12 reports, 11 events)


def test_random_queries_never_break_the_fts_syntax(tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from db import Store

    store = Store(f"sqlite:///{tmp_path}/fuzz.db")
    store.replace_events([], [{"article_id": "a", "type": "inauguration", "regency": None, "date": None,
                               "venue": None, "people": [], "evidence": "Bupati melantik pejabat."}])

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(alphabet=st.sampled_from(list('ab -"*():^{}\'OR\\é漢')), max_size=20))
    def check(text):
        try:
            store.search(SearchQuery(text=text, facets=False))
        except QueryError:
            pass

    check()


def test_one_articles_events_are_its_own_reports(loaded_store):
    """Searching one article's events (re-extraction, the demo's scoring) gives that article's report of each
    story, with the other outlets' reports beside it."""
    (copy,) = find(loaded_store, article_id="mjk-pk-2024-copy").hits
    assert copy.article_id == "mjk-pk-2024-copy" and copy.source == "jatimterkini.test"
    assert [r.article_id for r in copy.reports] == ["mjk-pk-2024", "mjk-pk-2024-copy"]
    (original,) = find(loaded_store, article_id="mjk-pk-2024").hits
    assert original.article_id == "mjk-pk-2024" and original.story_key == copy.story_key


def test_the_year_filter_is_the_year_assessed_for_indices_and_the_event_year_for_the_rest(loaded_store):
    article = {"id": "sakip-2018-later", "source": "kendalnews.test", "title": "Riwayat Nilai SAKIP Kendal",
               "published": "2024-06-03", "url": "https://kendalnews.test/berita/sakip-2018-later",
               "text": "Pada penilaian tahun 2018, SAKIP Kabupaten Kendal memperoleh nilai 61,05 dengan predikat B."}
    sakip = {"article_id": article["id"], "type": "index_report", "regency": {"code": "33.24", "name": "Kabupaten Kendal"},
             "date": None, "venue": None, "people": [], "evidence": article["text"], "index": "sakip",
             "index_label": "SAKIP", "value": "61,05", "value_number": 61.05, "year": 2018, "predicate": "B"}
    loaded_store.load_articles([article])
    loaded_store.replace_events([article["id"]], [sakip])
    try:
        assert ids(find(loaded_store, indexes=["sakip"], years=[2018])) == {"sakip-2018-later"}
        assert "sakip-2018-later" not in ids(find(loaded_store, years=[2024]))
        # other events: the year of the event (the signing of 31 January 2024, reported on 1 February)
        assert {"mjk-pk-2024", "mjk-pk-2024-copy"} <= ids(find(loaded_store, years=[2024]))
        facets = {f.value: f.count for f in find(loaded_store, indexes=["sakip"]).facets["year"]}
        assert facets == {"2023": 1, "2018": 1}
    finally:
        loaded_store.replace_events([article["id"]], [])


def test_agreement_kind_is_a_filter_and_a_facet(loaded_store):
    result = find(loaded_store, agreement_kinds=["perjanjian_kinerja"])
    assert ids(result) == {"mjk-pk-2024", "mjk-pk-2024-copy"} and result.total == 1
    kinds = {f.value: (f.label, f.count) for f in result.facets["kind"]}
    assert kinds == {"perjanjian_kinerja": ("Perjanjian Kinerja", 1), "mou": ("Nota Kesepahaman (MoU)", 1),
                     "pakta_integritas": ("Pakta Integritas", 1)}


def test_the_events_own_words_rank_above_its_articles_headline(loaded_store):
    """An index report in an article headlined with a Perjanjian Kinerja is found by those words, but after
    a signing whose own evidence says them, even a long one under a headline that does not."""
    jombang = {"code": "35.17", "name": "Kabupaten Jombang"}
    signing_text = ("Bertempat di pendopo kabupaten, para kepala organisasi perangkat daerah, camat, dan direktur "
                    "badan usaha milik daerah di lingkungan Pemerintah Kabupaten Jombang secara bergantian maju ke "
                    "meja penandatanganan untuk membubuhkan tanda tangan pada dokumen perjanjian kinerja tahun "
                    "2024 yang disaksikan oleh bupati, wakil bupati, sekretaris daerah, serta unsur forum "
                    "koordinasi pimpinan daerah dan inspektorat.")
    articles = [
        {"id": "jbg-pk", "source": "jombangkita.test", "published": "2024-01-30", "title": "Pejabat Jombang Diminta Kerja Nyata",
         "url": "https://jombangkita.test/berita/jbg-pk", "text": signing_text},
        {"id": "jbg-spbe", "source": "jombangkita.test", "published": "2024-02-05",
         "title": "Perjanjian Kinerja Diteken, Jombang Kejar Perjanjian Kinerja Digital",
         "url": "https://jombangkita.test/berita/jbg-spbe", "text": "SPBE Jombang 3,1."}]
    signing = {"article_id": "jbg-pk", "type": "agreement_signing", "regency": jombang, "date": "2024-01-29",
               "venue": None, "people": [], "evidence": signing_text, "agreement_kind": "perjanjian_kinerja",
               "agreement_title": None, "agreement_year": 2024, "parties": []}
    spbe = {"article_id": "jbg-spbe", "type": "index_report", "regency": jombang, "date": None, "venue": None,
            "people": [], "evidence": "SPBE Jombang 3,1.", "index": "spbe", "index_label": "SPBE", "value": "3,1",
            "value_number": 3.1, "year": 2023, "predicate": None}
    loaded_store.load_articles(articles)
    loaded_store.replace_events([a["id"] for a in articles], [signing, spbe])
    try:
        for text in ("perjanjian kinerja", '"perjanjian kinerja"'):
            hits = find(loaded_store, text, regencies=["35.17"]).hits
            assert [h.article_id for h in hits] == ["jbg-pk", "jbg-spbe"], text
    finally:
        loaded_store.replace_events([a["id"] for a in articles], [])


def test_counts_and_facets_count_a_story_once_however_many_outlets(loaded_store):
    result = find(loaded_store, "perjanjian kinerja")
    assert result.total == 1 and len(result.hits[0].reports) == 2
    facets = {name: {f.value: f.count for f in values} for name, values in result.facets.items() if values}
    assert facets == {"type": {"agreement_signing": 1}, "kind": {"perjanjian_kinerja": 1}, "province": {"35": 1},
                      "regency": {"35.16": 1}, "year": {"2024": 1}}
    mojokerto = find(loaded_store, regencies=["35.16"])
    assert mojokerto.total == len(mojokerto.hits) == sum(f.count for f in mojokerto.facets["type"]) == 3
    assert len(list(loaded_store.iter_hits(SearchQuery(regencies=["35.16"])))) == 3
    counts = loaded_store.province_summary("35")["counts"]["35.16"]
    assert counts["agreement_signing"] == 1 and counts["total"] == 3


def test_a_disputed_year_keeps_every_value_in_summaries_comparisons_and_hits(loaded_store):
    """Kendal-style: one outlet gives MCP 2022 as 90, another 94,19. Nothing picks one: the regency's cell, the
    comparison's row and the search hit each carry both."""
    kendal = {"code": "33.24", "name": "Kabupaten Kendal"}

    def mcp(article_id: str, value: str, number: float) -> dict:
        return {"article_id": article_id, "type": "index_report", "regency": kendal, "date": None, "venue": None,
                "people": [], "evidence": f"Skor MCP Kendal 2022 sebesar {value}.", "index": "mcp",
                "index_label": "MCP", "value": value, "value_number": number, "year": 2022, "predicate": None}

    loaded_store.replace_events(["sda-banjir"], [mcp("sda-banjir", "90", 90.0)])
    loaded_store.replace_events(["kdl-rencana-lantik"], [mcp("kdl-rencana-lantik", "94,19", 94.19)])
    cell = loaded_store.regency_summary("33.24").indexes["mcp"][2022]
    assert cell.disputed and sorted(v.value for v in cell.values) == ["90", "94,19"] and cell.reports == 2
    (row,) = loaded_store.compare_index("mcp", 2022)
    assert row["cell"].disputed and sorted(v.value_number for v in row["cell"].values) == [90.0, 94.19]
    (story,) = find(loaded_store, indexes=["mcp"]).hits
    assert sorted(story.disputes["value"]) == ["90", "94,19"] and len(story.reports) == 2
    assert find(loaded_store, indexes=["mcp"]).total == 1  # one event, disputed, not two


def test_a_search_over_more_events_than_its_window_says_so_and_keeps_its_first_pages(loaded_store, monkeypatch):
    """Past `WINDOW` matching events a search counts, facets and pages the window (the newest, oldest or last
    loaded events for those sorts) and flags the total as a lower bound; within it everything is exact."""
    from db.query import search as search_module

    exact = {sort: [h.id for h in loaded_store.iter_hits(SearchQuery(sort=sort))] for sort in ("newest", "oldest", "loaded")}
    mojokerto = find(loaded_store, "Mojokerto")
    monkeypatch.setattr(search_module, "WINDOW", 5)
    for sort, order in exact.items():
        first = loaded_store.search(SearchQuery(sort=sort, per_page=3))
        assert first.capped and 3 <= first.total <= 5
        assert [h.id for h in first.hits] == order[:3], sort
        facets = {f.value: f.count for f in first.facets["type"]}
        assert sum(facets.values()) == first.total
    small = find(loaded_store, "Mojokerto")  # 4 events: within the window, exact as before
    assert not small.capped and small.total == mojokerto.total
    assert [h.id for h in small.hits] == [h.id for h in mojokerto.hits] and small.facets == mojokerto.facets
    broad = loaded_store.search(SearchQuery(types=["index_report"]))
    types = {f.value: f.count for f in broad.facets["type"]}  # its own window, read without the type filter
    assert broad.capped and "index_report" in types and len(types) > 1 and sum(types.values()) <= 5


def test_words_and_filters_follow_an_event_whose_year_came_from_its_article(store_url):
    """The year an undated event gets from its article's date, arriving later, is a filter like any other
    (SQLite keeps filter tokens in its full-text index: they are rewritten with the event's derived fields)."""
    from db import Store

    store = Store(store_url)
    store.sync_regions()
    event = {"article_id": "late-date", "type": "inauguration", "regency": {"code": "35.16", "name": "Kabupaten Mojokerto"},
             "date": None, "evidence": "Bupati melantik dua puluh pejabat pengawas."}
    store.load_articles([{"id": "late-date", "text": "Bupati melantik dua puluh pejabat pengawas di pendopo."}])
    store.replace_events(["late-date"], [event])
    assert find(store, "pengawas", years=[2023]).total == 0
    store.load_articles([{"id": "late-date", "text": "Bupati melantik dua puluh pejabat pengawas di pendopo.",
                          "published": "2023-05-02"}])
    for filters in ({"years": [2023]}, {"regencies": ["35.16"], "types": ["inauguration"]}, {"provinces": ["35"]}):
        result = find(store, "pengawas", **filters)
        assert result.total == 1 and not result.capped, filters
    assert find(store, "pengawas", years=[2022]).total == 0


def test_searches_of_one_shape_share_a_statement_and_keep_their_own_values(loaded_store):
    """A search's statement is built once per shape and run with each search's values: the second search of
    a shape answers what it answers alone (other words, filter lists of other lengths, another page)."""
    from db.query import search as search_module

    pairs = [(SearchQuery(text="pejabat", regencies=["35.24"]), SearchQuery(text="indeks", regencies=["35.15", "35.16"])),
             (SearchQuery(types=["inauguration"], per_page=2, page=2), SearchQuery(types=["index_report", "agreement_signing"], per_page=3)),
             (SearchQuery(text="bupati", source="lamonganpos.test"), SearchQuery(text="pejabat", source="kabarmojokerto.test"))]
    for first, second in pairs:
        search_module._STATEMENTS.clear()
        alone = loaded_store.search(second)
        search_module._STATEMENTS.clear()
        loaded_store.search(first)
        after = loaded_store.search(second)
        assert [h.id for h in after.hits] == [h.id for h in alone.hits] and after.total == alone.total
        assert after.facets == alone.facets and alone.total > 0, second
