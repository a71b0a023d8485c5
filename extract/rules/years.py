"""The year assessed of an index value: in its sentence, after its label, around it, or in the article."""

from __future__ import annotations

from collections import Counter

from extract.analysis import Analysis
from extract.lexicon import fold
from extract.rules.context import Context, Value, _is_year_token


class YearReader:
    """Which year a value was assessed for (`value_year`), with the article's fallbacks: the year each index is
    written with (`index_years`), and the nearest sentence naming a year (`neighbour_year`)."""

    def own_year(self, an: Analysis, sent, v: Value, compared: bool) -> bool:
        """An earlier value's own year: right after it ("dari 72,5 pada 2022"), or for a compared value between the
        comparison word and it ("dibandingkan tahun 2022 yang mencapai 10,19 persen")."""
        lowers, words = an.lowers, an.words
        for i in range(v.end, min(sent.end, v.end + 8)):  # "dari 70,5 (kategori BB) pada tahun 2022 menjadi"
            if lowers[i] in self.g.year_scan_stops or (an.like_num[i] and not _is_year_token(words[i])):
                break
            if _is_year_token(words[i]):
                return True
        if any(w in self.comparison_after for w in lowers[max(sent.start, v.start - 4) : v.start]):
            return True  # "opini tahun sebelumnya WTP": a year said relative to the one reported
        if compared:
            cue = max((i for i in range(max(sent.start, v.start - 8), v.start) if lowers[i] in self.comparison_words),
                      default=None)
            # "pada tahun sebelumnya mendapatkan nilai CC": a year said relative to the one reported
            return cue is not None and (lowers[cue] in self.comparison_after
                                        or any(_is_year_token(words[i]) for i in range(cue, v.start)))
        return False

    def index_years(self, ctx: Context) -> dict[str, int]:
        """The year each index is written with anywhere in the article ("SPI tahun 2021", "SAKIP 2019")."""
        counts: dict[str, Counter[int]] = {}
        analyses = [ctx.an] + ([ctx.an.title] if ctx.an.title else [])
        for an in analyses:
            doc = an.view
            labelled = sorted({m.sent for m in an.matches if m.label.startswith("INDEX:")} - an.skip)
            for k in labelled:
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

    def inline_column_year(self, an: Analysis, sent, regions: list, values: list[Value], v: Value) -> int | None:
        """A table flattened into one sentence, header and rows: the distinct years before the first region are
        the columns ("IPM 2022 IPM 2023"), and a row's values after its region take them in order."""
        if not regions:
            return None
        years = [int(an.words[i]) for i in range(sent.start, regions[0].cue_start) if _is_year_token(an.words[i])]
        if len(years) < 2 or len(set(years)) != len(years):
            return None
        owner = max((m for m in regions if m.end <= v.start), key=lambda m: m.end, default=None)
        if owner is None:
            return None
        following = min((m.cue_start for m in regions if m.cue_start >= v.end), default=sent.end)
        row = [o for o in values if owner.end <= o.start < following and o.kind in ("score", "percent")]
        return years[row.index(v)] if len(row) == len(years) and v in row else None

    def neighbour_year(self, an: Analysis, k: int, article_wide: bool) -> int | None:
        """For a value whose own sentence names no year: the assessment year written in the nearest sentence
        around it (two either side), else — when `article_wide` — the year the article names most. A year that is
        part of a date, a range, or follows a comparison or "sejak" is no assessment year."""
        cache = an.notes.setdefault("_neighbour_years", {})
        if "years" not in cache:
            cache["years"] = self.sentence_years(an)
        years: dict[int, list[int]] = cache["years"]
        for dist in (0, -1, 1, -2, 2):
            found = years.get(k + dist)
            if found:
                return found[0]
        if not article_wide:
            return None
        counts = Counter(y for ys in years.values() for y in ys)
        return max(counts, key=lambda y: (counts[y], y)) if counts else None

    def sentence_years(self, an: Analysis) -> dict[int, list[int]]:
        """The assessment-like years of each live sentence (not dates, ranges, or years compared with)."""
        out: dict[int, list[int]] = {}
        lowers, words = an.lowers, an.words
        skip_before = self.comparison_words | self.comparison_from | self.g.since_words
        for k in an.live_sentences():
            s = an.sents[k]
            date_chars = [(m.start, m.end) for m, _ in an.dates_in(k) if m.kind in ("numeric", "month")]
            for i in range(s.start, s.end):
                if not _is_year_token(words[i]):
                    continue
                month_year = i >= 1 and lowers[i - 1] in self.lex.months and not (i >= 2 and an.like_num[i - 2])
                if not month_year and any(a <= an.offsets[i] < b for a, b in date_chars):
                    continue
                before = lowers[max(s.start, i - 3) : i]
                ranged = (i - 2 >= s.start and lowers[i - 1] in self.g.range_words and _is_year_token(words[i - 2])) or (
                    i + 2 < s.end and lowers[i + 1] in self.g.range_words and _is_year_token(words[i + 2]))
                if ranged or any(w in skip_before for w in before) or any(
                        w in self.g.decree_words for w in lowers[max(s.start, i - 5) : i]):
                    continue  # "Undang-Undang Nomor 25 Tahun 2009": a law's year
                if any(w in self.target_words for w in lowers[s.start : i]):
                    continue  # "menargetkan angka kemiskinan turun menjadi 10 persen pada 2025": a goal's year
                out.setdefault(k, []).append(int(words[i]))
        return out

    def value_year(self, an: Analysis, sent: int, v: Value, l_start: int, l_end: int,
                   doc_year: int | None, report_year: int | None = None, lag: int = 0) -> tuple[int | None, bool]:
        """The year assessed, and whether the sentence itself says it (a range "2012 sampai 2015" says: none).
        `lag`: the index is announced that many years after the year assessed ("tahun ini menerima opini WTP")."""
        doc = an.view
        s = an.sents[sent]
        date_chars = [(m.start, m.end) for m, _ in an.dates_in(sent) if m.kind in ("numeric", "month")]
        def in_date(t) -> bool:
            # "pada Desember 2023" (a month and a year, no day) is a statistic's period: its year is the year
            if t.i >= 2 and doc[t.i - 1].lower_ in self.lex.months and not doc[t.i - 2].like_num:
                return False
            return any(a <= t.idx < b for a, b in date_chars)

        # "tahun sebelumnya WTP", "tahun anggaran sebelum Disclaimer": the year before
        lowers = an.lowers
        back = " ".join(lowers[max(s.start, v.start - 4) : v.start])
        if self.before_end.search(back) and doc_year:
            return doc_year - 1, True
        # "70,5 (kategori BB) pada tahun 2022 naik ke 78,3": a "pada (tahun) YYYY" right after the value
        # "pada 2021 sebesar 68,5, pada 2022 ...": a value led by its own year ends its clause at a comma
        led = any(_is_year_token(w) for w in an.words[max(s.start, v.start - 3) : v.start])
        for t in doc[v.end : min(s.end, v.end + 8)]:
            if t.lower_ in self.g.year_scan_stops or (t.like_num and not _is_year_token(t.text)) or (
                    led and t.text == ","):
                break
            if _is_year_token(t.text) and not in_date(t):
                if t.i - 1 >= v.end and doc[t.i - 1].text == "(" and t.i + 1 < s.end and doc[t.i + 1].text == ")":
                    return int(t.text), True  # "68,5 (2021), 69,1 (2022)": the year in parentheses after it
                before = [x.lower_ for x in doc[max(v.end, t.i - 2) : t.i]]
                # "85 persen di tahun 2022", "70,3 tahun 2023": a year link right before the year, no comma between
                if "pada" in before or before[-1:] == ["di"] or (
                        before and (before[-1] in self.g.assessment_words or before[-1] in self.g.year_links)
                        and "," not in an.lowers[v.end : t.i]):
                    return int(t.text), True  # "88,5 untuk penilaian 2023"
                break
        # "Tahun lalu, Sakip Pemkab Buton berpredikat CC": a year said relative to the report
        rel = " ".join(lowers[s.start : v.start])
        if report_year and self.earlier_year.search(rel):
            # the round before the one the article reports ("SAKIP 2023 ... Tahun lalu Klaten meraih BB": 2022)
            return (doc_year - 1 if doc_year else report_year - 1 - lag), True
        # "3,50 pada evaluasi tahun ini": the report's year, said right after the value
        near_after = " ".join(lowers[v.end : min(s.end, v.end + 5)])
        if report_year and self.this_year.search(near_after) and not self.from_word.search(near_after):
            return report_year - lag, True
        if report_year and self.ago_year.match(near_after):
            return (doc_year - 1 if doc_year else report_year - 1 - lag), True  # "nilai SPI 74,2 tahun lalu"
        # "Pada tahun 2022 ... 84,9, tahun ini naik menjadi 90,2": "tahun ini" after the last year written
        words = an.words
        last = max((i for i in range(s.start, v.start) if _is_year_token(words[i])), default=None)
        if report_year and last is not None and self.this_year.search(" ".join(an.lowers[last + 1 : v.start])):
            return report_year - lag, True
        # nearest year before the value in the sentence (a range "2012 sampai 2015" gives none)
        for i in range(v.start - 1, s.start - 1, -1):  # by the plain words: most are no year
            if not _is_year_token(words[i]):
                continue
            t = doc[i]
            if not in_date(t):
                lead = an.lowers[max(s.start, t.i - 5) : t.i]
                since = lead[-1:] and lead[-1] in self.g.since_words and v.start - t.i > 4  # "sejak 2015 C (46,03)" owns it
                if since or any(w in self.g.decree_words for w in lead):
                    continue  # "Sejak 2017, ...", "Perpres Nomor 95 Tahun 2018 tentang SPBE": not the year assessed
                # "2012 sampai 2015" is a range; "triwulan II-2024" is one period
                link = next((x.i for x in doc[max(s.start, t.i - 2) : t.i] if x.lower_ in self.g.range_words), None)
                if link is not None and any(_is_year_token(x.text) for x in doc[max(s.start, link - 2) : link]):
                    return None, True
                nxt = doc[t.i + 1].text if t.i + 1 < s.end else ""
                if nxt in ("-", "–") or fold(nxt) in self.g.range_words:
                    return None, True
                return int(t.text), True
        # a label written after its value: "Predikat B SAKIP 2019"
        if l_start >= v.end:
            for t in doc[l_end : min(s.end, l_end + 4)]:
                if _is_year_token(t.text) and not in_date(t):
                    return int(t.text), True
        if report_year and self.this_year.search(rel):
            return report_year - lag, True
        # "atas LKPD Tahun Anggaran 2024" after the value
        after = list(doc[v.end : s.end])
        for i, t in enumerate(after[:20]):
            if _is_year_token(t.text) and not in_date(t) and i > 0 and after[i - 1].lower_ in self.g.fiscal_year_heads:
                return int(t.text), True
        return doc_year, False

    def year_since_last_value(self, an: Analysis, sent, v: Value, values: list[Value]) -> int | None:
        """In a series, the year written between the value before and this one ("tahun 2017 predikatnya BB")."""
        prior = [o for o in values if o.end <= v.start]
        words, s = an.words, an.sents[an.sent_of[v.start]]
        if not prior or (v.end < s.end and _is_year_token(words[v.end])) or (
                v.end + 1 < s.end and (an.lowers[v.end] in self.g.year_links or words[v.end] == "(")
                and _is_year_token(words[v.end + 1])):
            return None  # "CC pada 2020", "BB (2022)": the year written after the value is its own
        years = [int(an.words[i]) for i in range(prior[-1].end, v.start) if _is_year_token(an.words[i])]
        return years[-1] if years else None

    def dated_in_series(self, an: Analysis, v: Value, values: list[Value]) -> bool:
        """A year of the value's own: just after it ("B pada 2021", "BB 2022") or between the value before it and
        it ("tahun 2021 meraih B")."""
        words, lowers = an.words, an.lowers
        s = an.sents[an.sent_of[v.start]]
        if v.end < s.end and (_is_year_token(words[v.end]) or (
                v.end + 1 < s.end and (lowers[v.end] in self.g.year_links or words[v.end] == "(")
                and _is_year_token(words[v.end + 1]))):
            return True  # "B pada 2021", "BB 2022", "BB (2022)"
        since = max([s.start] + [o.end for o in values if o.end <= v.start])
        return any(_is_year_token(words[i]) for i in range(since, v.start))
