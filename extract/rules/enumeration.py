"""The enumeration reader: which regions a value belongs to (lists, coordinations, groups)."""

from __future__ import annotations

from typing import Any

from extract.analysis import Analysis, Sentence, TokenView
from extract.numbers import parse_ordinal
from extract.regions import RegionMention
from extract.rules.context import Value, _is_year_token
from pantau.regions import Region


class EnumerationReader:
    """Region lists and region-value pairs around a value."""

    def drop_appositions(self, doc: TokenView, regions: list[RegionMention]) -> list[RegionMention]:
        """"Kabupaten Manggarai Barat, Provinsi Nusa Tenggara Timur" / "Pemkab Hulu Sungai Selatan (HSS),
        Kalimantan Selatan (Kalsel)": the province only locates the regency, the parentheses restate."""
        out: list[RegionMention] = []
        last: RegionMention | None = None  # the previous mention, kept or not
        anchor: RegionMention | None = None  # the last kept regency or city
        for m in regions:
            if last is not None and m.region.code == last.region.code and m.cue_start - last.end <= 2:
                last = m
                continue  # a restatement: "Hulu Sungai Selatan (HSS)"
            gap = [t.text for t in doc[last.end : m.cue_start]] if last is not None else []
            if anchor is not None and m.region.is_province and m.region.code == anchor.region.province_code and (
                len(gap) <= 4 and all(g in self.g.address_links for g in gap)
            ):
                last = m
                continue  # the regency's province, given as its address
            out.append(m)
            last = m
            anchor = m if not m.region.is_province else None
        return out

    def _mention_tokens(self, sent: Sentence) -> set[int]:
        """Tokens inside any region mention of the sentence (restatements dropped from the list included)."""
        an = sent.an
        return {t for m in an.regions_in(an.sent_of[sent.start]) for t in range(m.cue_start, m.end)}

    def _joined(self, doc: TokenView, start: int, end: int, inside: set[int], joiners: frozenset[str]) -> bool:
        """Only list separators (or a restated region, or a parenthesis: "Sleman (DIY), dan ...") between two
        listed regions."""
        depth = 0
        for t in doc[start:end]:
            if t.text == "(":
                depth += 1
            elif t.text == ")" and depth:
                depth -= 1
            elif not depth and t.lower_ not in joiners and t.i not in inside and not t.text.isspace():
                return False
        return depth == 0

    def _outside_parentheses(self, doc: TokenView, mentions: list[RegionMention]) -> list[RegionMention]:
        """Mentions not inside a parenthesis right after another mention ("Kabupaten Sleman (dari Provinsi DIY)")."""
        out: list[RegionMention] = []
        for m in mentions:
            if out and m.cue_start - out[-1].end <= 4 and any(t.text == "(" for t in doc[out[-1].end : m.cue_start]) \
                    and not any(t.text == ")" for t in doc[out[-1].end : m.cue_start]):
                continue
            out.append(m)
        return out

    def compared_to(self, doc: TokenView, m: RegionMention) -> bool:
        """"dua strip di bawah Pemkot Kendari", "dibandingkan Kota Blitar": a region named as the yardstick; also
        with the index named between ("di atas TPT Jawa Barat", "lebih tinggi dari pertumbuhan ekonomi Jatim")."""
        an = doc.an
        k = an.sent_of[m.cue_start]
        label = {x for lm in an.matches_in(k, "INDEX:") for x in range(lm.start, lm.end)}
        words: list[str] = []
        i = m.cue_start - 1
        while i >= an.sents[k].start and len(words) < 4:
            if i not in label:
                words.insert(0, an.lowers[i])
            i -= 1
        before = " ".join(words)
        return any(before == w or before.endswith(" " + w) for w in self.yardstick_links)

    def paired_values(self, doc: TokenView, sent: Sentence, regions: list[RegionMention],
                      values: list[Value]) -> dict[int, Region]:
        """"A, B, dan C yang masing-masing berada di posisi 94, 95, dan 96" / "A dan B masing-masing 71,2 dan
        69,8": a list of regions and, after a distributive word, a list of as many values, paired in order.
        Returns value start token -> region."""
        lowers = sent.an.lowers
        at = None
        for i in range(sent.start, sent.end):
            word = lowers[i]
            if i + 2 < sent.end and lowers[i + 1] == "-":  # "masing - masing": the tokenizer splits reduplication
                word = f"{word}-{lowers[i + 2]}"
            if word in self.distributive_words:
                at = i
                break
        if at is None:
            return {}
        inside = self._mention_tokens(sent)
        listed = [m for m in regions if m.end <= at]
        # the list right before the distributive word: mentions joined by separators only
        run: list[RegionMention] = []
        for m in reversed(listed):
            if run and not self._joined(doc, m.end, run[0].cue_start, inside, self.g.list_coordinators):
                break
            run.insert(0, m)
        after = [v for v in values if v.start > at]
        if len(run) < 2:
            return self._values_then_regions(doc, sent, regions, values, at, inside)
        if len(after) < len(run):
            return {}
        chosen = after[: len(run)]
        for a, b in zip(chosen, chosen[1:], strict=False):
            gap = [t.lower_ for t in doc[a.end : b.start] if t.lower_ not in self.lex.grammar.percent_words]
            if len(gap) > 3:
                return {}
        return {v.start: m.region for v, m in zip(chosen, run, strict=True)}

    def _values_then_regions(self, doc: TokenView, sent: Sentence, regions: list[RegionMention], values: list[Value],
                             at: int, inside: set[int]) -> dict[int, Region]:
        """"Nilai 90,1 dan 88,3 ... masing-masing diraih A dan B": the values before the distributive word, the
        regions joined after it, as many of each, paired in order."""
        before = [v for v in values if v.end <= at and v.kind in ("score", "percent")]
        chosen: list[Value] = []
        for v in reversed(before):  # the values joined by separators right before one another
            if chosen and any(t.lower_ not in self.g.list_coordinators and t.lower_ not in self.lex.grammar.percent_words
                              for t in doc[v.end : chosen[0].start]):
                break
            chosen.insert(0, v)
        run: list[RegionMention] = []
        for m in (m for m in regions if m.cue_start > at):
            if run and not self._joined(doc, run[-1].end, m.cue_start, inside, self.g.list_coordinators):
                break
            run.append(m)
        if len(chosen) < 2 or len(run) != len(chosen) or run[0].cue_start - at > 5:  # "masing - masing diraih A"
            return {}
        return {v.start: m.region for v, m in zip(chosen, run, strict=True)}

    def paired_years(self, an: Analysis, sent: Sentence, values: list[Value]) -> dict[int, int]:
        """"pada 2018 hingga 2020 ... masing-masing 12,4 persen, 15,9 persen, dan 14,1 persen" / "tahun 2022 dan
        2023 masing-masing 70,1 dan 71,4": the years before a distributive word, paired in order with as many
        values after it. Returns value start token -> year."""
        lowers, words = an.lowers, an.words
        at = next((i for i in range(sent.start, sent.end) if lowers[i] in self.distributive_words or (
            i + 2 < sent.end and lowers[i + 1] == "-" and f"{lowers[i]}-{lowers[i + 2]}" in self.distributive_words)),
            None)
        if at is None:
            return {}
        marks = [i for i in range(sent.start, at) if _is_year_token(words[i])]
        years: list[int] = []
        if len(marks) == 2 and 1 <= marks[1] - marks[0] <= 2 and any(
                lowers[x] in self.g.range_words for x in range(marks[0] + 1, marks[1])):
            first, last = int(words[marks[0]]), int(words[marks[1]])
            years = list(range(first, last + 1)) if 0 < last - first <= 10 else []
        elif len(marks) >= 2 and all(all(lowers[x] in self.g.list_coordinators for x in range(a + 1, b))
                                     for a, b in zip(marks, marks[1:], strict=False)):
            years = [int(words[i]) for i in marks]
        after = [v for v in values if v.start > at and v.kind in ("score", "percent")]
        if len(years) < 2 or len(after) != len(years):
            return {}
        return {v.start: y for v, y in zip(after, years, strict=True)}

    def year_led(self, an: Analysis, sent: Sentence, v: Value) -> bool:
        """"..., sedangkan di tahun 2022 sebesar 28,21 persen": the value's own year right before it, only link
        words between — the same label's value for another year."""
        lowers = an.lowers
        for i in range(v.start - 1, max(sent.start, v.start - 4) - 1, -1):
            if _is_year_token(an.words[i]):
                return True
            if lowers[i] not in self.fillers and lowers[i] not in self.g.pair_links:
                return False
        return False

    def is_agency(self, doc: TokenView, m: RegionMention) -> bool:
        """"Polres Maluku Tengah", "Kantor Imigrasi Ambon": another body's office named by its region."""
        return self.agency_start(doc, m) is not None

    def agency_start(self, doc: TokenView, m: RegionMention) -> int | None:
        """Where the body's name begins ("Polres" of "Polres Maluku Tengah"), None for no body's office."""
        before = [t.lower_ for t in doc[max(0, m.cue_start - 3) : m.cue_start]]
        size = max((len(head) for head in self.agency_heads if before[-len(head):] == head), default=0)
        return m.cue_start - size if size else None

    def unit_subject(self, doc: TokenView, m: RegionMention, v: Value) -> bool:
        """"Inspektorat Kabupaten Bantul meraih nilai 3,2": the region names a unit of its government (a capitalised
        organisation head right before it) that is the subject of the receiving verb: the unit's score. Not when a
        role holds the unit ("Kepala Dinas Kominfo Klaten menerima ..."): a person receives the region's result."""
        an = doc.an
        start = an.sents[an.sent_of[m.cue_start]].start
        head = next((i for i in range(m.cue_start - 1, max(start, m.cue_start - 3) - 1, -1)
                     if an.lowers[i] in self.organisation_heads), None)
        if head is None or not all(an.words[i][:1].isupper() for i in range(head, m.cue_start)):
            return False
        if head > start and an.lowers[head - 1].rstrip(".") in self.finder.head_words:
            return False
        verb = next((i for i in range(m.end, min(v.start, m.end + 3)) if an.lowers[i] in self.receive_verbs), None)
        return verb is not None and not any(w in self.g.clause_breaks for w in an.words[m.end : verb])

    def averaged(self, doc: TokenView, m: RegionMention) -> bool:
        """"lebih rendah dari rata-rata NTT 3,14 persen": the region frames an average, it owns no result."""
        return any(t.lower_ in self.g.average_words for t in doc[max(0, m.cue_start - 2) : m.cue_start])

    def ranking_scope(self, doc: TokenView, m: RegionMention) -> int | None:
        """"dari 35 kabupaten/kota di Jawa Tengah", "terbaik dari seluruh kabupaten/kota di Provinsi X": the place of
        the group a rank is counted out of; where that phrase starts (its "dari"), else None."""
        i = m.cue_start - 1
        if i < 3 or doc[i].lower_ not in self.g.place_links:
            return None
        i -= 1
        while i > 1 and (doc[i].lower_ in self.group_nouns or doc[i].text in ("/", *self.g.conjunctions)):
            i -= 1
        counted = i < m.cue_start - 2 and (doc[i].like_num or doc[i].lower_ in self.lex.number_units
                                           or doc[i].lower_ in self.vague_counts)
        return i - 1 if counted and doc[i - 1].lower_ in self.g.denominator_words else None

    def owners(self, doc: TokenView, regions: list[RegionMention], v: Value, values: list[Value]) -> list[Region] | None:
        # "peringkat 3 dari 35 kabupaten/kota di Jawa Tengah ... dengan nilai 3,62": the ranking's scope owns nothing
        # (nor is "dari seluruh kabupaten/kota" a class of subjects)
        scopes = {m.cue_start: start for m in regions if (start := self.ranking_scope(doc, m)) is not None}
        scoped = {x for m in regions if m.cue_start in scopes for x in range(scopes[m.cue_start], m.end)}
        regions = [m for m in regions if m.cue_start not in scopes]
        nearest_any = [m for m in regions if m.end <= v.start][-1:]
        if nearest_any and self.averaged(doc, nearest_any[0]):
            return None
        if nearest_any and self.compared_to(doc, nearest_any[0]) and not any(
                t.lower_ in self.receive_verbs for t in doc[nearest_any[0].end : v.start]):
            # "di atas TPT Jawa Barat yang 6,75 persen": the yardstick's own value ("Pemkot B yang dua strip di
            # bawah Pemkot A mendapatkan nilai 58,03" is B's)
            return None
        regions = [m for m in regions if not self.compared_to(doc, m)]
        before = [m for m in regions if m.end <= v.start]
        if not before:
            return []
        nearest = before[-1]
        if self.unit_subject(doc, nearest, v):
            return None  # "Inspektorat Kabupaten X meraih": a unit's score
        if self.is_agency(doc, nearest):
            # "dan Polres Maluku Tengah nilai 78,70": a body's score; "Pemkab A serta Polres B masuk zona merah":
            # the government coordinated before the body shares the predicate
            shared = self.coordinated_before(doc, regions, nearest, values)
            return shared or None
        gap = doc[nearest.end : v.start]
        an = doc.an
        named = {x for m in an.regions_in(an.sent_of[v.start]) for x in range(m.cue_start, m.end)}
        gap_text = " " + " ".join(t.lower_ for t in gap if t.i not in named and t.i not in scoped) + " "
        if any(f" {w} " in gap_text for w in self.class_subjects):
            return None  # "A meraih WDP, sementara kabupaten lainnya meraih WTP": the others' value
        since = max([nearest.end] + [x.end for x in values if nearest.end <= x.start and x.end <= v.start])
        # the value's own phrase ("peringkat ketiga nasional ... dengan skor 4,01": the rank's scope is not its own)
        rank_scopes = {x.end for x in values if x.kind == "rank"}
        own = [t.lower_ for t in doc[since : v.start] if t.i not in named and t.i not in rank_scopes]
        cue = next((i for i, w in enumerate(own) if w in self.yardstick_words), None)
        if cue is not None and any(w in self.yardstick_aggregates for w in own[cue + 1 :]):
            return None  # "2,71 persen, lebih rendah dari inflasi nasional 2,61 persen": the yardstick's value
        if since > nearest.end and any(w in self.yardstick_aggregates for w in own):
            return None  # "NTT 2,5 persen, sedangkan inflasi nasional 2,6 persen": the nation's, after the region's
        # "Pemda Banten memiliki tiga daerah yang mendapat predikat ... BB": the value is the group's.
        for i, t in enumerate(gap[:-1]):
            nxt = gap[i + 1].lower_
            if i > 0 and gap[i - 1].lower_ in self.g.denominator_words:
                continue  # "urutan 25 dari 34 provinsi": a denominator
            counted = (t.like_num and "," not in t.text) or t.lower_ in self.lex.number_units
            counted = counted and not (i > 0 and gap[i - 1].lower_ in self.g.one_of_words)  # "salah satu daerah"
            if counted and nxt in self.group_nouns:
                return None
            if counted and (nxt in self.g.partitives or (i + 2 < len(gap) and gap[i + 2].lower_ in self.g.partitives)):
                return None  # "Dari 14 pemda di Kalbar, 12 di antaranya meraih WTP": part of a group, unnamed
        before = an.lowers[max(0, nearest.cue_start - 2) : nearest.cue_start]
        if len(before) == 2 and before[0] in self.group_nouns and before[1] in self.g.place_links:
            return None  # "14 pemda di Kalbar": the group's place, not an owner
        return self.coordinated_before(doc, regions, nearest, values) + [nearest.region]

    def coordinated_before(self, doc: TokenView, regions: list[RegionMention], nearest: RegionMention,
                           values: list[Value]) -> list[Region]:
        """The regions coordinated before `nearest` ("Kabupaten A dan Kota B yang keduanya memperoleh
        nilai 91"), agencies left out ("Polres X dan Pemkab Y masuk zona merah": Y's alone). A list ends in "dan":
        "di wilayah A dan B, Kota A memperoleh 90,2" is no list."""
        owners: list[Region] = []
        idx = regions.index(nearest)
        while idx > 0:
            prev = regions[idx - 1]
            start = regions[idx].cue_start
            between = doc[prev.end : self.agency_start(doc, regions[idx]) or start]
            if idx == regions.index(nearest) and not any(t.text in self.g.conjunctions for t in between):
                break
            if all(t.text in self.g.coordinators for t in between) and not any(
                prev.end <= o.start < regions[idx].cue_start for o in values
            ):
                if not self.is_agency(doc, prev):
                    owners.insert(0, prev.region)
                idx -= 1
            else:
                break
        return owners

    def listed_owners(self, doc: TokenView, sent: Sentence, regions: list[RegionMention], v: Value,
                      values: list[Value]) -> list[Region]:
        after = [m for m in regions if m.start >= v.end]
        # "diserahkan di Yogyakarta, Selasa (21/5), kepada A dan B": a place the value was handed over at is no owner
        while len(after) >= 2 and after[0].cue_start > 0 and doc[after[0].cue_start - 1].lower_ in self.g.place_links \
                and any(t.lower_ in self.g.recipient_links and t.lower_ != "pada"
                        for t in doc[after[0].end : after[1].cue_start]):
            after = after[1:]
        if not after:
            return []
        gap = [t.lower_ for t in doc[v.end : after[0].cue_start]]
        if not any(g in self.enumerators or g in self.passive_owners for g in gap):
            return []
        if any(v.end <= o.start < after[0].cue_start for o in values if o is not v):
            return []  # another value stands between: the list is its own
        if len(gap) >= 2 and gap[-1] in self.g.place_links and gap[-2] in self.group_nouns:
            return []  # "kepada 36 pemda di Jawa Tengah, di antaranya A, B": the group's place, its list follows
        # "Opini WTP atas LKPD 2023 diserahkan kepada Pemkab A": a hand-over verb and its recipient hold it too
        passive = max((i for i, g in enumerate(gap) if g in self.passive_owners or (
            g in self.handover_verbs and i + 1 < len(gap) and gap[i + 1] in self.g.recipient_links)), default=None)
        if passive is not None and len(gap) - passive <= 3:
            gap = []  # "Opini WTP atas LKPD 2023 diraih oleh A, B dan C": the verb names who holds the value
        elif (verb := max((i for i, g in enumerate(gap) if g in self.passive_owners or g in self.handover_verbs),
                          default=None)) is not None:
            # "Opini WTP ... diserahkan di Jakarta, Selasa (21/5/2024), kepada A dan B": a day or place told between
            # the hand-over verb and its recipient word
            recipient = max((i for i, g in enumerate(gap) if g in self.g.recipient_links and i > verb), default=None)
            if recipient is not None and len(gap) - recipient <= 3 and gap[recipient] != "pada":
                gap = []
        if len(gap) > 4:
            # "opini WTP kepada lima pemerintah daerah, yakni A, ...": a group phrase before the list
            rest = [g for g in gap if g not in self.enumerators and g not in self.fillers and g not in self.group_nouns
                    and g not in self.g.list_coordinators and g not in self.lex.number_units and not g.isdigit()]
            if len(gap) > 10 or rest:
                return []
        owners = [] if self.is_agency(doc, after[0]) else [after[0].region]
        inside = self._mention_tokens(sent)
        after = self._outside_parentheses(doc, after)
        last = after[0]
        for prev, m in zip(after, after[1:], strict=False):
            if any(prev.end <= o.start < m.cue_start for o in values):
                break
            if self._joined(doc, prev.end, m.cue_start, inside, self.g.list_coordinators):
                if m.region not in owners and not self.is_agency(doc, m):
                    owners.append(m.region)
                last = m
            else:
                break
        following = min((o.start for o in values if o.start >= last.end), default=None)
        if following is not None and self.relative_subject(doc, last.end, following):
            return []  # "27 meraih WTP dan hanya Kabupaten Subang yang mendapat WDP": the next value's subject
        return owners

    def relative_subject(self, doc: TokenView, end: int, value_start: int) -> bool:
        """A relative clause ("yang mendapat") right after a listed region leads to the region's own value."""
        gap = [t.lower_ for t in doc[end:value_start]]
        return 0 < len(gap) <= 4 and any(w in self.g.relative_words for w in gap)

    def introduced_list(self, an: Analysis, k: int, regions: list[RegionMention], start: int | None = None,
                        stop: int | None = None) -> list[Region]:
        """"Kelima daerah itu yakni A, B, dan C." / "Mereka adalah A dan B": an enumerator word (between `start`
        and `stop` when given), then a list of regions joined by separators only."""
        s = an.sents[k]
        begin = s.start if start is None else start
        inside = self._mention_tokens(s)
        for at in range(begin, s.end if stop is None else min(stop, s.end)):
            if an.lowers[at] not in self.enumerators and an.lowers[at] not in self.passive_owners:
                continue
            after = self._outside_parentheses(an.view, [m for m in regions if m.cue_start > at])
            if not after or after[0].cue_start - at > 3:
                continue  # "kepada lima pemda, yakni A, B": the list may follow a later enumerator
            out = [] if self.is_agency(an.view, after[0]) else [after[0].region]
            last = after[0]
            for prev, m in zip(after, after[1:], strict=False):
                if not self._joined(an.view, prev.end, m.cue_start, inside, self.g.list_coordinators):
                    break
                if m.region not in out and not self.is_agency(an.view, m):
                    out.append(m.region)
                last = m
            if stop is not None and self.relative_subject(an.view, last.end, stop):
                return []  # "27 meraih WTP dan hanya Kabupaten Subang yang mendapat WDP": the next value's subject
            return out
        return []

    def region_lines(self, an: Analysis, k: int, live: set[int]) -> list[Region]:
        """The regions of the lines after sentence `k` that are list items and nothing else ("- Kota Padang",
        "2. Kabupaten Agam", "Kota Bukittinggi"): a list written one item a line below its intro."""
        out: list[Region] = []
        j = k + 1
        while j < len(an.sents) and j in live:
            s = an.sents[j]
            mentions = [m for m in an.regions_in(j) if not m.scope]
            if not mentions:
                break
            covered = {t for m in mentions for t in range(m.cue_start, m.end)}
            rest = [i for i in range(s.start, s.end) if i not in covered and not an.words[i].isspace()]
            if any(an.lowers[i] not in self.item_marks and an.lowers[i] not in self.g.list_coordinators
                   and not an.words[i].rstrip(".)").isdigit() for i in rest):
                break
            out += [m.region for m in mentions if m.region not in out]
            j += 1
        return out

    def joined_to_group(self, doc: TokenView, regions: list[RegionMention], v: Value) -> list[Region]:
        """"Pemprov Bali beserta sembilan kabupaten/kota meraih opini WTP": the government joined to a counted
        group before the value (not an agency, not the group's place)."""
        before = [m for m in regions if m.end <= v.start]
        if before and before[-1].cue_start >= 2 and doc[before[-1].cue_start - 1].lower_ in self.g.place_links and (
                doc[before[-1].cue_start - 2].lower_ in self.group_nouns):
            before = before[:-1]  # "sembilan kabupaten/kota di Bali": the group's place
        if not before or self.is_agency(doc, before[-1]):
            return []
        m = before[-1]
        i = m.end
        if i >= v.start or doc[i].lower_ not in self.group_companions:
            return []
        i += 1
        counted = i < v.start and ((doc[i].like_num and "," not in doc[i].text) or doc[i].lower_ in self.lex.number_units
                                   or doc[i].lower_ in self.vague_counts)
        return [m.region] if counted and i + 1 < v.start and doc[i + 1].lower_ in self.group_nouns else []

    def is_group_value(self, doc: TokenView, sent: Sentence, v: Value) -> bool:
        """"lima berpredikat D", "3 kota di zona merah", "opini WTP kepada lima pemda": a count of governments,
        not one's value."""
        # "opini WTP (atas LKPD 2023) kepada enam pemda": the receivers after the value, its object between
        after = list(doc[v.end : min(sent.end, v.end + 9)])
        for i, t in enumerate(after[:-1]):
            if (t.lower_ in self.enumerators or t.lower_ in self.g.list_coordinators) and (
                    t.lower_ not in self.g.recipient_links):
                break
            is_count = (t.like_num and "," not in t.text and not _is_year_token(t.text)) or (
                t.lower_ in self.lex.number_units or t.lower_ in self.vague_counts)
            # "kepada lima pemda", "diraih seluruh pemda di DIY, yakni ...": a group receives it
            if is_count and i > 0 and (after[i - 1].lower_ in self.g.recipient_links
                                       or after[i - 1].lower_ in self.passive_owners) and (
                    after[i + 1].lower_ in self.group_nouns):
                return True
        window = list(doc[max(sent.start, v.start - 12) : v.start])
        def counted_part(i: int) -> bool:  # "10 di antaranya": the partitive belongs to its count
            return window[i].lower_ in self.g.partitives and any(x.like_num for x in window[max(0, i - 2) : i])

        cut = max((i + 1 for i, t in enumerate(window) if t.text in (",", ";", ":") or (
            t.lower_ in self.enumerators and not counted_part(i))), default=0)
        window = window[cut:]  # the value's own clause: "Sebanyak 13 pemda di Kalbar meraih opini WTP"
        an = doc.an
        owners_named = {m.cue_start for m in an.regions_in(an.sent_of[v.start])
                        if m.is_government or not m.region.is_province}
        for i, t in enumerate(window):
            w = t.lower_
            if t.i == sent.start and t.text.rstrip(".").isdigit() and i + 1 < len(window) and (
                    window[i + 1].text in (".", ")") or window[i + 1].text[:1].isupper()):
                continue  # "3 Kabupaten Purbalingga 69,90": a row or item number, not a count
            # a count of governments is a whole number ("13 pemda"); "72,81 Kabupaten Batang" is a row's value
            is_count = (t.like_num and "," not in t.text and not _is_year_token(t.text)) or (
                w in self.lex.number_units or w in self.vague_counts)  # "sejumlah pemda di Bali meraih WTP"
            if not is_count or (i > 0 and window[i - 1].lower_ in self.g.denominator_words):
                continue  # "urutan 25 dari 34 provinsi": a denominator, not a group
            if i > 0 and window[i - 1].lower_ in self.g.one_of_words:
                continue  # "salah satu daerah dengan predikat BB": one of them, named before
            rest = [x.lower_ for x in window[i + 1 :]]
            if any(x.i in owners_named for x in window[i + 1 :]):
                continue  # "2 kabupaten yaitu Kabupaten Selayar dengan nilai 45,68": the region is named after
            if rest and (rest[0] in self.group_nouns or rest[0] in self.g.group_verbs):
                return True
            if rest and (rest[0] in self.g.partitives or (len(rest) > 1 and rest[0] in self.g.place_links
                                                          and rest[1] in self.g.partitives)):
                return True  # "25 OPD dievaluasi, 10 di antaranya meraih predikat A": a part of a group
            if len(rest) > 2 and rest[0] in self.g.denominator_words and rest[2] in self.group_nouns and not (
                    i > 0 and window[i - 1].lower_ in self.rank_words):  # "urutan 25 dari 34 provinsi" is a rank
                return True  # "16 dari 24 kabupaten kota di Sulsel masuk zona hijau"
            if rest and rest[0] in self.g.pair_links and len(rest) > 1 and rest[1] in self.g.category_heads:
                return True  # "3 kota di zona merah", "21 dengan predikat BB"
        return False

    def coordinated_after(self, an: Analysis, k: int, first: RegionMention) -> list[Region]:
        """The regions listed after `first` ("Keerom, Waropen, Yalimo dan Asmat"): joined by commas and "dan" only."""
        out: list[Region] = []
        mentions = [m for m in an.regions_in(k) if m.start >= first.end]
        prev = first
        for m in mentions:
            between = an.lowers[prev.end : m.cue_start]
            if not between or not all(w in self.g.coordinators for w in between):
                break
            out.append(m.region)
            prev = m
        return out

    def carried(self, results: list[dict[str, Any]], src: Analysis, k: int, subjects: list[RegionMention],
                values: list[Value]) -> list[dict[str, Any]]:
        """"Begitu pula Kabupaten Pati", "Predikat yang sama juga diraih Kota X": the regions after a same-value
        phrase, with no value of their own after it, take the last result (of this sentence or the two before)."""
        if not results or results[-1]["src"] is not src or not 0 <= k - results[-1]["sent"] <= 2:
            return []
        s = src.sents[k]
        lowers = src.lowers
        firsts = {p[0] for p in self.same_value_phrases}
        at = next((i + len(p) for i in range(s.start, s.end) if lowers[i] in firsts for p in self.same_value_phrases
                   if lowers[i : i + len(p)] == p), None)
        upto = s.end
        if lowers[s.start] in self.g.besides_words and results[-1]["sent"] == k:
            # "Selain Kabupaten Kerinci, opini WTP juga diraih ...": the regions before the comma share it
            at = s.start + 1
            upto = next((i for i in range(at, s.end) if lowers[i] == ","), s.start)
            if any(at <= v.start < upto for v in values):
                return []
        elif at is None or any(v.start >= at for v in values):
            return []
        last = results[-1]
        have = {r["region"].code for r in results if r["key"] == last["key"] and r["value"] is last["value"]}
        out = []
        for m in self.drop_appositions(src.view, [m for m in subjects if at <= m.cue_start and m.end <= upto]):
            if m.region.code not in have and not self.is_agency(src.view, m) and not self.compared_to(src.view, m):
                out.append({**last, "region": m.region, "sent": k})
                have.add(m.region.code)
        return out

    def opening_value(self, an: Analysis, sent, v: Value) -> bool:
        """A value in a phrase opening the sentence and closed by a comma ("Dengan nilai 3,52, Kabupaten ...")."""
        return v.start - sent.start <= 3 and v.end < sent.end and an.words[v.end] == "," and not any(
            m.end <= v.start for m in an.regions_in(an.sent_of[v.start]))

    def row_cell_owner(self, an: Analysis, k: int, v: Value, live: set[int]) -> Region | None:
        """A value alone on its line right under a line that is one region and nothing else: a table flattened one
        cell a line ("Sleman" / "84,98")."""
        s = an.sents[k]
        if k - 1 not in live or any(i not in range(v.start, v.end) and not an.words[i].isspace()
                                    and an.lowers[i] not in self.lex.grammar.percent_words for i in range(s.start, s.end)):
            return None
        prev = an.sents[k - 1]
        if "\n" not in an.text[prev.end_char - 1 : s.start_char]:
            return None  # the two on one line are a pair in prose, read elsewhere
        mentions = [m for m in an.regions_in(k - 1) if not m.scope]
        if len(mentions) != 1:
            return None
        m = mentions[0]
        rest = [i for i in range(prev.start, prev.end) if not (m.cue_start <= i < m.end) and not an.words[i].isspace()]
        return m.region if not rest else None

    def group_anaphor_owners(self, an: Analysis, k: int, v: Value) -> list[Region]:
        """"A, B dan C ... . Ketiganya meraih opini WTP" / "Ketujuh pemda tersebut memperoleh ...": a word pointing
        back to a group before the value; its members are the regions listed in one of the two sentences before."""
        s = an.sents[k]
        lowers = an.lowers
        pointed = False
        for i in range(s.start, v.start):
            w = lowers[i]
            if w in self.g.group_anaphors or (w.endswith("nya") and (parse_ordinal(w[:-3], self.lex) or 0) >= 2):
                pointed = True
                break
            if (parse_ordinal(w, self.lex) or 0) >= 2 and i + 2 < v.start and lowers[i + 1] in self.group_nouns \
                    and lowers[i + 2] in self.g.anaphora_links:
                pointed = True
                break
        if not pointed:
            return []
        for j in range(k - 1, max(-1, k - 3), -1):
            mentions = self.drop_appositions(an.view, [m for m in an.regions_in(j) if not m.scope])
            inside = self._mention_tokens(an.sents[j])
            best: list[RegionMention] = []
            run: list[RegionMention] = []
            for m in mentions:
                if run and self._joined(an.view, run[-1].end, m.cue_start, inside, self.g.list_coordinators):
                    run.append(m)
                else:
                    run = [m]
                if len(run) > len(best):
                    best = list(run)
            if len(best) >= 2:
                return [m.region for m in best if not self.is_agency(an.view, m)]
        return []

    def anaphoric_owner(self, an: Analysis, k: int, v: Value) -> Region | None:
        """"Kota ini ... 80,20": the last region of that level named before, in this sentence or three back."""
        s = an.sents[k]
        lowers = an.lowers
        at = next((i for i in range(s.start, v.start - 1)
                   if lowers[i] in self.anaphora_levels and lowers[i + 1] in self.g.anaphora_links), None)
        if at is None:
            return None
        level = self.anaphora_levels[lowers[at]]
        for j in range(k, max(-1, k - 4), -1):
            named = [m for m in an.regions_in(j) if not m.scope and (j < k or m.end <= at)
                     and (level == "any" or m.region.level == level)]
            if named:
                return named[-1].region
        return None
