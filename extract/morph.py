"""Indonesian word roots (PySastrawi), so one root in the data covers its affixed forms:
`luncur` → diluncurkan, meluncurkan, peluncuran; `serah` → menyerahkan, diserahkan, penyerahan."""

from __future__ import annotations

from functools import cache


@cache
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@cache
def root(word: str) -> str:
    """The root of a lower-case word ("diluncurkan" → "luncur"); words with digits or symbols are their own."""
    if not word.isalpha() or len(word) < 4:
        return word
    return _stemmer().stem(word)


def affixed_from(word: str, roots: frozenset[str] | set[str]) -> bool:
    """The word is an affixed form of one of `roots` (the bare root does not count: "oleh" is no "memperoleh")."""
    r = root(word)
    return r != word and r in roots
