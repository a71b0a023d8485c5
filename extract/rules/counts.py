"""How many officials an installation names: counted groups summed ("20 pejabat administrator dan 35 pejabat
pengawas"), an office of one joined to a group ("Sekretaris DPRD dan dua asisten" = 3), head-and-deputy pairs, one
office named alone, or the count in the neighbouring sentence."""

from __future__ import annotations

from extract.analysis import Analysis, Match
from extract.numbers import parse_number, parse_number_words
from extract.rules.context import _DIGITS, _is_year_token


class CountRules:
    def counts_in(self, an: Analysis, k: int) -> list[tuple[int, int, int]]:
        """Counts of officials in a sentence: (value, start token, end token) for each "<number> <position>"
        ("35 pejabat pengawas", "dua puluh kepala desa", "12 orang kepala sekolah")."""
        doc = an.view
        s = an.sents[k]
        toks = list(doc[s.start : s.end])
        out = []
        i = 0
        while i < len(toks):
            t = toks[i]
            value, used = None, 0
            if t.like_num and _DIGITS.search(t.text) and not _is_year_token(t.text) and "/" not in t.text:
                num = parse_number(t.text)
                if num is not None and num == int(num) and 0 < num <= 5000:
                    value, used = int(num), 1
            else:
                value, used = parse_number_words([x.text for x in toks[i : i + 6]], self.lex)
            if not value or (i > 0 and toks[i - 1].lower_ in self.g.not_count_before) or (
                    i > 1 and toks[i - 2].lower_ == "dari" and toks[i - 1].lower_ == "total"):
                i += 1
                continue
            if i + used + 2 < len(toks) and toks[i + used].text == "(" and toks[i + used + 2].text == ")":
                used += 3  # "tiga puluh (30) kepala desa", "30 (tiga puluh)" read as one: the number restated
            elif i + used < len(toks) and toks[i + used].text == "(":
                close = next((x for x in range(i + used + 1, min(len(toks), i + used + 6)) if toks[x].text == ")"), None)
                if close is not None and parse_number_words([x.text for x in toks[i + used + 1 : close]], self.lex)[0] == value:
                    used = close + 1 - i
            if any(x.lower_ in self.g.others_words for x in toks[i + used : i + used + 4]):
                i += max(used, 1)
                continue  # "bersama 961 kepala daerah lainnya": those installed elsewhere
            if self._position_at(toks, i + used) or self._counted_with_next(toks, i + used):
                out.append((value, s.start + i, s.start + i + used))
            i += max(used, 1)
        return out

    def _position_at(self, toks: list, j: int) -> bool:
        """A position (or a filler and a position: "orang kepala desa") starts at toks[j]."""
        after = [x.lower_ for x in toks[j : j + 2]]
        return bool(after) and (after[0] in self.position_first or (
            len(after) > 1 and after[0] in self.g.count_fillers and after[1] in self.position_first))

    def _counted_with_next(self, toks: list, j: int) -> bool:
        """"pejabat administrator dan pengawas masing-masing 12 dan 31 orang": a number joined to the next ones,
        the last of which counts a position, counts one too."""
        joined = False
        while j + 1 < len(toks) and toks[j].lower_ in self.g.list_openers and toks[j].lower_ != ":" \
                and toks[j + 1].like_num and _DIGITS.search(toks[j + 1].text) and not _is_year_token(toks[j + 1].text):
            j += 2
            joined = True
        return joined and self._position_at(toks, j)

    def summed(self, an: Analysis, counts: list[tuple[int, int, int]]) -> int:
        """"melantik 20 pejabat administrator dan 35 pejabat pengawas", "satu ketua dan tiga wakil ketua": the
        groups of one act, listed together, add up."""
        total, last_end = counts[0][0], counts[0][2]
        for value, start, end in counts[1:]:
            between = [w for w in an.lowers[last_end:start] if w not in self.g.count_leads_words]
            joined = [w for w in between if w in self.g.list_openers or w in self.g.conjunctions]
            if not joined or len(between) > 8 or any(w in self.g.count_breaks for w in between):
                break
            total += value
            last_end = end
        return total

    def single_offices_beside(self, an: Analysis, k: int, counts: list[tuple[int, int, int]]) -> int:
        """"melantik Sekretaris DPRD dan dua asisten", "Ketua DPRD X serta dua Wakil Ketua": an office held by one
        person, joined to a counted group, is one more official."""
        s = an.sents[k]
        first = counts[0][1]
        at = first - 1
        while at > s.start and an.lowers[at] in self.g.count_leads_words:
            at -= 1
        if at <= s.start or an.lowers[at] not in self.g.conjunctions:
            return 0
        # the joined item: back to the verb, a list opener or a clause break, at most 8 words
        start = at
        while start > s.start and at - start < 8 and an.lowers[start - 1] not in self.g.clause_breaks \
                and an.lowers[start - 1] not in self.g.enumerator_links and not any(
                    m.start == start - 1 for m in an.matches_in(k, "INAUG") if m.label not in self.inaug_context_labels):
            start -= 1
        if any(w.isdigit() for w in an.lowers[start:at]):
            return 0
        for i in range(start, at):
            item = " ".join(an.lowers[i:at])
            if any(item.startswith(o + " ") or item == o for o in self.singular_offices):
                return 1
        return 0

    def office_at(self, words: list[str], i: int) -> str | None:
        """The office of one person that starts at words[i] ("sekda", "wakil bupati"), if any."""
        phrase = " ".join(words[i : i + 4])
        return next((o for o in self.singular_offices if phrase == o or phrase.startswith(o + " ")), None)

    def offices_joined(self, an: Analysis, k: int, start: int) -> int:
        """Further offices of one person joined to the installed one in the object ("... dan Wakil Bupati Y",
        "..., Kepala Dinas Z"), up to the object's end (a place, a time, a clause)."""
        s = an.sents[k]
        lowers = an.lowers
        more = 0
        i = start
        while i < min(s.end, start + 25):
            w = lowers[i]
            if w in self.g.conjunctions or w == ",":
                if self.office_at(lowers[: s.end], i + 1):
                    more += 1
                    i += 2
                    continue
                if w == ",":
                    break
            elif w in self.g.object_enders or w.isdigit():
                break
            i += 1
        return more

    def officials_count(self, an: Analysis, items: list[tuple[int, Match]], neighbours: bool = True) -> int | None:
        """Officials installed by the act in `items`; `neighbours=False` for an act told apart from the main one
        (the sentences around it count the main act's officials)."""
        doc = an.view
        for k, _trig in items:
            counts = self.counts_in(an, k)
            if counts:
                return self.summed(an, counts) + self.single_offices_beside(an, k, counts)
        # "dilantik sebagai Gubernur dan Wakil Gubernur": count the offices named.
        for k, trig in items:
            s = an.sents[k]
            words = [t.lower_ for t in doc[trig.end : s.end]]
            for i, w in enumerate(words[:6]):
                if w in self.g.become_words:
                    rest = words[i + 1 : i + 12]
                    heads = [j for j, x in enumerate(rest) if x in self.g.office_heads]
                    if heads:
                        return max(1, rest[: heads[-1] + 1].count("dan") + 1)
                    if self.office_at(rest, 0):
                        return 1  # "melantik Jumani sebagai Sekda definitif"
            if any(w in self.g.single_replacement for w in (t.lower_ for t in doc[s.start : s.end])):
                return 1
            # "Ia mengucapkan sumpah jabatan", "Beliau dilantik ...": one person is installed
            lead = [t.lower_ for t in doc[s.start : trig.start]]
            if lead and lead[0] in self.singular_subjects and len(lead) <= 3:
                return 1
            # "melantik Bupati dan Wakil Bupati Pati": the pair installed right after the verb, or before a
            # passive one ("Bupati dan Wakil Bupati Sleman ... dilantik Presiden")
            obj = " ".join(words[:6])
            subject_at = self.passive_subject_start(an, k, trig)
            subject = " ".join(an.lowers[subject_at : subject_at + 6]) if subject_at < trig.start else ""
            if any(obj.startswith(p) or subject.startswith(p) for p in self.pair_offices):
                return 2
            passive = any(m.label == "INAUG_PASSIVE" and m.start == trig.start for m in an.matches_in(k, "INAUG"))
            if passive:
                # "Ketua Forum Kota Sehat, Dr. Nurlina, dikukuhkan oleh ...": one office opens the sentence
                lead_at = s.start
                dash = next((i for i in range(s.start, min(s.end, s.start + 6))
                             if an.lowers[i] in self.g.clause_breaks and an.lowers[i] not in (",", ".")), None)
                lead_at = dash + 1 if dash is not None else lead_at
                lead = " ".join(an.lowers[lead_at : lead_at + 6])
                if any(lead.startswith(o + " ") for o in self.singular_offices) and not any(
                        w in self.g.conjunctions or w.isdigit() for w in an.lowers[lead_at : trig.start]):
                    return 1
                continue  # after a passive verb comes its agent, not the installed
            # "melantik Sekda NTT yang baru", "Pengukuhan Ketua Dekranasda Kabupaten X", "mengambil sumpah
            # jabatan Ketua DPRD X": one office, one person
            lead = 0
            while lead < len(words) and (words[lead] in self.g.oath_words or words[lead].rstrip(".") in self.acting_words):
                lead += 1  # "mengambil sumpah jabatan ...", "melantik Pj Sekda X": the office after them
            obj = " ".join(words[lead : lead + 6])
            for office in self.singular_offices:
                after = trig.end + lead + len(office.split())
                while after < s.end and an.lowers[after] in self.office_modifiers:
                    after += 1  # "melantik Bupati terpilih Kotawaringin Barat Nurhidayah"
                if obj.startswith(office + " ") and after < s.end:
                    nxt = doc[after]
                    if nxt.text[:1].isupper() and not nxt.like_num:
                        # "melantik Bupati Kobar Nurhidayah dan Wakil Bupati Ahmadi": each office joined on
                        return 1 + self.offices_joined(an, k, after)
        # "Akhirnya Bupati melantik mereka": the count is in the sentence before or after
        for k, _trig in items[:1] if neighbours else ():
            for j in (k - 1, k + 1):
                if 0 <= j < len(an.sents) and j not in an.skip and (counts := self.counts_in(an, j)):
                    return self.summed(an, counts) + self.single_offices_beside(an, j, counts)
        return None
