"""Fetched bytes -> an lxml tree, and the text of a node: the one place pages are decoded (the charset the
header, the page or detection gives; stray non-UTF-8 bytes in a UTF-8 page read as Windows-1252)."""

from __future__ import annotations

import codecs
import re

from lxml import etree, html
from w3lib.encoding import html_to_unicode

_PARSER = html.HTMLParser(remove_comments=True)


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _cp1252_for_invalid_utf8(error: UnicodeDecodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8 in a page served as UTF-8 are read as Windows-1252 (an old article body
    pasted into a UTF-8 template, a server that labels every page UTF-8)."""
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("pantau-cp1252", _cp1252_for_invalid_utf8)


def decode_page(body: bytes, content_type: str | None = None) -> str:
    """A page's text: by the HTTP header's, the page's declared or a detected charset; where that is UTF-8
    and some bytes are not, those bytes as Windows-1252 rather than U+FFFD."""
    encoding, text = html_to_unicode(content_type, body)
    if "\ufffd" in text and codecs.lookup(encoding).name == "utf-8" and b"\xef\xbf\xbd" not in body:
        text = body.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="pantau-cp1252")
    return text


def parse_html(body: bytes | str, content_type: str | None = None) -> html.HtmlElement | None:
    """Parse a page; bytes are decoded by `decode_page`."""
    if isinstance(body, bytes):
        body = decode_page(body, content_type)
    body = _XML_DECLARATION.sub("", body)
    if not body.strip():
        return None
    try:
        return html.fromstring(body, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def node_text(node) -> str:
    return " ".join((node.text_content() if hasattr(node, "text_content") else str(node)).split())
