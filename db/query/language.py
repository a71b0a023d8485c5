"""The search language (`parse_query`) and its translation to SQLite FTS5 and PostgreSQL tsquery.

Words are ANDed; `"quoted phrases"` match in order; `kinerj*` is a prefix; `a OR b` matches either; `-word`
excludes. A word matches its exact form in `body` or its root in `stems` (see `db.fulltext`), so `lantik`
finds "pelantikan" and "dilantik", and `pelantikan` finds "melantik".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from db.fulltext import stem, tokens


class QueryError(ValueError):
    """A search that cannot be run (e.g. only exclusions, an unknown region); the message says how to fix it."""


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # folded tokens; more than one means a phrase
    prefix: bool = False
    negated: bool = False

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(stem(w) for w in self.words)

    def matches(self, folded_word: str) -> bool:
        """Whether one folded word of a text is what this term finds (for highlighting)."""
        if self.prefix:
            return any(folded_word.startswith(w) for w in self.words)
        return folded_word in self.words or stem(folded_word) in self.stems


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


def _items(text: str | None) -> list[Term | str]:
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
    return items


MAX_TERMS = 32  # words and phrases of one search: more says nothing more, and costs the index


def parse_query(text: str | None) -> ParsedQuery:
    """Parse the user's search string (see the module docstring for the syntax)."""
    clauses: list[list[Term]] = []
    join_next = False
    items = _items(text)
    if sum(1 for item in items if item != "OR") > MAX_TERMS:
        raise QueryError(f"pencarian terlalu panjang: paling banyak {MAX_TERMS} kata atau frasa")
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
        raise QueryError("pencarian perlu setidaknya satu kata yang dicari, bukan hanya pengecualian (-kata)")
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


def _ts_term(term: Term, ranked: bool = True) -> str:
    if term.prefix:
        return _ts_sequence(term.words, ":AB", ":*AB")
    if not ranked and len(term.words) == 1 and term.words == term.stems:
        return _ts_sequence(term.words, ":AB")  # the same rows as 'w':A | 'w':B, from one GIN posting list
    return f"({_ts_sequence(term.words, ':A')} | {_ts_sequence(term.stems, ':B')})"


def to_tsquery(query: ParsedQuery, ranked: bool = True) -> str:
    """The PostgreSQL tsquery (text form, cast with `::tsquery`) for a parsed query. `ranked=False`: for
    matching only (not `ts_rank`, whose score differs), a word that is its own root is one lexeme of weight A
    or B rather than two alternatives, so the GIN index reads its posting list once (a common word's is long)."""
    parts = ["(" + " | ".join(_ts_term(t, ranked) for t in clause) + ")" for clause in query.positive]
    parts += ["!" + _ts_term(t, ranked) for t in query.negative]
    return " & ".join(parts)
