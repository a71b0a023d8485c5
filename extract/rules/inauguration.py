"""Inaugurations: installations of officials (pelantikan, pengambilan sumpah, pengukuhan)."""

from __future__ import annotations

from typing import Any

from extract.analysis import Analysis, Match
from extract.lexicon import fold
from extract.rules.context import Context
from pantau.regions import Region


class InaugurationRules:
    """One event per ceremony; acting heads installed for several regions, one event each."""

    def inaugurations(self, ctx: Context) -> list[dict[str, Any]]:
        an = ctx.an
        cands: list[tuple[Analysis, int, Match]] = []
        sources = [(an, k) for k in ctx.live] + ([(an.title, k) for k in an.title.live_sentences()] if an.title else [])
        excluded = 0
        with_trigger = {id(a): {m.sent for m in a.matches if m.label.startswith("INAUG")}
                        for a in (an, an.title) if a is not None}
        for src, k in sources:
            if k not in with_trigger[id(src)]:
                continue  # no installation word: most sentences, passed over without a lookup
            trig = [m for m in src.matches_in(k, "INAUG") if m.label not in self.inaug_context_labels]
            if not trig:
                continue
            if club := self.club_office(src, k, trig[0]):
                # a campus, party or club office; PKK, Dekranasda, BPD are the government's own. "Sebanyak 35 anak
                # dikukuhkan sebagai pengurus" after the body was named says whose officers they are.
                excluded += club != "generic"
                continue
            if src.matches_in(k, "SIGN_KIND:"):
                trig = [m for m in trig if fold(src.view[m.start:m.end].text) not in self.confirm_verbs]
            live_trig = [m for m in trig if not self.is_plan(src, k, m, ctx)]
            if not live_trig:
                continue
            cands.append((src, k, live_trig[0]))
        if excluded and excluded >= len(cands):
            return []  # a campus, party or club installation

        def reference(src: Analysis, m: Match) -> bool:
            # "pejabat yang baru dilantik", "sejak keduanya dilantik": points back at an installation
            if not src.lowers[m.start].startswith("di"):
                return False
            before = src.lowers[max(0, m.start - 6) : m.start]
            if any(w in (",", ".", ";") for w in before):
                before = before[max(i for i, w in enumerate(before) if w in (",", ".", ";")) + 1 :]
            if any(w in self.reference_markers for w in before[-3:]):
                # "45 pejabat yang dilantik Bupati X di Pendopo, Senin (8/1/2024), diminta ...": a day written
                # with it tells the ceremony itself
                return not any(mention.kind in ("numeric", "month") and mention.day is not None and day is not None
                               and (ctx.report_date is None or day <= ctx.report_date)
                               and self.dated_act(src, m, mention.start)
                               for mention, day in src.dates_in(src.sent_of[m.start]))
            # "sejak keduanya dilantik pada Februari lalu": background, unless it says the day
            # ("Sejak kami dilantik ... pada 20 Februari 2025 di Istana Negara" still records the ceremony)
            return any(w in self.since_markers for w in before) and not any(
                mention.kind in ("numeric", "month") and mention.day is not None
                for mention, _ in src.dates_in(src.sent_of[m.start]))

        if cands and all(reference(src, m) for src, _, m in cands):
            return []
        if self.headline_is_plan(ctx, "INAUG"):
            return []
        body = [(k, m) for src, k, m in cands if src is an]
        title = [(k, m) for src, k, m in cands if src is not an]
        if not body and not title:
            return []
        if not body:
            return []  # a headline alone does not say the ceremony took place
        # One ceremony per article; acting heads installed for different regions are one event each.
        sents = [k for k, _ in body]
        items = body
        when = None
        for k in sents:
            when = ctx.date_in(k, dateline=False)
            if when:
                break
        when = when or self.event_date(ctx, sents)
        count = self.officials_count(an, items)
        if count is None and an.title is not None and title:
            count = self.officials_count(an.title, title)
        installer = self.installer(ctx, items) or self.headline_installer(ctx)
        installer_region = None
        if installer is not None:
            installer_region = next((rm.region for rm in an.regions
                                     if installer.role_start <= rm.start < installer.role_end and not rm.scope), None)
        region = self.installed_head_region(an, items, installer_region) or self.object_region(
            an, items, installer_region) or installer_region or self.region_in(an, sents) or (
            self.region_in(an.title, [k for k, _ in title]) if an.title and title else None) or ctx.regency
        acting_at: dict[Region, int] = {}
        acting = self.acting_heads(ctx, items, installer_region, acting_at)
        if count is None and self.head_pair(an, items, region):
            count = 2
        groups = [(r, 1) for r in acting] if acting else [(region, count)]
        if not acting:
            listed, per_region = self.installed_for_regions(ctx, items, installer_region)
            if len(listed) >= 2:
                # "melantik Ketua TP PKK tiga kabupaten yakni A, B, dan C": one installation per region
                groups = [(r, per_region) for r in listed]
        if len(groups) < 2:
            # "melantik lima pasang bupati dan wakil bupati ... . Mereka adalah A dan B (Kabupaten Bone), ..."
            listed, per = self.announced_regions(ctx, items, installer_region)
            if len(listed) >= 2:
                groups = [(r, per[r]) for r in listed]
            elif len(listed := self.interleaved_list(ctx, items, installer_region)) >= 2:
                groups = [(r, 1) for r in listed]
        events = []
        for reg, n in groups:
            day = self.own_act_day(ctx, acting_at.get(reg), sents, when) or when
            events.append({
                "type": "inauguration",
                "regency": self.region_ref(reg),
                "date": day.isoformat() if day else None,
                "venue": self.first_venue(ctx, sents),
                "people": [],
                "evidence": self.evidence(an, sents[:3]),
                "officials_count": n,
                "positions": self.positions(an, items),
                "inaugurated_by": installer.as_dict() if installer else None,
                "_rule": "inauguration: installation verb, not a plan, not a campus/party office"
                         + (" (acting head of a region)" if acting else ""),
                "_sents": sents[:3],
            })
        return events + self.companion_installations(ctx, body, events) + self.other_installers(ctx, body, events)

    def acting_heads(self, ctx: Context, items: list[tuple[int, Match]], installer_region: Region | None,
                     where: dict[Region, int] | None = None) -> list[Region]:
        """Regions whose acting head (Pj/Pjs/Plt/Penjabat Bupati, Wali Kota) the article installs: named after the
        installation verb ("melantik Pj Bupati Keerom, Waropen dan Yalimo"), after "sebagai/menjadi", or, once the
        installation names acting heads, in the sentences that follow ("X sebagai Pjs Bupati Asmat, Y ...")."""
        found: list[Region] = []
        # after the verb; for a passive one ("Pj Bupati A dan Pj Bupati B dilantik oleh ...") the installed come
        # first in its clause
        places: list[tuple[Analysis, int, int]] = [
            (ctx.an, k, self.listed_subject_start(ctx.an, k, self.passive_subject_start(ctx.an, k, m)))
            for k, m in items]
        for an, k in self.headline_sents(ctx):
            trig = [m for m in an.matches_in(k, "INAUG") if m.label not in self.inaug_context_labels]
            places.append((an, k, trig[0].end if trig else an.sents[k].end))
        announced = False  # the installation itself says acting heads were installed

        def read(an: Analysis, k: int, after: int) -> bool:
            doc = an.view
            named = False
            agents = self.agent_roles(an, k)
            for m in an.matches_in(k, "ROLE"):
                head = doc[m.start].lower_.rstrip(".")
                if head not in self.acting_words or m.start in agents or m.start < after and not (
                    m.start > 0 and doc[m.start - 1].lower_ in self.g.become_words | self.g.holding_verbs
                ):
                    continue
                named = True
                first = next((rm for rm in an.regions_in(k) if m.end <= rm.cue_start + 1 and rm.start - m.end <= 6),
                             None)
                if first is None:
                    continue
                # "Pj Gubernur Sultra X di Kendari": a province's acting head, not Kendari's; acting governors of
                # several provinces installed by the minister are one event each
                governor = first.region.is_province and bool(first.cue) and first.cue_start <= m.end and any(
                    w in self.g.province_heads for w in first.cue.split())  # "Pj Gubernur Jawa Barat": its own title
                if first.region.is_province and not governor:
                    continue
                for region in [first.region] + self.coordinated_after(an, k, first):
                    if region != installer_region and region not in found and region.is_province == governor:
                        found.append(region)
                        if where is not None and an is ctx.an:
                            where[region] = k
            if named:
                # "melantik dua penjabat bupati, masing-masing A untuk Kabupaten X dan B untuk Kabupaten Y"
                for rm in an.regions_in(k):
                    if rm.cue_start > max(after, an.sents[k].start) and an.lowers[rm.cue_start - 1] in self.g.office_for \
                            and rm.cue and not rm.region.is_province and rm.region != installer_region \
                            and rm.region not in found:
                        found.append(rm.region)
            return named

        for an, k, after in places:
            announced |= read(an, k, after)
        if announced and items:
            # "Ketujuh Pjs Bupati yang dilantik, yakni A sebagai Pjs Bupati Keerom, ...": the list may follow
            # a numbered or bulleted list runs on while its lines name acting heads (or are only item numbers)
            said = {k for k, _ in items}
            live = set(ctx.live)
            for j in sorted(said):
                k, misses = j + 1, 0
                while k < len(ctx.an.sents) and k - j <= self.list_window and misses < 2:
                    if k in live and k not in said:
                        short = ctx.an.sents[k].end - ctx.an.sents[k].start <= 3
                        if read(ctx.an, k, ctx.an.sents[k].start) or short:
                            misses = 0
                        else:
                            misses += 1
                    k += 1
        return found

    def listed_subject_start(self, an: Analysis, k: int, start: int) -> int:
        """"Pj Bupati Maybrat A, Pj Bupati Raja Ampat B, ... dan Pj Bupati Sorong Selatan E dilantik ...": before a
        passive verb, the subject runs back over comma-separated items that each open with an acting head's title."""
        s = an.sents[k]
        acting_at = {m.start for m in an.matches_in(k, "ROLE") if an.lowers[m.start].rstrip(".") in self.acting_words}
        if start not in acting_at:
            return start
        while start - 1 > s.start and an.lowers[start - 1] == ",":
            back = start - 2
            while back > s.start and an.lowers[back - 1] not in self.g.clause_breaks and start - back < 12:
                back -= 1
            if back not in acting_at:
                break
            start = back
        return start

    def own_act_day(self, ctx: Context, k: int | None, sents: list[int], when):
        """"Sementara Pj Bupati Mentawai X menjabat sejak dilantik pada 24 Mei 2023": an acting head named in a
        later sentence with an installation verb and a day of its own was installed that day."""
        if k is None or k == sents[0] or not [m for m in ctx.an.matches_in(k, "INAUG")
                                              if m.label not in self.inaug_context_labels]:
            return None
        day = ctx.date_in(k, dateline=False)
        return day if day is not None and day != when else None

    def object_region(self, an: Analysis, items: list[tuple[int, Match]],
                      installer_region: Region | None) -> Region | None:
        """The regency or city named with the office installed, right after the verb and before the place or
        time ("mengukuhkan pengurus TP PKK Kabupaten Malang di Pendopo ...", "melantik anggota DPRD Kota
        Blitar"), when the installer is a province's or unknown."""
        if installer_region is not None and not installer_region.is_province:
            return None
        for k, trig in items[:1]:
            s = an.sents[k]
            end = trig.end
            while end < min(s.end, trig.end + 12) and an.lowers[end] not in self.g.object_enders:
                end += 1
            for rm in an.regions_in(k):
                if trig.end <= rm.cue_start and rm.start < end and not rm.region.is_province:
                    return rm.region
        return None

    def club_office(self, an: Analysis, k: int, trig: Match) -> bool | str:
        """A campus, party or club installation: a word of those in the sentence, unless the office installed
        (the words after the verb, or before a passive one) is the government's own body ("melantik anggota
        DPRD pengganti antarwaktu dari Partai X", "mengukuhkan pengurus TP PKK")."""
        found = an.matches_in(k, "INAUG")
        if not any(m.label == "INAUG_EXCLUDE" for m in found):
            return False
        s = an.sents[k]
        # the installer or the installed: the clause up to the verb, and its object after it ("Pelantikan
        # disaksikan pengurus KNPI": guests are neither)
        start = trig.start
        while start > s.start and not self.breaks_clause(an, start - 1) and trig.start - start < 25:
            start -= 1  # "Pengurus PWI ... periode 2024-2027 dikukuhkan": a range's dash ends no clause
        end = trig.end
        while end < min(s.end, trig.end + 15) and an.lowers[end] not in self.g.object_enders:
            end += 1
        if not any(m.label == "INAUG_EXCLUDE" and start <= m.start < end for m in found):
            return False
        club_words = {fold(an.view[m.start:m.end].text) for m in found if m.label == "INAUG_EXCLUDE" and start <= m.start < end}
        start = self.passive_subject_start(an, k, trig)
        end = min(s.end, trig.end + 15)
        if any(m.label == "INAUG_GOVBODY" and start <= m.start < end for m in found):
            return False
        return "generic" if club_words <= self.generic_officers else True

    def passive_subject_start(self, an: Analysis, k: int, trig: Match) -> int:
        """Where the installed may be named: after an active verb or noun, from the clause start before a
        passive verb that is followed by its agent."""
        passive = any(m.label == "INAUG_PASSIVE" and m.start == trig.start for m in an.matches_in(k, "INAUG"))
        if not passive:
            return trig.end
        s = an.sents[k]
        start = trig.start
        while start > s.start and not self.breaks_clause(an, start - 1) and trig.start - start < 25:
            start -= 1
        # "Pj Bupati Sampang, Rudi Arifiyanto, resmi dilantik oleh ...": over a name set off by commas and a
        # clause of adverbs only, the subject is the title before them
        words = an.view
        seg_end = trig.start
        for _ in range(2):
            seg = range(start, seg_end)
            back = start - 1
            seg_end = back
            if back <= s.start or an.lowers[back] != "," or not all(
                    not words[i].text[:1].isupper() for i in seg) and not all(words[i].text[:1].isupper() for i in seg):
                break
            start = back
            while start > s.start and an.lowers[start - 1] not in self.g.clause_breaks and back - start < 10:
                start -= 1
        return start

    @staticmethod
    def _range_dash(an: Analysis, i: int) -> bool:
        """"masa jabatan 2025-2030": a dash between two numbers joins a range, it does not end a clause."""
        return an.lowers[i] in ("-", "–") and 0 < i < len(an.lowers) - 1 and an.lowers[i - 1].isdigit() \
            and an.lowers[i + 1].isdigit()

    def breaks_clause(self, an: Analysis, i: int) -> bool:
        return an.lowers[i] in self.g.clause_breaks and not self._range_dash(an, i)

    def installed_head_region(self, an: Analysis, items: list[tuple[int, Match]],
                              installer_region: Region | None) -> Region | None:
        """"Gubernur melantik Bupati dan Wakil Bupati Pati", "dilantik sebagai Wali Kota Batu": the head of a
        regency or city installed by a higher office belongs to that regency or city."""
        higher = installer_region is None or installer_region.is_province
        for k, trig in items:
            for rm in an.regions_in(k):
                # "Mendagri melantik Pj Gubernur Sultra ... di Kendari": a governor installed from above heads
                # the province
                governor = installer_region is None and rm.cue and any(
                    w in self.g.province_heads for w in rm.cue.split()) and rm.cue_start <= trig.end + 8 and not any(
                    m.label == "INAUG_PASSIVE" and m.start == trig.start  # "dilantik (oleh) Gubernur": the installer
                    for m in an.matches_in(k, "INAUG"))
                if (rm.region.is_province and not governor) or rm.region == installer_region or rm.scope or not (
                        rm.is_government or governor):
                    continue
                if not (rm.cue and any(w in self.g.office_heads for w in rm.cue.split())) or rm.cue_start < trig.end:
                    continue
                # "melantik Bupati dan Wakil Bupati Pati"; a governor's "dilantik oleh Gubernur ..., Rabu lalu
                # Wali Kota Batu X dan Wakil Wali Kota Batu Y" names the installed further on
                if rm.cue_start <= trig.end + 8 or higher:
                    return rm.region
        return None

    def head_pair(self, an: Analysis, items: list[tuple[int, Match]], region: Region | None) -> bool:
        """The head and the deputy of `region` both named in an installation sentence ("Wali Kota Batu X dan
        Wakil Wali Kota Batu Y")."""
        for k, _trig in items:
            cues = [rm.cue for rm in an.regions_in(k) if rm.region == region and rm.cue]
            if any(c.split()[0] in self.g.deputy_words for c in cues) and any(
                    c.split()[0] not in self.g.deputy_words and any(w in self.g.office_heads for w in c.split())
                    for c in cues):
                return True
        return False

    def installed_for_regions(self, ctx: Context, items: list[tuple[int, Match]],
                              installer_region: Region | None) -> tuple[list[Region], int]:
        """Regencies named as the owners of the installed offices, two or more in one list, after the verb
        ("pelantikan Kepala Daerah Kabupaten Kutai Barat dan Kota Bontang", "melantik Ketua TP PKK tiga kabupaten
        yakni A, B, dan C"); and how many are installed in each (2 for a head-and-deputy pair)."""
        an = ctx.an
        triggers = [(k, m) for k in dict.fromkeys(k for k, _ in items) for m in an.matches_in(k, "INAUG")
                    if m.label not in self.inaug_context_labels]
        for k, trig in triggers:
            s = an.sents[k]
            if any(w in self.reference_markers for w in an.lowers[max(s.start, trig.start - 2) : trig.start]):
                continue  # "pejabat yang dilantik berasal dari ...": about those installed, not the act
            window_end = min(s.end, trig.end + 30)
            mentions = [m for m in an.regions_in(k) if trig.end <= m.cue_start < window_end and not m.scope
                        and not m.region.is_province]
            for first in mentions:
                listed = [first.region] + self.coordinated_after(an, k, first)
                listed = [r for r in dict.fromkeys(listed) if r != installer_region]
                if len(listed) >= 2:
                    office = " ".join(an.lowers[trig.end : first.cue_start])
                    pair = any(p in office for p in self.pair_offices)
                    return listed, 2 if pair else 1
            offices = self.offices_listed(an, k, mentions, installer_region)
            if len(offices) >= 2:
                return offices, self.pair_count(an, trig.end, an.sents[k].end)
            # "melantik tiga pasang bupati dan wakil bupati ... . Ketiga daerah itu adalah A, B, dan C."
            if k + 1 < len(an.sents) and k + 1 not in an.skip and not mentions:
                listed = [r for r in self.introduced_list(an, k + 1, an.regions_in(k + 1))
                          if r != installer_region and not r.is_province]
                if len(listed) >= 2:
                    return listed, self.pair_count(an, trig.end, window_end)
                # "Mereka adalah Bupati Garut A dan Wakil Bupati Garut B, serta Wali Kota Banjar C dan ...": each
                # region's offices named in the next sentence
                nxt = [m for m in an.regions_in(k + 1) if not m.scope and not m.region.is_province]
                offices = self.offices_listed(an, k + 1, nxt, installer_region)
                if len(offices) >= 2:
                    held = max(sum(1 for m in nxt if m.region == r and m.cue) for r in offices)
                    return offices, 2 if held >= 2 or self.pair_count(an, trig.end, window_end) == 2 else 1
        return [], 1

    def pair_count(self, an: Analysis, start: int, end: int) -> int:
        """2 when the office installed is a head-and-deputy pair ("Bupati dan Wakil Bupati"), else 1."""
        office = " ".join(an.lowers[start:end])
        return 2 if any(p in office for p in self.pair_offices) else 1

    def offices_listed(self, an: Analysis, k: int, mentions: list, installer_region: Region | None) -> list[Region]:
        """"Bupati dan Wakil Bupati Maros serta Bupati dan Wakil Bupati Barru": regions each named with its
        office, joined by separators and office words only."""
        out: list[Region] = []
        prev = None
        for m in mentions:
            if not (m.cue and any(w in self.g.office_heads for w in m.cue.split())):
                if prev is None:
                    continue
                break
            if prev is not None:
                # "... Wakil Bupati Sambas serta Sebastianus Darwis dan Syamsul Rizal sebagai Bupati dan Wakil
                # Bupati Bengkayang": the next pair's names and "sebagai" may stand between two offices
                between = range(prev.end, m.cue_start)
                if not all(an.lowers[i] in self.g.coordinators or an.lowers[i] in self.g.office_heads
                           or an.lowers[i] in self.g.deputy_words or an.lowers[i] in self.g.office_words
                           or an.lowers[i] in self.g.become_words or self.finder.is_name_word(an.view[i])
                           for i in between):
                    break
            if m.region != installer_region and m.region not in out:
                out.append(m.region)
            prev = m
        return out

    def positions(self, an: Analysis, items: list[tuple[int, Match]]) -> list[str]:
        doc = an.view
        out: list[str] = []
        for k, trig in items[:2]:
            s = an.sents[k]
            i, stop = trig.end, s.end
            # "dilantik oleh", "dilantik dan diambil sumpahnya oleh": the agent follows, the installed came first
            nxt = [t.lower_ for t in doc[trig.end : min(s.end, trig.end + 5)]]
            by_oleh = any(m.label == "INAUG_PASSIVE" and m.start == trig.start for m in an.matches_in(k, "INAUG")) \
                and "oleh" in nxt and not any(w in (",", ".", ";") for w in nxt[: nxt.index("oleh")])
            if by_oleh or self.passive_agent_at(an, k, trig) is not None:
                stop = trig.start
                # "Sebanyak 12 kepala desa PAW dilantik Bupati Kendal ...": the installed come before the verb
                i = max(s.start, trig.start - 14)
                while i < trig.start and not ((doc[i].like_num and "/" not in doc[i].text)
                                              or doc[i].lower_ in self.lex.number_units
                                              or doc[i].lower_ in self.g.count_leads):
                    i += 1
                if i == trig.start:
                    continue
            toks = list(doc[i : min(stop, i + 14)])
            j = 0
            while j < len(toks) and toks[j].lower_ in self.g.oath_words:
                j += 1  # "mengambil sumpah jabatan 50 pejabat": the oath's own words
            if j and not (j < len(toks) and (toks[j].like_num or toks[j].lower_ in self.lex.number_units)):
                j = 0
            while j < len(toks) and (toks[j].like_num or toks[j].lower_ in self.lex.number_units
                                     or toks[j].lower_ in self.lex.number_multipliers
                                     or toks[j].lower_ in self.g.count_leads_words):
                j += 1
            if j < len(toks) and toks[j].lower_ in self.position_first:
                end = j
                stops = self.g.position_enders
                while end < len(toks) and toks[end].lower_ not in stops and end - j < 8:
                    if toks[end].text == "(" and not (end + 1 < len(toks) and toks[end + 1].text[:1].isupper()):
                        break
                    end += 1
                phrase = " ".join(t.text for t in toks[j:end]).replace("( ", "(").replace(" )", ")")
                if phrase and phrase not in out and fold(phrase) not in self.generic_positions:
                    out.append(phrase)
        if not out or all(fold(p) in self.generic_positions or fold(p) == "pejabat" for p in out):
            listed = self.listed_positions(an, items)
            if listed:
                return listed
        return out

    def listed_positions(self, an: Analysis, items: list[tuple[int, Match]]) -> list[str]:
        """"Mereka terdiri atas pejabat pimpinan tinggi pratama, pejabat administrator, dan pejabat pengawas"."""
        doc = an.view
        k0 = items[0][0]
        for k in (k0, k0 + 1):
            if k >= len(an.sents) or k in an.skip:
                continue
            s = an.sents[k]
            lowers = an.lowers[s.start : s.end]
            at = next((i for i, w in enumerate(lowers) if w in self.position_enumerators), None)
            if at is None:
                continue
            out: list[str] = []
            i = s.start + at + 1
            if i < s.end and doc[i].lower_ in self.g.enumerator_links:
                i += 1
            while i < s.end and len(out) < 8:
                while i < s.end and doc[i].lower_ in self.g.list_openers:
                    i += 1
                if i >= s.end or doc[i].lower_ not in self.position_first:
                    break
                end = i
                while end < s.end and doc[end].lower_ not in self.g.list_enders and end - i < 7:
                    end += 1
                out.append(doc[i:end].text)
                i = end
            if out:
                return out
        return []
