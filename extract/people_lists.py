"""Names read from lists rather than from one title: a name with its region in parentheses ("Nurrohmah Sujadi
(Kabupaten Pringsewu)", "Kabupaten Lebak (Gunawan Rusminto)") and rosters of place–name items under a title
("Desa Sukamaju- H. Rahmat, Desa Tanjung- Sarifudin, ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.lexicon import fold
from extract.person import Person

if TYPE_CHECKING:
    from extract.analysis import Analysis


class ListReader:
    """Mixed into `PeopleFinder`."""

    def _installed_listed(self, an: Analysis, wanted: set[int] | None, region_tokens: set[int]) -> list[Person]:
        """"Pejabat yang dilantik di antaranya A, B dan C", "Perbekel yang dikukuhkan yakni A untuk Desa X, B ...":
        the installed named in a list after the installation told as a relative clause; names of two or more words
        (each item's office or place between them is skipped), titles unknown."""
        doc, lowers = an.view, an.lowers
        out: list[Person] = []
        for m in an.matches:
            if m.label != "INAUG_PASSIVE" or m.sent in an.skip or (wanted is not None and m.sent not in wanted):
                continue
            s = an.sents[m.sent]
            if m.start == s.start or lowers[m.start - 1] != "yang":
                continue
            j = m.end
            while j < s.end and lowers[j] in self.appointed_words:
                j += 1  # "yang diambil sumpahnya"
            link = next((w for w in self.installed_list_links if lowers[j : j + len(w)] == w), None)
            if link is None:
                continue
            i = j + len(link)
            while i < s.end and len(out) < 16:
                if lowers[i] in self.g.list_openers:
                    i += 1
                    continue
                start, end = self._read_name(doc, i, s.end)
                if end - start >= 2 and not any(t in region_tokens for t in range(start, end)) \
                        and not self.phrase_of_the_language(self._name_text(doc, start, end)):
                    out.append(Person(self._name_text(doc, start, end), "", "", m.sent, start, end, start, start))
                    i = end
                    continue
                # an item's office or place: on to the next separator
                i = max(i + 1, end)
                while i < s.end and lowers[i] not in self.g.list_openers:
                    i += 1
        return out

    def _with_region(self, an: Analysis, wanted: set[int] | None, region_tokens: set[int]) -> list[Person]:
        """"Nurrohmah Sujadi (Kabupaten Pringsewu)": a name of two or more words followed by its region in
        parentheses; the region is the role."""
        doc, words = an.view, an.words
        out: list[Person] = []
        for m in an.regions:
            k = an.sent_of[m.start]
            if k in an.skip or (wanted is not None and k not in wanted):
                continue
            open_at = m.cue_start - 1
            if m.cue and m.end + 3 < len(words) and words[m.end] == "(":
                # "Kabupaten Lebak (Gunawan Rusminto)": the region's holder in parentheses after it
                start, end = self._read_name(doc, m.end + 1, an.sents[k].end)
                if end - start >= 2 and end < len(words) and words[end] == ")" and not any(
                        t in region_tokens for t in range(start, end)) and not all(
                        self._language_word(doc[x].text) for x in range(start, end)):
                    out.append(Person(self._name_text(doc, start, end), doc[m.cue_start : m.end].text,
                                      fold(doc[m.cue_start].text), k, start, end, m.cue_start, m.end))
                continue
            if open_at < 1 or words[open_at] != "(" or m.end >= len(words) or words[m.end] != ")":
                continue
            end = open_at
            start = end
            while start > an.sents[k].start and end - start < 5 and self._is_name_token(doc[start - 1]) and (
                    start - 1 not in region_tokens):
                start -= 1
            while start < end and (self._is_honorific(doc[start]) or doc[start].lower_ in self.particles):
                start += 1
            if end - start < 2 or all(self._language_word(doc[x].text) for x in range(start, end)):
                continue
            name = self._name_text(doc, start, end)
            role = doc[m.cue_start : m.end].text
            out.append(Person(name, role, fold(doc[m.cue_start].text), k, start, end, m.cue_start, m.end))
        return out

    def _rosters(self, an: Analysis, wanted: set[int] | None) -> list[Person]:
        """Lists like `Desa Sukamaju- H. Rahmat, Desa Tanjung- Sarifudin, ...` under a `Kepala Desa` sentence."""
        doc = an.view
        out: list[Person] = []
        words = an.words
        for k in sorted({m.sent for m in an.matches if m.label == "ROLE"}):
            sent = an.sents[k]
            if k in an.skip or (wanted is not None and k not in wanted):
                continue
            dashes = [i for i in range(sent.start + 1, sent.end) if words[i] in ("-", "–")]
            if len(dashes) < 3:
                continue
            roles = an.matches_in(k, "ROLE")
            if not roles:
                continue
            role_head = fold(doc[roles[0].start : roles[0].end].text)
            head_text = doc[roles[0].start : roles[0].end].text
            items = []
            for d in dashes:
                p_end = d
                p_start = p_end
                while p_start > sent.start and self._is_name_token(doc[p_start - 1]) and p_end - p_start < 4:
                    p_start -= 1
                n_start, n_end = self._read_name(doc, d + 1, sent.end)
                if p_end > p_start and n_end > n_start:
                    place = doc[p_start:p_end].text
                    if doc[p_start].lower_ in self.g.village_words:
                        place = doc[p_start + 1:p_end].text
                    items.append((place, n_start, n_end))
            if len(items) >= 3:
                for place, s, e in items:
                    out.append(Person(self._name_text(doc, s, e), f"{head_text} {place}", role_head, k, s, e, s, s))
        return out
