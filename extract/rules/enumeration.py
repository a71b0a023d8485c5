"""The enumeration reader: which regions a value belongs to (lists, coordinations, groups)."""

from __future__ import annotations

from extract.analysis import Analysis, Sentence, TokenView
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

    def owners(self, doc: TokenView, regions: list[RegionMention], v: Value, values: list[Value]) -> list[Region] | None:
        before = [m for m in regions if m.end <= v.start]
        if not before:
            return []
        nearest = before[-1]
        gap = doc[nearest.end : v.start]
        # "Pemda Banten memiliki tiga daerah yang mendapat predikat ... BB": the value is the group's.
        for i, t in enumerate(gap[:-1]):
            nxt = gap[i + 1].lower_
            if i > 0 and gap[i - 1].lower_ in self.g.denominator_words:
                continue  # "urutan 25 dari 34 provinsi": a denominator
            if (t.like_num or t.lower_ in self.lex.number_units) and nxt in self.group_nouns:
                return None
        owners = [nearest.region]
        # "Kota Mojokerto dan Kota Blitar yang sama-sama mendapatkan skor 98": coordinated regions share it.
        # A list ends in "dan": "di wilayah Surakarta dan Banyumas, Kota Surakarta memperoleh 93,05" is no list.
        idx = regions.index(nearest)
        while idx > 0:
            prev = regions[idx - 1]
            between = doc[prev.end : regions[idx].cue_start]
            if idx == regions.index(nearest) and not any(t.text in self.g.conjunctions for t in between):
                break
            if all(t.text in self.g.coordinators for t in between) and not any(
                prev.end <= o.start < regions[idx].cue_start for o in values
            ):
                owners.insert(0, prev.region)
                idx -= 1
            else:
                break
        return owners

    def listed_owners(self, doc: TokenView, sent: Sentence, regions: list[RegionMention], v: Value,
                      values: list[Value]) -> list[Region]:
        after = [m for m in regions if m.start >= v.end]
        if not after:
            return []
        gap = [t.lower_ for t in doc[v.end : after[0].cue_start]]
        if len(gap) > 4 or not any(g in self.enumerators for g in gap):
            return []
        owners = [after[0].region]
        for prev, m in zip(after, after[1:], strict=False):
            between = doc[prev.end : m.cue_start]
            if any(prev.end <= o.start < m.cue_start for o in values):
                break
            if all(t.text in self.g.list_coordinators for t in between):
                owners.append(m.region)
            else:
                break
        return owners

    def is_group_value(self, doc: TokenView, sent: Sentence, v: Value) -> bool:
        """"lima berpredikat D", "3 kota di zona merah": a count of governments, not one's value."""
        window = list(doc[max(sent.start, v.start - 7) : v.start])
        for i, t in enumerate(window):
            w = t.lower_
            is_count = (t.like_num and not _is_year_token(t.text)) or w in self.lex.number_units
            if not is_count or (i > 0 and window[i - 1].lower_ in self.g.denominator_words):
                continue  # "urutan 25 dari 34 provinsi": a denominator, not a group
            rest = [x.lower_ for x in window[i + 1 :]]
            if rest and (rest[0] in self.group_nouns or rest[0] in self.g.group_verbs):
                return True
            if rest and rest[0] == "di" and len(rest) > 1 and rest[1] in self.g.category_heads:
                return True
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
