"""URL normalisation and URL-shape signals shared by discovery, dedup and crawl state.

Three forms of one address:
- the fetch URL: exactly as discovered (servers may redirect `/slug` to `/slug/`, so it is left alone);
- `canonicalize_url`: a working URL cleaned of tracking parameters, fragments and AMP variants (used as
  the article's `canonical_url` and id);
- `url_key`: the dedup key, which also folds scheme, `www.` and the trailing slash, so
  `http://www.site.id/a/?utm_source=x` and `https://site.id/a` are the same page.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import tldextract

# tldextract must never fetch the public-suffix list at run time: use the snapshot bundled with it.
TLD_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|share|amp|"
    r"noamp|outputType|s_cid|cmpid|wt_mc|spm)$",
    re.IGNORECASE,
)
# `?m=1` is Blogger's mobile view of the same page; `?m=202401` is a WordPress month archive (kept).
_MOBILE_VIEW = re.compile(r"^[01]$")
_AMP_PATH = re.compile(r"(/amp/?$|/amp(?=/)|\.amp(?=\.html?$|$))", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Joomla's non-SEF URLs carry the menu item the link was built from (`Itemid`): it picks the template
# around the article, not the article, so one article is linked under several Itemids.
_PRESENTATION_PARAMS = {"com_content": {"Itemid"}}


def _clean_query(query: str) -> str:
    pairs = [
        (k, v) for k, v in parse_qsl(query, keep_blank_values=True)
        if not TRACKING_PARAMS.match(k) and not (k == "m" and _MOBILE_VIEW.match(v))
    ]
    component = next((v for k, v in pairs if k == "option"), None)
    if component in _PRESENTATION_PARAMS:
        pairs = [(k, v) for k, v in pairs if k not in _PRESENTATION_PARAMS[component]]
    return urlencode(sorted(pairs))


def canonicalize_url(url: str, base: str | None = None) -> str:
    """A working URL for the same page without tracking parameters, fragment or AMP marker."""
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url.strip())
    scheme = (parts.scheme or "http").lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("amp."):
        host = host[4:]
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    path = _AMP_PATH.sub("", path) or "/"
    return urlunsplit((scheme, netloc, path, _clean_query(parts.query), ""))


def amp_original(url: str) -> str | None:
    """The page an AMP copy (`/amp/`, `.amp.html`, `?amp=1`, `amp.` host) is made from; None for other URLs."""
    parts = urlsplit(url)
    amp_query = any(k.lower() == "amp" for k, _ in parse_qsl(parts.query, keep_blank_values=True))
    if not (_AMP_PATH.search(parts.path) or amp_query or (parts.hostname or "").startswith("amp.")):
        return None
    return canonicalize_url(url)


@lru_cache(maxsize=65536)
def url_key(url: str) -> str:
    """The dedup key: canonical form without scheme, `www.` and trailing slash."""
    parts = urlsplit(canonicalize_url(url))
    host = parts.netloc
    if host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/") or "/"
    if path.endswith(("/index.html", "/index.php")):
        path = path.rsplit("/", 1)[0] or "/"
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


def host_of(url: str) -> str:
    """Host without `www.`, e.g. `sigap88.com` (port kept for local addresses such as `127.0.0.1:8080`)."""
    parts = urlsplit(url if "//" in url else f"//{url}")
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        return f"{host}:{parts.port}"
    return host


def hostname_of(url: str) -> str:
    """Host name only (no port, no `www.`), as the off-site filter compares it."""
    return host_of(url).split(":", 1)[0]


def registered_domain(url: str) -> str:
    """`kab.go.id`-aware registrable domain, e.g. `mojokertokab.go.id` for `berita.mojokertokab.go.id`."""
    host = hostname_of(url)
    if re.fullmatch(r"[\d.]+", host) or host == "localhost":
        return host
    extracted = TLD_EXTRACT(host)
    return extracted.top_domain_under_public_suffix or host


def same_site(url: str, other: str) -> bool:
    return registered_domain(url) == registered_domain(other)


# --- URL shapes -----------------------------------------------------------------------------------------

NON_HTML_EXTENSIONS = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|tgz|mp[34]|m4a|avi|mov|"
    r"wmv|flv|webm|ogg|wav|apk|exe|css|js|json|woff2?|ttf|eot|csv|txt)$",
    re.IGNORECASE,
)
# Paths that are never articles on the CMSs we meet (WordPress, Blogger, Indonesian government CMSs).
NON_ARTICLE_PATH = re.compile(
    r"(^|/)(tag|tags|topik|topic|category|categories|kategori|author|penulis|user|users|label|search|"
    r"cari|pencarian|wp-admin|wp-login\.php|wp-content|wp-includes|wp-json|xmlrpc\.php|feed|feeds|rss|"
    r"atom|comments|attachment|login|logout|register|daftar|signin|signup|cart|checkout|my-account|"
    r"cdn-cgi|print|cetak|share|sharer|mailto|amp-stories|web-stories|indeks|index-berita|arsip|archive|"
    r"archives|galeri|gallery|foto|video|videos|download|unduh|file|files|uploads|assets|static|"
    r"images|img|media|storage)(/|$)|^/p/[^/]+\.html$",  # the last: Blogger's static pages
    re.IGNORECASE,
)
NON_ARTICLE_QUERY = re.compile(
    r"(^|&)(s|q|search|replytocom|attachment_id|share|print|format|tmpl|action|lang|orderby|order|sort|"
    r"filter|tag|cat|author|m|paged|page|start-index|max-results|updated-max|updated-min|by-date|"
    r"reverse-paginate)=",
    re.IGNORECASE,
)
# Variants of a page that are never worth fetching for discovery: print, e-mail and export views, sorted
# or searched copies of a listing.
VARIANT_QUERY = re.compile(r"(^|&)(print|tmpl|format|output|share|replytocom|s|search|orderby|order|sort|"
                           r"filter)=", re.IGNORECASE)
PAGINATION = re.compile(
    r"((^|/)(page|halaman|hal)/\d+/?$|[?&](page|paged|halaman|hal|start|limitstart|offset|per_page|start-index|"
    r"updated-max|pg)=|(^|/)index/\d+/?$)",
    re.IGNORECASE,
)
SECTION_WORDS = (
    "berita", "news", "artikel", "article", "articles", "informasi", "info", "kabar", "warta", "rilis",
    "siaran-pers", "siaranpers", "press-release", "pengumuman", "agenda", "kegiatan", "publikasi",
    "berita-daerah", "berita-utama", "headline", "terkini", "terbaru", "blog", "posts", "post", "read",
    "opini", "daerah", "pemerintahan", "humas", "liputan", "kabar-daerah", "berita-opd", "berita-kecamatan",
)
# Listing views of PHP portals addressed by query (Joomla's non-SEF category/featured/archive views).
LISTING_QUERY = re.compile(r"(^|&)(view=(category|categories|featured|frontpage|section|archive|tag|tags)|"
                           r"task=(category|section|blogcategory|blogsection))(&|$)", re.IGNORECASE)
ARTICLE_VIEW_QUERY = re.compile(r"(^|&)(view=article|task=view)(&|$)", re.IGNORECASE)
_DATE_IN_PATH = re.compile(r"/(19|20)\d\d/(0?[1-9]|1[0-2])(/(0?[1-9]|[12]\d|3[01]))?/")
_DETAIL = re.compile(
    r"/(berita|news|artikel|article|post|posts|read|baca|detail|view|lihat|konten|content|blog|p|"
    r"informasi|pengumuman|kegiatan|rilis|siaran-pers|warta|kabar)(/[^/]+)*/[^/]*[a-z][^/]*$",
    re.IGNORECASE,
)
_NUMERIC_ID = re.compile(r"/\d{2,}(/|-|$)")
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+){3,}(?:\.html?|\.php)?$", re.IGNORECASE)


def _last_segment(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


_FRONT_CONTROLLER = re.compile(r"^/index\.php(?=/)")
_ID_SLUG = re.compile(r"\d+-")
_DRUPAL_TERM = re.compile(r"taxonomy/term/\d+")


def _strip_front_controller(path: str) -> str:
    """`/index.php/berita/12-slug` (Joomla SEF without rewriting, CodeIgniter) has the shape of `/berita/12-slug`."""
    return _FRONT_CONTROLLER.sub("", path)


def url_shape(url: str) -> str | None:
    """A URL's template: numbers as `#`, the last segment as `*` (`/post/read/#/*`, `/berita/#/#/*`), query
    keys kept. None when the template says nothing (`/*`: any one-segment address)."""
    parts = urlsplit(url)
    segments = [s for s in _strip_front_controller(parts.path).split("/") if s]
    if len(segments) < 2 and not parts.query:
        return None
    shaped = ["#" if s.isdigit() else s.lower() for s in segments[:-1]]
    if segments:
        last = segments[-1]
        shaped.append("#" if last.isdigit() else "#-*" if _ID_SLUG.match(last) else "*")
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)})
    return "/" + "/".join(shaped) + ("?" + "&".join(keys) if keys else "")


def page_template(url: str) -> str:
    """`url_shape`, or for a one-segment address `/*` (`/*.html` for a file): what a site's article URLs
    have in common, learned per site by the crawl."""
    shape = url_shape(url)
    if shape:
        return shape
    path = urlsplit(url).path
    if not path.strip("/"):
        return "/"
    return "/*.html" if path.lower().endswith((".html", ".htm")) else "/*"


def is_fetchable(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and not NON_HTML_EXTENSIONS.search(parts.path)


def is_pagination(url: str) -> bool:
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    if re.search(r"/search\?.*updated-max=", target) or re.search(r"/search/label/", parts.path):
        return True
    return bool(PAGINATION.search(target)) and not article_url_score(url) >= 3


def is_section(url: str) -> bool:
    """A listing of a section: `/berita`, `/category/pemerintahan`, `/search/label/Berita`, `/berita/index`."""
    parts = urlsplit(url)
    if parts.query and LISTING_QUERY.search(parts.query):
        return True
    path = _strip_front_controller(parts.path).lower().strip("/")
    if not path:
        return False
    segments = path.split("/")
    if segments[0] in ("category", "kategori", "categories", "rubrik", "kanal", "channel", "section"):
        return len(segments) <= 3
    if path.startswith("search/label/") or _DRUPAL_TERM.fullmatch(path):  # Blogger, Drupal
        return True
    return len(segments) <= 2 and segments[0] in SECTION_WORDS and (
        len(segments) == 1 or segments[1] in ("index", "list", "semua", "all", "terbaru", "arsip")
        or segments[1] in SECTION_WORDS
    )


def article_url_score(url: str) -> int:
    """How much the URL alone looks like one article (0 = no sign, 3+ = strong)."""
    parts = urlsplit(canonicalize_url(url))
    path = _strip_front_controller(parts.path)
    if NON_ARTICLE_PATH.search(path) or NON_HTML_EXTENSIONS.search(path):
        return 0
    if parts.query and NON_ARTICLE_QUERY.search(parts.query):
        return 0
    last = _last_segment(path)
    score = 0
    if _DATE_IN_PATH.search(path):
        score += 2
    if _DETAIL.search(path):
        score += 1
    if _NUMERIC_ID.search(path):
        score += 1
    if _SLUG.match(last):
        score += 2
    if last.endswith((".html", ".htm")) and "-" in last:
        score += 1
    by_id = re.search(r"(^|&)(p|id|berita|artikel|news_id|post|berita_id|idberita|article_id)=\d+", parts.query)
    if by_id:  # WordPress plain permalinks (`/?p=123`), PHP portals (`berita.php?id=5`)
        score += 2
        if ARTICLE_VIEW_QUERY.search(parts.query):  # Joomla's article view, by name
            score += 1
    if (path.strip("/") == "" and not by_id) or is_section(url):
        return 0
    return score


# The same offline extractor with private suffixes (blogspot.com...), as Scrapy's cookie handling wants.
TLD_EXTRACT_PRIVATE = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)
