"""Government sites take the same per-site overrides as outlets (feeds, listings, article pattern, other
hosts, versioned layouts), from `crawlers/data/government_overrides.toml`; the committed registry is up to date."""

from __future__ import annotations

import datetime as dt

import pytest

from crawlers.make_registry import build, main
from crawlers.registry import parse_registry


def test_a_government_site_takes_a_versioned_layout(tmp_path):
    overrides = tmp_path / "government_overrides.toml"
    overrides.write_text('[[government]]\ncode = "35.16"\nlistings = ["https://mojokertokab.go.id/berita"]\n'
                         'hosts = ["portal.mojokertokab.go.id"]\n'
                         'article_pattern = "/berita/detail/\\\\d+/"\n'
                         '[[government.layout]]\nvalid_from = "2023-06-01"\ntitle = "h1.judul"\nbody = "div.isi"\n'
                         'remove = [".baca-juga"]\n', encoding="utf-8")
    entries = {entry.key: entry for entry in parse_registry(build(overrides), "built")}
    mojokerto = entries["35.16"]
    assert mojokerto.kind == "government" and mojokerto.listings == ("https://mojokertokab.go.id/berita",)
    assert mojokerto.article_pattern == r"/berita/detail/\d+/"
    assert mojokerto.hosts == ("portal.mojokertokab.go.id",)
    layout = mojokerto.layout_for(dt.date(2024, 1, 1))
    assert (layout.title, layout.body, layout.remove) == ("h1.judul", "div.isi", (".baca-juga",))
    assert entries["35.17"].layouts == ()


def test_an_override_for_an_unknown_region_names_the_file(tmp_path):
    overrides = tmp_path / "government_overrides.toml"
    overrides.write_text('[[government]]\ncode = "99.99"\nfeeds = ["https://x.go.id/feed/"]\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="government_overrides.toml: government #1: unknown Kemendagri code '99.99'"):
        build(overrides)


def test_the_committed_registry_is_up_to_date():
    assert main(["--check"]) == 0
