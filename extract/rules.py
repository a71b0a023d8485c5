"""The event rules: agreement signings, inaugurations and index reports, read from an analysed article.

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

from extract.analysis import Analysis, Match, Sentence, TokenView
from extract.lexicon import Lexicon, fold
from extract.numbers import parse_number, parse_number_words, parse_ordinal
from extract.people import PeopleFinder, Person
from extract.regions import RegionMention
from pantau.regions import Region

_YEAR = re.compile(r"^(19[9]\d|20[0-4]\d)$")
_DIGITS = re.compile(r"\d")
# A dateline: a capitalised place, optional date or agency in parentheses, then a dash, in the first line.
_DATELINE = re.compile(r"\s{0,3}[A-Z][^\n–—-]{0,60}?\s?[–—-]{1,2}\s")
STOP_PUNCT = {".", ";", "!", "?", "\n"}


def _is_year_token(text: str) -> bool:
    return bool(_YEAR.match(text))


@dataclass
class Value:
    start: int
    end: int
    text: str
    number: float | None
    kind: str  # score | percent | grade | opinion | zone | rank
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

    def live_sents(self) -> list[int]:
        return self.live

    def date_in(self, sent: int, an: Analysis | None = None, dateline: bool = True) -> date | None:
        """The first event date in a sentence. The dateline's date ("Lamongan, (23/3) –") is when the report
        was filed: a later date in the sentence wins over it, and `dateline=False` leaves it out."""
        an = an or self.an
        text = an.text
        fallback = None
        for mention, day in an.dates_in(sent):
            if day is None or mention.kind == "weekday" and self.published is None:
                continue
            before = fold(text[max(0, mention.start - 40) : mention.start])
            if any(w in before.split() for w in ("nomor", "no", "no.", "sk", "keputusan", "peraturan", "surat")):
                continue  # the date of a decree, not of the event
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


class EventRules:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.finder = PeopleFinder(lex)
        ev = lex.raw["events"]
        idx = lex.raw["indices"]
        self.near_window = int(ev["plans"]["near_window"])
        self.kind_prefer = list(ev["signing"]["restatement"]["prefer"])
        self.generic_positions = {fold(w) for w in ev["inauguration"]["generic_positions"]}
        self.position_enumerators = {fold(w) for w in ev["inauguration"]["position_enumerators"]}
        self.sequence_markers = {fold(w) for w in ev["signing"]["sequence_markers"]}
        self.anaphora = {fold(w) for w in ev["signing"]["anaphora"]}
        self.confirm_verbs = {fold(w) for w in ev["inauguration"]["confirm_verbs"]}
        self.acting_words = {fold(w) for w in ev["inauguration"]["acting_heads"]}
        self.government_words = [fold(w) for w in ev["government"]["words"]]
        self.active_verbs = {fold(w).split()[0] for w in ev["inauguration"]["active_verbs"]}
        self.singular_subjects = {fold(w) for w in ev["inauguration"]["singular_subjects"]}
        self.clause_stops = {fold(w) for w in ev["signing"]["clause_year_stops"]}
        self.subject_stops = {fold(w) for w in ev["signing"]["subject_year_stops"]}
        self.subject_words = {fold(w) for w in ev["signing"]["subject_words"]}
        self.reference_markers = {fold(w) for w in ev["inauguration"]["reference_markers"]}
        self.since_markers = {fold(w) for w in ev["inauguration"]["since_markers"]}
        self.agent_fillers = {fold(w) for w in ev["inauguration"]["agent_fillers"]}
        self.position_heads = [fold(p) for p in ev["inauguration"]["position_heads"]]
        self.position_first = {p.split()[0] for p in self.position_heads} | {"orang"}
        self.venue_heads = {fold(h) for h in ev["venue"]["heads"]}
        self.venue_cont = {fold(w) for w in ev["venue"]["continuations"]}
        self.index_spec = {k: v for k, v in idx.items() if isinstance(v, dict) and "labels" in v}
        self.grades = {k: v for k, v in idx["grades"].items()}
        self.opinions = {fold(k): v for k, v in idx["opinions"].items()}
        self.opinion_starts = {k.split()[0] for k in self.opinions}
        self.zones = {fold(k): v for k, v in idx["zones"].items()}
        self.categories = sorted((fold(w) for w in idx["categories"]["words"]), key=len, reverse=True)
        self.fillers = {fold(w) for w in idx["fillers"]["words"]}
        self.rank_words = {fold(w) for w in idx["ranks"]["words"]}
        self.count_nouns = {fold(w) for w in idx["count_nouns"]["words"]}
        self.group_nouns = {fold(w) for w in idx["group_nouns"]["words"]}
        self.aggregate = [fold(w) for w in idx["aggregate"]["markers"]]
        self.grade_cues = {fold(w) for w in idx["grade_cues"]["words"]}
        self.strong_announce = {fold(w) for w in idx["announce_strong"]["words"]}
        self.statistics = set(idx["statistics"]["keys"])
        self.delta_words = {fold(w) for w in idx["delta"]["words"]}
        self.attainment = {fold(w) for w in idx["attainment"]["words"]}
        self.enumerators = {fold(w) for w in idx["enumerators"]["words"]}
        self.comparison_words = {fold(w) for w in idx["comparison"]["words"]}
        self.comparison_from = {fold(w) for w in idx["comparison"]["from_words"]}
        self.comparison_after = {fold(w) for w in idx["comparison"]["after_words"]}
        self.comparison_links = {fold(w) for w in idx["comparison"]["after_links"]}
        self.institution_prefixes = [fold(w) for w in idx["institution_names"]["prefixes"]]
        self.assessors = {fold(w) for w in idx["assessor_offices"]["words"]}
        self.value_then_label = {fold(w) for w in idx["value_then_label"]["words"]}
        self.scale_nouns = {fold(w) for w in idx["scale_nouns"]["words"]}
        self.target_words = {fold(w) for w in idx["targets"]["words"]}
        self.levels = sorted({fold(w) for w in idx["levels"]["words"]}, key=len, reverse=True)
        self.level_indices = set(idx["levels"]["indices"])
        self.level_cues = {fold(w) for w in idx["levels"]["cues"]}

    # ------------------------------------------------------------------ entry
    def extract(self, an: Analysis, article: dict[str, Any]) -> list[dict[str, Any]]:
        ctx = Context(an, article, self.lex, self.finder, an.live_sentences())
        gated = {m.sent for m in an.matches if m.label.startswith(("SIGN_", "INAUG", "INDEX:"))}
        title_gated = an.title is not None and any(
            m.label.startswith(("SIGN_", "INAUG", "INDEX:")) for m in an.title.matches
        )
        if not gated and not title_gated:
            return []  # the trigger gate: nothing here can be an event
        events: list[dict[str, Any]] = []
        events += self.signings(ctx)
        events += self.inaugurations(ctx)
        events += self.index_reports(ctx)
        if events:
            self.attach_people(ctx, events)
        return events

    # ------------------------------------------------------------------ shared helpers
    def is_plan(self, an: Analysis, sent: int, trigger: Match, ctx: Context | None = None) -> bool:
        if an.matches_in(sent, "PLAN") and any(m.label == "PLAN" for m in an.matches_in(sent, "PLAN")):
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
        """"Pekan Depan Gubernur Lantik ...", "Pelantikan ... Ditunda": the article is about a plan."""
        for an, k in self.headline_sents(ctx):
            trig = [m for m in an.matches_in(k, prefix) if m.label != "INAUG_EXCLUDE"]
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

    # ------------------------------------------------------------------ signings
    def kind_groups(self, an: Analysis, sent: int) -> list[tuple[str, int, int]]:
        """Agreement kinds in a sentence; restatements ("X atau Y", "X (Y)") collapse to one kind."""
        doc = an.view
        kinds = sorted(an.matches_in(sent, "SIGN_KIND:"), key=lambda m: (m.start, -(m.end - m.start)))
        picked: list[Match] = []
        for m in kinds:
            if picked and m.start < picked[-1].end:
                continue
            picked.append(m)
        groups: list[list[Match]] = []
        for m in picked:
            if groups:
                gap = [t.lower_ for t in doc[groups[-1][-1].end : m.start]]
                if all(g in ("atau", "(", ")", "/", "-", "–", "dalam", "bentuk", "berupa", "yaitu", "yakni", "dan")
                       for g in gap) and "dan" not in gap or not gap:
                    groups[-1].append(m)
                    continue
            groups.append([m])
        out = []
        for g in groups:
            kinds_in = [m.label.split(":", 1)[1] for m in g]
            best = min(kinds_in, key=lambda k: self.kind_prefer.index(k) if k in self.kind_prefer else 99)
            out.append((best, g[0].start, g[-1].end))
        return out

    def title_span_end(self, an: Analysis, start: int, end: int, sent: Sentence) -> int:
        """Extend an agreement phrase over its year and subject ("tahun 2024", "tentang ...")."""
        doc = an.view
        j = end
        if j < sent.end and doc[j].text == ")" and "(" in [t.text for t in doc[start:end]]:
            j += 1
        if j < sent.end and doc[j].text == "(":
            k = j
            while k < min(sent.end, j + 6) and doc[k].text != ")":
                k += 1
            if k < sent.end and doc[k].text == ")":
                j = k + 1
        if j + 1 < sent.end and doc[j].lower_ in ("tahun", "ta") and _is_year_token(doc[j + 1].text):
            return j + 2
        if j < sent.end and _is_year_token(doc[j].text):
            return j + 1
        if j < sent.end and doc[j].lower_ in ("tentang", "terkait", "soal", "mengenai", "bidang", "di", "dalam"):
            if doc[j].lower_ == "di" and not (j + 1 < sent.end and doc[j + 1].lower_ == "bidang"):
                return j
            k = j + 1
            stops = {",", ".", ";", "antara", "oleh", "yang", "di", "pada", "bersama", "dengan", "kepada"}
            while k < sent.end and k - j < 26 and doc[k].lower_ not in stops and not doc[k].is_space:
                if doc[k].lower_ == "di" and k + 1 < sent.end and doc[k + 1].lower_ == "bidang":
                    k += 1
                    continue
                k += 1
            return k
        return j

    def signings(self, ctx: Context) -> list[dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        sources = [(ctx.an, k) for k in ctx.live] + (
            [(ctx.an.title, k) for k in ctx.an.title.live_sentences()] if ctx.an.title else []
        )
        for an, k in sources:
            verbs = [m for m in an.matches_in(k, "SIGN_VERB")]
            if not verbs or not an.matches_in(k, "SIGN_KIND:"):
                continue
            if all(self.is_plan(an, k, v, ctx) for v in verbs):
                continue
            if not self.mentions_government(an, k) and not any(m.is_government for m in an.regions_in(k)):
                continue  # no local government near the signing
            groups = self.kind_groups(an, k)
            sent = an.sents[k]
            for idx, (kind, start, end) in enumerate(groups):
                after = an.view[end].lower_ if end < len(an.view) else ""
                if after in self.anaphora and found and kind not in found:
                    continue  # "perjanjian kerjasama itu": the agreement already named
                if kind in found:
                    if an is ctx.an and found[kind]["_an"] is not ctx.an:
                        pass  # a body sentence replaces a headline as evidence
                    else:
                        found[kind]["_sents"].append(k) if an is ctx.an else None
                        continue
                t_end = self.title_span_end(an, start, end, sent)
                title = an.view[start:t_end].text.strip(" ,")
                year = self.year_in_span(an.view, start, t_end)
                # "Pakta Integritas dan Perjanjian Kinerja Tahun 2025": the year closes the coordination.
                if year is None and idx + 1 < len(groups):
                    nxt = groups[idx + 1]
                    between = [t.lower_ for t in an.view[end : nxt[1]]]
                    if between in (["dan"], ["serta"], [","]):
                        year = self.year_in_span(an.view, nxt[1], self.title_span_end(an, nxt[1], nxt[2], sent))
                if year is None:
                    subject = any(t.lower_ in self.subject_words for t in an.view[end:t_end])
                    year = self.clause_year(an.view, t_end, sent, subject)
                found[kind] = {"_an": an, "_sents": [k] if an is ctx.an else [], "_title_sent": k, "kind": kind,
                               "title": title, "year": year, "start": start}
        # One signing per article: the first agreement named, and those named with it in the same sentence
        # ("Pakta Integritas dan Perjanjian Kinerja"); a generic "other" only when nothing specific is named.
        order = sorted(found.items(), key=lambda kv: (kv[1]["_an"] is not ctx.an, kv[1]["_title_sent"]))
        if order:
            lead = order[0][1]
            # "Usai MoU, dilanjutkan penandatanganan PKS antara ...": a second signing that follows the first
            followers = {k: f for k, f in order if f["_an"] is ctx.an and k != "other"
                         and f["_title_sent"] != lead["_title_sent"]
                         and any(w in self.sequence_markers for w in ctx.an.lowers[
                             ctx.an.sents[f["_title_sent"]].start : f["start"]])}
            found = {k: f for k, f in order if f["_an"] is lead["_an"] and f["_title_sent"] == lead["_title_sent"]}
            if len(found) > 1:
                found.pop("other", None)
            for k, f in followers.items():
                found.setdefault(k, f)
        events = []
        for kind, f in found.items():
            an = f["_an"]
            sents = f["_sents"] or []
            year = f["year"] or self.agreement_year_elsewhere(ctx, kind)
            if an is ctx.an:
                main = f["_title_sent"]
                region = self.region_in(an, [main]) or self.region_in(ctx.an, sents) or ctx.regency
                when = self.event_date(ctx, [main] + sents)
                venue = self.first_venue(ctx, [main] + sents)
                parties = self.parties(an, main, f["start"])
                evidence_sents = [main]
            else:
                region = self.region_in(an, [f["_title_sent"]]) or ctx.regency
                when = ctx.lead_date
                venue = None
                parties = []
                evidence_sents = []
            events.append({
                "type": "agreement_signing",
                "regency": self.region_ref(region),
                "date": when.isoformat() if when else None,
                "venue": venue,
                "people": [],
                "evidence": self.evidence(ctx.an, evidence_sents) if evidence_sents else an.text,
                "agreement_kind": kind,
                "agreement_title": f["title"],
                "agreement_year": year,
                "parties": parties,
                "_rule": f"signing: signing verb + agreement kind '{kind}'",
                "_sents": evidence_sents,
            })
        return events

    def clause_year(self, doc: TokenView, start: int, sent: Sentence, subject: bool = False) -> int | None:
        """"pakta integritas pembangunan Zona Integritas menuju WBK ... tahun 2023": "tahun YYYY" closing the
        agreement's own clause (before a comma, a verb's object ends there); not a purpose's year ("untuk ...").
        After "tentang ..." the whole subject runs on ("PKS tentang program JKN bagi penduduk yang didaftarkan
        pemerintah daerah tahun 2024"): only a purpose or a party ends it."""
        end = min(sent.end, start + 26)
        stops = self.subject_stops if subject else self.clause_stops
        for i in range(start, end - 1):
            w = doc[i].lower_
            if w in stops or doc[i].is_punct and doc[i].text not in ("(", ")"):
                return None
            if w in ("tahun", "ta") and _is_year_token(doc[i + 1].text):
                nxt = doc[i + 2].text if i + 2 < sent.end else "."
                return int(doc[i + 1].text) if nxt in (",", ".", ";") else None
        return None

    def year_in_span(self, doc: TokenView, start: int, end: int) -> int | None:
        for t in doc[start:end]:
            if _is_year_token(t.text):
                return int(t.text)
        return None

    def agreement_year_elsewhere(self, ctx: Context, kind: str) -> int | None:
        """PK years from any "Perjanjian Kinerja (Tahun) 2024" in the article; NPHD years from the election."""
        texts = [ctx.an.text] + ([ctx.an.title.text] if ctx.an.title else [])
        if kind == "perjanjian_kinerja":
            pattern = re.compile(r"perjanjian kinerja\s{1,3}(?:tahun\s{1,3})?((?:19|20)\d\d)\b", re.IGNORECASE)
        elif kind == "nphd":
            pattern = re.compile(r"\b(?:pilkada|pemilu|pemilihan|pilgub|pilbup|pilwalkot)\s{1,3}(?:serentak\s{1,3})?"
                                 r"(?:tahun\s{1,3})?((?:19|20)\d\d)\b", re.IGNORECASE)
        else:
            return None
        years = Counter(int(m.group(1)) for text in texts for m in pattern.finditer(text))
        return years.most_common(1)[0][0] if years else None

    def parties(self, an: Analysis, sent: int, kind_start: int) -> list[str]:
        """Who signed, as written: "antara A dengan B", or the subject before the verb ("A dan B menandatangani")."""
        doc = an.view
        s = an.sents[sent]
        toks = list(doc[s.start : s.end])
        words = [t.lower_ for t in toks]
        if "antara" in words:
            i = words.index("antara")
            seg = []
            for t in toks[i + 1 :]:
                if t.text in (",", ".", ";") or t.lower_ in ("di", "tentang", "terkait", "pada", "yang"):
                    break
                seg.append(t)
            return self._split_parties(seg)
        verbs = an.matches_in(sent, "SIGN_VERB")
        v = min((m.start for m in verbs), default=kind_start)
        seg = [t for t in doc[s.start : v] if not t.is_space]
        while seg and (seg[-1].lower_ in ("melakukan", "resmi", "telah", "secara", "bersama-sama", "kembali")
                       or seg[-1].text in (",", "-", "–")):
            seg.pop()
        # drop a dateline "KOTA, source –" in front
        for i, t in enumerate(seg):
            if t.text in ("–", "—", "|") or (t.text == "-" and i < 8):
                seg = seg[i + 1 :]
                break
        if not seg or len(seg) > 30:
            return []
        return self._split_parties(seg)

    @staticmethod
    def _split_parties(tokens) -> list[str]:
        parts, cur = [], []
        for t in tokens:
            if t.lower_ in ("dan", "dengan", "bersama", "serta", "&"):
                if cur:
                    parts.append(cur)
                cur = []
                continue
            cur.append(t)
        if cur:
            parts.append(cur)
        out = []
        for p in parts:
            text = " ".join(t.text for t in p).replace(" ( ", " (").replace(" )", ")").replace("( ", "(").strip(" ,")
            text = re.sub(r"\s+([,.)])", r"\1", text)
            if text and text[:1].isupper() and len(p) <= 14:
                out.append(text)
        return out[:4]

    def event_date(self, ctx: Context, sents: list[int]) -> date | None:
        for k in sents:
            d = ctx.date_in(k, dateline=False)
            if d:
                return d
        first = min(sents) if sents else None
        if first is not None and first + 1 < len(ctx.an.sents) and (first + 1) not in ctx.an.skip:
            nxt = ctx.an.sents[first + 1]
            words = {t.lower_ for t in nxt}
            if words & {"berlangsung", "dilaksanakan", "digelar", "dilakukan", "bertempat", "pelantikan",
                        "penandatanganan", "penandatangan", "acara", "kegiatan"}:
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

    # ------------------------------------------------------------------ inaugurations
    def inaugurations(self, ctx: Context) -> list[dict[str, Any]]:
        an = ctx.an
        cands: list[tuple[Analysis, int, Match]] = []
        sources = [(an, k) for k in ctx.live] + ([(an.title, k) for k in an.title.live_sentences()] if an.title else [])
        excluded = 0
        for src, k in sources:
            trig = [m for m in src.matches_in(k, "INAUG") if m.label != "INAUG_EXCLUDE"]
            if not trig:
                continue
            if any(m.label == "INAUG_EXCLUDE" for m in src.matches_in(k, "INAUG")):
                excluded += 1
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
                return True
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
        installer = self.installer(ctx, items)
        installer_region = None
        if installer is not None:
            installer_region = next((rm.region for rm in an.regions
                                     if installer.role_start <= rm.start < installer.role_end and not rm.scope), None)
        region = installer_region or self.region_in(an, sents) or (
            self.region_in(an.title, [k for k, _ in title]) if an.title and title else None) or ctx.regency
        acting = self.acting_heads(ctx, items, installer_region)
        groups = [(r, 1) for r in acting] if acting else [(region, count)]
        events = []
        for reg, n in groups:
            events.append({
                "type": "inauguration",
                "regency": self.region_ref(reg),
                "date": when.isoformat() if when else None,
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
        return events

    def acting_heads(self, ctx: Context, items: list[tuple[int, Match]], installer_region: Region | None) -> list[Region]:
        """Regions whose acting head (Pj/Pjs/Plt/Penjabat Bupati, Wali Kota, Gubernur) the article installs."""
        found: list[Region] = []
        places: list[tuple[Analysis, int, int]] = [(ctx.an, k, m.end) for k, m in items]
        places += [(an, k, an.sents[k].end) for an, k in self.headline_sents(ctx)]  # headlines: "Jadi Pj ..." only
        for an, k, after in places:
            doc = an.view
            for m in an.matches_in(k, "ROLE"):
                head = doc[m.start].lower_.rstrip(".")
                if head not in self.acting_words or m.start < after and not (
                    m.start > 0 and doc[m.start - 1].lower_ in ("jadi", "menjadi", "sebagai")
                ):
                    continue
                region = next((rm.region for rm in an.regions_in(k) if m.end <= rm.cue_start + 1 and rm.start - m.end <= 6
                               and not rm.region.is_province), None)
                if region is not None and region != installer_region and region not in found:
                    found.append(region)
        return found

    def officials_count(self, an: Analysis, items: list[tuple[int, Match]]) -> int | None:
        doc = an.view
        for k, _trig in items:
            s = an.sents[k]
            toks = list(doc[s.start : s.end])
            for i, t in enumerate(toks):
                value, used = None, 0
                if t.like_num and _DIGITS.search(t.text) and not _is_year_token(t.text) and "/" not in t.text:
                    num = parse_number(t.text)
                    if num is not None and num == int(num) and 0 < num <= 5000:
                        value, used = int(num), 1
                else:
                    value, used = parse_number_words([x.text for x in toks[i : i + 6]], self.lex)
                if not value:
                    continue
                if i > 0 and toks[i - 1].lower_ in ("dari", "total", "ke", "ke-", "nomor", "no", "pasal", "tahap"):
                    continue
                if i > 1 and toks[i - 2].lower_ == "dari" and toks[i - 1].lower_ == "total":
                    continue
                after = [x.lower_ for x in toks[i + used : i + used + 3]]
                if after and after[0] in self.position_first:
                    return value
                if len(after) > 1 and after[0] in ("orang", "(") and after[1] in self.position_first:
                    return value
        # "dilantik sebagai Gubernur dan Wakil Gubernur": count the offices named.
        for k, trig in items:
            s = an.sents[k]
            words = [t.lower_ for t in doc[trig.end : s.end]]
            for i, w in enumerate(words[:6]):
                if w in ("sebagai", "menjadi", "jadi"):
                    rest = words[i + 1 : i + 12]
                    heads = [x for x in rest if x in ("bupati", "gubernur", "walikota", "wali", "ketua", "anggota",
                                                       "kepala", "sekretaris", "camat", "direktur")]
                    if heads:
                        return max(1, rest[: rest.index(heads[-1]) + 1].count("dan") + 1)
            if any(w in ("paw", "antar") for w in (t.lower_ for t in doc[s.start : s.end])):
                return 1
            # "Ia mengucapkan sumpah jabatan", "Beliau dilantik ...": one person is installed
            lead = [t.lower_ for t in doc[s.start : trig.start]]
            if lead and lead[0] in self.singular_subjects and len(lead) <= 3:
                return 1
        return None

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
                                              or doc[i].lower_ in ("sebanyak", "para")):
                    i += 1
                if i == trig.start:
                    continue
            toks = list(doc[i : min(stop, i + 14)])
            j = 0
            while j < len(toks) and toks[j].lower_ in ("jabatan", "janji", "dan"):
                j += 1  # "mengambil sumpah jabatan 50 pejabat": the oath's own words
            if j and not (j < len(toks) and (toks[j].like_num or toks[j].lower_ in self.lex.number_units)):
                j = 0
            while j < len(toks) and (toks[j].like_num or toks[j].lower_ in self.lex.number_units
                                     or toks[j].lower_ in self.lex.number_multipliers
                                     or toks[j].lower_ in ("sebanyak", "para", "belas")):
                j += 1
            if j < len(toks) and toks[j].lower_ in self.position_first:
                end = j
                stops = {",", ".", "di", "yang", "dari", "pada", "untuk", "lingkup", "dalam", "oleh", ";", "dan",
                         "resmi", "telah", "sudah", "langsung", "secara", "hasil", "atau", "berlangsung", "sebagai",
                         "menjadi", "serta", "ke", "pukul"}
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
            if i < s.end and doc[i].lower_ in ("atas", "dari"):
                i += 1
            while i < s.end and len(out) < 8:
                while i < s.end and doc[i].lower_ in (",", "dan", "serta", ":"):
                    i += 1
                if i >= s.end or doc[i].lower_ not in self.position_first:
                    break
                end = i
                while end < s.end and doc[end].lower_ not in (",", "dan", "serta", ".", ";") and end - i < 7:
                    end += 1
                out.append(doc[i:end].text)
                i = end
            if out:
                return out
        return []

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
            head = doc[head_match.start].lower_.rstrip(".")
            same = [p for p in people if head in fold(p.role).split()]
            return same[0] if same else None

        for k, trig in items:
            s = an.sents[k]
            verbs = [m for m in an.matches_in(k, "INAUG") if m.start == trig.start or trig.start <= m.start < trig.end]
            active = any(m.label == "INAUG_ACTIVE" for m in verbs) or doc[trig.start].lower_ in self.active_verbs
            if active:
                before = [p for p in mentions if p.sent == k and p.end <= trig.start
                          and " ".join(t.lower_ for t in doc[max(s.start, p.role_start - 2) : p.role_start])
                          not in ("atas nama", "mewakili")]
                if before:
                    best = max(before, key=lambda p: p.end)
                    if trig.start - best.end <= 12:
                        return self._canonical(best, people)
                heads = [m for m in an.matches_in(k, "ROLE") if m.end <= trig.start and trig.start - m.end <= 3]
                if heads and (found := holder(heads[-1])):
                    return found
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
            if "oleh" in words:
                pos = trig.end + words.index("oleh")
                after = [p for p in mentions if p.sent == k and p.role_start > pos and p.role_start - pos <= 4]
                if after:
                    return self._canonical(min(after, key=lambda p: p.role_start), people)
                heads = [m for m in an.matches_in(k, "ROLE") if pos < m.start <= pos + 3]
                if heads and (found := holder(heads[0])):
                    return found
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

    # ------------------------------------------------------------------ index reports
    def index_reports(self, ctx: Context) -> list[dict[str, Any]]:
        an = ctx.an
        doc_years = self.index_years(ctx)
        results: list[dict[str, Any]] = []
        context_label: tuple[str, str] | None = None  # (key, label text) of the last index named
        context_age = 99
        last_region: Region | None = None
        last_region_age = 99
        sources: list[tuple[Analysis, int]] = []
        if an.title is not None:
            sources += [(an.title, k) for k in an.title.live_sentences()]
        sources += [(an, k) for k in ctx.live]
        last_year: dict[str, int] = {}
        paragraph_year: tuple[tuple[int, int] | None, int | None] = (None, None)  # the last explicit year, by line
        intro_year: int | None = None  # the year of a line introducing a list ("Hasil evaluasi tahun 2023:")
        for src, k in sources:
            labels = self.labels_in(src, k)
            context_age += 1
            last_region_age += 1
            line = src.sents[k].text.rstrip()
            if line.endswith(":"):
                years = [int(t.text) for t in src.sents[k] if _is_year_token(t.text)]
                intro_year = years[-1] if len(set(years)) == 1 else None
            elif intro_year is not None and not src.text.startswith(tuple("-•*0123456789"), src.sents[k].start_char) \
                    and not labels:
                intro_year = None  # the list has ended
            if labels:
                context_label = (labels[-1][0], labels[-1][3])
                context_age = 0
            # The trigger gate: values are read only near an index label.
            values = self.values_in(src, k) if labels or (context_label and context_age <= 4) else []
            subjects = [m for m in src.regions_in(k) if not m.scope and not self.assessor_office(src, m)]
            if not values:
                if subjects and (labels or context_age <= 2):
                    # "Pemkab Serang dinyatakan mengalami peningkatan predikat": the subject of what follows
                    gov = [m for m in subjects if m.is_government] or subjects
                    last_region, last_region_age = gov[0].region, 0
                continue
            sent = src.sents[k]
            aggregate = any(marker in fold(sent.text) for marker in self.aggregate)
            regions = self.drop_appositions(src.view, subjects)
            produced = False
            categorical = [v for v in values if v.kind in ("zone", "grade")]
            toks = list(sent)
            scale = any((t.like_num or t.lower_ in self.lex.number_units) and i + 1 < len(toks)
                        and toks[i + 1].lower_ in self.scale_nouns for i, t in enumerate(toks))
            if categorical and (scale or len({v.text.casefold() for v in categorical}) >= 2 and len(regions) < len(
                    categorical)):
                # "tiga kategori, yakni zona hijau, zona kuning, dan zona merah": a scale, not results
                values = [v for v in values if v.kind not in ("zone", "grade")]
            words = {t.lower_ for t in sent}
            asserts = bool(words & self.attainment)
            sent_keys: set[str] = set()  # indices already given a value in this sentence
            for v in values:
                label = self.label_for(src.view, v, labels)
                if label is None and context_label is not None and context_age <= 4:
                    key = context_label[0]
                    if self.kind_ok(key, v):
                        label = (key, -1, -1, context_label[1])
                if label is None or not self.kind_ok(label[0], v):
                    continue
                key, l_start, l_end, l_text = label
                # "turun dibandingkan tahun 2022 yang mencapai 10,19 persen": an earlier value, compared
                compared = any(w in self.comparison_words for w in src.lowers[max(sent.start, v.start - 8) : v.start])
                before = src.lowers[max(sent.start, v.start - 2) : v.start]
                after = src.lowers[v.end : min(sent.end, v.end + 3)]
                # "naik dari 3,48 ...": where a change started; "3,48 pada evaluasi sebelumnya"
                earlier = (len(before) == 2 and before[0] in self.delta_words and before[1] in self.comparison_from) or (
                    bool(after) and after[0] in self.comparison_links and any(w in self.comparison_after for w in after[1:]))
                if self.index_spec[key].get("strict") and l_start >= 0 and not self.tight(src, l_end, v):
                    if not (compared and key in sent_keys):
                        continue
                anchor = l_start if 0 <= l_start < v.start else v.start - 4
                window_start = max(sent.start, anchor - 3)
                if any(w in self.target_words for w in src.lowers[window_start : v.start]):
                    continue  # a goal or a forecast, not a result
                listed = self.listed_owners(src.view, sent, regions, v, values)
                if listed:
                    owners = listed  # "Tujuh pemda yang meraih predikat A adalah Provinsi X, Kabupaten Y, ..."
                elif v.kind in ("score", "percent", "grade", "zone") and self.is_group_value(src.view, sent, v):
                    continue
                else:
                    owners = self.owners(src.view, regions, v, values)
                if owners is None:
                    continue  # a group phrase sits between the region and the value
                if not owners:
                    if aggregate:
                        continue
                    if (l_start < 0 or v.kind in ("opinion", "zone", "grade")) and not asserts:
                        continue  # no region and nothing says it was attained: a general remark
                    if last_region is not None and last_region_age <= 2:
                        owners = [last_region]
                    elif l_start >= 0 and ctx.regency is not None:
                        owners = [ctx.regency]
                    else:
                        continue
                report = ctx.report_date.year if ctx.report_date else None
                year, explicit = self.value_year(src, k, v, l_start, l_end, doc_years.get(key), report)
                if (compared or earlier) and not explicit:
                    continue  # "naik dibandingkan hasil evaluasi sebelumnya, 3,48": an earlier value of no stated year
                sent_keys.add(key)
                paragraph = (id(src), src.text.rfind("\n", 0, sent.start_char))
                if not explicit:
                    year = last_year.get(key, doc_years.get(key))
                    if year is None and paragraph_year[0] == paragraph:
                        # "Pada penilaian tahun 2023, SAKIP ... 80,12. Indeks SPBE tercatat 3,62": one assessment
                        year = paragraph_year[1]
                    if year is None and intro_year is not None:
                        year = intro_year  # "Hasil evaluasi tahun 2023 untuk Kabupaten Klaten:" above a list
                elif year is not None:
                    last_year[key] = max(year, last_year.get(key, year))
                    paragraph_year = (paragraph, year)
                for region in owners:
                    results.append({
                        "key": key, "label": l_text, "value": v, "region": region, "year": year,
                        "sent": k, "src": src,
                    })
                    produced = True
                last_region = owners[-1]
                last_region_age = 0
            if produced:
                context_age = 0
        return self.finish_index_events(ctx, results)

    def assessor_office(self, an: Analysis, m: RegionMention) -> bool:
        """"Ombudsman Jawa Tengah", "BPK Perwakilan Provinsi Jawa Timur": a province naming the assessor's office."""
        if not m.region.is_province or m.cue_start == 0:
            return False
        before = an.lowers[max(0, m.cue_start - 2) : m.cue_start]
        return bool(before) and before[-1] in self.assessors or before == ["perwakilan", "ri"] or (
            len(before) == 2 and before[0] in self.assessors and before[1] in ("ri", "perwakilan"))

    def labels_in(self, an: Analysis, sent: int) -> list[tuple[str, int, int, str]]:
        cache = an.notes.setdefault("_labels", {})
        if sent not in cache:
            cache[sent] = self._labels_in(an, sent)
        return cache[sent]

    def _labels_in(self, an: Analysis, sent: int) -> list[tuple[str, int, int, str]]:
        picked: list[Match] = []
        for m in sorted(an.matches_in(sent, "INDEX:"), key=lambda m: (m.start, -(m.end - m.start))):
            if picked and m.start < picked[-1].end:
                continue
            picked.append(m)
        out = []
        doc = an.view
        for m in picked:
            end = m.end
            if end < len(doc) and doc[end].text == "(":  # "Indeks Pembangunan Manusia (IPM)"
                k = end
                while k < min(len(doc), end + 6) and doc[k].text != ")":
                    k += 1
                if k < len(doc) and doc[k].text == ")":
                    end = k + 1
            if out and m.start < out[-1][2] and m.label.split(":", 1)[1] == out[-1][0]:
                continue  # "(SAKIP)" restating the label before it
            before = " ".join(an.lowers[max(0, m.start - 3) : m.start])
            if any(before.endswith(p) for p in self.institution_prefixes):
                continue  # "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi": a ministry's name
            start = m.start
            out.append((m.label.split(":", 1)[1], start, end, doc[start:end].text))
        return out

    def kind_ok(self, key: str, v: Value) -> bool:
        if v.kind == "level":
            return key in self.level_indices
        allowed = set(self.index_spec[key]["values"])
        if v.kind == "rank":
            return key != "opini_bpk"
        if v.kind == "percent" and "percent" not in allowed and "score" in allowed:
            return True
        return v.kind in allowed

    def tight(self, an: Analysis, label_end: int, v: Value) -> bool:
        """For rate indices: only region names, years, months and filler words between label and value."""
        doc = an.view
        if v.start < label_end:
            return label_end - v.end <= 2
        region_tokens = {t for k in {an.sent_of[label_end - 1], an.sent_of[v.start]} for m in an.regions_in(k)
                         for t in range(m.start, m.end)}
        for t in doc[label_end : v.start]:
            w = t.lower_
            if t.i in region_tokens or w in self.fillers or t.is_punct or _is_year_token(t.text) or w in self.lex.months:
                continue
            return False
        return v.start - label_end <= 14

    def label_for(self, doc: TokenView, v: Value, labels) -> tuple[str, int, int, str] | None:
        around = [lab for lab in labels if lab[1] <= v.start and v.end <= lab[2]]
        if around:
            return around[0]  # "opini Wajar Tanpa Pengecualian (WTP)": the label holds its value
        before = [lab for lab in labels if lab[2] <= v.start]
        if before:
            lab = before[-1]
            if v.start - lab[2] <= 18:
                return lab
        after = [lab for lab in labels if lab[1] >= v.end and lab[1] - v.end <= 6]
        if after and v.kind in ("grade", "opinion", "zone"):
            return after[0]
        if after and 0 < after[0][1] - v.end <= 3 and all(
                t.lower_ in self.value_then_label for t in doc[v.end : after[0][1]]):
            return after[0]  # "nilai 312,5 dalam penilaian Indeks Sistem Merit"
        return None

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
                len(gap) <= 4 and all(g in (",", "(", ")", "di", "-", "–") for g in gap)
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
            if i > 0 and gap[i - 1].lower_ in ("dari", "of"):
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
            if idx == regions.index(nearest) and not any(t.text in ("dan", "serta", "&") for t in between):
                break
            if all(t.text in (",", "dan", "serta", "&") for t in between) and not any(
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
            if all(t.text in (",", "dan", "serta", "&", ";") for t in between):
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
            if not is_count or (i > 0 and window[i - 1].lower_ in ("dari", "of")):
                continue  # "urutan 25 dari 34 provinsi": a denominator, not a group
            rest = [x.lower_ for x in window[i + 1 :]]
            if rest and (rest[0] in self.group_nouns or rest[0] in ("berpredikat", "masuk", "mendapat",
                                                                       "meraih", "memperoleh")):
                return True
            if rest and rest[0] == "di" and len(rest) > 1 and rest[1] in ("zona", "kategori", "predikat"):
                return True
        return False

    def values_in(self, an: Analysis, sent: int) -> list[Value]:
        """Values in a sentence: numbers (score/percent), grades, audit opinions, zones and ranks."""
        cache = an.notes.setdefault("_values", {})
        if sent in cache:
            return [Value(v.start, v.end, v.text, v.number, v.kind, v.predicate) for v in cache[sent]]
        s = an.sents[sent]
        a0, n_end = s.start, s.end
        W, L, NUM, OFF = an.words, an.lowers, an.like_num, an.offsets  # noqa: N806  (plain token lists)
        date_chars = [(m.start, m.end) for m, _ in an.dates_in(sent) if m.kind in ("numeric", "month")]
        out: list[Value] = []
        label_tokens = {x for m in an.matches_in(sent, "INDEX:") for x in range(m.start, m.end)}
        region_tokens = {x for m in an.regions_in(sent) for x in range(m.start, m.end)}
        n = n_end - a0

        def low(i: int) -> str:
            return L[a0 + i] if 0 <= i < n else ""

        i = 0
        while i < n:
            t = a0 + i
            text = W[t]
            w = L[t]
            prev = low(i - 1)
            nxt = low(i + 1)
            if date_chars and any(a <= OFF[t] < b for a, b in date_chars):
                i += 1
                continue
            # ranks: "peringkat 14", "urutan ke-14", "posisi kedua", "urutan dua terbawah"
            if w in self.rank_words and i + 1 < n:
                j = i + 1
                while j + 1 < n and low(j) in ("ke", "ke-", "-", "yang"):
                    j += 1
                rank = None
                if NUM[a0 + j] and _DIGITS.search(W[a0 + j]):
                    num = parse_number(W[a0 + j].lstrip("-"))
                    rank = int(num) if num is not None and num == int(num) else None
                else:
                    rank = parse_ordinal(W[a0 + j], self.lex)
                    if rank is None:
                        rank, _ = parse_number_words([W[a0 + j]], self.lex)
                if rank:
                    out.append(Value(t, a0 + j + 1, f"peringkat {rank}", None, "rank"))
                    i = j + 1
                    continue
            # zones: "zona hijau"
            if w in ("zona", "zone") and nxt in self.zones:
                out.append(Value(t, t + 2, f"{text} {W[t + 1]}", None, "zone", self.zones[nxt]))
                i += 2
                continue
            if w in ("kategori", "berkategori", "predikat") and nxt in self.zones and out:
                out[-1].predicate = out[-1].predicate or self.zones[nxt]
                i += 2
                continue
            # opinions: WTP / Wajar Tanpa Pengecualian / Disclaimer
            opinion = None
            used = 1
            if w in self.opinion_starts:
                phrase3 = " ".join(L[t : min(t + 3, n_end)])
                if phrase3 in self.opinions:
                    opinion, used = self.opinions[phrase3], 3
            if opinion is None and w in self.opinions and (w != "tw" or "opini" in prev):
                opinion = self.opinions[w]
            if opinion:
                if used == 3 and i + 3 < n and W[t + 3] == "(":
                    used += 3 if i + 5 < n and W[t + 5] == ")" else 0
                out.append(Value(t, t + used, opinion, None, "opinion"))
                i += used
                continue
            # named levels: "kategori Nindya", "status Mandiri" (and a label ending in one: "Swasti Saba Wistara")
            if prev in self.level_cues or (t - 1) in label_tokens:
                rest = " ".join(L[t : min(t + 2, n_end)])
                level = next((lv for lv in self.levels if rest == lv or rest.startswith(lv + " ")), None)
                if level is not None and (prev in self.level_cues or text[:1].isupper()):
                    size = len(level.split())
                    if out and out[-1].kind in ("score", "percent") and t - out[-1].end <= 3:
                        # "mencapai 0,7512 dengan status Maju": the level names the score just given
                        out[-1].predicate = out[-1].predicate or " ".join(W[t : t + size])
                        i += size
                        continue
                    out.append(Value(t, t + size, " ".join(W[t : t + size]), None, "level", level))
                    i += size
                    continue
            # grades: AA, A, BB, B, CC, C, D (with "Plus")
            bare = text.strip("“”\"'‘’").rstrip(".")
            if bare in self.grades:
                after_label = (t - 1) in label_tokens
                if (prev in self.grade_cues or after_label or text != bare or nxt in ("plus", "+")) and not (
                    i > 0 and NUM[t - 1]
                ):
                    value_text = bare
                    end = t + 1
                    if nxt in ("plus", "+"):
                        value_text = f"{bare} {W[t + 1]}"
                        end += 1
                    pred = None
                    # "predikat kurang atau C": the category named before the letter
                    back = " ".join(L[max(a0, t - 4) : t])
                    for cat in self.categories:
                        if back.endswith(cat + " atau") or back.endswith(cat + " ("):
                            pred = cat
                            break
                    out.append(Value(t, end, value_text, None, "grade", pred))
                    i += 1
                    continue
            # numbers
            if NUM[t] and _DIGITS.search(text) and "/" not in text:
                num = parse_number(text)
                if num is None or text.startswith(("Rp", "rp")) or prev in ("rp", "rp.", "idr", "nomor", "no",
                                                                            "no.", "pasal", "ayat"):
                    i += 1
                    continue
                if _is_year_token(text) and nxt not in ("poin", "point", "persen", "%"):
                    i += 1
                    continue
                if prev == "dari" and out and out[-1].end >= t - 1 and not (
                        out[-1].kind in ("score", "percent") and ("," in text or "." in text)
                        and any(_is_year_token(x) for x in W[t + 1 : min(t + 4, n_end)])):
                    i += 1
                    continue  # "posisi 363 dari 514"; but "naik menjadi 71,63 dari 70,92 pada 2022" is a value
                bands = ("-", "–", "—", "sampai", "hingga", "s.d", "s/d")
                if (nxt in bands and i + 2 < n and NUM[t + 2]) or (prev in bands and i > 1 and NUM[t - 2]):
                    i += 1
                    continue  # "nilai 81,00 – 100", "30-50": a band's bounds, not a result
                if prev in self.delta_words or (i > 1 and low(i - 2) in self.delta_words and prev in (
                        "sebesar", "sekitar", "hingga", "mencapai")):
                    i += 1
                    continue  # "peningkatan 40 persen": a change, not the level
                percent = nxt in ("%", "persen")
                # "nilai 312,5 dalam penilaian Indeks Sistem Merit": the assessment is named after the value
                label_next = nxt in self.value_then_label and any(x in label_tokens for x in range(t + 2, t + 5))
                if not percent and not label_next and (
                        nxt in self.count_nouns or (nxt.isalpha() and nxt.islower() and nxt not in self.fillers
                                                    and nxt not in ("poin", "point"))):
                    i += 1
                    continue
                # a parenthesised value belongs to the noun before the parenthesis ("bensin (0,91 persen)")
                if prev == "(" and i > 1:
                    before = t - 2
                    if before not in region_tokens and before not in label_tokens and L[before] not in self.fillers \
                            and W[before][:1].islower():
                        i += 1
                        continue
                end = t + 1 + (1 if percent else 0)
                v = Value(t, end, text, num, "percent" if percent else "score")
                # predicate given with the number: "(berkategori sangat baik)", "atau kategori CC", "(terjaga)"
                tail = " ".join(L[t + 1 : min(t + 7, n_end)])
                for cat in self.categories:
                    if cat in tail and re.match(rf"^(?:persen |% |poin |point )?(?:\( ?)?(?:berkategori |kategori |"
                                                rf"predikat |berpredikat |atau )?{re.escape(cat)}\b", tail):
                        v.predicate = cat
                        break
                if v.predicate is None:
                    grade_next = next((W[x] for x in range(t + 1, min(t + 7, n_end)) if W[x] in self.grades), None)
                    if grade_next and re.match(r"^(?:persen |% |poin |point )?(?:\( ?)?(?:atau )?(?:berpredikat |"
                                               r"kategori |predikat )?\"?(aa|a|bb|b|cc|c|d)\b", tail):
                        v.predicate = grade_next
                out.append(v)
                i += 1
                continue
            i += 1
        # a grade right after a number it qualifies ("60,2 poin atau berpredikat B") is that number's predicate
        merged: list[Value] = []
        for v in out:
            if v.kind == "grade" and v.predicate is None:
                v.predicate = v.text
        for v in out:
            if v.kind == "grade" and merged and merged[-1].kind in ("score", "percent") and v.start - merged[-1].end <= 4:
                merged[-1].predicate = merged[-1].predicate or v.text
                continue
            if v.kind in ("score", "percent") and merged and merged[-1].kind == "grade" and (
                v.start - merged[-1].end <= 4
            ):
                v.predicate = v.predicate or merged[-1].text  # "BB Plus dengan nilai 74,54"
                merged[-1] = v
                continue
            merged.append(v)
        cache[sent] = merged
        return [Value(v.start, v.end, v.text, v.number, v.kind, v.predicate) for v in merged]

    def index_years(self, ctx: Context) -> dict[str, int]:
        """The year each index is written with anywhere in the article ("SPI tahun 2021", "SAKIP 2019")."""
        counts: dict[str, Counter[int]] = {}
        analyses = [ctx.an] + ([ctx.an.title] if ctx.an.title else [])
        for an in analyses:
            doc = an.view
            for k in an.live_sentences():
                labels = self.labels_in(an, k)
                if not labels:
                    continue
                date_chars = [(m.start, m.end) for m, _ in an.dates_in(k) if m.kind in ("numeric", "month")]
                for key, _start, end, _ in labels:
                    window = [t for t in doc[end : min(len(doc), end + 5)]]
                    for t in window:
                        if t.text in (".", ";") or t.is_space:
                            break
                        if any(a <= t.idx < b for a, b in date_chars):
                            break  # "LKPD pada 27 Maret 2025": the day something happened, not the year assessed
                        if _is_year_token(t.text):
                            counts.setdefault(key, Counter())[int(t.text)] += 1
                            break
        return {k: max(c, key=lambda y: (c[y], y)) for k, c in counts.items()}

    def value_year(self, an: Analysis, sent: int, v: Value, l_start: int, l_end: int,
                   doc_year: int | None, report_year: int | None = None) -> tuple[int | None, bool]:
        """The year assessed, and whether the sentence itself says it (a range "2012 sampai 2015" says: none)."""
        doc = an.view
        s = an.sents[sent]
        date_chars = [(m.start, m.end) for m, _ in an.dates_in(sent) if m.kind in ("numeric", "month")]
        in_date = lambda t: any(a <= t.idx < b for a, b in date_chars)  # noqa: E731
        # "tahun sebelumnya WTP", "tahun anggaran sebelum Disclaimer": the year before
        back = " ".join(t.lower_ for t in doc[max(s.start, v.start - 4) : v.start])
        if re.search(r"\bsebelum(?:nya)?$", back) and doc_year:
            return doc_year - 1, True
        # "74,21 (kategori BB) pada tahun 2023 menjadi 81,74": a "pada (tahun) YYYY" right after the value
        for t in doc[v.end : min(s.end, v.end + 8)]:
            if t.lower_ in ("menjadi", "dan", "sedangkan", ";") or (t.like_num and not _is_year_token(t.text)):
                break
            if _is_year_token(t.text) and not in_date(t):
                before = [x.lower_ for x in doc[max(v.end, t.i - 2) : t.i]]
                if "pada" in before or before[-1:] == ["di"]:
                    return int(t.text), True
                break
        # "Tahun lalu, Sakip Pemkab Buton berpredikat CC": a year said relative to the report
        rel = " ".join(t.lower_ for t in doc[s.start : v.start])
        if report_year and re.search(r"\btahun (?:lalu|kemarin|sebelumnya)\b", rel):
            return report_year - 1, True
        # nearest year before the value in the sentence (a range "2012 sampai 2015" gives none)
        for t in reversed(list(doc[s.start : v.start])):
            if _is_year_token(t.text) and not in_date(t):
                prev2 = [x.lower_ for x in doc[max(s.start, t.i - 2) : t.i]]
                if any(p in ("sampai", "hingga", "s.d", "s/d", "-", "–") for p in prev2):
                    return None, True
                nxt = doc[t.i + 1].text if t.i + 1 < s.end else ""
                if nxt in ("-", "–") or fold(nxt) in ("sampai", "hingga"):
                    return None, True
                return int(t.text), True
        # a label written after its value: "Predikat B SAKIP 2019"
        if l_start >= v.end:
            for t in doc[l_end : min(s.end, l_end + 4)]:
                if _is_year_token(t.text) and not in_date(t):
                    return int(t.text), True
        if report_year and re.search(r"\btahun ini\b", rel):
            return report_year, True
        # "atas LKPD Tahun Anggaran 2024" after the value
        after = list(doc[v.end : s.end])
        for i, t in enumerate(after[:20]):
            if _is_year_token(t.text) and not in_date(t) and i > 0 and after[i - 1].lower_ in ("tahun", "anggaran", "ta"):
                return int(t.text), True
        return doc_year, False

    def finish_index_events(self, ctx: Context, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # one event per (index, region, value); ranks only where the same label gave no value;
        # a bare category (zone, grade) folds into a number of the same index, region and year.
        seen: dict[tuple, dict[str, Any]] = {}
        for r in results:
            key = (r["key"], r["region"].code, r["value"].text.replace(" ", "").casefold())
            if key in seen:
                if seen[key]["year"] is None and r["year"] is not None:
                    seen[key]["year"] = r["year"]
                if seen[key]["src"] is not ctx.an and r["src"] is ctx.an:
                    seen[key].update(sent=r["sent"], src=r["src"])
                continue
            seen[key] = r
        items = list(seen.values())
        # A headline figure that the body gives to another index of the same region belongs to that index
        # ("Ekonomi X Tumbuh 6,12 Persen, Inflasi Terkendali"): the body has the context the headline lacks.
        in_body = {(r["region"].code, r["value"].number, r["key"]) for r in items
                   if r["src"] is ctx.an and r["value"].number is not None}
        items = [r for r in items if r["src"] is ctx.an or r["value"].number is None or not any(
            code == r["region"].code and number == r["value"].number and key != r["key"]
            for code, number, key in in_body)]
        # "naik dari 71 persen menjadi 77 persen" after "71,41 persen ... 77,04 persen": the same figures rounded
        precise = {(r["region"].code, int(r["value"].number)) for r in items
                   if r["value"].number is not None and r["value"].number != int(r["value"].number)}
        items = [r for r in items if not (r["value"].number is not None and r["value"].number == int(r["value"].number)
                                          and (r["region"].code, int(r["value"].number)) in precise)]
        keep = []
        for r in items:
            v: Value = r["value"]
            same = [o for o in items if o is not r and o["key"] == r["key"] and o["region"].code == r["region"].code]
            if v.kind == "rank" and any(o["value"].kind != "rank" and fold(o["label"]) == fold(r["label"]) for o in same):
                continue
            if v.kind == "rank" and any(o["value"].kind != "rank" for o in same) and r["label"] and any(
                o["label"] == r["label"] for o in same
            ):
                continue
            if v.kind in ("zone", "grade") and any(
                o["value"].kind in ("score", "percent") and (o["year"] == r["year"] or r["year"] is None)
                for o in same
            ):
                for o in same:
                    if o["value"].kind in ("score", "percent") and not o["value"].predicate:
                        o["value"].predicate = v.predicate or v.text
                continue
            keep.append(r)
        # dates: the day an index was announced or awarded, for the latest year reported
        events = []
        for r in keep:
            key = r["key"]
            max_year = max((o["year"] for o in keep if o["key"] == key and o["year"]), default=None)
            when = None
            venue = None
            if r["year"] == max_year:
                when, venue_sent = self.announce_date(ctx, key)
                if venue_sent is not None:
                    venue = self.venue_in(ctx.an, venue_sent)
            v = r["value"]
            sents = [r["sent"]] if r["src"] is ctx.an else []
            events.append({
                "type": "index_report",
                "regency": self.region_ref(r["region"]),
                "date": when.isoformat() if when else None,
                "venue": venue,
                "people": [],
                "evidence": self.evidence(ctx.an, sents) if sents else r["src"].text,
                "index": key,
                "index_label": r["label"],
                "value": v.text,
                "value_number": round(v.number, 4) if v.number is not None else None,
                "year": r["year"],
                "predicate": v.predicate,
                "_rule": f"index: label '{r['label']}' + {v.kind} value + region",
                "_sents": sents,
            })
        return events

    def announce_date(self, ctx: Context, key: str) -> tuple[date | None, int | None]:
        cache = ctx.an.notes.setdefault("_announce", {})
        if key not in cache:
            cache[key] = self._announce_date(ctx, key)
        return cache[key]

    def _announce_date(self, ctx: Context, key: str) -> tuple[date | None, int | None]:
        an = ctx.an
        for strength in ("strong", "weak"):
            for k in ctx.live:
                ann = an.matches_in(k, "ANNOUNCE")
                if not ann:
                    continue
                words = [fold(an.view[m.start : m.end].text) for m in ann]
                if strength == "strong" and not any(w in self.strong_announce for w in words):
                    continue
                d = ctx.date_in(k)
                if d:
                    return d, k
        if ctx.published is not None:
            # The announcement is the news itself ("BPK menyerahkan LHP ..." in the lead): the report's day.
            for k in ctx.live:
                # "Hasil SPI yang dirilis KPK": a release told as background, not the news of the day
                words = [fold(an.view[m.start : m.end].text) for m in an.matches_in(k, "ANNOUNCE")
                         if m.start == 0 or an.lowers[m.start - 1] != "yang"]
                if any(w in self.strong_announce for w in words):
                    if not any(m.kind in ("numeric", "month") for m, _ in an.dates_in(k)):
                        return ctx.published, k
                    break
        if key in self.statistics:
            for k in ctx.live:
                if any(m.label == f"INDEX:{key}" for m in an.matches_in(k, "INDEX:")):
                    d = ctx.date_in(k)
                    if d:
                        return d, k
        return None, None

    # ------------------------------------------------------------------ people
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
