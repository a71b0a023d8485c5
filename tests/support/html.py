"""Check pages by parsing their HTML and selecting elements (CSS selectors, parsel), not by matching
substrings of the markup: a test then says *where* a thing must appear, and survives harmless changes of
whitespace, attribute order or escaping.

    from tests.support.html import fetch_page, text, texts, hrefs, fields

    page = fetch_page(site.client, "/?q=lantik")            # asserts the status, returns a parsel.Selector
    assert text(page, ".summary-line strong") == "2"        # exactly one match, whitespace normalised
    assert "melantik" in texts(page, "li.event mark")       # every match
    assert "/?page=2&per_page=5" in hrefs(page, "nav.pages a[rel=next]")  # entities decoded
    assert fields(page, "dl.fields")["Wilayah"] == "Kabupaten Mojokerto (35.16)"
    assert table_rows(page, "table.data")[0] == ["1", "Kota Surabaya", "4,13", "sangat baik", "1"]
"""

from __future__ import annotations

from parsel import Selector, SelectorList

__all__ = ["Selector", "fetch_page", "fields", "hrefs", "parse", "table_rows", "text", "text_of", "texts"]


def parse(html: str) -> Selector:
    return Selector(text=html)


def fetch_page(client, url: str, status: int = 200, **params) -> Selector:
    """GET `url` with any HTTP client that has `.get` (FastAPI's TestClient, httpx.Client), check the status
    and parse the body."""
    response = client.get(url, params=params or None)
    assert response.status_code == status, (url, response.status_code, response.text[:500])
    return parse(response.text)


def text_of(node: Selector) -> str:
    """The text of an element and everything inside it, whitespace collapsed to single spaces."""
    return node.xpath("normalize-space(.)").get()


def texts(page: Selector | SelectorList, css: str) -> list[str]:
    """The text of every element matching `css`, in document order."""
    return [text_of(node) for node in page.css(css)]


def text(page: Selector | SelectorList, css: str) -> str:
    """The text of the one element matching `css`; fails when none or several match."""
    found = texts(page, css)
    assert len(found) == 1, f"{css!r} matched {len(found)} elements: {found[:5]}"
    return found[0]


def hrefs(page: Selector | SelectorList, css: str = "a") -> list[str]:
    """The `href` of every element matching `css` (links by default), entities decoded."""
    return page.css(css).xpath("@href").getall()


def fields(page: Selector | SelectorList, css: str) -> dict[str, str]:
    """A definition list (`<dl>` of `<dt>`/`<dd>` pairs, optionally wrapped in `<div>`s) as {term: text}."""
    (definition_list,) = page.css(css)
    terms = definition_list.xpath(".//dt")
    return {text_of(term): text_of(term.xpath("following-sibling::dd[1]")[0]) for term in terms}


def table_rows(page: Selector | SelectorList, css: str) -> list[list[str]]:
    """The rows of the body of the one table matching `css` (`tbody` rows when it has one), each a list of
    its cells' text."""
    (table,) = page.css(css)
    rows = table.css("tbody > tr") or table.css("tr")
    return [[text_of(cell) for cell in row.css("th, td")] for row in rows]
