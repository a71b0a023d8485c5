"""Words of the language versus names: PySastrawi's root list tells a dictionary word ("Sehat", "Pengembangan")
from a name, and affixed words ("dukungan", "sukseskan") from name words."""

from __future__ import annotations

from functools import cache

from extract.analysis import TokenView
from extract.lexicon import fold
from extract.morph import root


@cache
def dictionary_words() -> frozenset[str]:
    """The Indonesian root words PySastrawi ships (about 30,000): words of the language, not names."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words_from_file())


class LanguageWords:
    """Mixed into `PeopleFinder`: which candidate names are words of the language."""

    def phrase_of_the_language(self, name: str) -> bool:
        """"Bukti Dukungan Sukseskan" (a headline's words after a title): every word one of the language and one
        of them affixed ("dukungan", "sukseskan"), which names are not; "Budi Utama" (root words only) stays."""
        words = [w for w in fold(name).split() if w.isalpha()]
        if len(words) < 2:
            return False
        affixed = False
        for w in words:  # a word that is neither (most names have one) ends the search before any stemming
            if w in dictionary_words():
                continue
            if not (w.endswith(self.verb_suffixes) or w.startswith(self.verb_prefixes)):
                return False
            r = root(w)
            if r not in dictionary_words() or len(r) > len(w) - 2:
                return False
            affixed = True
        return affixed

    @staticmethod
    def _language_word(text: str) -> bool:
        """A word of the language: in the dictionary, itself or by its root ("Pengembangan" → kembang)."""
        low = fold(text)
        return low in dictionary_words() or (low.isalpha() and root(low) in dictionary_words() and root(low) != low)

    def _common_word(self, doc: TokenView, start: int, end: int) -> bool:
        """A one-word name that is a word of the dictionary, with no honorific before it or degree after it
        (which mark a person: "H. Firdaus", "Rahmat, S.E.")."""
        if fold(doc[start].text) not in dictionary_words():
            return False
        if start > 0 and self._is_honorific(doc[start - 1]):
            return False
        after = doc[end + 1] if end + 1 < len(doc) and doc[end].text == "," else None
        return not (after is not None and self._is_degree(after))

