"""Who installed: the titled person before an active verb, after "oleh" or a passive verb, before whom an oath was
taken; the article's holder of a title written alone; a name without its title before the verb."""

from __future__ import annotations

from extract.analysis import Analysis, Match
from extract.lexicon import fold
from extract.people import Person
from extract.rules.context import Context


class InstallerReader:
    """Mixed into `EventRules` beside `InaugurationRules`."""

    def agent_roles(self, an: Analysis, k: int) -> set[int]:
        """Where titles of installers start in sentence k: the agent right after a passive verb ("dilantik (oleh) Pj
        Gubernur Lampung"), the one an oath is taken before ("di hadapan Pj Gubernur Riau")."""
        words = an.lowers
        s = an.sents[k]
        heads = [m.end for m in an.matches_in(k, "INAUG") if m.label == "INAUG_PASSIVE"]
        heads += [i + 1 for i in range(s.start, s.end - 1) if words[i] in self.g.presence_markers]
        out: set[int] = set()
        roles = an.matches_in(k, "ROLE")
        for pos in heads:
            marked = pos > s.start and words[pos - 1] in self.g.presence_markers
            while pos < s.end and (words[pos] in self.agent_fillers or words[pos] in self.g.agent_markers):
                marked = marked or words[pos] in self.g.agent_markers
                pos += 1
            title = []
            while (at := next((m for m in roles if m.start == pos), None)) is not None:
                title.append(pos)
                pos = at.end  # "Pj" then "Gubernur": one title in two matches
            # without "oleh", only a governor's title is the agent: "juga dilantik Pj Wali Kota Palu X" names
            # the one installed, "setelah dilantik Pj Gubernur Lampung" the installer
            if marked or any(words[i].rstrip(".") in self.g.province_heads for i in title):
                out.update(title)
        return out

    def passive_agent_at(self, an: Analysis, k: int, trig: Match) -> int | None:
        """Where the agent of a passive installation verb starts when a title follows it directly."""
        doc = an.view
        passive = [m for m in an.matches_in(k, "INAUG") if m.label == "INAUG_PASSIVE"
                   and trig.start <= m.start < max(trig.end, trig.start + 1)]
        if not passive:
            return None
        pos = max(m.end for m in passive)
        end = an.sents[k].end
        while pos < end and doc[pos].lower_ in self.agent_fillers:
            pos += 1
        if any(m.start == pos for m in an.matches_in(k, "ROLE")):
            return pos
        return None

    def installer(self, ctx: Context, items: list[tuple[int, Match]]) -> Person | None:
        """Who installed: the titled person before an active verb ("Bupati X melantik"; not one "atas nama"
        someone), the one after "oleh" ("dilantik oleh Gubernur X", "dipimpin langsung oleh ..."), or, when only
        the title is written ("Pj Bupati Morotai melantik"), the article's holder of that title."""
        an = ctx.an
        doc = an.view
        people = ctx.people
        mentions = self._raw_mentions(an, [k for k, _ in items])

        def holder(head_match: Match) -> Person | None:
            # "Pj Gubernur": an acting word and the office after it, both in the holder's role
            title = [doc[head_match.start].lower_.rstrip(".")]
            nxt = next((m for m in an.matches_in(an.sent_of[head_match.start], "ROLE") if m.start == head_match.end), None)
            if title[0] in self.acting_words and nxt is not None:
                title.append(doc[nxt.start].lower_.rstrip("."))
            same = [p for p in people if all(w in fold(p.role).replace(".", "").split() for w in title)]
            return same[0] if same else None

        for k, trig in items:
            s = an.sents[k]
            verbs = [m for m in an.matches_in(k, "INAUG") if m.start == trig.start or trig.start <= m.start < trig.end]
            active = any(m.label == "INAUG_ACTIVE" for m in verbs) or doc[trig.start].lower_ in self.active_verbs
            if active:
                before = [p for p in mentions if p.sent == k and p.end <= trig.start
                          and " ".join(t.lower_ for t in doc[max(s.start, p.role_start - 2) : p.role_start])
                          not in self.g.on_behalf]
                if before:
                    best = max(before, key=lambda p: p.end)
                    if trig.start - best.end <= 12:
                        return self._canonical(best, people)
                heads = [m for m in an.matches_in(k, "ROLE") if m.end <= trig.start and trig.start - m.end <= 3]
                if heads and (found := holder(heads[-1])):
                    return found
                if found := self.named_subject(an, k, trig, people):
                    return found
            # "Wali Kota X memimpin langsung pelantikan tersebut": a verb of leading before the noun
            led = [i for i in range(max(s.start, trig.start - 3), trig.start) if an.lowers[i] in self.lead_verbs]
            if led:
                before = [p for p in mentions if p.sent == k and p.end <= led[0] and led[0] - p.end <= 12]
                if before:
                    return self._canonical(max(before, key=lambda p: p.end), people)
            pos = self.passive_agent_at(an, k, trig)
            if pos is not None:
                # "12 kepala desa dilantik Bupati Kendal Dico ...": the agent right after the verb, without "oleh"
                after = [p for p in mentions if p.sent == k and p.role_start == pos]
                if after:
                    return self._canonical(after[0], people)
                heads = [m for m in an.matches_in(k, "ROLE") if m.start == pos]
                if found := holder(heads[0]):
                    return found
            # passive, or a noun ("pelantikan ... oleh"/"dipimpin oleh")
            words = [t.lower_ for t in doc[trig.end : s.end]]
            agent_at = next((i for i, w in enumerate(words) if w in self.g.agent_markers), None)
            if agent_at is not None:
                # "dilantik oleh Gubernur X", "..., dipimpin Bupati Kendal Dico M Ganinduto"
                pos = trig.end + agent_at
                after = [p for p in mentions if p.sent == k and p.role_start > pos and p.role_start - pos <= 4]
                if after:
                    return self._canonical(min(after, key=lambda p: p.role_start), people)
                heads = [m for m in an.matches_in(k, "ROLE") if pos < m.start <= pos + 3]
                if heads and (found := holder(heads[0])):
                    return found
        return None

    def named_subject(self, an: Analysis, k: int, trig: Match, people: list[Person]) -> Person | None:
        """"Di hari yang sama, Sherman Moridu mengukuhkan ...": a name without its title right before the active verb
        (over "juga", "kembali"), of a person the article titles elsewhere."""
        i = trig.start
        while i > an.sents[k].start and an.lowers[i - 1] in self.g.done_words | self.g.further_words:
            i -= 1
        end = i
        while i > an.sents[k].start and end - i < 4 and self.finder.is_name_word(an.view[i - 1]):
            i -= 1
        words = an.lowers[i:end]
        if not words:
            return None
        same = [p for p in people if p.role and all(w in fold(p.name).split() for w in words)]
        return same[0] if len({fold(p.name) for p in same}) == 1 else None

    def headline_installer(self, ctx: Context) -> Person | None:
        """"Bupati Lombok Barat Lantik 7 Kepala OPD" over a body that says only "dilantik": the article's holder of
        the title written before the headline's active verb (same office, same region)."""
        for an, k in self.headline_sents(ctx):
            verbs = [m for m in an.matches_in(k, "INAUG") if m.label == "INAUG_ACTIVE"
                     or m.label not in self.inaug_context_labels and an.lowers[m.start] in self.active_verbs]
            if not verbs:
                continue
            roles = [m for m in an.matches_in(k, "ROLE") if m.end <= verbs[0].start and verbs[0].start - m.end <= 3]
            if not roles:
                continue
            role = roles[-1]
            title = " ".join(an.lowers[role.start : verbs[0].start])
            same = [p for p in ctx.people if fold(p.role).startswith(title) or (
                fold(p.role).split()[: role.end - role.start] == an.lowers[role.start : role.end]
                and title == " ".join(an.lowers[role.start : role.end]))]
            if len({fold(p.name) for p in same}) == 1:
                return same[0]
        return None

    def _raw_mentions(self, an: Analysis, sents: list[int]) -> list[Person]:
        finder = self.finder
        merged = finder._merge  # keep every mention here: positions matter, not uniqueness
        try:
            finder._merge = lambda people: people  # type: ignore[method-assign]
            return finder.find(an, sents)
        finally:
            finder._merge = merged  # type: ignore[method-assign]

    @staticmethod
    def _canonical(p: Person, people: list[Person]) -> Person:
        tokens = fold(p.name).split()
        for q in people:
            q_tokens = fold(q.name).split()
            if q_tokens == tokens or all(t in q_tokens for t in tokens):
                return Person(q.name, p.role, p.head, p.sent, p.start, p.end, p.role_start, p.role_end)
        return p
