"""The words of the full-text index, the same on SQLite and PostgreSQL, so a query finds the same events on both.

Text is folded in Python (`pantau.text.fold`: Unicode NFKD, diacritics dropped, case folded) and cut into
letter/digit tokens before it reaches either database. Each event gets a *search document* of two columns:
`body` (the folded words of the event's own texts: its evidence, people, venue, regency, labels, ...) and
`stems` (the same words reduced to their Indonesian root by PySastrawi, plus `db/data/stem_words.txt`, and
the stems of its article's title). SQLite indexes it with FTS5 (body weighs most: `db.query.search`); PostgreSQL with a
`tsvector` over the same two columns using the `simple` configuration (body weight A, stems weight B;
ts_rank), so stemming is Sastrawi's on both. The article title is context, not the event: it finds the
event, but an event whose own words match ranks above one whose article's headline does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from pantau.catalogue import agreement_kind_label, index_name, index_short, type_terms
from pantau.text import fold, tokens

DATA = Path(__file__).with_name("data")

__all__ = ["FILTER_TOKENS", "TSVECTOR_SQL", "UNDATED_ROWIDS", "document_parts", "filter_terms", "filter_token", "fold", "label_terms",
           "rowid_day", "search_document", "search_rowid", "stem", "tokens", "tsvector_text"]


@cache
def _stemmer():
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    words = StemmerFactory().get_words()
    extra = (DATA / "stem_words.txt").read_text(encoding="utf-8").splitlines()
    words += [w.strip() for w in extra if w.strip() and not w.startswith("#")]
    return Stemmer(ArrayDictionary(words))


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Indonesian root of one folded token; numbers and very short words are kept as they are."""
    if len(token) <= 3 or not token.isalpha():
        return token
    root = _stemmer().stem_word(token)
    return root or token


class _Stems(dict):
    """word -> `stem(word)`, filled on first use: a load looks up millions of words, and a dict lookup mapped in C
    costs a fraction of a call to a cached function."""

    def __missing__(self, word: str) -> str:
        if len(self) > 200_000:
            self.clear()
        root = self[word] = stem(word)
        return root


_STEMS = _Stems()


def search_document(parts: list[str | None], context: list[str | None] = ()) -> tuple[str, str]:
    """`(body, stems)` for the full-text index from the texts that describe one event (`parts`) and those
    around it (`context`: its article's title), which are only in `stems`, the column that weighs less."""
    # Each text's words and stems are found once per load (`_PART_WORDS`): most parts of a document (regency,
    # roles, names, labels) recur in thousands of events; only the evidence is new. No token spans two texts,
    # so the parts' words joined are the words of the texts joined.
    pieces = [_PART_WORDS[p] for p in parts if p]
    body = " ".join([words for words, _ in pieces if words])
    stems = " ".join([roots for _, roots in pieces if roots])
    around = _context_stems("\n".join(p for p in context if p))
    return body, f"{stems} {around}" if stems and around else stems or around


class _PartWords(dict):
    """text -> (its folded words, their stems), each joined by spaces; filled on first use, bounded."""

    def __missing__(self, text: str) -> tuple[str, str]:
        if len(self) > 100_000:
            self.clear()
        words = tokens(text)
        found = self[text] = (" ".join(words), " ".join(map(_STEMS.__getitem__, words)))
        return found


_PART_WORDS = _PartWords()


@lru_cache(maxsize=4096)
def _context_stems(text: str) -> str:
    """The stems of an event's context (its article's title): the same for every event of the article."""
    return " ".join(map(_STEMS.__getitem__, tokens(text)))


# SQLite's full-text index also holds each event's filter values as tokens (`filters`, weight 0: they find, never
# rank), so a search with words and filters is one intersection inside FTS5 instead of a walk over every
# match of its words (a word in a quarter of a million events, filtered to one regency). Letter after "xf":
# the facet (type, agreement kind, province, regency, index, year); the value keeps its letters and digits.
FILTER_TOKENS = {"type": "t", "agreement_kind": "k", "province_code": "p", "regency_code": "r", "index_key": "i",
                 "effective_year": "y"}


@lru_cache(maxsize=4096)
def filter_token(column: str, value: Any) -> str:
    return "xf" + FILTER_TOKENS[column] + "".join(c for c in str(value).lower() if c.isascii() and c.isalnum())


def filter_terms(row: dict[str, Any]) -> str:
    """The `filters` column of an event's row in SQLite's full-text index (see `FILTER_TOKENS`)."""
    return " ".join(filter_token(column, row[column]) for column in FILTER_TOKENS if row.get(column) is not None)


def label_terms(event: dict[str, Any]) -> list[str]:
    """Words for an event's normalised keys, so "akuntabilitas" finds a report labelled only "SAKIP"."""
    terms = [type_terms(event.get("type", ""))]
    if event.get("agreement_kind"):
        terms.append(agreement_kind_label(event["agreement_kind"]))
    if event.get("index"):
        terms += [index_short(event["index"]), index_name(event["index"])]
    return terms


def document_parts(event: dict[str, Any], regency_name: str | None) -> list[str]:
    """The texts that describe one event, each once, in the order they are indexed."""
    regency = event.get("regency") or {}
    parts: list[str | None] = [event.get("evidence"), event.get("venue"), regency.get("name"),
                               regency_name, event.get("agreement_title"), event.get("index_label"),
                               event.get("value"), event.get("predicate")]
    for person in event.get("people") or []:
        parts += [person.get("name"), person.get("role")]
    by = event.get("inaugurated_by")
    if isinstance(by, dict):
        parts += [by.get("name"), by.get("role")]
    parts += [str(p) for p in (event.get("parties") or []) + (event.get("positions") or []) if p]
    parts += label_terms(event)
    return list(dict.fromkeys(p for p in parts if isinstance(p, str) and p))  # each once, in order


# SQLite's full-text index keeps its rows in date order: a row's rowid is the event's effective date (days since
# `_FIRST_DAY`, in the top 16 bits) then 47 bits of a hash of its id (unique in practice, and computed again for
# a delete without a lookup). FTS5 yields matches in rowid order, either way, so a search sorted by date reads
# the first matches of its words and stops at its window, and a date range is a rowid range, both inside the
# index (`db.query.search`). Undated events have day 0: below every dated one. Dates outside the 179 years from
# `_FIRST_DAY` share the first or last day, so the order stays by date.
_FIRST_DAY = dt.date(1900, 1, 1).toordinal() - 1
_HASH_BITS = 47
_LAST_DAY = (1 << (63 - _HASH_BITS)) - 1
UNDATED_ROWIDS = 1 << _HASH_BITS  # rowids below it are undated events'


def rowid_day(day: dt.date | None) -> int:
    """The first rowid of events dated `day` (0: undated)."""
    if day is None:
        return 0
    return min(max(day.toordinal() - _FIRST_DAY, 1), _LAST_DAY) << _HASH_BITS


def search_rowid(event_id: str, effective_date: dt.date | None) -> int:
    """The rowid of an event's row in SQLite's full-text index."""
    digest = int.from_bytes(hashlib.sha1(event_id.encode()).digest()[:8], "big") >> (64 - _HASH_BITS)
    return rowid_day(effective_date) | digest


# PostgreSQL's `event_search.tsv`: the body (weight A), stems (B) and filter tokens (D) of a row as the `simple`
# configuration reads them. The loader writes it (`tsvector_text`), and the database computes it (this
# expression) only for the rows `tsvector_text` cannot vouch for: to_tsvector's parser and three
# concatenations cost ~200 us a row, the text form ~40 us (migration 0017).
TSVECTOR_SQL = ("setweight(to_tsvector('simple'::regconfig, body), 'A') || "
                "setweight(to_tsvector('simple'::regconfig, stems), 'B') || "
                "setweight(to_tsvector('simple'::regconfig, filters), 'D')")
# A column whose words are all ASCII letters and digits, one space apart, none with a digit, "e" and a digit
# in it (the parser reads "12e3e4" as the number "12e3" and the word "e4"): the parser yields each word whole,
# as one lexeme, at the next position.
_PLAIN_WORDS = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")
_SCIENTIFIC = re.compile(r"[0-9]e[0-9]")
_LAST_POSITION = 16383  # positions beyond are clamped by PostgreSQL (MAXENTRYPOS - 1) ...
_POSITIONS_PER_LEXEME = 256  # ... and a lexeme keeps at most this many (MAXNUMPOS)
_LONGEST_WORD = 2047  # longer words are dropped by the parser


def tsvector_text(body: str, stems: str, filters: str) -> str | None:
    """`TSVECTOR_SQL` of a row as PostgreSQL's text form of a tsvector, computed here; None when the row holds
    anything but plain words (see `_PLAIN_WORDS`) or reaches a limit where PostgreSQL clamps or drops
    positions: the database computes those (`TSVECTOR_SQL`). Each column's words take the positions after
    the last of the column before (tsvector `||`); lexemes in byte order, weight D written without a letter."""
    positions: dict[str, list[str]] = {}
    offset = 0
    for text, weight in ((body, "A"), (stems, "B"), (filters, "")):
        if not text:
            continue
        if not _PLAIN_WORDS.fullmatch(text) or _SCIENTIFIC.search(text):
            return None
        words = text.split(" ")
        for position, word in enumerate(words, offset + 1):
            found = positions.get(word)
            if found is None:
                positions[word] = [f"{position}{weight}"]
            else:
                found.append(f"{position}{weight}")
        offset += len(words)
    if offset >= _LAST_POSITION or any(len(word) > _LONGEST_WORD for word in positions):
        return None
    if any(len(found) > _POSITIONS_PER_LEXEME for found in positions.values()):
        return None
    return " ".join([f"'{word}':{','.join(positions[word])}" for word in sorted(positions)])
