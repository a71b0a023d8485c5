"""Several regions' heads installed in one ceremony, announced by number and listed after.

"Gubernur melantik lima pasang bupati dan wakil bupati ... . Mereka adalah A dan B (Kabupaten Bone), C dan D
(Kabupaten Soppeng), ...", "... lima penjabat bupati ... . Kelimanya yakni A (Bone), B (Soppeng) ...", one line or
one sentence an item ("Bupati dan Wakil Bupati Wajo: A – B", "C dan D sebagai Bupati dan Wakil Bupati Wajo."):
the installation announces how many heads (a number before a head's office, a pair or "daerah"), and the regions
named with an office, in parentheses after a name, or after "untuk" in the sentences that follow are one
installation each (the labelling convention: one inauguration per region).
"""

from __future__ import annotations

from extract.analysis import Analysis, Match
from extract.numbers import parse_number, parse_number_words
from extract.regions import RegionMention
from extract.rules.context import Context
from pantau.regions import Region


class InstalledListReader:
    def announced_heads(self, an: Analysis, k: int, trig: Match) -> tuple[int, bool] | None:
        """How many regions' heads the installation announces after its verb ("lima pasang bupati", "tiga penjabat
        bupati", "kepala daerah dari lima daerah") and whether they are head-and-deputy pairs; None when it
        announces no plural of heads."""
        s = an.sents[k]
        end = min(s.end, trig.end + 16)
        words = an.lowers
        # "melantik (para) penjabat bupati dan wali kota ...": a plural written without its number
        at = trig.end + (1 if trig.end < s.end and words[trig.end] in self.g.count_leads else 0)
        if any(m.start == at and words[at].rstrip(".") in self.acting_words for m in an.matches_in(k, "ROLE")):
            following = " ".join(words[at + 1 : at + 6])
            if any(p in following for p in self.pair_plurals):
                return self.open_list, False
        if any(" ".join(words[at:at + 3]).startswith(p) for p in self.plain_plurals):
            return self.open_list, False  # "melantik kepala daerah hasil pilkada": how many the list says
        for i in range(trig.end, end):
            value, used = (None, 0)
            if words[i].isdigit():
                num = parse_number(words[i])
                value, used = (int(num), 1) if num is not None else (None, 0)
            else:
                value, used = parse_number_words(an.words[i : i + 4], self.lex)
            if not value or value < 2 or value > 40:
                continue
            after = " ".join(words[i + used : i + used + 4])
            if any(after == h or after.startswith(h + " ") for h in self.head_plurals):
                window = " ".join(words[trig.end : min(s.end, i + used + 8)])
                # "tiga penjabat kepala daerah": acting heads come without deputies
                acting = words[i + used].rstrip(".") in self.acting_words
                pair = not acting and any(p in window for p in self.pair_offices) or any(
                    w in self.pair_nouns for w in words[i + used : i + used + 2])
                return value, pair
        return None

    def announced_regions(self, ctx: Context, items: list[tuple[int, Match]],
                          installer_region: Region | None) -> tuple[list[Region], dict[Region, int]]:
        """The regions whose heads the announced installation lists, and how many are installed in each."""
        an = ctx.an
        for k, trig in items[:1]:
            announced = self.announced_heads(an, k, trig)
            if announced is None:
                continue
            wanted, pair = announced
            live = set(ctx.live)
            found: list[Region] = []
            offices: dict[Region, set[str]] = {}
            paired: set[Region] = set()
            misses = 0
            for j in range(k, min(len(an.sents), k + self.list_window)):
                if j not in live or j in an.skip:
                    continue
                if j > k and any(w in self.g.attendance_words for w in an.lowers[an.sents[j].start : an.sents[j].end]):
                    break  # "Pelantikan dihadiri Bupati A, Bupati B ...": guests, not the installed
                new = 0
                for rm in an.regions_in(j):
                    framed = j > k and self._framing_region(an, j, rm, installer_region)
                    if not framed and not self._listed_head(an, j, k, trig, rm, installer_region):
                        continue
                    if rm.cue:
                        offices.setdefault(rm.region, set()).add(rm.cue.split()[0])
                    sentence = " ".join(an.lowers[an.sents[j].start : an.sents[j].end])
                    if framed and any(o in sentence for o in self.pair_offices):
                        paired.add(rm.region)  # "B dan C dilantik sebagai bupati dan wakil bupati"
                    if rm.region not in found:
                        found.append(rm.region)
                        new += 1
                short = an.sents[j].end - an.sents[j].start <= 3  # an item number on its own line
                misses = 0 if new or short or j == k else misses + 1
                if misses >= 2 or len(found) >= wanted:
                    break
            found = found[:wanted]
            counts = {r: 2 if pair or r in paired or len(offices.get(r, ())) >= 2 else 1 for r in found}
            return found, counts
        return [], {}

    def _listed_head(self, an: Analysis, j: int, k: int, trig: Match, rm: RegionMention,
                     installer_region: Region | None) -> bool:
        """A region named as the office of one installed: with a head's office ("Bupati Wajo"), in parentheses
        after a name ("A (Bone)"), after "untuk"; in the announcing sentence also in a plain list after the verb
        ("... dari lima daerah, yakni Kabupaten Bone, Soppeng ..."), not a place ("di Makassar")."""
        if rm.scope or rm.region == installer_region or rm.region.is_province:
            return False
        before = an.lowers[rm.cue_start - 1] if rm.cue_start > an.sents[j].start else ""
        if before in self.g.place_prepositions:
            return False
        if j == k:
            # not the town of the venue ("di Gedung Negara, Jayapura"): a venue's head before it, names between
            return rm.cue_start >= trig.end and not any(
                v.start < rm.cue_start <= v.start + 6 and all(
                    an.view[i].text[:1].isupper() or an.lowers[i] == "," for i in range(v.end, rm.cue_start))
                for v in an.matches_in(j, "VENUE"))
        office = bool(rm.cue) and any(w in self.g.office_heads or w in self.g.deputy_words for w in rm.cue.split())
        parenthesised = before == "(" and rm.end < len(an.lowers) and an.lowers[rm.end] == ")" and (
            rm.cue_start - 2 >= an.sents[j].start and an.view[rm.cue_start - 2].text[:1].isupper())
        # "• Kabupaten Lebak (Gunawan Rusminto)", "2. Kota Tangerang: Nurdin": an item that opens with the region
        # and gives its holder after it
        opens_item = all(not w.isalpha() for w in an.lowers[an.sents[j].start : rm.cue_start]) and bool(rm.cue) and (
            rm.end + 1 < an.sents[j].end and an.lowers[rm.end] in self.g.holder_openers
            and an.view[rm.end + 1].text[:1].isupper())
        return office or parenthesised or opens_item or before in self.g.office_for

    def _framing_region(self, an: Analysis, j: int, rm: RegionMention, installer_region: Region | None) -> bool:
        """"Di Kabupaten Sarmi, jabatan penjabat bupati diemban A.", "Untuk Kutai Barat, B dan C dilantik sebagai
        bupati dan wakil bupati.", "Adapun Kabupaten Keerom kini dipimpin ...": a region opening a sentence after
        connectives only, the sentence saying who holds a head's office there."""
        if rm.scope or rm.region == installer_region or rm.region.is_province:
            return False
        s = an.sents[j]
        opening = an.lowers[s.start : rm.cue_start]
        if len(opening) > 3 or not all(w in self.g.region_frame_openers for w in opening):
            return False
        rest = an.lowers[rm.end : s.end]
        return any(w in self.g.office_taken_words for w in rest) and any(
            w.rstrip(".") in self.acting_words or w in self.g.office_heads or w in self.g.deputy_words for w in rest)

    def interleaved_list(self, ctx: Context, items: list[tuple[int, Match]],
                         installer_region: Region | None) -> list[Region]:
        """"mengukuhkan Pj Ketua TP PKK Kabupaten Bone A, Kabupaten Soppeng B dan Kota Parepare C": after the verb,
        regions each named with its cue and followed by its holder's name, joined by separators; one installation
        each."""
        an = ctx.an
        for k, trig in items[:1]:
            mentions = [rm for rm in an.regions_in(k) if rm.cue_start >= trig.end and rm.cue and not rm.scope
                        and not rm.region.is_province and rm.region != installer_region]
            if not mentions or mentions[0].cue_start - trig.end > 12:
                return []
            out = [mentions[0].region]
            for prev, rm in zip(mentions, mentions[1:], strict=False):
                between = range(prev.end, rm.cue_start)
                if not any(an.lowers[i] in self.g.coordinators for i in between) or not all(
                        an.lowers[i] in self.g.coordinators or self.finder.is_name_word(an.view[i])
                        or self.finder._is_honorific(an.view[i]) for i in between):
                    break
                if rm.region not in out:
                    out.append(rm.region)
            return out
        return []
