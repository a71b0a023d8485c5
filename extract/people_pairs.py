"""Names of several holders of one role: "Bupati dan Wakil Bupati Sleman A dan B", "A dan B sebagai Bupati dan
Wakil Bupati Sambas", "dua Wakil Ketua, A dan B"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.analysis import Analysis
    from extract.people import Person


class PairReader:
    """Mixed into `PeopleFinder`: reads the other holders beside a name already read."""

    def _second_of_pair(self, an: Analysis, m, first: Person, role_end: int, limit: int,
                        region_tokens: set[int]) -> list[Person]:
        """"Bupati dan Wakil Bupati Sleman Harda Kiswaya dan Danang Maharsa": a role of two offices joined by
        "dan" names two people, the second after the first's "dan"."""
        doc = an.view
        # "dua Wakil Ketua, Tugiman dan Suyadi": a counted office names that many holders
        held = self.number_units.get(doc[m.start - 1].lower_, 0) if m.start > 0 else 0
        if held < 2 and not any(doc[x].lower_ in self.g.conjunctions for x in range(m.start, role_end)):
            return []
        out: list[Person] = []
        j = first.end
        while len(out) < max(1, held - 1):
            if j + 2 >= limit or not (doc[j].lower_ in self.g.conjunctions or held >= 2 and doc[j].text == ","):
                break
            start, end = self._read_name(doc, j + 1, limit)
            if end - start < (1 if held >= 2 else 2) or any(t in region_tokens for t in range(start, end)):
                break
            if end - start == 1 and self._common_word(doc, start, end):
                break
            second = self._person(an, m, role_end, start, end)
            if second is None:
                break
            out.append(second)
            j = end
        return out

    def _first_of_pair(self, an: Analysis, m, second: Person, role_end: int, sent_start: int,
                       region_tokens: set[int]) -> list[Person]:
        """"Satono dan Fahrur Rofi sebagai Bupati dan Wakil Bupati Sambas": before a role of two offices joined
        by "dan", two names joined by "dan" are its two holders."""
        doc = an.view
        if not any(doc[x].lower_ in self.g.conjunctions for x in range(m.start, role_end)):
            return []
        j = second.start - 1
        if j - 1 < sent_start or doc[j].lower_ not in self.g.conjunctions:
            return []
        start = end = j
        while start > sent_start and end - start < 5 and self.is_name_word(doc[start - 1]) \
                and start - 1 not in region_tokens:
            start -= 1
        while start < end and self._is_honorific(doc[start]):
            start += 1
        if end <= start or (end - start == 1 and self._language_word(doc[start].text)):
            return []
        first = self._person(an, m, role_end, start, end)
        return [first] if first is not None else []
