"""Names in capitals ("DJOKO GUNAWAN", "Kajari Boalemo, SUPRIYANTO, di ...") and names an office word closes
("Andi Sembiring Pratama"): mixed into `PeopleFinder`, read by its role and name readers."""

from __future__ import annotations

from extract.analysis import TokenView


class CapitalsReader:
    """Mixed into `PeopleFinder` (its word sets and token classes)."""

    def _caps_name_word(self, tok) -> bool:
        text = tok.text
        return (len(text) >= 3 and text.isalpha() and text.isupper() and not self._is_degree(tok)
                and tok.lower_ not in self.role_words
                and tok.lower_ not in self.head_words and tok.lower_ not in self.not_name
                and tok.lower_ not in self.stop_words)

    def _caps_run(self, doc: TokenView, j: int, limit: int) -> int:
        """How many name words in capitals start at `j` ("DJOKO GUNAWAN"); acronyms of offices are role words."""
        n = j
        while n < limit and n - j < 5 and self._caps_name_token(doc[n]) and any(c in "AIUEO" for c in doc[n].text):
            n += 1
        return n - j + (n > j and self._closing_office_word(doc, n, limit))

    def _lone_caps_name(self, doc: TokenView, j: int, limit: int) -> bool:
        """One name word in capitals that the sentence closes right after ("Kajari Limboto, SUPRIYANTO, di ruang
        ..."): a word, not an office's acronym (those are role words or have no vowel), then a comma, a stop or
        a word in lower case."""
        if j + 1 >= limit or self._caps_run(doc, j, limit) != 1 or not self._caps_name_token(doc[j]):
            return False
        nxt = doc[j + 1].text
        return len(doc[j].text) >= 4 and (nxt in (",", ".") or nxt[:1].islower())

    def _closing_office_word(self, doc: TokenView, j: int, limit: int) -> bool:
        """An office word that ends a name already begun is a family name ("Iwan Sembiring Pratama", "AGUS
        PRATAMA, M.Si"): nothing capitalised but a degree follows it, and it heads no office nor is a function
        word ("... Khalid Dalam sambutannya": a sentence run on)."""
        tok = doc[j] if j < limit else None
        if tok is None or tok.lower_ not in self.role_words or tok.lower_ in self.head_words or (
                tok.lower_ in self.place_words or tok.lower_ in self.stop_words) or not tok.text.isalpha() or (
                not tok.text[:1].isupper()):
            return False
        nxt = j + 1
        return nxt >= limit or not doc[nxt].text[:1].isupper() or self._is_degree(doc[nxt])
