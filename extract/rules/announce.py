"""The day an index result was announced, released or awarded, from the verbs that tell it."""

from __future__ import annotations

from datetime import date

from extract.analysis import Analysis
from extract.lexicon import fold
from extract.morph import affixed_from
from extract.rules.context import Context


class AnnounceDateReader:
    """`announce_date`: the day a result was released or handed over ("dirilis", "menyerahkan") before the day it
    was received or attained ("meraih"); not a quoted statement's day, nor another occasion's."""

    def announce_date(self, ctx: Context, key: str) -> tuple[date | None, int | None]:
        cache = ctx.an.notes.setdefault("_announce", {})
        if key not in cache:
            cache[key] = self._announce_date(ctx, key)
        return cache[key]

    def announce_strengths(self, an: Analysis, live: list[int]) -> dict[int, str | None]:
        """`announce_strength` of every live sentence, in one pass over the words."""
        hits: set[int] = {m.sent for m in an.matches if m.label == "ANNOUNCE"}
        cache, sent_of = self._word_strength, an.sent_of
        for i, w in enumerate(an.lowers):
            if len(w) < 6:
                continue
            if w not in cache:
                cache[w] = ("strong" if affixed_from(w, self.announce_roots_strong) else
                            "weak" if affixed_from(w, self.announce_roots_weak) else None) if w.isalpha() else None
            if cache[w] is not None:
                hits.add(sent_of[i])
        return {k: self.announce_strength(an, k) if k in hits else None for k in live}

    def announce_strength(self, an: Analysis, k: int, background: bool = True) -> str | None:
        cache = an.notes.setdefault("_strength", {})
        if (k, background) not in cache:
            cache[(k, background)] = self._announce_strength(an, k, background)
        return cache[(k, background)]

    def _announce_strength(self, an: Analysis, k: int, background: bool = True) -> str | None:
        """"strong" when the sentence announces, releases or hands over a result ("dirilis", "menyerahkan"),
        "weak" when it receives or attains one ("meraih", "mendapat"), else None. `background=False` leaves out
        a release told in a relative clause ("Hasil SPI yang dirilis KPK")."""
        s = an.sents[k]
        best = None
        for m in an.matches_in(k, "ANNOUNCE"):
            if not background and m.start > 0 and an.lowers[m.start - 1] == "yang":
                continue
            if fold(an.view[m.start : m.end].text) in self.strong_announce:
                return "strong"
            best = "weak"
        cache = self._word_strength
        for i in range(s.start, s.end):
            w = an.lowers[i]
            if len(w) < 6:
                continue
            if w not in cache:
                cache[w] = ("strong" if affixed_from(w, self.announce_roots_strong) else
                            "weak" if affixed_from(w, self.announce_roots_weak) else None) if w.isalpha() else None
            found = cache[w]
            if found is None or (not background and i > 0 and an.lowers[i - 1] == "yang"):
                continue
            if found == "strong":
                return "strong"
            best = "weak"
        return best

    def result_day(self, ctx: Context, k: int) -> date | None:
        """The day written in a result's own sentence when that sentence hands it over or receives it (not a quoted
        statement, another occasion, or the dateline's day)."""
        an = ctx.an
        if self.announce_strength(an, k) is None or self.is_statement(an, k):
            return None
        if self.other_occasion(an, k):
            return None
        return ctx.date_in(k, dateline=False)

    def vague_day(self, an: Analysis, k: int) -> bool:
        """"belum lama ini", "pekan lalu": the sentence says it happened some time before, not the day."""
        cache = an.notes.setdefault("_vague_day", {})  # asked per index and per result: once per sentence
        if k not in cache:
            s = an.sents[k]
            text = " " + " ".join(an.lowers[s.start : s.end]) + " "
            cache[k] = any(f" {p} " in text for p in self.vague_days)
        return cache[k]

    def is_statement(self, an: Analysis, k: int) -> bool:
        """A quoted statement: a speech verb ("kata", "sebut", "ujarnya") or a quote mark in the sentence."""
        cache = an.notes.setdefault("_statement", {})
        if k not in cache:
            s = an.sents[k]
            words = an.lowers[s.start : s.end]
            cache[k] = not (self.speech_verbs.isdisjoint(words) and self.g.quote_marks.isdisjoint(words))
        return cache[k]

    def other_occasion(self, an: Analysis, k: int) -> bool:
        """"saat rapat koordinasi": the sentence tells another occasion's day."""
        cache = an.notes.setdefault("_other_occasion", {})
        if k not in cache:
            cache[k] = not self.other_occasions.isdisjoint(an.lowers[an.sents[k].start : an.sents[k].end])
        return cache[k]

    def of_other_index(self, an: Analysis, k: int, key: str) -> bool:
        """The sentence tells a result of other indices and names none of them `key`: what it announces is another
        index's result ("menyerahkan hasil evaluasi SAKIP-RB" tells no result and may date both)."""
        labels = self.labels_in(an, k)
        return bool(labels) and all(label[0] != key for label in labels) and bool(self.values_in(an, k))

    def _announce_date(self, ctx: Context, key: str) -> tuple[date | None, int | None]:
        an = ctx.an
        if "_strengths" not in an.notes:  # once per article, not once per index
            an.notes["_strengths"] = self.announce_strengths(an, ctx.live)
        strengths = an.notes["_strengths"]
        for strength in ("strong", "weak"):
            for k in ctx.live:
                if strengths[k] is None or strength == "strong" and strengths[k] != "strong":
                    continue
                if strengths[k] == "weak" and self.is_statement(an, k):
                    continue  # "predikat SAKIP meraih B," sebut X, Jumat (8/4): the day it was said, not awarded
                if strengths[k] == "weak" and self.other_occasion(an, k):
                    continue  # "Hal itu disampaikan ... saat rapat koordinasi, Kamis (14/12)": another occasion's day
                if self.vague_day(an, k) and ctx.date_in(k, dateline=False) is None:
                    continue  # "diserahkan di Jakarta pekan lalu": the day is not told
                if self.of_other_index(an, k, key):
                    continue  # "X meraih opini WTP, Senin (20/5)": that day is the audit opinion's, not the SPBE's
                d = ctx.date_in(k)
                if d:
                    return d, k
                nxt = k + 1
                if strength == "strong" and nxt in strengths and strengths[nxt] is None and not self.labels_in(an, nxt) \
                        and not self.is_statement(an, nxt):
                    # "... saat menyerahkan hasil evaluasi SAKIP. Turut hadir ..., Kamis (22/4/2021)."
                    d = ctx.date_in(nxt, dateline=False)
                    if d:
                        return d, k
        if ctx.published is not None:
            # The announcement is the news itself ("BPK menyerahkan LHP ..." in the lead): the report's day.
            for k in ctx.live:
                # "Hasil SPI yang dirilis KPK": a release told as background, not the news of the day
                if self.announce_strength(an, k, background=False) == "strong":
                    if self.of_other_index(an, k, key):
                        break
                    if not any(m.kind in ("numeric", "month") for m, _ in an.dates_in(k)) and not self.vague_day(an, k):
                        return ctx.published, k
                    break
        if key in self.statistics:
            for k in ctx.live:
                if any(m.label == f"INDEX:{key}" for m in an.matches_in(k, "INDEX:")):
                    d = ctx.date_in(k)
                    if d:
                        return d, k
        return None, None
