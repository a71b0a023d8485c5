"""HTML -> article on hand-written pages in the shapes the crawler meets."""

import datetime as dt

from crawlers.article import extract_page
from crawlers.boilerplate import clean_text
from crawlers.dates import parse_date
from crawlers.registry import Layout

BODY = [
    "KENDAL – Bupati Kendal Dico M. Ganinduto menyerahkan bantuan alat tangkap kepada kelompok nelayan di Tempat Pelelangan Ikan Bandengan, Kamis (7/3/2024).",
    "Bantuan tersebut berasal dari anggaran Dinas Kelautan dan Perikanan tahun 2024 dan diberikan kepada dua belas kelompok nelayan.",
    "Bupati berharap hasil tangkapan nelayan meningkat sehingga kesejahteraan keluarga nelayan di pesisir Kendal ikut membaik.",
]


def page(head="", body_class="", meta_block="", extra_body="", title="Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan"):
    paragraphs = [f"<p>{p}</p>" for p in BODY]
    paragraphs.insert(1, "<p>Baca juga: Nelayan Kendal Terima Asuransi</p>")
    return f"""<html><head><title>{title} | Portal Kendal</title>{head}</head><body class="{body_class}">
<nav><a href="/">Beranda</a><a href="/berita">Berita</a></nav>
<div class="konten"><h1>{title}</h1>{meta_block}
<div class="isi">{"".join(paragraphs)}{extra_body}</div></div>
<aside class="sidebar"><h3>Berita Terbaru</h3><ul><li><a href="/berita/detail/9/lain">Lain</a> <span class="tanggal">1 Januari 2025</span></li></ul></aside>
<footer>Hak Cipta 2024 Diskominfo Kendal</footer></body></html>"""


def test_government_page_without_markup_is_read_from_its_text():
    html = page(meta_block='<div class="info"><span class="tanggal">Kamis, 7 Maret 2024 10:15 WIB</span> '
                           '<span class="penulis">Penulis: Humas Setda</span> Dibaca 99 kali</div>',
                extra_body="<p>Foto: Humas Setda Kendal</p><div class='share'>Bagikan: Facebook Twitter</div>")
    result = extract_page(html.encode(), "https://kendalkab.go.id/berita/detail/120/bupati-serahkan-bantuan-alat-tangkap")
    assert result.is_article, result.reasons
    assert result.title == "Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan"
    assert result.published == dt.date(2024, 3, 7)
    assert result.author == "Humas Setda"
    assert result.text.split("\n") == BODY


def test_json_ld_news_article_wins_over_other_dates():
    head = """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
    {"@type":"NewsArticle","headline":"Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan","datePublished":"2024-03-07T10:00:00+07:00",
    "dateModified":"2024-03-09T08:00:00+07:00","author":[{"@type":"Person","name":"Ahmad Fauzi"}]}]}</script>
    <link rel="canonical" href="https://sigap88.com/bupati-serahkan-bantuan/?utm_source=x">"""
    result = extract_page(page(head=head).encode(), "https://sigap88.com/bupati-serahkan-bantuan/?fbclid=1")
    assert result.is_article
    assert result.published == dt.date(2024, 3, 7) and result.modified == dt.date(2024, 3, 9)
    assert result.author == "Ahmad Fauzi"
    assert result.canonical_url == "https://sigap88.com/bupati-serahkan-bantuan/"


def test_listing_tag_and_static_pages_are_not_articles():
    listing = "<html><body class='archive category'>" + "".join(
        f"<article class='post hentry'><h2><a href='/berita-{i}-judul-yang-panjang/'>Judul {i}</a></h2>"
        f"<p>{BODY[i % 3]}</p><span class='tanggal'>{i + 1} Maret 2024</span></article>" for i in range(6)) + "</body></html>"
    assert not extract_page(listing.encode(), "https://site.id/category/pemerintahan/").is_article
    static = page(title="Sejarah Kabupaten Kendal", meta_block="")
    assert not extract_page(static.encode(), "https://kendalkab.go.id/profil/sejarah").is_article
    # WordPress's body classes count on a page WordPress made (its REST link, its asset paths)
    wordpress = '<link rel="https://api.w.org/" href="https://site.id/wp-json/"><script src="/wp-includes/js/jquery.js"></script>'
    wp_page = page(body_class="page-template-default page page-id-2",
                   head=wordpress + '<meta property="article:published_time" content="2020-01-01T00:00:00+07:00">')
    assert not extract_page(wp_page.encode(), "https://site.id/tentang-kami-dan-redaksi-portal/").is_article
    attachment = page(body_class="attachment single single-attachment", head=wordpress + '<meta property="og:type" content="article">')
    assert not extract_page(attachment.encode(), "https://site.id/2024/03/07/bantuan/foto-bantuan/").is_article


def test_blogger_post_with_comment_chrome():
    html = f"""<html><head><meta content='blogger' name='generator'/></head><body class='item-view'>
<div class='date-outer'><h2 class='date-header'><span>Kamis, 07 Maret 2024</span></h2><div class='post-outer'><div class='post hentry'>
<h3 class='post-title entry-title'>Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan</h3>
<div class='post-body entry-content'>{'<br /><br />'.join(BODY[:2])}<br /><br /><b>Baca Juga:</b> <a href='/x.html'>Lain</a><br /><br />{BODY[2]}</div>
<div class='post-footer'>Diposting oleh <span class='fn'>Warta Pesisir</span> di <abbr class='published' title='2024-03-07T10:00:00+07:00'>10.00</abbr></div>
<div class='comments'><h4>2 komentar:</h4><p>Mantap pak!</p><p>Posting Komentar</p></div></div></div></div></body></html>"""
    result = extract_page(html.encode(), "https://wartapesisir.blogspot.com/2024/03/bupati-serahkan-bantuan.html")
    assert result.is_article, result.reasons
    assert result.author == "Warta Pesisir"
    assert result.published == dt.date(2024, 3, 7)
    assert result.text.split("\n") == BODY


def test_layout_override_replaces_generic_extraction():
    html = page(meta_block='<p class="waktu">07/03/2024</p><p class="oleh">Redaksi Pesisir</p>',
                extra_body="<div class='iklan'>Pasang iklan di sini</div>")
    layout = Layout(title="h1", body="div.isi", date="p.waktu", author="p.oleh", remove=(".iklan",))
    result = extract_page(html.encode(), "https://contoh.id/berita/detail/5/bantuan-alat-tangkap-nelayan", layout=layout)
    assert result.published == dt.date(2024, 3, 7)
    assert result.author == "Redaksi Pesisir"
    assert "Pasang iklan" not in result.text and result.text.split("\n") == BODY


def test_clean_text_drops_chrome_and_keeps_content():
    text = "\n".join(["Judul", "Isi pertama yang penting.", "Baca Juga: Judul Lain yang Menarik",
                      "Oleh karena itu, pemerintah menambah anggaran.", "Editor: Budi", "Reporter: Siti Aminah",
                      "Bagikan:", "Posting Komentar", "Dibaca 1.234 kali", "Isi terakhir. Baca juga: Hal lain."])
    cleaned, author = clean_text(text, title="Judul")
    assert cleaned.split("\n") == ["Isi pertama yang penting.", "Oleh karena itu, pemerintah menambah anggaran.",
                                   "Isi terakhir."]
    assert author == "Siti Aminah"


def test_indonesian_dates():
    assert parse_date("Senin, 15 Januari 2024 09:30 WIB") == dt.date(2024, 1, 15)
    assert parse_date("Diposting 3 Agt 2023") == dt.date(2023, 8, 3)
    assert parse_date("15/01/2024") == dt.date(2024, 1, 15)
    assert parse_date("2024-01-15T09:00:00+07:00") == dt.date(2024, 1, 15)
    assert parse_date("tanpa tanggal") is None


def test_site_header_logo_date_bar_and_home_canonical_are_ignored():
    """Older government templates: the site's name in an <h1> logo, today's date in a top bar, and the
    home page declared as every page's canonical."""
    html = f"""<html><head><link rel="canonical" href="https://kendalkab.go.id/"></head><body>
<div class="topbar"><span class="tanggal">Minggu, 22 November 2026</span></div>
<div id="header"><h1 class="logo">Pemerintah Kabupaten Kendal</h1></div>
<div class="konten"><h1>Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan</h1>
<div class="tanggal">Kamis, 7 Maret 2024</div><div class="isi">{''.join(f'<p>{p}</p>' for p in BODY)}</div></div></body></html>"""
    url = "https://kendalkab.go.id/berita/detail/120/bupati-serahkan-bantuan-alat-tangkap"
    result = extract_page(html.encode(), url)
    assert result.title == "Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan"
    assert result.published == dt.date(2024, 3, 7)
    assert result.canonical_url == url
    assert result.is_article


def test_wordpress_block_theme_post():
    """Twenty Twenty-Four markup (a fresh WordPress): block classes, meta lines, post navigation, comments."""
    html = f"""<!DOCTYPE html><html lang="id-ID"><head><title>Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan &#8211; Portal Kendal</title>
<link rel="canonical" href="http://127.0.0.1:8080/?p=5"></head>
<body class="post-template-default single single-post postid-5 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">Portal Kendal</a></p>
<nav class="wp-block-navigation"><a href="/?page_id=2">Profil</a></nav></header>
<main class="wp-block-group"><h1 class="wp-block-post-title">Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan</h1>
<div class="wp-block-group"><div class="wp-block-post-date"><time datetime="2024-03-07T10:00:00+07:00">7 Maret 2024</time></div>
<div class="wp-block-post-author-name">Oleh <a href="/?author=1">Ahmad Fauzi</a></div></div>
<div class="entry-content wp-block-post-content">{''.join(f'<p>{p}</p>' for p in BODY)}</div>
<div class="wp-block-post-terms">Kategori: <a href="/?cat=1">Berita</a></div>
<nav class="wp-block-group"><div class="post-navigation-link-previous wp-block-post-navigation-link"><a href="/?p=4">Sebelumnya</a></div></nav>
<div class="wp-block-comments"><h2>Tinggalkan Balasan</h2><p>Alamat email Anda tidak akan dipublikasikan.</p></div></main>
<footer class="wp-block-template-part"><p>Dirancang dengan WordPress</p></footer></div></body></html>"""
    result = extract_page(html.encode(), "http://127.0.0.1:8080/?p=5")
    assert result.is_article, result.reasons
    assert result.title == "Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan"
    assert result.published == dt.date(2024, 3, 7)
    assert result.author == "Ahmad Fauzi"
    assert result.canonical_url == "http://127.0.0.1:8080/?p=5"
    assert result.text.split("\n") == BODY


def test_meta_lines_are_dropped_but_datelines_kept():
    cleaned, _ = clean_text("Kamis, 7 Maret 2024 | 10:15 WIB | Humas\nJakarta, 7 Maret 2024 – Bupati membuka acara.\n"
                            "Dilihat: 1.024 kali\nIsi berita.")
    assert cleaned.split("\n") == ["Jakarta, 7 Maret 2024 – Bupati membuka acara.", "Isi berita."]


def test_short_listing_of_unknown_shape_is_not_an_article():
    """A section page of a custom CMS (`/kabar-desa`) with three dated cards and long snippets."""
    cards = "".join(f"""<div class="card"><a href="/kabar-desa/{i}/judul-kabar-desa-nomor-{i}"><h5>Kabar desa nomor {i}</h5></a>
<span class="tanggal">{i + 1} Maret 2024</span><p>{BODY[i]} {BODY[(i + 1) % 3]}</p></div>""" for i in range(3))
    html = f"<html><head><title>Kabar Desa</title></head><body><div class='konten'><h1>Kabar Desa</h1>{cards}</div></body></html>"
    result = extract_page(html.encode(), "https://kendalkab.go.id/kabar-desa")
    assert not result.is_article, result.reasons


def test_soft_404_is_never_an_article():
    """A 'not found' page answered with status 200, even with a date and a long text around it."""
    html = page(title="Halaman Tidak Ditemukan",
                meta_block='<div class="info"><span class="tanggal">Kamis, 7 Maret 2024</span></div>')
    result = extract_page(html.encode(), "https://kendalkab.go.id/berita/detail/120/bupati-serahkan-bantuan-alat-tangkap")
    assert not result.is_article
    assert any("soft 404" in reason for reason in result.reasons)
    # A real headline that merely contains the number 404 is not a 'not found' page.
    html = page(title="404 Keluarga Penerima Manfaat Terima Bantuan Pangan",
                meta_block='<div class="info"><span class="tanggal">Kamis, 7 Maret 2024</span></div>')
    assert extract_page(html.encode(), "https://kendalkab.go.id/berita/detail/121/404-keluarga-terima-bantuan").is_article


def test_date_and_byline_in_an_unmarked_line_under_the_headline():
    """Laravel/CodeIgniter templates: "Senin, 15 Januari 2024 09:30 WIB  Oleh: Humas" in a plain <p>."""
    meta = ('<p class="text-muted small"><i class="fa fa-clock"></i> Kamis, 7 Maret 2024 10:15 WIB &nbsp; '
            '<i class="fa fa-user"></i> Oleh: Humas Setda &nbsp; <i class="fa fa-eye"></i> 312 kali</p>')
    result = extract_page(page(meta_block=meta).encode(), "https://kendalkab.go.id/berita/detail/bupati-serahkan-bantuan-alat-tangkap")
    assert result.is_article, result.reasons
    assert result.published == dt.date(2024, 3, 7)
    assert result.author == "Humas Setda"
    short = '<p class="text-muted"><i class="fa fa-calendar"></i> 7 Mar 2024 | 10:15 <i class="fa fa-user"></i> Penulis: Humas Setda</p>'
    result = extract_page(page(meta_block=short).encode(), "https://kendalkab.go.id/post/read/120/bupati-serahkan-bantuan")
    assert (result.published, result.author) == (dt.date(2024, 3, 7), "Humas Setda")


def test_joomla_microdata_article_and_blog():
    article = """<html><head><meta name="generator" content="Joomla! - Open Source Content Management"><title>Judul</title></head><body>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan</h2></div>
<dl class="article-info"><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Ditulis oleh <span itemprop="name">Humas Setda</span></dd>
<dd class="published"><time datetime="2024-03-07T10:00:00+07:00" itemprop="datePublished">Diterbitkan: 7 Maret 2024</time></dd><dd class="hits">Dilihat: 245</dd></dl>
<div itemprop="articleBody">""" + "".join(f"<p>{p}</p>" for p in BODY) + "</div></div></body></html>"
    result = extract_page(article.encode(), "https://kendalkab.go.id/index.php?option=com_content&view=article&id=120:bantuan&catid=9&Itemid=101")
    assert result.is_article, result.reasons
    assert (result.title, result.published, result.author) == ("Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan", dt.date(2024, 3, 7), "Humas Setda")
    assert result.text.split("\n") == BODY
    item = ('<div class="item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><h2 itemprop="name"><a href="/index.php/berita/{n}-kabar-{n}">Kabar {n}</a></h2>'
            '<time datetime="2024-03-07T10:00:00+07:00" itemprop="datePublished">7 Maret 2024</time><p>' + BODY[0] + '</p></div>')
    blog = ('<html><body><div class="blog" itemscope itemtype="https://schema.org/Blog"><h1>Berita Daerah</h1>'
            + "".join(item.format(n=n) for n in (11, 12)) + "</div></body></html>")
    result = extract_page(blog.encode(), "https://kendalkab.go.id/index.php/berita")
    assert not result.is_article


def test_page_level_sidebar_classes_do_not_make_everything_chrome():
    """Drupal puts "one-sidebar sidebar-first" on <body>: the article's own date line is still read."""
    meta = '<div class="node__meta">Dikirim oleh <span><span>Humas Setda</span></span> pada Kam, 07/03/2024 - 10:15</div>'
    html = page(body_class="html not-front path-node page-node-type-article one-sidebar sidebar-first", meta_block=meta,
                head='<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">')
    result = extract_page(html.encode(), "https://pekalongankota.go.id/node/120")
    assert result.is_article, result.reasons
    assert (result.published, result.author) == (dt.date(2024, 3, 7), "Humas Setda")


def test_layout_tables_are_read_as_text_and_data_tables_stay_tables():
    cells = "".join(f"<tr><td><p>{name}</p></td><td><p>{value}</p></td></tr>" for name, value in
                    [("Kecamatan", "IPM 2023"), ("Kendal", "74,12"), ("Weleri", "72,80"), ("Boja", "71,95")])
    table = f"<table><tbody>{cells}</tbody></table>"
    html = page(meta_block='<div class="info"><span class="tanggal">Kamis, 7 Maret 2024</span></div>', extra_body=table)
    result = extract_page(html.encode(), "https://kendalkab.go.id/berita/detail/120/bupati-serahkan-bantuan-alat-tangkap")
    assert "| Kendal | 74,12 |" in result.text, result.text
    layout = ("<html><head><title>Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan</title></head><body><table width='100%'>"
              "<tr><td id='logo'>Portal Kendal</td></tr><tr><td class='menu'><a href='/'>Beranda</a></td>"
              "<td><table class='contentpaneopen'><tr><td class='contentheading'>Bupati Serahkan Bantuan Alat Tangkap untuk Nelayan</td></tr>"
              "<tr><td class='createdate'>Kamis, 07 Maret 2024 10:15</td></tr><tr><td>"
              + "".join(f"<p>{p}</p>" for p in BODY) + "</td></tr></table></td></tr></table></body></html>")
    result = extract_page(layout.encode(), "https://kendalkab.go.id/index.php?option=com_content&task=view&id=120&Itemid=45")
    assert result.text.split("\n") == BODY
    assert result.published == dt.date(2024, 3, 7)


def test_one_cms_convention_cannot_veto_an_article():
    """A static-site theme puts WordPress's home-page class on every page: on a page no WordPress made, the
    article evidence (URL, publication markup, date, body) decides."""
    head = '<meta name="generator" content="Pelican"><meta property="article:published_time" content="2024-03-07T10:00:00+07:00">'
    html = page(body_class="home", head=head)
    result = extract_page(html.encode(), "https://site.id/bupati-serahkan-bantuan-alat-tangkap-untuk-nelayan.html")
    assert result.is_article, result.reasons
    # The same class on a page WordPress made is WordPress's: its home page.
    wordpress = page(body_class="home blog", head='<link rel="https://api.w.org/" href="https://site.id/wp-json/">')
    assert not extract_page(wordpress.encode(), "https://site.id/bupati-serahkan-bantuan-alat-tangkap-untuk-nelayan/").is_article


def test_an_article_naming_several_dates_is_not_a_listing():
    schedule = ("<p>Tahapan dimulai 5 Februari 2024 dengan pendaftaran, verifikasi pada 12 Februari 2024, "
                "uji kompetensi 19 Februari 2024, dan pelantikan dijadwalkan 4 Maret 2024 di Pendopo.</p>")
    html = page(meta_block='<span class="tanggal">Kamis, 7 Maret 2024</span>', extra_body=schedule)
    result = extract_page(html.encode(), "https://kendalkab.go.id/berita/detail/121/jadwal-seleksi-terbuka")
    assert result.is_article, result.reasons


def test_archive_of_linked_headlines_is_a_listing():
    titles = [f"Bupati Kendal Resmikan Jembatan Desa Nomor {n}" for n in range(8)]
    items = "".join(f'<dt>{n + 1} Maret 2024</dt><dd><a href="/jembatan-desa-{n}-diresmikan-bupati.html">{t}</a></dd>'
                    for n, t in enumerate(titles))
    html = f"<html><head><title>Arsip</title></head><body><h1>Arsip Lintas Pantura</h1><dl>{items}</dl></body></html>"
    result = extract_page(html.encode(), "https://site.id/archives.html")
    assert not result.is_article, result.reasons


def test_a_sites_learned_article_shapes_outweigh_markup():
    """Static pages of a static-site theme carry og:type article and the build date: once the site has shown
    its articles' URL shape, an address of none of their shapes needs more than that markup."""
    head = '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-07T10:00:00+07:00">'
    html = page(title="Kontak Redaksi Lintas Pantura", head=head)
    learned = {"/posts/*": 12}
    assert extract_page(html.encode(), "https://site.id/pages/kontak/").is_article  # nothing learned yet
    assert not extract_page(html.encode(), "https://site.id/pages/kontak/", site_shapes=learned).is_article
    assert extract_page(html.encode(), "https://site.id/posts/kontak/", site_shapes=learned).is_article
