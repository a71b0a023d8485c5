"""Values in a sentence: numbers (score/percent), grades, audit opinions, zones, levels and ranks."""

from __future__ import annotations

from bisect import bisect_left

from extract.analysis import Analysis, Sentence
from extract.numbers import parse_number, parse_number_words, parse_ordinal
from extract.rules.context import _DIGITS, Value, _is_year_token

_GRADE_STRIP = "“”\"'‘’."  # quotes and a closing dot around a grade ("BB.", "“A”")


class ValueReader:
    """Reads the candidate values of a sentence, with their predicates, and decides each one's role.

    Quantity roles. While reading, numbers that cannot be a region's result are left out by what stands next to
    them: a count ("45 pejabat", "13 pemda", "21 dengan predikat BB"), a change ("naik 1,25 poin"), a band's
    bound ("81,00 - 100"), money and references ("Rp", "nomor"), a part in parentheses ("bensin (0,91 persen)"),
    a commodity's share. `quantity_role` then places each read value in its sentence: "target" (a goal, a
    forecast, a threshold), "change" (a gap between results), "earlier" (where a change started), "compared" (an earlier value compared with),
    or "result". Ownership roles (a group's value, an average, a yardstick region) are the enumeration reader's.
    """

    _value_heads: frozenset[str] | None = None  # built on first use from the data (see `value_starts`)
    _value_after: frozenset[str] = frozenset()

    def quantity_role(self, an: Analysis, sent: Sentence, v: Value, label_start: int) -> str:
        """"target" | "change" | "part" | "earlier" | "compared" | "result" for a value read in `sent` (label at `label_start`,
        -1 when the label came from an earlier sentence)."""
        lowers = an.lowers
        anchor = label_start if 0 <= label_start < v.start else v.start - 4
        if any(w in self.target_words for w in lowers[max(sent.start, anchor - 3) : v.start]):
            return "target"  # "menargetkan kemiskinan turun menjadi 7 persen", "IPM minimal 70"
        clause = lowers[max(sent.start, v.start - 10) : v.start]
        clause = clause[max([0] + [i + 1 for i, w in enumerate(clause) if w in (",", ";")]) :]
        if any(w in self.purposes and nxt in self.aims for w, nxt in zip(clause, clause[1:], strict=False)):
            return "target"  # "Untuk meraih predikat A, ...", "demi mencapai nilai 3,5": a goal's clause
        if any(lowers[max(sent.start, v.start - len(t)) : v.start] == t for t in self.thresholds):
            return "target"  # "masuk kategori sangat tinggi karena di atas 80": a class's bound
        if any(w in self.gap_words for w in lowers[max(sent.start, v.start - 8) : v.start]):
            return "change"  # "selisih IPM A dan B mencapai 14,7 poin": a gap between results
        share = max((i for i in range(max(sent.start, v.start - 12), v.start) if lowers[i] in self.share_words),
                    default=None)
        if share is not None and (v.start - share <= 4 or (label_start < share and any(
                an.like_num[x] for x in range(share + 1, v.start)) and any(
                lowers[x] in self.g.coordinators for x in range(share + 1, v.start)))):
            # "kelompok makanan menyumbang inflasi 0,8 persen": a share of the result; so is the next share listed
            # with it ("andil 0,35 persen dan cabai rawit 0,12 persen")
            return "part"
        clause = lowers[max(sent.start, v.start - 6) : v.start]
        clause = clause[max([0] + [i + 1 for i, w in enumerate(clause) if w in (",", ";")]) :]
        neg = next((i for i, w in enumerate(clause) if w in self.negations), None)
        if neg is not None and not (neg + 1 < len(clause) and clause[neg + 1] in self.negation_breaks):
            return "target"  # "tidak ada lagi yang masuk zona merah", "belum bisa BB": not attained
        verb = max((i for i in range(max(sent.start, v.start - 8), v.start) if lowers[i] in self.change_verbs),
                   default=None)
        if verb is not None and not any(w in self.new_level_links for w in lowers[verb + 1 : v.start]):
            return "change"  # "berhasil menurunkan angka kemiskinan sebesar 0,64 persen"
        before = lowers[max(sent.start, v.start - 2) : v.start]
        after = lowers[v.end : min(sent.end, v.end + 3)]
        # "naik dari 3,48 ...": where a change started; "3,48 pada evaluasi sebelumnya"
        if (len(before) == 2 and before[0] in self.delta_words and before[1] in self.comparison_from) or (
                bool(after) and after[0] in self.comparison_links and any(w in self.comparison_after for w in after[1:])):
            return "earlier"
        # "turun dibandingkan tahun 2022 yang mencapai 10,19 persen": an earlier value, compared with
        opening = sent.start if sent.start + 1 < sent.end and lowers[sent.start + 1] == "," else None
        if any(w in self.comparison_words for i, w in enumerate(lowers[max(sent.start, v.start - 8) : v.start],
                                                                  max(sent.start, v.start - 8)) if i != opening):
            return "compared"  # ("Sebelumnya, Pemkab A telah menerima ...": a discourse word, no comparison)
        return "result"

    def value_starts(self, an: Analysis, start: int, end: int) -> list[int]:
        """The tokens in start:end where `values_in` can read something: a number, a rank, zone, category or opinion
        word, a grade, or a word after a level or category cue or a coordinator (a listed grade or level). Label
        ends are added by the caller. A superset is harmless: the reader decides on each."""
        heads = self._value_heads
        if heads is None:
            g = self.g
            heads = self._value_heads = frozenset(self.rank_words) | frozenset(g.zone_heads) | frozenset(
                g.category_cues) | frozenset(self.opinion_starts) | frozenset(self.opinions)
            self._value_after = frozenset(self.level_cues) | frozenset(self.category_value_cues) | frozenset(
                g.coordinators) | frozenset(g.conjunctions)
        after, grades, words, lowers, nums = self._value_after, self.grades, an.words, an.lowers, an.like_num
        return [t for t in range(start, end) if nums[t] or lowers[t] in heads or (t and lowers[t - 1] in after)
                or words[t].strip(_GRADE_STRIP) in grades]

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
        region_cues = {m.cue_start for m in an.regions_in(sent)}
        region_ends = {m.end - 1 for m in an.regions_in(sent)}
        cue_label_ends = {m.end for m in an.matches_in(sent, "INDEX:")
                          if any(L[x] in self.category_value_cues for x in range(m.start, m.end))}
        n = n_end - a0

        def low(i: int) -> str:
            return L[a0 + i] if 0 <= i < n else ""

        change_end: int | None = None  # the token after the last change read ("naik 0,79 poin| atau ...")
        # Only a few tokens can start a value (see `value_starts`); the loop jumps from one to the next, since
        # every other token would only step on by one.
        starts = self.value_starts(an, a0, n_end)
        extra = {x for m in an.matches_in(sent, "INDEX:") for x in range(m.start + 1, m.end + 1)} | cue_label_ends
        candidates = sorted(extra.union(starts)) if extra else starts
        c = 0
        i = 0
        while i < n:
            t = a0 + i
            if c < len(candidates) and candidates[c] < t:
                c = bisect_left(candidates, t, c)
            if c >= len(candidates):
                break
            if candidates[c] > t:
                i, t = candidates[c] - a0, candidates[c]
                if i >= n:
                    break
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
                while j + 1 < n and low(j) in self.g.rank_links:
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
                    # "posisi ke 94, 95, 96, dan 98": the numbers listed after a rank are ranks too
                    while i + 1 < n and low(i) in self.g.coordinators:
                        step = 2 if low(i) == "," and low(i + 1) in self.g.conjunctions else 1  # ", dan 98"
                        at = i + step
                        if at >= n or not (NUM[a0 + at] and W[a0 + at].isdigit()):
                            break
                        out.append(Value(a0 + at, a0 + at + 1, f"peringkat {int(W[a0 + at])}", None, "rank"))
                        i = at + 1
                    continue
            # zones: "zona hijau"
            if w in self.g.zone_heads and nxt in self.zones:
                out.append(Value(t, t + 2, f"{text} {W[t + 1]}", None, "zone", self.zones[nxt]))
                i += 2
                continue
            if w in self.g.category_cues and nxt in self.zones and out:
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
            # "predikat B, BB dan A", "kategori Nindya dan Madya": a grade or level coordinated with the one just read
            listed_kind = out[-1].kind if out and out[-1].kind in ("grade", "level") and (
                (out[-1].end == t - 1 and prev in self.g.coordinators) or (
                    out[-1].end == t - 2 and low(i - 2) == "," and prev in self.g.conjunctions)) else None
            # named levels: "kategori Nindya", "status Mandiri" (and a label ending in one: "Swasti Saba Wistara")
            if prev in self.level_cues or (t - 1) in label_tokens or listed_kind == "level":
                rest = " ".join(L[t : min(t + 2, n_end)])
                level = next((lv for lv in self.levels if rest == lv or rest.startswith(lv + " ")), None)
                if level is not None and (prev in self.level_cues or text[:1].isupper()) and (
                        listed_kind != "level" or text[:1].isupper()):
                    size = len(level.split())
                    if out and out[-1].kind in ("score", "percent") and t - out[-1].end <= 3:
                        # "mencapai 0,7512 dengan status Maju": the level names the score just given
                        out[-1].predicate = out[-1].predicate or " ".join(W[t : t + size])
                        i += size
                        continue
                    out.append(Value(t, t + size, " ".join(W[t : t + size]), None, "level", level))
                    i += size
                    continue
            # category-only results: "kategori tinggi", "berpredikat sangat baik", "predikat kepatuhan tinggi"
            if prev in self.category_value_cues or t in cue_label_ends:
                rest = " ".join(L[t : min(t + 3, n_end)])
                cat = next((c for c in self.categories if rest == c or rest.startswith(c + " ")), None)
                if cat is not None:
                    size = len(cat.split())
                    if out and out[-1].kind in ("score", "percent") and t - out[-1].end <= 4:
                        out[-1].predicate = out[-1].predicate or cat  # "352,5 kategori sangat baik"
                    else:
                        out.append(Value(t, t + size, " ".join(W[t : t + size]), None, "category", cat))
                    i += size
                    continue
            # grades: AA, A, BB, B, CC, C, D (with "Plus")
            bare = text.strip("“”\"'‘’").rstrip(".")
            # "Pamekasan: B. Sampang: B.": a grade closing a region's row is no initial
            after_row = (t - 1) in region_ends or (i > 1 and (t - 2) in region_ends and prev in self.g.row_separators)
            initial = len(bare) == 1 and text.endswith(".") and i + 1 < n and W[t + 1][:1].isupper() and (
                W[t + 1].isalpha()) and prev not in self.grade_cues and (t - 1) not in label_tokens and not after_row
            # "ungkap Pj. Bupati Aceh Jaya. A. Murtala": a name's initial, not grade A ("predikat B. Sedangkan" is)
            if bare in self.grades and not initial:
                after_label = (t - 1) in label_tokens
                # "Kabupaten Sleman A, Kabupaten Bantul BB": a row's grade, right after its region, closing the item
                # "- Kabupaten Pati: BB" likewise, the region and a colon or dash before the grade
                row_grade = after_row and (i + 1 >= n or nxt in self.g.list_enders or W[t + 1].isspace() or (
                    text.endswith(".") and len(bare) == 1))
                # "C pada 2019, CC pada 2020", "tahun 2021 BB": a grade dated in a series
                year_grade = (i + 2 < n and nxt in self.g.year_links and _is_year_token(W[t + 2])) or (
                    i > 0 and _is_year_token(W[t - 1])) or (  # "B (2021), BB (2022)": each grade dated after it
                    i + 3 < n and nxt == "(" and _is_year_token(W[t + 2]) and W[t + 3] == ")")
                if (prev in self.grade_cues or after_label or row_grade or year_grade or text != bare
                        or nxt in self.g.grade_plus or listed_kind == "grade") and not (
                    i > 0 and NUM[t - 1]
                ):
                    value_text = bare
                    end = t + 1
                    if nxt in self.g.grade_plus:
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
                if num is None or text.startswith(tuple(self.g.money_prefixes)) or prev in self.g.not_value_before:
                    i += 1
                    continue
                if num == int(num) and "," not in text and (nxt in self.g.partitives or (
                        nxt in self.g.place_links and low(i + 2) in self.g.partitives)):
                    i += 1
                    continue  # "25 OPD dievaluasi, 10 di antaranya meraih predikat A": a count of a part
                if num == int(num) and text.isdigit() and nxt == ")" and prev != "(":
                    i += 1
                    continue  # "1) Kota Yogyakarta (92,1), 2) Kabupaten Sleman ...": an item's number
                if (prev == "/" and OFF[t - 1] + 1 == OFF[t]) or (nxt == "/" and OFF[t] + len(text) == OFF[t + 1]):
                    i += 1
                    continue  # "1/3 nya", "2/5": a fraction, not a score
                if prev == "-" and i > 1 and W[t - 2][-1:].isalpha() and OFF[t - 2] + len(W[t - 2]) == OFF[t - 1] \
                        and OFF[t - 1] + 1 == OFF[t]:
                    i += 1
                    continue  # "Covid-19", "G-20": a number glued to a word is part of a name
                if _is_year_token(text) and nxt not in self.g.unit_words:
                    i += 1
                    continue
                if prev == "dari" and out and out[-1].end >= t - 1 and not (
                        out[-1].kind in ("score", "percent") and ("," in text or "." in text)
                        and any(_is_year_token(x) for x in W[t + 1 : min(t + 4, n_end)])):
                    i += 1
                    continue  # "posisi 363 dari 514"; but "naik menjadi 71,63 dari 70,92 pada 2022" is a value
                bands = self.g.band_words
                if (nxt in bands and i + 2 < n and NUM[t + 2]) or (prev in bands and i > 1 and NUM[t - 2]):
                    i += 1
                    continue  # "nilai 81,00 – 100", "30-50": a band's bounds, not a result
                if prev in self.delta_words or (i > 1 and low(i - 2) in self.delta_words and prev in self.g.amount_links):
                    change_end = t + 1 + (1 if nxt in self.g.unit_words else 0)
                    i += 1
                    continue  # "peningkatan 40 persen": a change, not the level
                if change_end is not None and 0 < t - change_end <= 2 and all(
                        L[x] in self.g.restatement_links or L[x] in self.delta_words or L[x] in self.fillers
                        for x in range(change_end, t)) and self.g.restatement_links & set(L[change_end:t]):
                    i += 1
                    continue  # "naik 0,79 poin atau tumbuh 1,01 persen": the same change restated
                percent = nxt in self.g.percent_words
                # "nilai 312,5 dalam penilaian Indeks Sistem Merit": the assessment is named after the value
                label_next = nxt in self.value_then_label and any(x in label_tokens for x in range(t + 2, t + 5))
                if num == int(num) and "," not in text and nxt in self.g.denominator_words and i + 3 < n and (
                        NUM[t + 2] and (L[t + 3] in self.group_nouns or L[t + 3] in self.count_nouns)):
                    i += 1
                    continue  # "sebanyak 16 dari 24 kabupaten kota": a count of a whole
                if num == int(num) and "," not in text and (nxt in self.g.group_verbs or (
                        nxt in self.g.pair_links and low(i + 2) in self.g.category_heads)):
                    i += 1
                    continue  # "7 pemda meraih predikat A, 21 dengan predikat BB": a count of governments
                scored = nxt in self.scale_nouns and (any(
                    " ".join(L[t + 2 : t + 5]).startswith(c) for c in self.categories)  # "352,5 kategori baik"
                    or (i + 2 < n and W[t + 2].rstrip("+-") in self.grades))  # "4,12 kategori A-"
                # "Kabupaten Badung 95,12 Zona Hijau": the zone after a score names the score's band
                scored = scored or (nxt in self.g.zone_heads and low(i + 2) in self.zones)
                # "naik dari 70,1 tahun 2022 menjadi 71,3 tahun 2023": a value dated, not a duration ("71,5 tahun")
                scored = scored or (nxt in self.g.year_links and i + 2 < n and _is_year_token(W[t + 2]))
                # "nilai SPI 74,2 tahun lalu": a decimal dated relative to the report ("3 tahun lalu" is time ago)
                scored = scored or ("," in text and nxt in self.g.year_links and low(i + 2) in self.relative_years)
                # "Kabupaten Kendal 72,81 Kabupaten Batang 70,12": a decimal before the next row's region is no count
                scored = scored or ("," in text and nxt in self.group_nouns and (t + 1) in region_cues)
                # "Kabupaten Sleman 3,85 Sangat Baik": a decimal right before its category (not "kurang dari")
                band = next((c for c in self.categories if " ".join(L[t + 1 : t + 1 + len(c.split())]) == c), None)
                scored = scored or ("," in text and band is not None
                                    and low(i + 1 + len(band.split())) not in self.g.denominator_words)
                if num == int(num) and "," not in text and "." not in text and (t + 1) in region_cues and (
                        W[t + 1][:1].isupper()):
                    i += 1
                    continue  # "1 Kab. Sleman 84,00 2 Kab. Bantul ...": a row's number before its region
                if not percent and not label_next and not scored and (
                        nxt in self.count_nouns or (nxt.isalpha() and W[t + 1] not in self.grades and nxt not in self.fillers
                                                    and nxt not in self.g.point_words
                                                    and nxt not in self.g.after_value_links
                                                    # "nilai 90,83 atau opini kualitas tinggi": a decimal restated
                                                    and not ("," in text and nxt in self.g.restatement_links))):
                    i += 1
                    continue
                # a parenthesised value belongs to the noun before the parenthesis ("bensin (0,91 persen)")
                if prev == "(" and i > 1:
                    before = t - 2
                    if before not in region_tokens and before not in label_tokens and L[before] not in self.fillers \
                            and (W[before][:1].islower() or (len(W[before]) >= 3 and W[before].istitle()
                                                             and W[before].isalpha())):
                        i += 1
                        continue  # "Puncak (45,05)" with Puncak unknown: not the value of a region named earlier
                end = t + 1 + (1 if percent else 0)
                v = Value(t, end, text, num, "percent" if percent else "score")
                if prev in self.g.negative_signs and num > 0:
                    v = Value(t - 1, end, "-" + text, -num, v.kind)  # "inflasi minus 0,27 persen"
                # predicate given with the number: "(berkategori sangat baik)", "atau kategori CC", "(terjaga)"
                tail = " ".join(L[t + 1 : min(t + 7, n_end)])
                for cat in self.categories:
                    if cat in tail and self.category_predicate[cat].match(tail):
                        v.predicate = cat
                        break
                if v.predicate is None:
                    grade_next = next((W[x] for x in range(t + 1, min(t + 7, n_end)) if W[x] in self.grades), None)
                    if grade_next and self.grade_predicate.match(tail):
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
            if v.kind == "category" and merged and merged[-1].kind in ("zone", "grade") and v.start - merged[-1].end <= 4:
                continue  # "zona hijau dengan kategori kepatuhan tinggi": the zone's own wording, not a second result
            if v.kind in ("zone", "grade") and merged and merged[-1].kind == "category" and v.start - merged[-1].end <= 4:
                merged[-1] = v  # "kategori kepatuhan tinggi (zona hijau)"
                continue
            if v.kind == "grade" and merged and merged[-1].kind in ("score", "percent") and v.start - merged[-1].end <= 4:
                merged[-1].predicate = merged[-1].predicate or v.text
                continue
            if v.kind == "zone" and merged and merged[-1].kind in ("score", "percent") and v.start - merged[-1].end <= 2:
                merged[-1].predicate = merged[-1].predicate or v.predicate  # "84,9 atau zona hijau": the score's zone
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

