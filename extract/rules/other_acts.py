"""Installations beside the article's ceremony: second acts.

- A second act: "Pengukuhan X sebagai Pj Gubernur dirangkai dengan pelantikan Ketua TP PKK", "Usai pelantikan,
  Ketua TP PKK provinsi mengukuhkan Pj Ketua TP PKK Kabupaten Bima": different people installed in a separate act
  are one more inauguration (the labelling convention of `shared/eval/README.md`), unless the whole ceremony was
  that office's.
"""

from __future__ import annotations

from typing import Any

from extract.analysis import Analysis, Match
from extract.lexicon import fold
from extract.people import Person
from extract.rules.context import Context


class OtherActRules:
    def companion_office_at(self, an: Analysis, k: int, trig: Match) -> int | None:
        """Where a companion office ("Ketua TP PKK ...") starts as the object of `trig` (after an active verb or
        noun, before a passive one); None when the installed office is another."""
        if not hasattr(self, "_companions"):
            ev = self.lex.raw["events"]["inauguration"]
            self._companions = sorted((fold(w).split() for w in ev["companion_offices"]), key=len, reverse=True)
            self._companion_fillers = {fold(w) for w in ev["companion_fillers"]}
        s = an.sents[k]
        start = self.passive_subject_start(an, k, trig)
        if start == trig.end:
            starts = [start]
        else:  # before a passive verb: the clause's subject, after any lead words ("Sementara itu, ...")
            starts = list(range(start, trig.start))
        if start == trig.end:
            # "mengukuhkan istrinya, Fitriani Moridu, sebagai Pj Ketua TP PKK": the office after "sebagai"
            starts += [i + 1 for i in range(trig.end, min(s.end, trig.end + 10)) if an.lowers[i] in self.g.become_words]
        for at in starts:
            i = at
            while i < s.end and i - at < 3 and an.lowers[i] in self._companion_fillers:
                i += 1
            for words in self._companions:
                if an.lowers[i : i + len(words)] == words:
                    return at
        return None

    def companion_installations(self, ctx: Context, body: list[tuple[int, Match]],
                                main: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One more inauguration for each companion office installed in another act than the main one."""
        an = ctx.an
        if not body or not main:
            return []
        k0, m0 = body[0]
        if self.companion_office_at(an, k0, m0) is not None:
            return []  # the ceremony itself installs that office
        out: list[dict[str, Any]] = []
        seen: set[str] = set()
        for k in dict.fromkeys(k for k, _ in body):
            for trig in an.matches_in(k, "INAUG"):
                if trig.label in self.inaug_context_labels or (k, trig.start) == (k0, m0.start):
                    continue
                at = self.companion_office_at(an, k, trig)
                if at is None:
                    continue
                # the office's own region ("Pj Ketua TP PKK Kabupaten Bima"), else the ceremony's
                region = next((rm.region for rm in an.regions_in(k) if at <= rm.cue_start and rm.start < at + 10
                               and not rm.scope), None)
                ref = self.region_ref(region) if region is not None else main[0]["regency"]
                key = (ref or {}).get("code", "")
                if key in seen:
                    continue
                seen.add(key)
                when = ctx.date_in(k, dateline=False)
                installer = self.installer(ctx, [(k, trig)])
                out.append(self.act_in(an, main[0], k, trig,
                                       "inauguration: a companion office (PKK, Dekranasda) installed in a second act",
                                       regency=ref, date=when.isoformat() if when else main[0]["date"],
                                       officials_count=1,
                                       inaugurated_by=installer.as_dict() if installer else None))
        return out

    def other_installers(self, ctx: Context, body: list[tuple[int, Match]],
                         main: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """"Bupati A melantik 25 pejabat ... . Di hari yang sama, Bupati B melantik 40 kepala sekolah": a later
        installation by the head of another regency is that regency's own ceremony."""
        an = ctx.an
        if not body or not main:
            return []
        taken = {(e.get("regency") or {}).get("code") for e in main}
        by = {fold((e.get("inaugurated_by") or {}).get("name") or "") for e in main}
        out: list[dict[str, Any]] = []
        for k, trig in body[1:]:
            active = [m for m in an.matches_in(k, "INAUG") if m.label == "INAUG_ACTIVE" and m.start >= trig.start]
            if not active:
                continue
            trig = active[0]
            installer = self.installer(ctx, [(k, trig)])
            if installer is None and main[0].get("inaugurated_by") and self.named_again(an, k, trig, main[0]):
                installer = Person(main[0]["inaugurated_by"]["name"], main[0]["inaugurated_by"]["role"] or "", "", k,
                                   trig.start, trig.start, trig.start, trig.start)
            if installer is None:
                continue
            if fold(installer.name) in by:
                # "Pada pelantikan sebelumnya, Gubernur melantik pejabat dari Dinas ...": the same installer's
                # earlier act is a ceremony of its own; so is one on a day of its own ("Keesokan harinya, Selasa
                # (8/10), ia kembali melantik 56 pejabat pengawas")
                d = ctx.date_in(k, dateline=False)
                own_day = d is not None and main[0]["date"] is not None and d.isoformat() != main[0]["date"] \
                    and k != body[0][0] and bool(self.counts_in(an, k))
                if not (self.earlier_act(an, k, trig) or own_day) or self.installer(ctx, [body[0]]) is None:
                    continue  # the article's own act must name its installer itself, apart from this one
                out.append(self.act_in(an, main[0], k, trig, "inauguration: the same installer's earlier act",
                                       regency=main[0]["regency"], date=d.isoformat() if d else None,
                                       officials_count=self.officials_count(an, [(k, trig)], neighbours=False),
                                       inaugurated_by=installer.as_dict()))
                continue
            region = next((rm.region for rm in an.regions
                           if installer.role_start <= rm.start < installer.role_end and not rm.scope), None)
            # "Di tempat terpisah, Camat Weleri X melantik 12 perangkat desa": another installer, counted apart,
            # in the same regency is a separate act too
            again = "" not in by and bool(self.counts_in(an, k))
            if region is None and again and ctx.regency is not None:
                region = ctx.regency
            if region is None or region.is_province or (region.code in taken and not again):
                continue
            taken.add(region.code)
            when = ctx.date_in(k, dateline=False)
            out.append(self.act_in(an, main[0], k, trig,
                                   "inauguration: another regency's head installing in a later sentence",
                                   regency=self.region_ref(region), date=when.isoformat() if when else main[0]["date"],
                                   officials_count=self.officials_count(an, [(k, trig)]),
                                   inaugurated_by=installer.as_dict()))
        return out

    def act_in(self, an: Analysis, main: dict[str, Any], k: int, trig: Match, rule: str, *, regency: Any,
               date: str | None, officials_count: Any, inaugurated_by: Any) -> dict[str, Any]:
        """A further installation read in sentence k: the main ceremony's type, venue and people, with its own
        region, day, count, installer, evidence and positions."""
        return {"type": main["type"], "venue": main["venue"], "people": main["people"], "regency": regency,
                "date": date, "evidence": self.evidence(an, [k]), "officials_count": officials_count,
                "positions": self.positions(an, [(k, trig)]), "inaugurated_by": inaugurated_by,
                "_rule": rule, "_sents": [k]}

    def earlier_act(self, an: Analysis, k: int, trig: Match) -> bool:
        """A marker of an earlier time in the clause before the verb ("Sebelumnya, ...", "Pada pelantikan
        sebelumnya ...", "pelantikan terdahulu"), the act itself not pointed back at ("yang dilantik")."""
        s = an.sents[k]
        before = an.lowers[s.start : trig.start]
        if any(w in self.g.reported_words for w in before):
            return False  # "Diberitakan sebelumnya, ...": the outlet's earlier report, not an earlier act
        return any(w in self.earlier_markers for w in before) and not any(w in self.reference_markers for w in before[-3:])

    def named_again(self, an: Analysis, k: int, trig: Match, main: dict[str, Any]) -> bool:
        """"Pada pelantikan sebelumnya, Zulkieflimansyah melantik ...", "Sri Mulyani juga melantik ...", "Dalam
        pelantikan sebelumnya Bang Zul melantik ...": the main installer named again (a word of the name or a short
        form of one) as the subject right before the active verb."""
        name = fold(main["inaugurated_by"]["name"]).split()
        i = trig.start - 1
        s = an.sents[k]
        while i > s.start and an.lowers[i] in self.g.done_words | self.g.further_words:
            i -= 1
        if i >= s.start and an.lowers[i] in self.singular_subjects:
            return True  # "ia kembali melantik": the installer of the sentence before
        # a word of the name, or a short form it starts ("Bang Zul" for Zulkieflimansyah)
        word = an.lowers[i] if i >= s.start else ""
        return an.view[i].text[:1].isupper() and (word in name or len(word) >= 3 and any(
            n.startswith(word) for n in name))

    def dated_act(self, an: Analysis, trig: Match, at: int) -> bool:
        """A day written shortly after the verb, with no vaguer time between ("yang dilantik Bupati di Pendopo,
        Senin (8/1/2024)"; not "yang dilantik bulan lalu untuk membahas banjir, Selasa (5/3)")."""
        end = an.view[trig.end - 1].idx + len(an.view[trig.end - 1].text)
        between = fold(an.text[end:at]).split()
        return 0 <= at - end <= 80 and not any(w.strip(",.") in self.g.vague_past for w in between)
