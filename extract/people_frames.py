"""Who is not one of the story's people though named with a title: whose era, programme or authority the story is
told under ("di bawah kepemimpinan Gubernur X", "atas nama Presiden Y"), an office's earlier holder ("mantan Bupati
Z", "Pjs Bupati W kala itu"); and which words the article uses as places ("di Kecamatan Jekulo")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.lexicon import fold

if TYPE_CHECKING:
    from extract.analysis import Analysis
    from extract.person import Person


class FrameReader:
    """Mixed into `PeopleFinder` (data: `frame_words`, `then_words`, `place_words` in people.toml)."""

    def _article_places(self, text: str) -> set[str]:
        """Words the article writes as a place's name after a place word ("di Kecamatan Jekulo"); not the word after
        a head's own place word ("Kepala Desa Budi ...": Budi may be the holder)."""
        places = set()
        for m in self.named_place.finditer(text):
            before = text[max(0, m.start() - 16):m.start()].split()
            if not before or fold(before[-1]).rstrip(".") not in self.head_words:
                places.add(m.group(1))
        return places

    def _without_bystanders(self, an: Analysis, people: list[Person]) -> list[Person]:
        """People the story only frames itself with ("di bawah kepemimpinan Gubernur X", "atas nama Presiden Y",
        "mantan Bupati Z", "Pjs Bupati W kala itu") are not its people, unless the article names them elsewhere
        as such: a framed mention is dropped when no other mention shares its name."""
        framed = [self._framed(an, p) for p in people]
        if not any(framed):
            return people
        order = sorted(range(len(people)), key=lambda x: people[x].start)
        for a, b in zip(order, order[1:], strict=False):
            if framed[a] and not framed[b] and self._coordinated(an, people[a], people[b]):
                framed[b] = True  # "di bawah kepemimpinan Gubernur X dan Wakil Gubernur Y": the pair shares the frame
        free = [set(fold(p.name).split()) for p, f in zip(people, framed, strict=True) if not f]
        return [p for p, f in zip(people, framed, strict=True)
                if not f or any(w <= set(fold(p.name).split()) or set(fold(p.name).split()) <= w for w in free)]

    def _framed(self, an: Analysis, p: Person) -> bool:
        words = an.lowers
        sent = an.sents[p.sent]
        first = min(p.role_start, p.start) if p.role_end > p.role_start else p.start
        for phrase in self.frame_words:  # right before the mention, within its sentence
            for back in (len(phrase), len(phrase) + 1):
                at = first - back
                if at >= sent.start and words[at:at + len(phrase)] == phrase and "," not in words[at:first]:
                    return True
        last = max(p.end, p.role_end)
        for phrase in self.then_words:
            if words[last:last + len(phrase)] == phrase and len(phrase) > 1:
                return True  # "Pjs Bupati X kala itu"
            if p.role_end <= p.start and phrase == words[p.start - len(phrase):p.start] and (
                    p.start - len(phrase) >= p.role_end):
                return True  # "Pj sebelumnya Jasman": the title's earlier holder
        return False

    def _coordinated(self, an: Analysis, a: Person, b: Person) -> bool:
        """b is joined to a by a conjunction ("Gubernur X dan Wakil Gubernur Y"), nothing else between."""
        gap = an.lowers[max(a.end, a.role_end):min(b.start, b.role_start) if b.role_end > b.role_start else b.start]
        return a.sent == b.sent and 1 <= len(gap) <= 2 and gap[-1] in self.g.conjunctions and all(
            w in self.g.conjunctions or w == "," for w in gap)
