"""Agreement signings: Perjanjian Kinerja, MoU, PKS, pakta integritas, NPHD."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from extract.analysis import Analysis, Match, Sentence, TokenView
from extract.lexicon import alternation
from extract.rules.context import Context, _is_year_token


@lru_cache(maxsize=8)
def _article_year_pattern(kind: str, fiscal_year_heads: tuple[str, ...], elections: tuple[str, ...] = (),
                          modifiers: tuple[str, ...] = (), year_nouns: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """Compiled once: "Perjanjian Kinerja (Tahun Anggaran) 2024" for PK years, the election's year for NPHD."""
    if kind == "perjanjian_kinerja":
        heads = alternation(fiscal_year_heads)
        return re.compile(rf"perjanjian kinerja\s{{1,3}}(?:(?:{heads})\s{{1,3}}){{0,2}}((?:19|20)\d\d)\b", re.IGNORECASE)
    if kind == "nphd":
        return re.compile(rf"\b(?:{alternation(elections)})\s{{1,3}}(?:(?:{alternation(modifiers)})\s{{1,3}})?"
                          rf"(?:(?:{alternation(year_nouns)})\s{{1,3}})?((?:19|20)\d\d)\b", re.IGNORECASE)
    return None


class SigningRules:
    """One signing per article (coordinated kinds kept), its title, year, parties, date and venue."""

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
                if all(g in self.g.kind_restatement_links
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
        if j + 1 < sent.end and doc[j].lower_ in self.g.year_heads and _is_year_token(doc[j + 1].text):
            return j + 2
        if j + 2 < sent.end and doc[j].lower_ in self.g.year_heads and doc[j + 1].lower_ in self.g.fiscal_year_heads \
                and _is_year_token(doc[j + 2].text):
            return j + 3  # "Perjanjian Kinerja Tahun Anggaran 2024"
        if j < sent.end and _is_year_token(doc[j].text):
            return j + 1
        if j < sent.end and doc[j].lower_ in self.g.subject_openers:
            if doc[j].lower_ == "di" and not (j + 1 < sent.end and doc[j + 1].lower_ == "bidang"):
                return j
            k = j + 1
            stops = self.g.subject_enders
            while k < sent.end and k - j < 26 and doc[k].lower_ not in stops and not doc[k].is_space:
                if doc[k].lower_ == "di" and k + 1 < sent.end and doc[k + 1].lower_ == "bidang":
                    k += 1
                    continue
                k += 1
            return k
        return j

    @staticmethod
    def is_caps_line(an: Analysis, k: int) -> bool:
        text = an.sents[k].text
        return text.isupper() and sum(map(str.isalpha, text)) >= 12

    def signings(self, ctx: Context) -> list[dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        sources = [(ctx.an, k) for k in ctx.live] + (
            [(ctx.an.title, k) for k in ctx.an.title.live_sentences()] if ctx.an.title else []
        )
        # a headline repeated in capitals inside the body ("SEMUA KEPALA OPD TANDATANGANI PAKTA INTEGRITAS") is a
        # headline, not the report: the sentence that tells the signing names all its agreements
        with_verb = {id(an): {m.sent for m in an.matches if m.label.startswith("SIGN_VERB")}
                     for an in (ctx.an, ctx.an.title) if an is not None}
        for an, k in sources:
            if k not in with_verb[id(an)]:
                continue  # no signing verb: most sentences, passed over without a lookup
            verbs = [m for m in an.matches_in(k, "SIGN_VERB")]
            if not verbs:
                continue
            kind_sent = k if an.matches_in(k, "SIGN_KIND:") else self.kind_told_before(ctx, an, k, verbs[0])
            if kind_sent is None:
                continue
            headline = an is not ctx.an or self.is_caps_line(an, k)
            if all(self.is_plan(an, k, v, ctx) or self.signed_before(an, k, v) for v in verbs):
                continue
            if not self.mentions_government(an, k) and not any(m.is_government for m in an.regions_in(k)):
                continue  # no local government near the signing
            groups = self.kind_groups(an, kind_sent)
            sent = an.sents[kind_sent]
            for idx, (kind, start, end) in enumerate(groups):
                after = an.view[end].lower_ if end < len(an.view) else ""
                if after in self.anaphora and found and kind not in found:
                    continue  # "perjanjian kerjasama itu": the agreement already named
                key = kind
                if kind in found and not headline and self.same_kind_again(ctx, an, k, start, found[kind]):
                    key = f"{kind}@{k}"  # the same kind signed again in an act of its own, on its own day
                elif kind in found:
                    if not headline and found[kind]["_headline"]:
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
                found[key] = {"_an": an, "_sents": sorted({kind_sent, k}) if an is ctx.an else [], "_title_sent": k,
                               "kind": kind,
                               "title": title, "year": year, "start": start, "_headline": headline}
        # One signing per article: the first agreement named, and those named with it in the same sentence
        # ("Pakta Integritas dan Perjanjian Kinerja"); a generic "other" only when nothing specific is named.
        lead: dict[str, Any] | None = None
        order = sorted(found.items(), key=lambda kv: (kv[1]["_an"] is not ctx.an, kv[1]["_headline"],
                                                      kv[1]["_title_sent"]))
        if order:
            lead = order[0][1]
            # "Usai MoU, dilanjutkan penandatanganan PKS antara ...": a second signing that follows the first
            # "Di tempat yang sama, Bupati juga meneken MoU dengan ...", "Sebelumnya, pada Jumat (5/1), mereka
            # menandatangani pakta integritas": another kind signed in an act of its own
            followers = {k: f for k, f in order if f["_an"] is ctx.an and k != "other"
                         and f["_title_sent"] != lead["_title_sent"]
                         and (any(w in self.sequence_markers or w in self.further_markers for w in ctx.an.lowers[
                             ctx.an.sents[f["_title_sent"]].start : f["start"]])
                              or self.own_day(ctx, f["_title_sent"], lead) or self.another_kind_signed(ctx, f, lead))}
            found = {k: f for k, f in order if f["_an"] is lead["_an"] and f["_title_sent"] == lead["_title_sent"]}
            if len(found) > 1:
                found.pop("other", None)
            for k, f in followers.items():
                found.setdefault(k, f)
            # "Pemkot X Teken MoU dan PKS dengan BPN" over a body that tells the MoU's signing: the kinds the
            # headline coordinates with the one signed are signed too
            for k, f in order:
                if f["_an"] is not ctx.an and f["_an"] is not lead["_an"] and k != "other" and k not in found and any(
                        g[0] == lead["kind"] for g in self.kind_groups(f["_an"], f["_title_sent"])):
                    found[k] = f
        events = []
        for f in found.values():
            kind = f["kind"]
            an = f["_an"]
            sents = f["_sents"] or []
            year = f["year"] or self.agreement_year_elsewhere(ctx, kind)
            if an is ctx.an:
                main = f["_title_sent"]
                region = self.own_region_named(ctx, main) or self.region_in(an, [main]) or self.region_in(
                    ctx.an, sents) or ctx.regency
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
            if an is ctx.an and f is not lead and (day := ctx.date_in(main, dateline=False)):
                when = day  # a later or earlier act: its own day
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

    def kind_told_before(self, ctx: Context, an: Analysis, k: int, verb: Match) -> int | None:
        """"Pemkab X menjalin perjanjian kerja sama dengan Y. Perjanjian itu ditandatangani Bupati X, Rabu (14/2)",
        "... sepakat bekerja sama. Penandatanganan dilakukan di ...": a signing sentence that names nothing signed
        but points back (an agreement word with "itu"/"tersebut", or the bare signing noun followed by its doing or
        its agent) takes the agreement kind of the sentence before it, when that one signs nothing itself."""
        j = k - 1
        if an is not ctx.an or j < 0 or j in an.skip or not an.matches_in(j, "SIGN_KIND:") or an.matches_in(j, "SIGN_VERB"):
            return None
        s = an.sents[k]
        lowers = an.lowers
        pointed = any(lowers[i] in self.agreement_heads and lowers[i + 1] in self.anaphora for i in range(s.start, s.end - 1))
        nxt = lowers[verb.end] if verb.end < s.end else ""
        bare_noun = lowers[verb.start].startswith("pe") and (nxt in self.g.ceremony_words or nxt in self.g.agent_markers)
        return j if pointed or bare_noun else None

    def another_kind_signed(self, ctx: Context, f: dict[str, Any], lead: dict[str, Any]) -> bool:
        """"Seluruh kepala OPD menandatangani pakta integritas ... . Penandatanganan perjanjian kinerja tahun 2024
        dilakukan di hadapan Bupati": a later body sentence that signs another kind, in the narration, is a signing
        too; not when it names the first kind again (a restatement of the same act: "MoU dan MoA"), restates a
        headline line just before it, or is a quote."""
        an = ctx.an
        k = f["_title_sent"]
        if lead["_an"] is not an or lead["_headline"] or self.is_statement(an, k):
            return False
        if any(g[0] == lead["kind"] for g in self.kind_groups(an, k)):
            return False
        title_line = self.finder._headline_case(an, an.sents[lead["_title_sent"]])
        return not (title_line and k == next((j for j in ctx.live if j > lead["_title_sent"]), None))

    def own_region_named(self, ctx: Context, k: int):
        """"usai dilantik oleh Gubernur Jawa Timur ..., Wali Kota Batu X juga menandatangani ...": when the article's
        own regency or city is named as a government in the signing sentence, the signing is its, not the province's
        named first."""
        own = ctx.regency
        if own is None or own.is_province:
            return None
        gov = [m for m in ctx.an.regions_in(k) if m.is_government and not m.scope]
        if any(m.region == own for m in gov) and gov[0].region.is_province:
            return own
        return None

    def same_kind_again(self, ctx: Context, an: Analysis, k: int, kind_start: int, first: dict[str, Any]) -> bool:
        """"Sebelumnya, usai dilantik pada Rabu 27 Desember lalu, Wali Kota juga menandatangani pakta integritas":
        an agreement of a kind already signed, told with a further marker and a day of its own, is another act."""
        if an is not ctx.an or first["_an"] is not ctx.an or first["_headline"]:
            return False
        s = an.sents[k]
        marked = any(w in self.further_markers for w in an.lowers[s.start : kind_start])
        day = ctx.date_in(k, dateline=False)
        return marked and day is not None and day != self.event_date(ctx, [first["_title_sent"]])

    def signed_before(self, an: Analysis, k: int, verb: Match) -> bool:
        """"menjalankan perjanjian kinerja yang telah ditandatangani awal tahun": a relative clause pointing back at
        a signing, with no day written in the sentence, reports none."""
        words = an.lowers[max(an.sents[k].start, verb.start - 3) : verb.start]
        while words and words[-1] in self.g.done_words:
            words = words[:-1]
        if not words or words[-1] not in self.reference_markers:
            return False
        return not any(day is not None for _, day in an.dates_in(k))  # "yang telah ditandatangani pagi ini": today's

    def own_day(self, ctx: Context, k: int, lead: dict[str, Any]) -> bool:
        """A signing sentence that writes a day of its own, other than the day the first signing's sentence
        writes."""
        if lead["_an"] is not ctx.an:
            return False
        day = ctx.date_in(k, dateline=False)
        first = ctx.date_in(lead["_title_sent"], dateline=False)
        return day is not None and first is not None and day != first

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
            if w in self.g.year_heads and _is_year_token(doc[i + 1].text):
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
        pattern = _article_year_pattern(kind, tuple(self.g.fiscal_year_heads), self.election_words,
                                        self.election_modifiers, tuple(self.g.year_nouns))
        if pattern is None:
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
                if t.text in (",", ".", ";") or t.lower_ in self.g.party_enders:
                    break
                seg.append(t)
            return self._split_parties(seg)
        verbs = an.matches_in(sent, "SIGN_VERB")
        v = min((m.start for m in verbs), default=kind_start)
        seg = [t for t in doc[s.start : v] if not t.is_space]
        while seg and (seg[-1].lower_ in self.g.party_trailers
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

    def _split_parties(self, tokens) -> list[str]:
        parts, cur = [], []
        for t in tokens:
            if t.lower_ in self.g.party_joiners:
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

