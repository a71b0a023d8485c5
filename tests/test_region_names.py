"""The one resolver of region names people type (pantau.regions), used by search, the site and the crawler."""

import pytest

from pantau.regions import UnknownRegion, regions_named, resolve_province, resolve_regency


def test_a_bare_name_means_every_region_of_that_name():
    assert resolve_regency("Mojokerto") == ["35.16", "35.76"]
    assert [r.code for r in regions_named("Mojokerto")] == ["35.16", "35.76"]


@pytest.mark.parametrize("typed, codes", [
    ("Kab. Mojokerto", ["35.16"]), ("Kabupaten Mojokerto", ["35.16"]), ("Pemkab Mojokerto", ["35.16"]),
    ("kota mojokerto", ["35.76"]), ("Pemkot Mojokerto", ["35.76"]), ("35.16", ["35.16"]),
    ("Provinsi Jawa Timur", ["35"]), ("Jatim", ["35"]), ("Pemprov Jatim", ["35"]), ("Atlantis", []),
])
def test_cues_codes_and_aliases_pick_the_level(typed, codes):
    assert [r.code for r in regions_named(typed)] == codes


def test_provinces_by_code_name_alias_or_a_regency_code():
    assert resolve_province("Jatim") == "35"
    assert resolve_province("Provinsi Jawa Timur") == "35"
    assert resolve_province("35.16") == "35"


def test_unknown_names_come_with_the_closest_ones():
    with pytest.raises(UnknownRegion, match="Kabupaten Sidoarjo"):
        resolve_regency("Sidoarjoo")
    with pytest.raises(UnknownRegion, match="adalah provinsi"):
        resolve_regency("Jatim")
    with pytest.raises(UnknownRegion, match="tidak ada wilayah dengan kode"):
        resolve_regency("99.99")
    with pytest.raises(UnknownRegion, match="Jawa Timur"):
        resolve_province("Jawa Timr")


@pytest.mark.parametrize("typed, codes", [
    ("Pessel", ["13.01"]), ("Kab. Pessel", ["13.01"]), ("Jogja", ["34"]), ("DI Yogyakarta", ["34"]),
    ("Bangka Belitung", ["19"]), ("Kota Pessel", []),
])
def test_every_name_of_the_one_alias_table_is_understood_when_typed(typed, codes):
    """pantau/data/region_aliases.tsv is the one table of other names: the extractor links them in news, and
    a person may type them in a filter or `--source` (a cue still picks the level)."""
    assert [r.code for r in regions_named(typed)] == codes


def test_the_alias_table_names_only_regions_that_exist():
    from pantau.regions import region_aliases

    rows = region_aliases()
    assert len(rows) > 300 and {row.region.code for row in rows if row.alias == "Jatim"} == {"35"}
    assert resolve_province("Jogja") == "34" and resolve_regency("Pessel") == ["13.01"]
