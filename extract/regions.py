"""Region linking: every province, regency and city of `pantau.regions.all_regions()` in the forms news uses.

Names come from regions.csv (short names, plus mechanical variants) and the project's one alias table,
`pantau.regions.region_aliases()` (pantau/data/region_aliases.tsv: abbreviations, old names, spellings; rows
marked `typed` are names people type, not read in news). A cue just before a name (`Kabupaten`, `Kab.`,
`Pemkab`, `Bupati`, `Kota`, `Pemkot`, `Wali Kota`, `Provinsi`, `Pemprov`, `Gubernur`, data: `data/regions.toml`)
decides the level when a kabupaten, a kota and a province share a name; without a cue the article's other
mentions decide.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans
from spacy.vocab import Vocab

from extract.lexicon import Lexicon, fold
from pantau.regions import Region, all_regions, region_aliases

LEVELS = ("regency", "city", "province")


@dataclass(frozen=True)
class RegionMention:
    start: int  # token offsets of the name
    end: int
    region: Region
    cue: str | None  # the cue words before the name, folded ("pemkab", "kabupaten", "bupati"), or None
    cue_start: int  # token offset where the mention including its cue starts
    scope: bool  # "se-Sultra", "tingkat Jawa Tengah": the region frames a ranking, it does not act
    is_government: bool = False  # the cue names a government ("Pemkab", "Bupati"), not just a place


class RegionGazetteer:
    """Alias table and matcher for one vocabulary."""

    def __init__(self, vocab: Vocab, lex: Lexicon, make_doc):
        self.lex = lex
        regions = all_regions()
        self.candidates: dict[str, list[Region]] = defaultdict(list)
        self.government_cue_heads = tuple(fold(x) for x in lex.raw["regions"]["government_cue_heads"])
        self.needs_cue: set[str] = {fold(x) for x in lex.raw["regions"]["needs_cue"]}
        self.province_first: set[str] = {fold(x) for x in lex.raw["regions"]["province_first"]}

        def add(alias: str, region: Region) -> None:
            key = fold(alias)
            if region not in self.candidates[key]:
                self.candidates[key].append(region)

        for r in regions:
            add(r.short_name, r)
            for variant in self._variants(r.short_name):
                add(variant, r)
        derived_drop: list[tuple[str, Region]] = []
        # "Kepulauan Selayar" is also written "Selayar", "Tidore Kepulauan" "Tidore"
        island_words = lex.raw["regions"]["droppable_prefixes"]
        island_suffixes = lex.raw["regions"]["droppable_city_suffixes"]
        for r in regions:
            for word in island_words:
                if r.short_name.startswith(word + " ") and r.level != "province":
                    derived_drop.append((r.short_name.removeprefix(word + " "), r))
            for word in island_suffixes:
                if r.short_name.endswith(" " + word) and r.level == "city":
                    derived_drop.append((r.short_name.removesuffix(" " + word), r))
        for alias, r in derived_drop:
            if fold(alias) not in self.candidates:
                add(alias, r)
        for row in region_aliases():
            if row.typed_only:
                continue
            add(row.alias, row.region)
            if row.needs_cue:
                self.needs_cue.add(fold(row.alias))

        cues = lex.raw["regions"]["cues"]
        self.cue_level: dict[str, str] = {fold(c): level for level in LEVELS for c in cues[level]}
        self.cue_max_len = max(len(c.split()) for c in self.cue_level)
        self.scope_cues = {fold(c) for c in lex.raw["regions"]["scope_cues"]}
        self.cue_modifiers = {fold(c) for c in lex.raw["regions"]["cue_modifiers"]}
        self.ranking_words = {fold(c) for c in lex.raw["regions"]["ranking_words"]}
        self.ranking_links = {fold(c) for c in lex.raw["regions"]["ranking_links"]}

        self.host_suffixes = dict(lex.raw["regions"]["host_suffixes"])
        self.squashed: dict[str, list[Region]] = defaultdict(list)
        for key, regions_ in self.candidates.items():
            for r in regions_:
                if r not in self.squashed[key.replace(" ", "").replace("-", "")]:
                    self.squashed[key.replace(" ", "").replace("-", "")].append(r)

        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.matcher.add("REGION", [make_doc(alias) for alias in self.candidates])

    @staticmethod
    def _variants(name: str) -> list[str]:
        out = []
        if "Sumatera" in name:
            out.append(name.replace("Sumatera", "Sumatra"))
        if " " in name:
            out.append(name.replace(" ", ""))
            out.append(name.replace(" ", "-"))
        if "-" in name:
            out.append(name.replace("-", " "))
            out.append(name.replace("-", ""))
        return out

    def from_host(self, host: str | None) -> Region | None:
        """The region a government web host names: "lamongankab.go.id" -> Kabupaten Lamongan."""
        if not host:
            return None
        labels = host.lower().split(".")
        if "go" not in labels:
            return None
        for label in labels[: labels.index("go")]:
            for suffix, level in self.host_suffixes.items():
                if label.endswith(suffix) and len(label) > len(suffix) + 2:
                    for r in self.squashed.get(label[: -len(suffix)], []):
                        if r.level == level:
                            return r
            for r in self.squashed.get(label, []):
                if r.level == "city":  # "surabaya.go.id": cities often use the bare name
                    return r
        return None

    # ---- cues
    def _cue_before(self, doc: Doc, start: int) -> tuple[str | None, int]:
        """The cue phrase ending right before token `start` (skipping one parenthetical), and its start."""
        j = start
        if j >= 2 and doc[j - 1].text == ")":
            # "Pemerintah Kabupaten (Pemkab) Mojokerto": the parenthetical may be the cue, or stand between.
            k = j - 2
            while k >= max(0, j - 5) and doc[k].text != "(":
                k -= 1
            if k >= 0 and doc[k].text == "(":
                inner = fold(doc[k + 1 : j - 1].text)
                if inner in self.cue_level:
                    outer, outer_start = self._cue_ending_at(doc, k)
                    return (outer or inner), (outer_start if outer else k)
                j = k
        cue, cue_start = self._cue_ending_at(doc, j)
        if cue is None and j >= 2 and fold(doc[j - 1].text) in self.cue_modifiers:
            # "Bupati dan Wakil Bupati terpilih Pati": a word about the holder stands between the office and its place
            cue, cue_start = self._cue_ending_at(doc, j - 1)
            if cue is None:
                return None, j
        return cue, cue_start

    def _cue_ending_at(self, doc: Doc, end: int) -> tuple[str | None, int]:
        for n in range(min(self.cue_max_len, end), 0, -1):
            phrase = fold(doc[end - n : end].text)
            if phrase in self.cue_level:
                return phrase, end - n
        return None, end

    def _listed_with(self, doc: Doc, a, b) -> bool:
        """Two names in one list: only separators, numbers and parentheses between them, at most 6 tokens."""
        left, right = (a, b) if a.start < b.start else (b, a)
        between = doc[left.end : right.start]
        if len(between) > 6:
            return False
        seps = self.lex.grammar.list_coordinators
        return any(t.lower_ in seps for t in between) and all(
            t.lower_ in seps or t.like_num or t.text in "()%" or t.lower_ in self.lex.grammar.percent_words for t in between)

    def _is_scope(self, doc: Doc, start: int) -> bool:
        for k in (start - 1, start - 2):
            if k >= 0 and fold(doc[k].text) in self.scope_cues:
                return True
            if k >= 0 and doc[k].text not in ("-", "–"):
                break
        return False

    def _ranked_in(self, doc: Doc, start: int) -> bool:
        """"tertinggi di Bali", "peringkat kedua di Jawa Tengah": the region a ranking was made in."""
        if start < 2 or doc[start - 1].lower_ not in self.ranking_links:
            return False
        for k in range(start - 2, max(-1, start - 6), -1):
            if doc[k].is_punct:
                return False
            if doc[k].lower_ in self.ranking_words:
                return True
        return False

    # ---- linking
    def link(self, doc: Doc) -> list[RegionMention]:
        spans = filter_spans(self.matcher(doc, as_spans=True))
        raw = []
        held = []  # names that are also common words, kept only inside a list of regions
        for span in spans:
            key = fold(span.text)
            cue, cue_start = self._cue_before(doc, span.start)
            if cue is None and not span.text[:1].isupper():
                continue
            if cue is None and key in self.needs_cue:
                held.append((span, key, cue, cue_start))
                continue
            raw.append((span, key, cue, cue_start))
        if held and raw:
            # "Nduga (35,87), Puncak (45,05) dan Intan Jaya": listed between other regions, "Puncak" is one too
            for item in held:
                span = item[0]
                if any(self._listed_with(doc, span, other[0]) for other in raw):
                    raw.append(item)
            raw.sort(key=lambda item: item[0].start)
        # Level evidence per name from the mentions that carry a cue.
        level_seen: dict[str, list[str]] = defaultdict(list)
        for _, key, cue, _ in raw:
            if cue:
                level_seen[key].append(self.cue_level[cue])
        mentions: list[RegionMention] = []
        prev: RegionMention | None = None
        prev_level: str | None = None
        for span, key, cue, cue_start in raw:
            cands = self.candidates[key]
            level = self.cue_level[cue] if cue else None
            if level is None and prev is not None and prev_level and span.start - prev.end <= 2 and all(
                t.lower_ in self.lex.grammar.coordinators for t in doc[prev.end : span.start]
            ):
                level = prev_level  # "Kabupaten Tabalong, Kotabaru, dan ..." : the list head's cue carries over
            region = self._choose(cands, level, level_seen.get(key, []), key)
            if region is None:
                continue
            scope = self._is_scope(doc, cue_start) or (region.is_province and self._ranked_in(doc, cue_start))
            if cue and (shared := self._shared_name(doc, cands, level, cue_start)) is not None:
                mentions.append(shared)  # "Kota dan Kabupaten Madiun": the name serves two regions
            mention = RegionMention(span.start, span.end, region, cue, cue_start, scope,
                                    bool(cue) and cue.split()[0].startswith(self.government_cue_heads))
            mentions.append(mention)
            prev, prev_level = mention, (level or (region.level if cue else None))
        return mentions

    def _shared_name(self, doc: Doc, cands: list[Region], level: str | None, cue_start: int) -> RegionMention | None:
        """"Kota dan Kabupaten Madiun", "Pemkot dan Pemkab Blitar": a cue of another level joined to this cue by a
        conjunction names the region of that level with the same name (a mention over that cue)."""
        if cue_start < 2 or doc[cue_start - 1].lower_ not in self.lex.grammar.conjunctions:
            return None
        other, other_start = self._cue_ending_at(doc, cue_start - 1)
        if other is None or self.cue_level[other] == level:
            return None
        region = next((r for r in cands if r.level == self.cue_level[other]), None)
        if region is None:
            return None
        return RegionMention(other_start, cue_start - 1, region, other, other_start, False,
                             other.split()[0].startswith(self.government_cue_heads))

    def _choose(self, cands: list[Region], level: str | None, seen: list[str], key: str) -> Region | None:
        if len(cands) == 1:
            # A single region of that name: a cue of another level ("di Kota Bangli", the regency's seat town)
            # still means that region.
            return cands[0]
        if level:
            for r in cands:
                if r.level == level:
                    return r
        for lvl in seen:
            for r in cands:
                if r.level == lvl:
                    return r
        order = list(self.lex.raw["regions"]["default_level_order"])
        if key in self.province_first:
            order = ["province"] + [x for x in order if x != "province"]
        for lvl in order:
            for r in cands:
                if r.level == lvl:
                    return r
        return cands[0]
