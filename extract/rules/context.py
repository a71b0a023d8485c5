"""Article context shared by the event rules: agreement signings, inaugurations and index reports, read from an analysed article.

Every rule starts from a trigger sentence (see `components.TriggerMatcher`), rejects plans and announcements,
and fills the fields of `shared/spec/events.md` from that sentence, its neighbours and the article context
(title, dateline, publication date). Each event carries `_rule` and `_sents` so `--explain` can show why it
exists; `extract.api` strips them from the output.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from extract.analysis import Analysis, Match, TokenView
from extract.lexicon import Lexicon, fold
from extract.people import PeopleFinder, Person
from pantau.regions import Region

_YEAR = re.compile(r"^(19[9]\d|20[0-4]\d)$")
_DIGITS = re.compile(r"\d")
# A dateline: a capitalised place, optional date or agency in parentheses, then a dash, in the first line.
_DATELINE = re.compile(r"\s{0,3}[A-Z][^\n–—-]{0,60}?\s?[–—-]{1,2}\s")
STOP_PUNCT = {".", ";", "!", "?", "\n"}


_YEARS = frozenset(str(y) for y in range(1990, 2050))  # what _YEAR matches in ASCII digits


def _is_year_token(text: str) -> bool:
    # asked of most words in the readers' loops: a set lookup first, the pattern only for what it may still match
    # (other Unicode digits, a trailing newline)
    if text in _YEARS:
        return True
    return 4 <= len(text) <= 5 and text.startswith(("19", "20")) and bool(_YEAR.match(text))


@dataclass
class Value:
    start: int
    end: int
    text: str
    number: float | None
    kind: str  # score | percent | grade | opinion | zone | rank | level | category
    predicate: str | None = None


@dataclass
class Context:
    """Article-level facts the rules share."""

    an: Analysis
    article: dict[str, Any]
    lex: Lexicon
    finder: PeopleFinder
    live: list[int] = field(default_factory=list)

    @property
    def doc(self) -> TokenView:
        return self.an.view

    @property
    def published(self) -> date | None:
        return self.an.notes.get("published")

    @property
    def anchor(self) -> date | None:
        return self.an.notes.get("anchor")

    @cached_property
    def people(self) -> list[Person]:
        return self.finder.find(self.an, self.live)

    @cached_property
    def regency(self) -> Region | None:
        """The article's own region: title, dateline and the most-mentioned region, government mentions first."""
        scores: Counter[str] = Counter()
        first_pos: dict[str, int] = {}
        by_code: dict[str, Region] = {}
        if self.an.title is not None:
            for m in self.an.title.regions:
                if not m.scope:
                    scores[m.region.code] += 3 + (2 if m.is_government else 0)
                    by_code[m.region.code] = m.region
                    first_pos.setdefault(m.region.code, -1)
        for m in self.an.regions:
            sent = self.an.sent_of[m.start]
            if sent in self.an.skip or m.scope:
                continue
            weight = 1 + (1 if m.is_government else 0)
            if sent == 0 and m.start - self.an.sents[0].start <= 3:
                weight += 2  # dateline
            if sent == 0 and self.article.get("title") is None and m.start - self.an.sents[0].start > 3:
                weight += 1  # a headline-like first line
            scores[m.region.code] += weight
            by_code[m.region.code] = m.region
            first_pos.setdefault(m.region.code, m.start)
        host = self.an.notes.get("host_region")
        if host is not None:  # a government site writes about its own region
            scores[host.code] += 3
            by_code[host.code] = host
            first_pos.setdefault(host.code, -2)
        if not scores:
            return None
        best = max(scores, key=lambda c: (scores[c], -first_pos[c]))
        return by_code[best]

    def date_in(self, sent: int, an: Analysis | None = None, dateline: bool = True) -> date | None:
        """The first event date in a sentence. The dateline's date ("Lamongan, (23/3) –") is when the report
        was filed: a later date in the sentence wins over it, and `dateline=False` leaves it out."""
        an = an or self.an
        key = (id(an), sent, dateline)  # asked per result and per index for the same sentences
        memo = self._date_in_memo
        if key not in memo:
            memo[key] = self._date_in(sent, an, dateline)
        return memo[key]

    @cached_property
    def _date_in_memo(self) -> dict[tuple[int, int, bool], date | None]:
        return {}

    def _date_in(self, sent: int, an: Analysis, dateline: bool) -> date | None:
        text = an.text
        fallback = None
        for mention, day in an.dates_in(sent):
            if day is None or mention.kind == "weekday" and self.published is None:
                continue
            before = fold(text[max(0, mention.start - 40) : mention.start]).split()
            decree = [i for i, w in enumerate(before) if w in self.lex.grammar.decree_words]
            if decree and not any(w in self.lex.grammar.decree_breaks for w in before[decree[-1] :]):
                continue  # the date of a decree, not of the event ("menerima SK di Pendopo, Senin (4/3)" is)
            if any(w in before[-3:] for w in self.lex.grammar.schedule_words):
                continue  # "semula dijadwalkan Senin, akhirnya digelar Selasa (7/5)": the day it was meant for
            if any(w in before[-2:] for w in self.lex.grammar.citation_words):
                continue  # "jelas BPS dalam laporannya, dikutip Senin (18/9)": the day it was quoted
            if self.published and day > self.published + timedelta(days=1):
                continue  # a day after publication is a plan, not when it happened
            if an is self.an and mention.start < self.dateline_end:
                fallback = fallback or day
                continue
            return day
        return fallback if dateline else None

    @cached_property
    def dateline_end(self) -> int:
        """Where the dateline ends ("GRESIK, (10/8) – ", "Lamongan (ANTARA) - "), 0 without one."""
        m = _DATELINE.match(self.an.text)
        return m.end() if m else 0

    @cached_property
    def report_date(self) -> date | None:
        """When the article reports from: its publication date, else its latest weekday-dated statement."""
        if self.published:
            return self.published
        days = [self.an.resolved.get(i) for i, m in enumerate(self.an.dates)
                if m.weekday is not None and m.kind in ("numeric", "month") and self.an.sentence_of_char(m.start) in self.live]
        days = [d for d in days if d]
        return max(days) if days else None

    @cached_property
    def lead_date(self) -> date | None:
        for k in self.live[:8]:
            d = self.date_in(k)
            if d:
                return d
        return None



class ContextRules:
    """Helpers every event type uses: plans, government mentions, headlines, regions, venues, dates, people."""

    def is_plan(self, an: Analysis, sent: int, trigger: Match, ctx: Context | None = None) -> bool:
        lowers = an.lowers
        s = an.sents[sent]
        if any(w in self.g.done_words for w in lowers[max(s.start, trigger.start - 3) : trigger.start]) and not any(
                trigger.start - self.near_window <= m.start < trigger.start for m in an.matches_in(sent, "PLAN_NEAR")):
            return False  # "akhirnya melantik": whatever was planned or delayed before, it is held now

        def about_this_act(m: Match) -> bool:
            # "yang sempat ditunda", "tidak menunggu perintah": an earlier delay, or a negated plan word
            return not any(w in self.g.plan_cancelled_by for w in lowers[max(s.start, m.start - 2) : m.start])

        if any(m.label == "PLAN" and about_this_act(m) for m in an.matches_in(sent, "PLAN")):
            return True
        if ctx is not None and an is ctx.an and ctx.report_date is not None:
            for _mention, day in an.dates_in(sent):
                if day is not None and day > ctx.report_date:
                    return True  # a day after the report: scheduled, not held
        doc = an.view
        for m in an.matches_in(sent, "PLAN_NEAR"):
            if trigger.start - self.near_window <= m.start < trigger.start:
                return True
            if trigger.end <= m.start <= trigger.end + 1 and doc[trigger.start].lower_.startswith("pe"):
                return True  # "pelantikan akan ...", "penandatanganan akan ..."
        for mention, _day in an.dates_in(sent):
            if mention.is_future:
                return True
        return False

    def mentions_government(self, an: Analysis, sent: int) -> bool:
        """A local government in the sentence or the ones around it (words, or a region named with a cue)."""
        for k in (sent - 1, sent, sent + 1):
            if 0 <= k < len(an.sents) and k not in an.skip:
                padded = " " + " ".join(an.lowers[an.sents[k].start : an.sents[k].end]) + " "
                if any(f" {w} " in padded for w in self.government_words):
                    return True
                if any(m.cue for m in an.regions_in(k)):
                    return True
        return False

    def headline_sents(self, ctx: Context) -> list[tuple[Analysis, int]]:
        if ctx.an.title is not None:
            return [(ctx.an.title, k) for k in ctx.an.title.live_sentences()]
        title = fold(ctx.article.get("title") or "")
        out = [(ctx.an, k) for k in ctx.live[:8] if title and (
            title in fold(ctx.an.sents[k].text) or fold(ctx.an.sents[k].text) in title)]
        return out or ([(ctx.an, ctx.live[0])] if ctx.live and not title else [])

    def headline_is_plan(self, ctx: Context, prefix: str) -> bool:
        """"Pekan Depan Gubernur Lantik ...", "Pelantikan ... Ditunda": the article is about a plan. Only a real
        headline says so: without a title, a lead about a postponement may be followed by the ceremony itself."""
        if not (ctx.article.get("title") or "").strip():
            return False
        for an, k in self.headline_sents(ctx):
            trig = [m for m in an.matches_in(k, prefix) if m.label not in self.inaug_context_labels]
            if trig and all(self.is_plan(an, k, m) for m in trig):
                return True
        return False

    def region_in(self, an: Analysis, sents: list[int]) -> Region | None:
        for k in sents:
            mentions = [m for m in an.regions_in(k) if not m.scope]
            gov = [m for m in mentions if m.is_government]
            if gov:
                return gov[0].region
        for k in sents:
            mentions = [m for m in an.regions_in(k) if not m.scope]
            # "SURABAYA – Kota Mojokerto dan Kabupaten Jombang menandatangani ...": the dateline is where the
            # report was filed; a region named in the sentence itself comes first
            named = [m for m in mentions if not (k == 0 and m.start - an.sents[0].start <= 3)]
            if named or mentions:
                return (named or mentions)[0].region
        for k in sents:
            # "Kepala OPD se-Kabupaten Bintan meneken pakta integritas": the scope is the only region named
            mentions = [m for m in an.regions_in(k) if not m.region.is_province]
            if mentions:
                return mentions[0].region
        return None

    def venue_in(self, an: Analysis, sent: int) -> str | None:
        doc = an.view
        s = an.sents[sent]
        for m in an.matches_in(sent, "VENUE"):
            if not doc[m.start].text[:1].isupper():
                continue
            prev = [t.lower_ for t in doc[max(s.start, m.start - 2) : m.start]]
            if "di" not in prev and "bertempat" not in prev and "berlangsung" not in prev:
                continue
            j = m.end
            while j < s.end:
                t = doc[j]
                if t.text[:1].isupper() or t.like_num or t.lower_ in self.venue_cont or t.text in ("(", ")", "-"):
                    if t.lower_ in self.lex.weekdays or t.text.startswith("("):
                        break
                    j += 1
                    continue
                if t.text == "," and j + 1 < s.end and doc[j + 1].text[:1].isupper() and (
                    doc[j + 1].lower_ not in self.lex.weekdays
                ):
                    j += 1
                    continue
                break
            while j > m.end and doc[j - 1].text in (",", "(", "-"):
                j -= 1
            return doc[m.start : j].text
        return None

    def evidence(self, an: Analysis, sents: list[int]) -> str:
        return " ".join(an.sents[k].text.strip() for k in sorted(set(sents)))

    @staticmethod
    def region_ref(region: Region | None) -> dict[str, str] | None:
        return region.as_ref() if region else None


    def event_date(self, ctx: Context, sents: list[int]) -> date | None:
        for k in sents:
            d = ctx.date_in(k, dateline=False)
            if d:
                return d
        first = min(sents) if sents else None
        if first is not None and first + 1 < len(ctx.an.sents) and (first + 1) not in ctx.an.skip:
            nxt = ctx.an.sents[first + 1]
            words = {t.lower_ for t in nxt}
            if words & self.g.ceremony_words:
                d = ctx.date_in(first + 1)
                if d:
                    return d
        return ctx.lead_date

    def first_venue(self, ctx: Context, sents: list[int]) -> str | None:
        for k in sents:
            v = self.venue_in(ctx.an, k)
            if v:
                return v
        first = min(sents) if sents else None
        if first is not None and first + 1 < len(ctx.an.sents) and (first + 1) not in ctx.an.skip:
            return self.venue_in(ctx.an, first + 1)
        return None


    def attach_people(self, ctx: Context, events: list[dict[str, Any]]) -> None:
        people = ctx.people
        used: set[str] = set()
        for ev in events:
            sents = set(ev.get("_sents") or [])
            mine = [p for p in people if p.sent in sents]
            if ev["type"] == "inauguration" and ev.get("inaugurated_by"):
                name = ev["inaugurated_by"]["name"]
                mine = [p for p in people if fold(p.name) == fold(name)] + [p for p in mine if fold(p.name) != fold(name)]
            ev["people"] = [p.as_dict() for p in mine]
            used |= {fold(p.name) for p in mine}
        rest = [p for p in people if fold(p.name) not in used]
        if rest:
            events[0]["people"] = events[0]["people"] + [p.as_dict() for p in rest]
