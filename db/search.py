"""Search language, search documents and labels shared by the store, `pantau search` and the site.

The same rules run on both backends, so a query finds the same events on SQLite and PostgreSQL:

- Text is folded in Python (Unicode NFKD, diacritics dropped, case folded) and cut into letter/digit
  tokens before it reaches either database. Each event gets a *search document* of two columns:
  `body` (the folded words of its evidence, article title, people, venue, regency, labels, ...) and
  `stems` (the same words reduced to their Indonesian root by PySastrawi, plus `db/data/stem_words.txt`).
- SQLite indexes the document with FTS5 (bm25 ranking); PostgreSQL with a `tsvector` over the same two
  columns using the `simple` configuration (body weight A, stems weight B; ts_rank), so stemming is
  Sastrawi's on both and PostgreSQL's own `indonesian` snowball stemmer does not make results differ.
- Query syntax (`parse_query`): words are ANDed; `"quoted phrases"` match in order; `kinerj*` is a
  prefix; `a OR b` matches either; `-word` excludes. A word matches its exact form in `body` or its root
  in `stems`, so `lantik` finds "pelantikan" and "dilantik", and `pelantikan` finds "melantik".
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

DATA = Path(__file__).with_name("data")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


# ---------------------------------------------------------------------------------------------- text

_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case- and diacritics-insensitive form of a text (what both indexes store and queries use)."""
    if text.isascii():  # most news text: nothing to decompose
        return text.casefold()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(fold(text)) if text else []


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


def search_document(parts: list[str | None]) -> tuple[str, str]:
    """`(body, stems)` for the full-text index from the texts that describe one event."""
    words: list[str] = []
    for part in parts:
        words.extend(tokens(part))
    return " ".join(words), " ".join(stem(w) for w in words)


# ---------------------------------------------------------------------------------------------- labels

@cache
def labels() -> dict[str, Any]:
    with (DATA / "labels.toml").open("rb") as fh:
        return tomllib.load(fh)


def type_label(event_type: str) -> str:
    return labels()["types"].get(event_type, {}).get("label", event_type)


def agreement_kind_label(kind: str | None) -> str:
    return labels()["agreement_kinds"].get(kind or "", kind or "")


def index_short(key: str | None) -> str:
    return labels()["indexes"].get(key or "", {}).get("short", key or "")


def index_name(key: str | None) -> str:
    return labels()["indexes"].get(key or "", {}).get("name", key or "")


def label_terms(event: dict[str, Any]) -> list[str]:
    """Words for an event's normalised keys, so "akuntabilitas" finds a report labelled only "SAKIP"."""
    table = labels()
    terms = [table["types"].get(event.get("type", ""), {}).get("terms", "")]
    if event.get("agreement_kind"):
        terms.append(agreement_kind_label(event["agreement_kind"]))
    if event.get("index"):
        terms += [index_short(event["index"]), index_name(event["index"])]
    return terms


def summary(event: dict[str, Any]) -> str:
    """One line saying what the event is, for tables, feeds and result lists."""
    kind = event.get("type")
    if kind == "agreement_signing":
        title = event.get("agreement_title") or agreement_kind_label(event.get("agreement_kind"))
        year = event.get("agreement_year")
        if year and str(year) not in title:
            title += f" {year}"
        parties = [p for p in event.get("parties") or [] if p]
        return title + (f" — {', '.join(parties[:4])}" if parties else "")
    if kind == "inauguration":
        count = event.get("officials_count")
        positions = [p for p in event.get("positions") or [] if p]
        text = f"Pelantikan {count} pejabat" if count else "Pelantikan pejabat"
        if positions:
            text += f" ({', '.join(positions[:3])})"
        by = event.get("inaugurated_by") or {}
        if isinstance(by, dict) and by.get("name"):
            text += f" oleh {by['name']}" + (f", {by['role']}" if by.get("role") else "")
        return text
    if kind == "index_report":
        label = event.get("index_label") or index_short(event.get("index"))
        text = f"{label}"
        if event.get("year"):
            text += f" {event['year']}"
        if event.get("value") not in (None, ""):
            text += f": {event['value']}"
        if event.get("predicate"):
            text += f" ({event['predicate']})"
        return text
    return kind or ""


# ---------------------------------------------------------------------------------------------- query language

class QueryError(ValueError):
    """A search string that cannot be run (e.g. only exclusions); the message says how to fix it."""


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # folded tokens; more than one means a phrase
    prefix: bool = False
    negated: bool = False

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(stem(w) for w in self.words)


@dataclass(frozen=True)
class ParsedQuery:
    """Conjunction of clauses; each clause is a disjunction of terms (`a OR b`)."""

    clauses: tuple[tuple[Term, ...], ...]

    @property
    def positive(self) -> list[tuple[Term, ...]]:
        return [c for c in self.clauses if not c[0].negated]

    @property
    def negative(self) -> list[Term]:
        return [c[0] for c in self.clauses if c[0].negated]

    def __bool__(self) -> bool:
        return bool(self.clauses)

    def highlight_terms(self) -> list[Term]:
        return [t for clause in self.positive for t in clause]


_QUERY_PART = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def parse_query(text: str | None) -> ParsedQuery:
    """Parse the user's search string (see the module docstring for the syntax)."""
    items: list[Term | str] = []
    for match in _QUERY_PART.finditer(text or ""):
        negated = bool(match.group(1))
        if match.group(3) is None:  # quoted phrase
            words = tuple(tokens(match.group(2)))
            if words:
                items.append(Term(words, negated=negated))
            continue
        raw = match.group(3)
        if raw == "OR":
            items.append("OR")
            continue
        if raw.startswith("-") and len(raw) > 1:
            negated, raw = True, raw[1:]
        prefix = raw.endswith("*")
        words = tuple(tokens(raw))
        if words:
            items.append(Term(words, prefix=prefix, negated=negated))
    clauses: list[list[Term]] = []
    join_next = False
    for item in items:
        if item == "OR":
            join_next = bool(clauses)
            continue
        assert isinstance(item, Term)
        if join_next and not item.negated and not clauses[-1][0].negated:
            clauses[-1].append(item)
        else:
            clauses.append([item])
        join_next = False
    parsed = ParsedQuery(tuple(tuple(c) for c in clauses))
    if parsed.clauses and not parsed.positive:
        raise QueryError("a search needs at least one word to look for, not only exclusions (-word)")
    return parsed


def _fts5_string(words: tuple[str, ...]) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


def _fts5_term(term: Term) -> str:
    if term.prefix:
        return f"({{body stems}} : {_fts5_string(term.words)} *)"
    return f"(body : {_fts5_string(term.words)} OR stems : {_fts5_string(term.stems)})"


def to_fts5(query: ParsedQuery) -> str:
    """The SQLite FTS5 MATCH expression for a parsed query."""
    positive = ["(" + " OR ".join(_fts5_term(t) for t in clause) + ")" for clause in query.positive]
    expression = "(" + " AND ".join(positive) + ")"
    negative = query.negative
    if negative:
        expression += " NOT (" + " OR ".join(_fts5_term(t) for t in negative) + ")"
    return expression


def _ts_lexeme(word: str, suffix: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'" + suffix


def _ts_sequence(words: tuple[str, ...], suffix: str, last_suffix: str | None = None) -> str:
    parts = [_ts_lexeme(w, suffix) for w in words]
    if last_suffix is not None:
        parts[-1] = _ts_lexeme(words[-1], last_suffix)
    return "(" + " <-> ".join(parts) + ")"


def _ts_term(term: Term) -> str:
    if term.prefix:
        return _ts_sequence(term.words, ":AB", ":*AB")
    return f"({_ts_sequence(term.words, ':A')} | {_ts_sequence(term.stems, ':B')})"


def to_tsquery(query: ParsedQuery) -> str:
    """The PostgreSQL tsquery (text form, cast with `::tsquery`) for a parsed query."""
    parts = ["(" + " | ".join(_ts_term(t) for t in clause) + ")" for clause in query.positive]
    parts += ["!" + _ts_term(t) for t in query.negative]
    return " & ".join(parts)


# ---------------------------------------------------------------------------------------------- highlighting

_WORD_SPAN = re.compile(r"[^\W_]+", re.UNICODE)


def _term_matches(term: Term, folded: str) -> bool:
    if term.prefix:
        return any(folded.startswith(w) for w in term.words)
    return folded in term.words or stem(folded) in term.stems


def highlight(text: str | None, query: ParsedQuery | None, limit: int | None = None) -> Markup:
    """HTML-escaped `text` with the words matching `query` wrapped in <mark>. With `limit`, a window of
    about that many characters around the first match (a snippet)."""
    if not text:
        return Markup("")
    terms = query.highlight_terms() if query else []
    spans = [(m.start(), m.end()) for m in _WORD_SPAN.finditer(text)
             if terms and any(_term_matches(t, fold(m.group())) for t in terms)]
    start, end = 0, len(text)
    if limit and len(text) > limit:
        first = spans[0][0] if spans else 0
        start = max(0, first - limit // 3)
        start = text.rfind(" ", 0, start) + 1 if start else 0
        end = min(len(text), start + limit)
        if end < len(text):
            end = max(text.rfind(" ", start, end), start + limit // 2)
    out: list[str] = ["…" if start else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        out.append(str(escape(text[cursor:span_start])))
        out.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    out.append(str(escape(text[cursor:end])))
    if end < len(text):
        out.append("…")
    return Markup("".join(out))


# ---------------------------------------------------------------------------------------------- search request/response

@dataclass
class SearchQuery:
    """What `pantau search`, the site and the JSON API ask the store for.

    `regencies`/`provinces` are Kemendagri codes (resolve names first with `Store.resolve_regency` /
    `Store.resolve_province`). `since`/`until` bound the event date, or the article's publication date
    when the event has none. `sort`: `relevance` (default with a query), `newest`, `oldest`, `loaded`
    (newest first by when the store received the event, for alert feeds).
    """

    text: str = ""
    types: list[str] = field(default_factory=list)
    regencies: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    indexes: list[str] = field(default_factory=list)
    agreement_kinds: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None
    person: str | None = None
    article_id: str | None = None
    sort: str | None = None
    page: int = 1
    per_page: int = 20
    facets: bool = True

    def parsed(self) -> ParsedQuery:
        return parse_query(self.text)


@dataclass
class Hit:
    id: str
    event: dict[str, Any]  # the event record as extraction wrote it (spec format)
    article_id: str
    url: str | None
    title: str | None
    source: str | None
    published: dt.date | None
    date: dt.date | None  # the event's date, or the article's publication date when unknown
    score: float | None
    loaded_at: dt.datetime | None
    cluster_id: str | None = None
    same_story: int = 0  # other stored articles of the same near-duplicate cluster (the story elsewhere)

    def record(self) -> dict[str, Any]:
        """The event record plus where it came from, as exported (JSON, JSON Lines, the API)."""
        return {"id": self.id, **self.event, "url": self.url, "article_title": self.title,
                "source": self.source, "published": self.published.isoformat() if self.published else None}

    @property
    def summary(self) -> str:
        return summary(self.event)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int


@dataclass
class SearchResult:
    total: int
    page: int
    per_page: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    parsed: ParsedQuery | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


# ---------------------------------------------------------------------------------------------- region names

class UnknownRegion(QueryError):
    """A regency or province name that matches no region; the message suggests the closest names."""


_CODE = re.compile(r"^\d{2}(\.\d{2})?$")
_REGENCY_PREFIXES = {"kabupaten": "regency", "kab": "regency", "kota": "city", "kotamadya": "city"}
_PROVINCE_PREFIXES = ("provinsi", "prov", "propinsi")


def _name_key(text: str) -> str:
    return " ".join(tokens(text))


def _suggest(value: str, choices: dict[str, str]) -> str:
    from rapidfuzz import fuzz, process

    found = process.extract(_name_key(value), list(choices), scorer=fuzz.WRatio, limit=3, score_cutoff=60)
    names = []
    for key, _score, _index in found:
        if choices[key] not in names:
            names.append(choices[key])
    return f"; did you mean {' or '.join(repr(n) for n in names)}?" if names else ""


def resolve_regency(value: str) -> list[str]:
    """Kemendagri codes for a regency/city given by code ("35.16") or name ("Mojokerto", "Kabupaten
    Mojokerto", "Kab. Mojokerto", "Kota Mojokerto"). A bare name shared by a regency and a city
    ("Mojokerto") means both. Raises UnknownRegion with a suggestion."""
    from pantau.regions import all_regions, regions_by_code

    value = value.strip()
    if _CODE.match(value):
        found = regions_by_code().get(value)
        if found is None:
            raise UnknownRegion(f"no region has the code {value!r}")
        return [value]
    key = _name_key(value)
    local = [r for r in all_regions() if not r.is_province]
    exact = [r.code for r in local if _name_key(r.name) == key]
    if exact:
        return exact
    words = key.split(" ", 1)
    if len(words) == 2 and words[0] in _REGENCY_PREFIXES:
        level = _REGENCY_PREFIXES[words[0]]
        matches = [r.code for r in local if r.level == level and _name_key(r.short_name) == words[1]]
        if matches:
            return matches
    matches = [r.code for r in local if _name_key(r.short_name) == key]
    if matches:
        return matches
    if any(_name_key(r.name) == key or _name_key(r.short_name) == key for r in all_regions() if r.is_province):
        raise UnknownRegion(f"{value!r} is a province: filter it with --province")
    choices = {_name_key(r.name): r.name for r in local}
    raise UnknownRegion(f"unknown regency or city {value!r}{_suggest(value, choices)}")


def resolve_province(value: str) -> str:
    """Province code for a code ("35"), a name ("Jawa Timur", "Provinsi Jawa Timur") or a common short
    name ("Jatim", from `db/data/labels.toml`). A regency code ("35.16") gives its province."""
    from pantau.regions import all_regions, regions_by_code

    value = value.strip()
    if _CODE.match(value):
        code = value.split(".")[0]
        if code not in regions_by_code() or not regions_by_code()[code].is_province:
            raise UnknownRegion(f"no province has the code {code!r}")
        return code
    aliases = {_name_key(k): v for k, v in labels()["province_aliases"].items()}
    key = _name_key(value)
    if key in aliases:
        return aliases[key]
    words = key.split(" ", 1)
    if len(words) == 2 and words[0] in _PROVINCE_PREFIXES:
        key = words[1]
    provinces = [r for r in all_regions() if r.is_province]
    for region in provinces:
        if key in (_name_key(region.name), _name_key(region.short_name)):
            return region.code
    choices = {_name_key(r.name): r.name for r in provinces}
    choices.update({k: regions_by_code()[v].name for k, v in aliases.items()})
    raise UnknownRegion(f"unknown province {value!r}{_suggest(value, choices)}")


# ---------------------------------------------------------------------------------------------- building a query from user input

_TYPE_ALIASES = {
    "agreement_signing": "agreement_signing", "agreement": "agreement_signing", "signing": "agreement_signing",
    "penandatanganan": "agreement_signing", "perjanjian": "agreement_signing",
    "inauguration": "inauguration", "pelantikan": "inauguration",
    "index_report": "index_report", "index": "index_report", "indeks": "index_report",
}


def _split(values: str | list[str] | None) -> list[str]:
    if values is None:
        return []
    items = [values] if isinstance(values, str) else values
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]


def parse_types(values: str | list[str] | None) -> list[str]:
    out = []
    for value in _split(values):
        key = _TYPE_ALIASES.get(value.casefold())
        if key is None:
            from pantau.records import EVENT_TYPES

            raise QueryError(f"unknown event type {value!r}; use one of {', '.join(EVENT_TYPES)}")
        out.append(key)
    return sorted(set(out))


def parse_indexes(values: str | list[str] | None) -> list[str]:
    from pantau.records import INDEX_KEYS

    by_name = {key: key for key in INDEX_KEYS}
    by_name.update({fold(index_short(key)): key for key in INDEX_KEYS})
    out = []
    for value in _split(values):
        key = by_name.get(fold(value).replace(" ", "_")) or by_name.get(fold(value))
        if key is None:
            choices = {k: k for k in INDEX_KEYS}
            raise QueryError(f"unknown index {value!r}{_suggest(value, choices)} (keys: {', '.join(INDEX_KEYS)})")
        out.append(key)
    return sorted(set(out))


def parse_bound(value: str | None, *, end: bool = False, name: str = "date") -> dt.date | None:
    """`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` meaning the first (or with `end`, the last) day of it."""
    if not value:
        return None
    value = value.strip()
    try:
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = map(int, value.split("-"))
            first = dt.date(year, month, 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{name} must be YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}") from None


def build_query(text: str | None = None, *, types=None, regency=None, province=None, index=None,
                since: str | None = None, until: str | None = None, **options: Any) -> SearchQuery:
    """A SearchQuery from what a person typed (names or codes, comma-separated lists, partial dates).
    Raises QueryError / UnknownRegion with a message worth showing them."""
    regencies: list[str] = []
    for value in _split(regency):
        regencies += [c for c in resolve_regency(value) if c not in regencies]
    query = SearchQuery(
        text=(text or "").strip(), types=parse_types(types), regencies=regencies,
        provinces=sorted({resolve_province(v) for v in _split(province)}), indexes=parse_indexes(index),
        since=parse_bound(since, name="since"), until=parse_bound(until, end=True, name="until"), **options)
    if query.since and query.until and query.since > query.until:
        raise QueryError(f"since ({query.since}) is after until ({query.until})")
    query.parsed()  # raise QueryError now for a query that cannot run
    return query


# ---------------------------------------------------------------------------------------------- flat export rows

EXPORT_COLUMNS = (
    "id", "date", "type", "regency_code", "regency_name", "summary", "agreement_kind", "agreement_title",
    "agreement_year", "parties", "officials_count", "positions", "inaugurated_by", "index", "index_label",
    "value", "value_number", "year", "predicate", "venue", "people", "evidence", "url", "article_title",
    "source", "published", "article_id",
)


def export_row(hit: Hit) -> dict[str, Any]:
    """One flat row per event for spreadsheets (CSV): lists joined with "; ", people as "name (role)"."""
    event = hit.event
    regency = event.get("regency") or {}
    by = event.get("inaugurated_by")
    people = "; ".join(f"{p.get('name')} ({p['role']})" if p.get("role") else str(p.get("name"))
                       for p in event.get("people") or [])
    row = {
        "id": hit.id, "date": event.get("date"),
        "type": event.get("type"), "regency_code": regency.get("code"), "regency_name": regency.get("name"),
        "summary": summary(event), "agreement_kind": event.get("agreement_kind"),
        "agreement_title": event.get("agreement_title"), "agreement_year": event.get("agreement_year"),
        "parties": "; ".join(map(str, event.get("parties") or [])), "officials_count": event.get("officials_count"),
        "positions": "; ".join(map(str, event.get("positions") or [])),
        "inaugurated_by": (by.get("name") if isinstance(by, dict) else by), "index": event.get("index"),
        "index_label": event.get("index_label"), "value": event.get("value"), "value_number": event.get("value_number"),
        "year": event.get("year"), "predicate": event.get("predicate"), "venue": event.get("venue"),
        "people": people, "evidence": event.get("evidence"), "url": hit.url, "article_title": hit.title,
        "source": hit.source, "published": hit.published.isoformat() if hit.published else None,
        "article_id": hit.article_id,
    }
    return {k: ("" if v is None else v) for k, v in row.items()}


def csv_safe(value: Any) -> Any:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading quote keeps them text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
