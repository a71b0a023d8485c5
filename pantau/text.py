"""Text shared by every stage: the one cleaning of text at the edge (`clean_text`, `clean_record`), and the
folding shared by the region resolver and the store's search index (one notion of "the same word").

Every record that enters a stage (read from a file by `pantau.jsonl`, or handed to the store's writers) is
cleaned once: NUL and the other C0 controls (but tab, newline and carriage return) and DEL are dropped, form
feed and vertical tab become newlines, lone surrogates (JSON allows `"\\ud800"`) become U+FFFD, and the text
is put in Unicode NFC. SQLite would store all of these and PostgreSQL refuses some of them (NUL, surrogates),
so without this the two backends would store different things; XML (Atom feeds) refuses the controls too.
Cleaning is idempotent and costs one regular-expression scan for text that needs none.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from typing import Any

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# What `clean_text` changes: C0 controls but \t \n \r, DEL, and UTF-16 surrogates (only ever lone in a str).
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_REPLACEMENT = {"\x0b": "\n", "\x0c": "\n"}


def _replace(match: re.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    return _REPLACEMENT.get(char, "")


def clean_text(text: str) -> str:
    """`text` as every stage and both stores keep it (see the module docstring)."""
    if UNSAFE.search(text):
        text = UNSAFE.sub(_replace, text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


# In `json.dumps(..., ensure_ascii=False)` output, what may need `clean_record`: escaped C0 controls (\u0000 to
# \u001f, \b, \f), DEL (not escaped), NaN and infinities. Tab, newline and carriage return are \t \n \r.
_DUMPED_UNSAFE = re.compile(r"\\u00[01]|\\[bf]|\x7f|NaN|Infinity")


def _clean_already(value: dict | list) -> bool:
    """True when `clean_record` would return `value` unchanged: its JSON (built in C) is ASCII (so already NFC
    and without surrogates) and shows nothing unsafe. The walk in Python is then skipped: a load's records
    almost always are clean, and checking them this way costs a fifth of walking them."""
    try:
        dumped = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return False
    return dumped.isascii() and not _DUMPED_UNSAFE.search(dumped)


def clean_record(value: Any) -> Any:
    """A JSON value with every string in it (keys too) cleaned by `clean_text`, and NaN and infinities (which
    Python's json reads but JSON has not, and PostgreSQL's jsonb refuses) made null."""
    if isinstance(value, dict | list) and _clean_already(value):
        return value
    return _clean_value(value)


def clean_and_dump(record: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """(`clean_record(record)`, its `json.dumps` or None): a writer that stores the record as JSON checks it and
    serialises it in one pass. The text is None when the record needed cleaning or is not plain JSON."""
    try:
        dumped = json.dumps(record)
    except (TypeError, ValueError):
        return clean_record(record), None
    # ASCII-escaped JSON without any \u escape holds no control, DEL, surrogate or non-ASCII letter (nothing
    # to normalise); \b, \f, NaN and the infinities are looked for as in `_clean_already`.
    if "\\u" not in dumped and not _DUMPED_UNSAFE.search(dumped):
        return record, dumped
    return clean_record(record), None


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k) if isinstance(k, str) else k: _clean_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


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
