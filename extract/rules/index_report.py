"""Index reports: one event per (index, region, value), with the year assessed and the day announced."""

from __future__ import annotations

import re
from typing import Any

from extract.analysis import Analysis, Match, TokenView
from extract.lexicon import fold
from extract.regions import RegionMention
from extract.rules.context import Context, Value, _is_year_token
from pantau.regions import Region


class IndexReportRules:
    """Reads labels, values and their owners sentence by sentence and folds them into events."""

    def index_reports(self, ctx: Context) -> list[dict[str, Any]]:
        an = ctx.an
        if not any(m.label.startswith("INDEX:") for a in (an, an.title) if a is not None for m in a.matches):
            return []  # no index named in the article (title included): no label, no context, no value is read
        doc_years = self.index_years(ctx)
        results: list[dict[str, Any]] = []
        context_label: tuple[str, str] | None = None  # (key, label text) of the last index named
        context_age = 99
        last_region: Region | None = None
        last_region_age = 99
        sources: list[tuple[Analysis, int]] = []
        body_live, title_live = set(ctx.live), set(an.title.live_sentences()) if an.title is not None else set()
        if an.title is not None:
            sources += [(an.title, k) for k in an.title.live_sentences()]
        sources += [(an, k) for k in ctx.live]
        last_year: dict[str, int] = {}
        paragraph_year: tuple[tuple[int, int] | None, int | None] = (None, None)  # the last explicit year, by line
        intro_year: int | None = None  # the year of a line introducing a list ("Hasil evaluasi tahun 2023:")
        column_years: list[int] = []  # the years of a flattened table's columns, from its header line
        pending: dict[str, Any] | None = None  # a value given to "lima pemda", waiting for their list
        for src, k in sources:
            live = title_live if src is not an else body_live
            labels = self.labels_in(src, k)
            context_age += 1
            last_region_age += 1
            line = src.sents[k].text.rstrip()
            if line.endswith(":"):
                years = [int(w) for w in src.words[src.sents[k].start : src.sents[k].end] if _is_year_token(w)]
                intro_year = years[-1] if len(set(years)) == 1 else None
            elif intro_year is not None and not src.text.startswith(tuple("-•*0123456789"), src.sents[k].start_char) \
                    and not labels:
                intro_year = None  # the list has ended
            if labels:
                context_label = (labels[-1][0], labels[-1][3])
                context_age = 0
            # The trigger gate: values are read only near an index label.
            if context_label and context_age > 4 and not labels and self.result_told(ctx, src, k, context_label[0]):
                # "Kota Padang Panjang meraih nilai tertinggi dengan 95,61" paragraphs after the article's one index
                # was named, quotes and background between: its result still
                context_age = 4
            elif context_label and context_age > 4 and not labels and src is an and (
                    headline := self.headline_index(ctx)) is not None and self.result_told(
                    ctx, src, k, headline[0], article_wide=False):
                # an article naming two indices whose headline names one: a result told far below, with no label,
                # is the headline's ("Pemkab X Raih Predikat BB SAKIP" ... "Klaten memperoleh nilai 73,12")
                context_label, context_age = headline, 4
            values = self.values_in(src, k) if labels or (context_label and context_age <= 4) else []
            if labels and (won := self.award_values(src, k, labels, values)):
                values = sorted(values + won, key=lambda v: v.start)  # "Kota X kembali meraih Adipura"
            if not labels and k in src.notes.get("_other_measure", ()):
                values = []  # "Pertumbuhan IPM Klaten sebesar 0,82 persen": another measure's value
            if not labels and (inferred := self.categorical_label(
                    ctx, src, k, context_label if context_age <= 4 else None)) is not None:
                # "Pemkab Tanimbar masuk zona merah" paragraphs after the last "Ombudsman": the only index of the
                # article that takes such a value is its label
                context_label, context_age = inferred, 0
                values = self.values_in(src, k)
            if labels and not values:
                # a table header flattened into a line: "No Kabupaten/Kota IPM 2022 IPM 2023"
                years = [int(w) for w in src.words[src.sents[k].start : src.sents[k].end] if _is_year_token(w)]
                column_years = years if len(years) >= 2 and len(set(years)) == len(years) else column_years
            column_row = (column_years if not labels and len(column_years) >= 2 and len(values) == len(column_years)
                          and all(v.kind in ("score", "percent") for v in values) else None)
            subjects = [m for m in src.regions_in(k) if not m.scope and not self.assessor_office(src, m)
                        and not self.framing_province(src, k, m)]
            if pending is not None:
                pending["age"] += 1
                if pending["age"] > 2 or pending["src"] is not src:
                    pending = None
            if pending is not None and not values:
                listed = self.introduced_list(src, k, self.drop_appositions(src.view, subjects))
                if len(listed) >= 2:
                    for region in listed:
                        results.append({"key": pending["key"], "label": pending["label"], "value": pending["value"],
                                        "region": region, "year": pending["year"], "sent": k, "src": src})
                    pending = None
                    context_age = 0
                    continue
            if not values:
                if (carried := self.carried(results, src, k, subjects, values)):
                    results += carried  # "... meraih WTP. Begitu pula Kabupaten Pati dan Kabupaten Rembang."
                    context_age = 0
                    continue
                if subjects and (labels or context_age <= 2):
                    # "Pemkab Serang dinyatakan mengalami peningkatan predikat": the subject of what follows
                    gov = [m for m in subjects if m.is_government] or subjects
                    last_region, last_region_age = gov[0].region, 0
                continue
            sent = src.sents[k]
            aggregate = any(marker in fold(sent.text) for marker in self.aggregate)
            regions = self.drop_appositions(src.view, subjects)
            produced = False
            categorical = [v for v in values if v.kind in ("zone", "grade", "category")]
            toks = list(src.view[sent.start : sent.end])
            # a whole count of bands ("tiga kategori", "3 zona"), not a score before its band ("95,12 zona hijau")
            # ("SAKIP 2023 predikat BB": a year before the grade's cue counts nothing)
            scale = any(((t.like_num and not any(c in t.text for c in ",.") and not _is_year_token(t.text))
                         or t.lower_ in self.lex.number_units)
                        and i + 1 < len(toks)
                        and toks[i + 1].lower_ in self.scale_nouns for i, t in enumerate(toks))
            dated = all(self.dated_in_series(src, v, values) for v in categorical)  # "CC pada 2020, B pada 2021"
            # "peringkat B untuk SAKIP dan peringkat CC untuk RB": each grade of its own index is no scale
            own_labels = len({(lb or ("",))[0] for lb in (self.label_for(src.view, v, labels) for v in categorical)})
            if categorical and (scale or len({v.text.casefold() for v in categorical}) >= 2 and len(regions) < len(
                    categorical) and not dated and own_labels < len(categorical)):
                # "tiga kategori, yakni zona hijau, zona kuning, dan zona merah": a scale, not results
                values = [v for v in values if v.kind not in ("zone", "grade", "category")]
            words = set(src.lowers[sent.start : sent.end])
            asserts = bool(words & self.attainment)
            sent_keys: set[str] = set()  # indices already given a value in this sentence
            pairs = self.paired_values(src.view, sent, regions, values)
            year_pairs = self.paired_years(src, sent, values)  # "2019 hingga 2021 ... masing-masing 20,3, 28,7 dan 25,3"
            for v in values:
                label = self.label_for(src.view, v, labels)
                opening = self.opening_value(src, sent, v)
                if label is None and opening and labels:
                    label = labels[0]  # "Dengan nilai 3,52, Kabupaten Gresik meraih ... SPBE 2023"
                if label is None and context_label is not None and context_age <= 4:
                    key = context_label[0]
                    if self.kind_ok(key, v):
                        label = (key, -1, -1, context_label[1])
                if label is None or not self.kind_ok(label[0], v):
                    continue
                key, l_start, l_end, l_text = label
                role = self.quantity_role(src, sent, v, l_start)
                if role in ("target", "change", "part"):
                    continue  # a goal, a forecast, a threshold, a gap or a share, not a result
                compared, earlier = role == "compared", role == "earlier"
                own = max([l_end] + [o.end for o in values if o.end <= v.start])  # the value's own phrase
                if v.number is not None and v.number > 0 and 0 <= own <= v.start and set(
                        src.lowers[own : v.start]) & self.below_zero[key]:
                    v.number, v.text = -v.number, "-" + v.text  # "ekonomi terkontraksi 1,2 persen"
                if self.index_spec[key].get("strict") and l_start >= 0 and not self.tight(src, l_end, v):
                    # "..., sementara Kabupaten A 36,88 persen, disusul B dengan 35,49": once the label has a
                    # value here, a region written right before a further value pairs with it
                    # "Tingkat kemiskinan di Madura pada 2023: Sampang 21,76 persen, Bangkalan ...": after the
                    # label's intro ending in a colon, region-value pairs
                    introduced = ":" in src.words[l_end : v.start] and self.region_pair(src, sent, regions, v)
                    # "Inflasi ... di empat kota IHK, Kota Kupang 2,41 persen, Maumere 2,36 persen, ...": a run of
                    # region-value pairs after the label, each value right after its region
                    introduced = introduced or (self.region_pair(src, sent, regions, v) and sum(
                        self.region_pair(src, sent, regions, o) for o in values if o.kind == v.kind) >= 2)
                    if v.start not in pairs and v.start not in year_pairs and not introduced and not (
                            (compared or self.region_pair(src, sent, regions, v) or self.year_led(src, sent, v))
                            and key in sent_keys):
                        continue
                listed = self.listed_owners(src.view, sent, regions, v, values)
                if v.start in pairs:
                    owners = [pairs[v.start]]  # "A dan B masing-masing 71,2 dan 69,8"
                elif listed:
                    owners = listed  # "Tujuh pemda yang meraih predikat A adalah Provinsi X, Kabupaten Y, ..."
                elif v.kind in ("score", "percent", "grade", "zone", "opinion", "category") and self.is_group_value(src.view, sent, v):
                    # "Empat daerah meraih predikat BB, antara lain A, B, ...": the group's list in the sentence,
                    # or below it as items; else "opini WTP kepada lima pemda. Kelima daerah itu yakni A, B, ..."
                    stop = min((o.start for o in values if o.start >= v.end), default=None)
                    owners = self.introduced_list(src, k, regions, start=v.end, stop=stop) or (
                        self.region_lines(src, k, live) if stop is None else [])
                    # "Pemprov Bali beserta sembilan kabupaten/kota meraih opini WTP": the government named with
                    # the group holds it too
                    joined = [r for r in self.joined_to_group(src.view, regions, v) if r not in owners]
                    if owners:
                        owners = joined + owners
                    else:
                        pending = {"key": key, "label": l_text, "value": v, "k": k, "src": src, "age": 0,
                                   "year": self.value_year(src, k, v, l_start, l_end, doc_years.get(key),
                                                           ctx.report_date.year if ctx.report_date else None,
                                                           self.this_year_lag.get(key, 0))[0]}
                        owners = joined  # the group's list may still follow
                        if not owners:
                            continue
                else:
                    owners = self.owners(src.view, regions, v, values)
                if not owners and opening:
                    # the subject right after the opening phrase holds its value
                    owners = [m.region for m in regions if m.cue_start > v.end][:1]
                if owners == [] and line.endswith(":"):
                    owners = self.region_lines(src, k, live)  # "Daerah yang masuk zona hijau:" above "- Kota A"
                if owners is None:
                    continue  # a group phrase sits between the region and the value
                if not owners:
                    if aggregate:
                        continue
                    if (l_start < 0 or v.kind in ("opinion", "zone", "grade", "category")) and not asserts and (
                            self.row_cell_owner(src, k, v, live) is None):
                        continue  # no region and nothing says it was attained: a general remark
                    if v.kind == "category":
                        continue  # "instansi yang masuk kategori baik": a bare category names its own region
                    if self.other_subject(src, sent, v, l_end):
                        continue  # "indeks tertinggi kementerian diraih PPATK di angka 85": someone else's value
                    if (group := self.group_anaphor_owners(src, k, v)):
                        owners = group  # "... kepada Pemkab A dan Pemkab B. Keduanya meraih opini WTP"
                    elif (back := self.anaphoric_owner(src, k, v)) is not None:
                        owners = [back]  # "Kota ini meraih nilai IPM tertinggi": the city named before
                    elif (cell := self.row_cell_owner(src, k, v, live)) is not None:
                        owners = [cell]  # a table flattened one cell a line: "Sleman" then "84,98"
                    elif last_region is not None and last_region_age <= 2:
                        owners = [last_region]
                    elif l_start >= 0 and ctx.regency is not None:
                        owners = [ctx.regency]
                    else:
                        continue
                report = ctx.report_date.year if ctx.report_date else None
                year, explicit = self.value_year(src, k, v, l_start, l_end, doc_years.get(key), report,
                                                 self.this_year_lag.get(key, 0))
                if v.start in year_pairs:
                    year, explicit = year_pairs[v.start], True
                elif v.kind in ("grade", "zone", "category", "opinion") and (
                        own := self.year_since_last_value(src, sent, v, values)) is not None:
                    year, explicit = own, True  # "tahun 2017 predikatnya BB, ... pada 2018 menjadi ...": 2017
                if column_row is not None:
                    year, explicit = column_row[values.index(v)], True  # the column's year
                elif labels and (column := self.inline_column_year(src, sent, regions, values, v)) is not None:
                    year, explicit = column, True  # "IPM 2022 IPM 2023 1 Kab. Sleman 84,00 84,98 2 Kab. ..."
                if not explicit and v.start in pairs:
                    # "A dan B masing-masing 2,3 dan 2,1 persen pada Desember 2023": the pairs share one period
                    for o in values:
                        if o.start in pairs and o is not v:
                            o_year, o_explicit = self.value_year(src, k, o, l_start, l_end, doc_years.get(key), report,
                                                                 self.this_year_lag.get(key, 0))
                            if o_explicit and o_year is not None:
                                year, explicit = o_year, True
                                break
                if (compared or earlier) and not (explicit and self.own_year(src, sent, v, compared)):
                    # "naik dibandingkan hasil evaluasi sebelumnya, 3,48", "Nilai SAKIP tahun 2023 naik dari 72,5
                    # menjadi 80,1": an earlier value without a year of its own
                    continue
                sent_keys.add(key)
                paragraph = (id(src), src.text.rfind("\n", 0, sent.start_char))
                if not explicit:
                    year = last_year.get(key, doc_years.get(key))
                    if year is None and paragraph_year[0] == paragraph:
                        # "Pada penilaian tahun 2023, SAKIP ... 80,12. Indeks SPBE tercatat 3,62": one assessment
                        year = paragraph_year[1]
                    if year is None and intro_year is not None:
                        year = intro_year  # "Hasil evaluasi tahun 2023 untuk Kabupaten Klaten:" above a list
                    if year is None:
                        # "Pada tahun 2023, BPS mencatat ... . IPM Kabupaten X 66,9", "... . Angka itu capaian 2023"
                        year = self.neighbour_year(src, k, key not in self.year_lag)
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
                results += self.carried(results, src, k, subjects, values)  # "A meraih WTP, begitu juga B dan C"
        return self.finish_index_events(ctx, results)

    def award_values(self, an: Analysis, k: int, labels, values: list[Value]) -> list[Value]:
        """"Kota Probolinggo kembali meraih Anugerah Adipura", "menerima WTN": an award won by its name, with no
        level or score after it, is its own value (the name as written)."""
        out = []
        s = an.sents[k]
        for _key, start, end, _text in labels:
            words = an.lowers[start:end]
            name = next((n for n in self.award_names if words[-len(n):] == n), None)
            if name is None or any(start <= v.start < end + 6 for v in values):
                continue  # "Adipura Kencana", "Parahita Ekapraya kategori Utama": the level is the value
            i = start - 1
            while i > s.start and an.lowers[i] in self.award_fillers:
                i -= 1
            if i >= s.start and an.lowers[i] in self.award_verbs:
                out.append(Value(end - len(name), end, " ".join(an.words[end - len(name) : end]), None, "level"))
        return out

    def result_told(self, ctx: Context, src: Analysis, k: int, key: str, article_wide: bool = True) -> bool:
        """The article names one index only (`article_wide`), and this sentence tells a result: a region, a result
        noun ("nilai", "skor", "predikat") and no quote."""
        if (article_wide and set(self.article_labels(ctx)) != {key}) or not src.regions_in(k) or self.is_statement(
                src, k):
            return False
        s = src.sents[k]
        return not self.result_nouns.isdisjoint(src.lowers[s.start : s.end])

    def headline_index(self, ctx: Context) -> tuple[str, str] | None:
        """The one index the headline names (key, label as written), None for none or several."""
        title = ctx.an.title
        if title is None:
            return None
        found = {m.label.split(":", 1)[1]: title.view[m.start : m.end].text
                 for m in title.matches if m.label.startswith("INDEX:")}
        return next(iter(found.items())) if len(found) == 1 else None

    def article_labels(self, ctx: Context) -> dict[str, str]:
        """The indices the article names (title and body), each with its first label as written."""
        if "_article_labels" not in ctx.an.notes:
            found: dict[str, str] = {}
            for an in ([ctx.an.title] if ctx.an.title is not None else []) + [ctx.an]:
                for m in an.matches:
                    if m.label.startswith("INDEX:"):
                        found.setdefault(m.label.split(":", 1)[1], an.view[m.start : m.end].text)
            ctx.an.notes["_article_labels"] = found
        return ctx.an.notes["_article_labels"]

    def categorical_label(self, ctx: Context, src: Analysis, k: int,
                          context: tuple[str, str] | None) -> tuple[str, str] | None:
        """For a sentence without a label that gives a zone, an audit opinion or a grade the label in `context`
        (if any) does not take: the one index of the article that takes all such values, else None."""
        s = src.sents[k]
        if self.categorical_cues.isdisjoint(src.lowers[s.start : s.end]):
            return None
        keys = self.article_labels(ctx)
        if not keys:
            return None
        distinct = [v for v in self.values_in(src, k) if v.kind in ("zone", "opinion", "grade")]
        if not distinct:
            return None
        fitting = [key for key in keys if key in self.index_spec and all(self.kind_ok(key, v) for v in distinct)]
        if len(fitting) != 1 or (context is not None and self.kind_ok(context[0], distinct[0])
                                 and all(self.kind_ok(context[0], v) for v in distinct)):
            return None  # none or several fit, or the label in context already takes them
        return fitting[0], keys[fitting[0]]

    def region_pair(self, an: Analysis, sent, regions, v: Value) -> bool:
        """A region right before the value, only link words between ("B dengan 35,49", "C: 12,4")."""
        before = [m for m in regions if m.end <= v.start]
        if not before:
            return False
        gap = an.lowers[before[-1].end : v.start]
        return len(gap) <= 3 and all(w in self.fillers or w in self.g.pair_links for w in gap)

    def other_subject(self, an: Analysis, sent, v: Value, label_end: int = -1) -> bool:
        """Before the value, the sentence names a subject that is no region: a class of governments or bodies
        ("pemerintah kabupaten", "kementerian/lembaga", "nasional") or an organisation's acronym ("PPATK")."""
        words = an.lowers[sent.start : v.start]
        text = " " + " ".join(words) + " "
        if any(f" {w} " in text for w in self.class_subjects):
            return True
        verb = max((i for i in range(sent.start, v.start) if an.lowers[i] in self.receive_verbs), default=None)
        if verb is not None:
            clause = max([sent.start] + [i + 1 for i in range(sent.start, verb) if an.words[i] in (",", ";")])
            # the subject before an active verb, the agent after a passive one ("diraih Kecamatan Taman dengan ...")
            subject = range(verb + 1, v.start) if an.lowers[verb] in self.passive_owners else range(clause, verb)
            if any(an.lowers[i] in self.organisation_heads and an.words[i][:1].isupper() for i in subject):
                return True  # "Kementerian Sekretariat Negara mendapat nilai 85,38": a body's value
        if 0 <= label_end < v.start and any(an.lowers[i] in self.organisation_heads and an.words[i][:1].isupper()
                                            for i in range(label_end, v.start)):
            return True  # "IKM tertinggi adalah Dinas Kependudukan dengan 90,1": a unit named between label and value
        k = an.sent_of[sent.start]
        labels = {t for m in an.matches_in(k, "INDEX:") for t in range(m.start, m.end)}
        labels |= {t for m in an.regions_in(k) for t in range(m.cue_start, m.end)}
        for i in range(sent.start + 1, v.start):
            w = an.words[i]
            if len(w) >= 3 and w.isalpha() and w.isupper() and i not in labels and fold(w) not in self.known_acronyms:
                return True
        return False

    def framing_province(self, an: Analysis, k: int, m: RegionMention) -> bool:
        """"Untuk Kalimantan Selatan, Kabupaten Tabalong ... meraih BB": a province opening the sentence after a frame
        word and before a comma, with other regions after it, is where they are told of, not an owner."""
        s = an.sents[k]
        if not m.region.is_province or m.end >= s.end or an.lowers[m.end] != ",":
            return False
        opening = " ".join(an.lowers[s.start : m.cue_start])
        # "Dalam penilaian RB 2023 di Jawa Timur, peringkat pertama ditempati A": the opening phrase's place
        placed = m.cue_start > s.start and an.lowers[m.cue_start - 1] in self.g.place_links and not any(
            o.cue_start < m.cue_start for o in an.regions_in(k))
        return (opening in self.frame_links or placed) and any(o.cue_start > m.end for o in an.regions_in(k))

    def assessor_office(self, an: Analysis, m: RegionMention) -> bool:
        """"Ombudsman Jawa Tengah", "BPK Perwakilan Provinsi Jawa Timur": a province naming the assessor's office."""
        if not m.region.is_province or m.cue_start == 0:
            return False
        before = an.lowers[max(0, m.cue_start - 2) : m.cue_start]
        return bool(before) and before[-1] in self.assessors or (len(before) == 2 and set(before) == self.g.assessor_links) or (
            len(before) == 2 and before[0] in self.assessors and before[1] in self.g.assessor_links)

    def labels_in(self, an: Analysis, sent: int) -> list[tuple[str, int, int, str]]:
        cache = an.notes.setdefault("_labels", {})
        if sent not in cache:
            labelled = an.notes.get("_labelled")
            if labelled is None:  # the sentences with an index label, found once: most have none
                labelled = an.notes["_labelled"] = {m.sent for m in an.matches if m.label.startswith("INDEX:")}
            cache[sent] = self._labels_in(an, sent) if sent in labelled else []
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
            if m.start > 0 and an.lowers[m.start - 1] in self.other_measures:
                an.notes.setdefault("_other_measure", set()).add(sent)
                continue  # "Indeks kedalaman kemiskinan", "pertumbuhan IPM": another measure named after the index
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
        if v.kind == "score" and "percent" in allowed and "score" not in allowed:
            # a rate written without "persen" (tables, lists under "(%)", "tercatat 2,44"): a decimal up to 100
            # (four decimals are a commodity's share of inflation, "Emas perhiasan 0,0302", not a rate)
            decimals = re.split(r"[,.]", v.text)[-1] if any(c in v.text for c in ",.") else ""
            return v.number is not None and v.number <= 100 and 1 <= len(decimals) <= 2
        return v.kind in allowed

    def tight(self, an: Analysis, label_end: int, v: Value) -> bool:
        """For rate indices: only region names, years, months and filler words between label and value."""
        doc = an.view
        if v.start < label_end:
            return label_end - v.end <= 2
        region_tokens = {t for k in {an.sent_of[label_end - 1], an.sent_of[v.start]} for m in an.regions_in(k)
                         for t in range(m.cue_start, m.end)}
        for t in doc[label_end : v.start]:
            w = t.lower_
            if t.i in region_tokens or w in self.fillers or t.is_punct or _is_year_token(t.text) or w in self.lex.months:
                continue
            if t.like_num and t.i > label_end and doc[t.i - 1].lower_ in self.delta_words:
                continue  # "turun 0,5 persen poin menjadi 15,78 persen": the change before the level
            if t.like_num and t.i > label_end and doc[t.i - 1].lower_ in self.comparison_from and any(
                    x.lower_ in self.new_level_links for x in doc[t.i + 1 : v.start]):
                continue  # "menurunkan angka kemiskinan dari 10,1 persen menjadi 9,8 persen": where it started
            if (t.like_num and t.i + 1 < v.start and doc[t.i + 1].lower_ in self.count_nouns) or (
                    w in self.count_nouns and t.i > label_end and doc[t.i - 1].like_num):
                continue  # "sebanyak 45.230 orang atau 9,93 persen": a count before the rate
            return False
        return v.start - label_end <= 14

    def label_for(self, doc: TokenView, v: Value, labels) -> tuple[str, int, int, str] | None:
        around = [lab for lab in labels if lab[1] <= v.start and v.end <= lab[2]]
        if around:
            return around[0]  # "opini Wajar Tanpa Pengecualian (WTP)": the label holds its value
        before = [lab for lab in labels if lab[2] <= v.start]
        after = [lab for lab in labels if lab[1] >= v.end and lab[1] - v.end <= 6]
        if before and after and 0 < after[0][1] - v.end <= 3 and self.kind_ok(after[0][0], v) and all(
                t.lower_ in self.value_then_label for t in doc[v.end : after[0][1]]):
            return after[0]  # "peringkat B untuk SAKIP dan peringkat CC untuk RB": the label the value is given for
        if before:
            lab = before[-1]
            # "meraih opini WTP dan juga predikat BB dalam SAKIP 2023": a grade is no opinion, the label after it is
            other_fits = v.kind in ("grade", "zone", "category") and any(self.kind_ok(a[0], v) for a in after)
            # "Ombudsman ..., B 74,3 dengan opini kualitas sedang": a nearer label that takes no such value
            # ("opini" takes audit opinions) leaves it to the one before that does
            fitting = [b for b in before[:-1] if self.kind_ok(b[0], v) and v.start - b[2] <= 18]
            if fitting and not other_fits and not self.kind_ok(lab[0], v):
                return fitting[-1]
            if v.start - lab[2] <= 18 and (self.kind_ok(lab[0], v) or not other_fits):
                return lab
            if other_fits:
                return next(a for a in after if self.kind_ok(a[0], v))
        if after and v.kind in ("grade", "opinion", "zone", "category"):
            return after[0]
        if after and 0 < after[0][1] - v.end <= 3 and all(
                t.lower_ in self.value_then_label for t in doc[v.end : after[0][1]]):
            return after[0]  # "nilai 312,5 dalam penilaian Indeks Sistem Merit"
        if after and 0 < after[0][1] - v.end <= 6 and any(t.lower_ in self.g.list_coordinators for t in doc[
                v.end : after[0][1]]) and all(t.lower_ in self.value_then_label or t.lower_ in self.g.list_coordinators
                                               or t.like_num or t.lower_ in self.lex.grammar.percent_words
                                               for t in doc[v.end : after[0][1]]):
            return after[0]  # "Nilai 90,1 dan 88,3 pada penilaian Ombudsman": values listed before their label
        return None

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
                                          and not any(c in r["value"].text for c in ",.")  # "84,00" is precise
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
            if v.kind in ("zone", "grade", "category") and any(
                o["value"].kind in ("score", "percent") and (o["year"] == r["year"] or r["year"] is None)
                for o in same
            ):
                for o in same:
                    if o["value"].kind in ("score", "percent") and not o["value"].predicate:
                        o["value"].predicate = v.predicate or v.text
                continue
            keep.append(r)
        # dates: the day an index was announced or awarded, for the latest year reported
        for r in keep:
            lag = self.year_lag.get(r["key"])
            announced = self.announce_date(ctx, r["key"])[0] or ctx.report_date
            if r["year"] is None and lag is not None and announced:
                # an audit opinion handed over in 2023 is on the 2022 accounts: the year assessed
                r["year"] = announced.year - lag
        events = []
        for r in keep:
            key = r["key"]
            max_year = max((o["year"] for o in keep if o["key"] == key and o["year"]), default=None)
            when = None
            venue = None
            if r["year"] == max_year:
                when, venue_sent = self.announce_date(ctx, key)
                own = self.result_day(ctx, r["sent"]) if r["src"] is ctx.an else None
                if own is not None and own != when:
                    # "Sebelumnya, Pemkab B telah menerima opini WTP pada Kamis (16/5)": its own hand-over's day
                    when, venue_sent = own, r["sent"]
                if venue_sent is not None:
                    venue = self.venue_in(ctx.an, venue_sent)
            v = r["value"]
            sents = [r["sent"]] if r["src"] is ctx.an else []
            year = r["year"]
            number, text = v.number, v.text
            if number is not None and number > 0 and set(fold(r["label"]).split()) & self.below_zero[key]:
                number, text = -number, "-" + text  # "deflasi 0,12 persen": the index below zero
            events.append({
                "type": "index_report",
                "regency": self.region_ref(r["region"]),
                "date": when.isoformat() if when else None,
                "venue": venue,
                "people": [],
                "evidence": self.evidence(ctx.an, sents) if sents else r["src"].text,
                "index": key,
                "index_label": r["label"],
                "value": text,
                "value_number": round(number, 4) if number is not None else None,
                "year": year,
                "predicate": v.predicate,
                "_rule": f"index: label '{r['label']}' + {v.kind} value + region",
                "_sents": sents,
            })
        return events
