"""The source registry: every government has an entry, codes and names resolve, the file is generated."""

import pytest

from crawlers import make_registry
from crawlers.registry import (
    RegistryError,
    UnknownSourceError,
    load_registry,
    parse_registry,
    resolve_sources,
    source_for_url,
)
from pantau.regions import all_regions


def test_every_region_has_a_government_entry():
    entries = load_registry()
    governments = {e.key: e for e in entries if e.kind == "government"}
    assert len(all_regions()) == 552
    for region in all_regions():
        entry = governments[region.code]
        assert entry.regions == (region.code,)
        assert entry.name == region.name
        assert entry.url.startswith("https://") and ".go.id/" in entry.url
        assert resolve_sources([region.code], entries)[0] is entry


def test_guessed_addresses_follow_the_pattern_and_known_ones_are_marked():
    entries = {e.key: e for e in load_registry()}
    assert entries["35.16"].url == "https://mojokertokab.go.id/" and not entries["35.16"].guessed
    assert entries["35.78"].url == "https://surabaya.go.id/" and not entries["35.78"].guessed
    assert entries["11.01"].url == "https://acehselatankab.go.id/" and entries["11.01"].guessed
    assert entries["93"].url == "https://papuaselatanprov.go.id/" and entries["93"].guessed
    assert entries["72.71"].url == "https://palukota.go.id/"


def test_outlets_are_tied_to_regions():
    entries = {e.key: e for e in load_registry()}
    for domain in ("sigap88.com", "wartamerdeka.info", "radarpekalongan.id", "bangsaonline.com", "blok-a.com",
                   "teritorial24.com", "jatengreport.com", "valoranews.com"):
        assert entries[domain].kind == "outlet" and entries[domain].regions, domain
    assert "33.75" in entries["radarpekalongan.id"].regions


def test_resolve_by_name_code_and_domain():
    assert {e.key for e in resolve_sources(["Kabupaten Mojokerto"])} >= {"35.16", "radarmojokerto.jawapos.com"}
    assert "35.76" not in {e.key for e in resolve_sources(["Kabupaten Mojokerto"])}
    assert {"35.16", "35.76"} <= {e.key for e in resolve_sources(["Mojokerto"])}
    assert [e.key for e in resolve_sources(["kota mojokerto"])][0] == "35.76"
    assert [e.key for e in resolve_sources(["radarpekalongan.id"])] == ["radarpekalongan.id"]
    assert [e.key for e in resolve_sources(["https://www.jatengprov.go.id/"])] == ["33"]
    with pytest.raises(UnknownSourceError):
        resolve_sources(["Kabupaten Atlantis"])


def test_region_names_are_read_as_the_search_reads_them():
    """One resolver of typed region names (pantau.regions) for the crawler and the search: its cue words and
    province aliases work here too."""
    assert "35.16" in {e.key for e in resolve_sources(["Pemkab Mojokerto"])}
    assert "35.76" not in {e.key for e in resolve_sources(["Pemkab Mojokerto"])}
    assert [e.key for e in resolve_sources(["Pemkot Mojokerto"])][0] == "35.76"
    assert [e.key for e in resolve_sources(["Jatim"])][0] == "35"


def test_source_for_url_prefers_the_longest_domain():
    assert source_for_url("https://jatim.antaranews.com/berita/1").key == "jatim.antaranews.com"
    assert source_for_url("https://berita.mojokertokab.go.id/a").key == "35.16"
    assert source_for_url("https://contoh.example/a") is None


def test_committed_registry_matches_its_generator():
    assert make_registry.main(["--check"]) == 0


def test_layouts_are_versioned_by_date():
    import datetime as dt

    entries = parse_registry('''
[[source]]
key = "contoh.id"
name = "Contoh"
kind = "outlet"
url = "https://contoh.id/"
regions = ["35.16"]
[[source.layout]]
valid_from = "2020-01-01"
body = "div.isi"
[[source.layout]]
valid_from = "2023-06-01"
body = "article .konten"
remove = [".iklan"]
''', "test.toml")
    entry = entries[0]
    assert entry.layout_for(dt.date(2021, 5, 1)).body == "div.isi"
    assert entry.layout_for(dt.date(2024, 1, 1)).body == "article .konten"
    assert entry.layout_for(None).remove == (".iklan",)


@pytest.mark.parametrize("text, message", [
    ('[[source]]\nkey="a"\nname="A"\nkind="outlet"\nurl="https://a.id/"\nregions=["99.99"]', "unknown region code"),
    ('[[source]]\nkey="a"\nname="A"\nkind="blog"\nurl="https://a.id/"', "kind must be"),
    ('[[source]]\nkey="a"\nname="A"\nkind="outlet"\nurl="a.id"', "not an http\\(s\\) address"),
    ('[[source]]\nkey="a"\nname="A"\nkind="outlet"\nurl="https://a.id/"\nfeeeds=[]', "unknown field"),
    ('[[source]\n', "registry.toml"),
])
def test_bad_registry_names_file_and_entry(text, message):
    with pytest.raises(RegistryError, match=message) as info:
        parse_registry(text, "registry.toml")
    assert "registry.toml" in str(info.value)


def test_spider_takes_every_registry_source():
    """`--all` builds one site per registry entry, each host allowed (redirects to other hosts are not)."""
    from crawlers.spiders.news import NewsSpider

    spider = NewsSpider(all=True)
    assert len(spider.sites) == len(load_registry())
    assert "mojokertokab.go.id" in spider.allowed_domains and "sigap88.com" in spider.allowed_domains
    site = spider.sites["35.16"]
    assert site.regions == ["35.16"] and site.full_discovery and site.holds("https://www.mojokertokab.go.id/berita")
    assert not site.holds("https://kendalkab.go.id/")
