"""Text folding shared by the region resolver and the store's search index: one notion of "the same word"."""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case- and diacritics-insensitive form of a text."""
    if text.isascii():  # most news text: nothing to decompose
        return text.casefold()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def tokens(text: str | None) -> list[str]:
    """The folded letter/digit words of a text."""
    return _TOKEN.findall(fold(text)) if text else []


def name_key(text: str) -> str:
    """A name reduced to its folded words ("Kab. Mojokerto" -> "kab mojokerto"), for comparing names."""
    return " ".join(tokens(text))
