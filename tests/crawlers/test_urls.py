"""URL normalisation (dedup keys) and URL shapes (article, listing, pagination, section)."""

import pytest

from crawlers.urls import (
    article_url_score,
    canonicalize_url,
    host_of,
    is_pagination,
    is_section,
    registered_domain,
    url_key,
)

SAME_PAGE = [
    "https://www.sigap88.com/2024/01/15/bupati-lantik-pejabat/",
    "http://sigap88.com/2024/01/15/bupati-lantik-pejabat",
    "https://sigap88.com/2024/01/15/bupati-lantik-pejabat/?utm_source=whatsapp&utm_medium=social",
    "https://sigap88.com/2024/01/15/bupati-lantik-pejabat/?fbclid=IwAR0abc#komentar",
    "https://sigap88.com/2024/01/15/bupati-lantik-pejabat/amp/",
    "https://SIGAP88.com:443/2024/01/15/bupati-lantik-pejabat/?amp=1",
]


def test_variants_of_one_page_share_a_key():
    assert len({url_key(url) for url in SAME_PAGE}) == 1


def test_blogger_mobile_view_folds_but_month_archive_does_not():
    assert url_key("https://x.blogspot.com/2024/01/a-b-c-d.html?m=1") == url_key("https://x.blogspot.com/2024/01/a-b-c-d.html")
    assert url_key("https://site.id/?m=202401") != url_key("https://site.id/")


def test_distinct_pages_keep_distinct_keys():
    assert url_key("https://kendalkab.go.id/berita?page=2") != url_key("https://kendalkab.go.id/berita?page=3")
    assert url_key("https://kendalkab.go.id/berita/detail/1/a") != url_key("https://kendalkab.go.id/berita/detail/2/a")


def test_canonical_url_is_a_working_address():
    assert canonicalize_url("https://www.site.id/a/?utm_campaign=x&id=3#top") == "https://www.site.id/a/?id=3"
    assert canonicalize_url("/berita/detail/5/judul", base="http://127.0.0.1:8000/berita") == \
        "http://127.0.0.1:8000/berita/detail/5/judul"


def test_hosts_and_registered_domains():
    assert host_of("https://www.mojokertokab.go.id/x") == "mojokertokab.go.id"
    assert host_of("http://127.0.0.1:8123/") == "127.0.0.1:8123"
    assert registered_domain("https://berita.mojokertokab.go.id/a") == "mojokertokab.go.id"
    assert registered_domain("https://jatim.antaranews.com/a") == "antaranews.com"


@pytest.mark.parametrize("url", [
    "https://site.id/2024/01/15/bupati-lantik-pejabat/",
    "https://kendalkab.go.id/berita/detail/123/bupati-teken-perjanjian-kinerja",
    "https://x.blogspot.com/2024/01/pelantikan-pejabat-baru.html",
    "https://site.id/bupati-resmikan-jembatan-baru-di-desa/",
    "https://pemkot.go.id/read/2024/03/walikota-buka-musrenbang",
    "https://site.id/index.php?p=1234",
    "http://127.0.0.1:8080/?p=12",
    "https://kendalkab.go.id/berita.php?id=77",
])
def test_article_shaped_urls(url):
    assert article_url_score(url) >= 2


@pytest.mark.parametrize("url", [
    "https://site.id/", "https://site.id/tag/bupati/", "https://site.id/category/pemerintahan/",
    "https://site.id/author/redaksi/", "https://site.id/page/2/", "https://site.id/berita?page=3",
    "https://site.id/wp-content/uploads/2024/01/foto.jpg", "https://site.id/?s=bupati",
    "https://x.blogspot.com/p/tentang-kami.html", "https://site.id/feed/", "https://site.id/profil",
    "https://x.blogspot.com/search/label/Berita", "https://site.id/2024/01/15/lantik/?attachment_id=5",
    "https://site.id/?cat=3", "https://site.id/?paged=2", "https://site.id/?attachment_id=9",
    "https://site.id/?author=1", "https://site.id/?s=bupati",
])
def test_not_article_shaped(url):
    assert article_url_score(url) < 2


def test_listing_shapes():
    assert is_pagination("https://site.id/page/3/")
    assert is_pagination("https://site.id/berita?page=2")
    assert is_pagination("https://kab.go.id/berita/index/20")
    assert is_pagination("https://x.blogspot.com/search?updated-max=2024-01-01T00:00:00%2B07:00&max-results=7")
    assert not is_pagination("https://kab.go.id/berita/detail/20/judul-berita-panjang-sekali")
    assert is_section("https://kab.go.id/berita")
    assert is_section("https://site.id/category/pemerintahan/")
    assert is_section("https://site.id/kategori/daerah")
    assert not is_section("https://site.id/berita/detail/5/judul")


def test_joomla_urls():
    article = "https://kendalkab.go.id/index.php?option=com_content&view=article&id=123:bupati-lantik-pejabat&catid=9&Itemid=101"
    # The menu item a link was built from does not change the article.
    assert url_key(article) == url_key(article.replace("&Itemid=101", "&Itemid=0")) == url_key(article.replace("&Itemid=101", ""))
    assert article_url_score(article) >= 2
    category = "https://kendalkab.go.id/index.php?option=com_content&view=category&layout=blog&id=9&Itemid=102"
    assert is_section(category) and article_url_score(category) == 0
    assert is_pagination(category + "&limitstart=10")
    assert is_pagination("https://kendalkab.go.id/index.php/berita-daerah?start=10")
    assert article_url_score("https://kendalkab.go.id/index.php/berita-daerah/456-bupati-kendal-lantik-pejabat") >= 3
    assert article_url_score("https://kendalkab.go.id/berita/123-bupati-kendal-lantik-pejabat") >= 3
    assert article_url_score("https://kendalkab.go.id/index.php/berita/123-bupati-lantik?tmpl=component&print=1") == 0


def test_amp_copies_lead_to_the_original():
    from crawlers.urls import amp_original

    assert amp_original("https://site.id/berita/slug-panjang/amp/") == "https://site.id/berita/slug-panjang"
    assert amp_original("https://site.id/berita/12/slug.html?amp=1") == "https://site.id/berita/12/slug.html"
    assert amp_original("https://site.id/amp/berita/12/slug.html") == "https://site.id/berita/12/slug.html"
    assert amp_original("https://site.id/berita/12/slug.html") is None


def test_drupal_taxonomy_listing_is_a_section():
    assert is_section("https://pekalongankota.go.id/taxonomy/term/5")
    assert is_pagination("https://pekalongankota.go.id/taxonomy/term/5?page=1")
    assert article_url_score("https://pekalongankota.go.id/berita/2024/01/wali-kota-lantik-kepala-sekolah") >= 3


def test_url_shapes():
    from crawlers.urls import url_shape

    assert url_shape("https://site.id/baca/pelantikan-camat") == url_shape("https://site.id/baca/hut-kota") == "/baca/*"
    assert url_shape("https://site.id/post/read/123/bupati-lantik") == "/post/read/#/*"
    assert url_shape("https://site.id/index.php/berita/123-bupati-lantik") == "/berita/#-*"
    assert url_shape("https://site.id/index.php?id=5&option=com_content&view=article&utm_source=x") == "/*?id&option&view"
    assert url_shape("https://site.id/profil") is None  # one segment: says nothing
