"""The demo outlet's content, kept as data: one Markdown file per article or page with TOML front matter.

An article file looks like::

    +++
    slug = "bupati-ikfina-saksikan-penandatanganan-perjanjian-kinerja-2024"
    title = "..."
    date = 2024-01-31T15:42:00+07:00     # publication time, with its offset
    updated = 2024-02-01T08:00:00+07:00  # optional
    author = "Dwi Anggraeni"
    editor = "Bayu Prasetyo"             # optional
    category = "pemerintahan"            # a key of [categories] in site.toml
    tags = ["perjanjian kinerja"]
    image_caption = "..."                # optional photo caption
    +++
    **MOJOKERTO** – First paragraph ...

    Baca juga: [[other-article-slug]]

The body is paragraphs separated by blank lines, with `**bold**`, `## subheadings`, `- ` bullet lists and
`Baca juga: [[slug]]` links. Problems are reported as `ContentError` naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

CONTENT_DIR = Path(__file__).with_name("content")
GOLD_FILE = Path(__file__).with_name("gold.toml")
FRONT_MATTER_FENCE = "+++"
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
RELATED_LINK = re.compile(r"\[\[([a-z0-9-]+)\]\]")
ARTICLE_FIELDS = {"slug", "title", "date", "updated", "author", "editor", "category", "tags", "image_caption"}
PAGE_FIELDS = {"slug", "title"}


class ContentError(ValueError):
    """A content file the demo site cannot use; the message names the file and line."""


@dataclass(frozen=True)
class Block:
    """One block of an article body: a paragraph, a subheading, a list, or a "Baca juga" link."""

    kind: str  # paragraph | heading | list | related
    text: str = ""
    items: tuple[str, ...] = ()
    slug: str | None = None  # for "related"


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    published: dt.datetime
    updated: dt.datetime | None
    author: str
    editor: str | None
    category: str
    tags: tuple[str, ...]
    image_caption: str | None
    blocks: tuple[Block, ...]
    path: Path

    @property
    def modified(self) -> dt.datetime:
        return self.updated or self.published

    @property
    def url_path(self) -> str:
        return f"/{self.published:%Y/%m/%d}/{self.slug}/"

    @property
    def summary(self) -> str:
        """The first paragraph without its dateline, for listings and the feed."""
        for block in self.blocks:
            if block.kind == "paragraph":
                text = re.sub(r"\*\*", "", block.text)
                return re.sub(r"^[^–]{2,40}\s–\s", "", text, count=1)
        return ""


@dataclass(frozen=True)
class Page:
    slug: str
    title: str
    blocks: tuple[Block, ...]
    path: Path

    @property
    def url_path(self) -> str:
        return f"/{self.slug}/"


@dataclass(frozen=True)
class SiteConfig:
    name: str
    tagline: str
    language: str
    per_page: int
    feed_items: int
    admin_path: str
    categories: dict[str, str]
    pages: tuple[str, ...]


@dataclass(frozen=True)
class Content:
    site: SiteConfig
    articles: tuple[Article, ...]  # newest first
    pages: tuple[Page, ...]
    by_slug: dict[str, Article] = field(default_factory=dict)


def _split_front_matter(path: Path, text: str) -> tuple[dict, str, int]:
    """Return (front matter, body, line number where the body starts)."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        raise ContentError(f"{path}:1: expected front matter starting with '{FRONT_MATTER_FENCE}'")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER_FENCE)
    except StopIteration:
        raise ContentError(f"{path}:1: front matter is not closed with '{FRONT_MATTER_FENCE}'") from None
    try:
        meta = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as exc:
        # tomllib reports "(at line N, column M)" relative to the front matter; shift it to the file.
        match = re.search(r"line (\d+)", str(exc))
        lineno = int(match.group(1)) + 1 if match else 2
        raise ContentError(f"{path}:{lineno}: front matter is not valid TOML: {exc}") from None
    return meta, "\n".join(lines[end + 1:]), end + 2


def _parse_body(path: Path, body: str, first_line: int) -> tuple[Block, ...]:
    blocks: list[Block] = []
    chunk: list[str] = []
    chunk_start = first_line

    def flush() -> None:
        if not chunk:
            return
        if all(line.startswith("- ") for line in chunk):
            blocks.append(Block("list", items=tuple(line[2:].strip() for line in chunk)))
        elif len(chunk) == 1 and chunk[0].startswith("## "):
            blocks.append(Block("heading", text=chunk[0][3:].strip()))
        elif len(chunk) == 1 and chunk[0].lower().startswith("baca juga:"):
            match = RELATED_LINK.search(chunk[0])
            if not match:
                raise ContentError(f"{path}:{chunk_start}: 'Baca juga:' needs a link like [[article-slug]]")
            blocks.append(Block("related", slug=match.group(1)))
        else:
            blocks.append(Block("paragraph", text=" ".join(chunk)))
        chunk.clear()

    for offset, raw in enumerate(body.splitlines()):
        line = raw.strip()
        if not line:
            flush()
            continue
        if not chunk:
            chunk_start = first_line + offset
        chunk.append(line)
    flush()
    if not blocks:
        raise ContentError(f"{path}:{first_line}: the body is empty")
    return tuple(blocks)


def _require(path: Path, meta: dict, key: str, kind: type) -> object:
    value = meta.get(key)
    if not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
        raise ContentError(f"{path}:2: front matter needs '{key}' ({kind.__name__})")
    return value


def _load_article(path: Path, categories: dict[str, str]) -> Article:
    meta, body, body_line = _split_front_matter(path, path.read_text(encoding="utf-8"))
    unknown = set(meta) - ARTICLE_FIELDS
    if unknown:
        raise ContentError(f"{path}:2: unknown front matter field(s): {', '.join(sorted(unknown))}")
    slug = _require(path, meta, "slug", str)
    if not SLUG_PATTERN.match(slug) or path.stem != slug:
        raise ContentError(f"{path}:2: slug {slug!r} must be lowercase-with-dashes and match the file name")
    published = _require(path, meta, "date", dt.datetime)
    updated = meta.get("updated")
    for key, value in (("date", published), ("updated", updated)):
        if value is not None and (not isinstance(value, dt.datetime) or value.tzinfo is None):
            raise ContentError(f"{path}:2: '{key}' must be a date-time with an offset, e.g. 2024-01-31T15:42:00+07:00")
    category = _require(path, meta, "category", str)
    if category not in categories:
        raise ContentError(f"{path}:2: unknown category {category!r} (site.toml has {', '.join(categories)})")
    tags = meta.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) and tag for tag in tags):
        raise ContentError(f"{path}:2: 'tags' must be a list of strings")
    return Article(
        slug=slug,
        title=_require(path, meta, "title", str),
        published=published,
        updated=updated,
        author=_require(path, meta, "author", str),
        editor=meta.get("editor"),
        category=category,
        tags=tuple(tags),
        image_caption=meta.get("image_caption"),
        blocks=_parse_body(path, body, body_line),
        path=path,
    )


def _load_page(path: Path) -> Page:
    meta, body, body_line = _split_front_matter(path, path.read_text(encoding="utf-8"))
    unknown = set(meta) - PAGE_FIELDS
    if unknown:
        raise ContentError(f"{path}:2: unknown front matter field(s): {', '.join(sorted(unknown))}")
    slug = _require(path, meta, "slug", str)
    if path.stem != slug:
        raise ContentError(f"{path}:2: slug {slug!r} must match the file name")
    return Page(slug=slug, title=_require(path, meta, "title", str), blocks=_parse_body(path, body, body_line), path=path)


def load_content(content_dir: Path | str = CONTENT_DIR) -> Content:
    """Read and check the whole site: every "Baca juga" link must name an existing article."""
    root = Path(content_dir)
    site_file = root / "site.toml"
    try:
        raw = tomllib.loads(site_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"{site_file}: no such file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{site_file}: not valid TOML: {exc}") from None
    site = SiteConfig(
        name=raw["name"], tagline=raw["tagline"], language=raw.get("language", "id"),
        per_page=int(raw.get("per_page", 8)), feed_items=int(raw.get("feed_items", 15)),
        admin_path=raw.get("admin_path", "/wp-admin/"), categories=dict(raw["categories"]),
        pages=tuple(raw.get("pages", ())),
    )
    articles = [_load_article(path, site.categories) for path in sorted((root / "articles").glob("*.md"))]
    articles.sort(key=lambda article: article.published, reverse=True)
    by_slug = {article.slug: article for article in articles}
    if len(by_slug) != len(articles):
        raise ContentError(f"{root / 'articles'}: two articles share a slug")
    for article in articles:
        for block in article.blocks:
            if block.kind == "related" and block.slug not in by_slug:
                raise ContentError(f"{article.path}: 'Baca juga' links to unknown article {block.slug!r}")
    pages = {path.stem: _load_page(path) for path in sorted((root / "pages").glob("*.md"))}
    missing = [slug for slug in site.pages if slug not in pages]
    if missing:
        raise ContentError(f"{site_file}: pages not found in {root / 'pages'}: {', '.join(missing)}")
    ordered_pages = tuple(pages[slug] for slug in site.pages) + tuple(
        page for slug, page in pages.items() if slug not in site.pages
    )
    return Content(site=site, articles=tuple(articles), pages=ordered_pages, by_slug=by_slug)


@cache
def bundled_content() -> Content:
    return load_content(CONTENT_DIR)


@dataclass(frozen=True)
class GoldEvent:
    """An event a demo article should yield, in the spec's field names (see gold.toml)."""

    slug: str
    fields: dict

    @property
    def type(self) -> str:
        return self.fields["type"]

    @property
    def regency(self) -> str | None:
        return self.fields.get("regency")


def load_gold(path: Path | str = GOLD_FILE, content: Content | None = None) -> dict[str, list[GoldEvent]]:
    """Gold events per article slug. Every article of the site must be listed (an article with no
    `event` tables yields none), so a new article cannot silently go unlabelled."""
    content = content or bundled_content()
    gold_path = Path(path)
    data = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    gold: dict[str, list[GoldEvent]] = {}
    for entry in data.get("article", []):
        slug = entry.get("slug")
        if slug not in content.by_slug:
            raise ContentError(f"{gold_path}: gold names unknown article {slug!r}")
        if slug in gold:
            raise ContentError(f"{gold_path}: article {slug!r} is listed twice")
        gold[slug] = [GoldEvent(slug, dict(event)) for event in entry.get("event", [])]
    unlabelled = sorted(set(content.by_slug) - set(gold))
    if unlabelled:
        raise ContentError(f"{gold_path}: articles without gold: {', '.join(unlabelled)}")
    return gold
