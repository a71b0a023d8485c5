"""Metamorphic robustness: the dev articles under label-preserving transforms, re-scored open and blind.

    python -m extract.robustness [--transform NAME ...] [--seed N] [--show-errors NAME] [--dump-open NAME DIR]

Each transform rewrites an article's text (and title, publication day) and its gold events together, so the
right answer is known: regions swapped for others of the same level (gold codes follow), values and dates
shifted, people renamed (with honorifics, degrees, capitals), paragraphs re-flowed, region lists and
region-value pairs laid out as bullets, pairs or table rows, region names lower-cased after their cue. A drop
from the untransformed line shows a rule that fits the articles' wording rather than the language. Blind is
printed as aggregate lines only; `--show-errors` and `--dump-open` only ever show OPEN articles.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import enum
import json
import random
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path

from extract.evaluate import DEFAULT_GOLD, is_blind, load_scorer, score_parts
from extract.lexicon import alternation, load_lexicon
from pantau.calendar import calendar_table, month_numbers
from pantau.records import ARTICLE_FIELDS
from pantau.regions import all_regions, region_aliases, regions_by_code

DATA = Path(__file__).parent / "data" / "robustness.toml"
Article = dict
Transform = Callable[[Article, random.Random], Article | None]


@cache
def vocabulary() -> dict:
    return tomllib.loads(DATA.read_text(encoding="utf-8"))


def _word(text: str) -> str:
    """A pattern for `text` as a whole word or phrase."""
    return rf"(?<![\w-]){re.escape(text)}(?![\w-])"


def _has(text: str, phrase: str) -> bool:
    return re.search(_word(phrase), text) is not None


def _substitute(text: str | None, mapping: dict[str, str]) -> str | None:
    """Every whole-word occurrence of a key replaced by its value, in one pass (longest keys first)."""
    if not text or not mapping:
        return text
    pattern = re.compile("|".join(_word(k) for k in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def _events(article: Article) -> list[dict]:
    return article.get("events") or []


def _with_text(article: Article, text: str) -> Article | None:
    """A copy of the article with this text; None when nothing changed."""
    return None if text == article["text"] else {**copy.deepcopy(article), "text": text}


def _where(article: Article) -> str:
    return (article.get("title") or "") + "\n" + (article.get("text") or "")


# ------------------------------------------------------------------------------------------------ region swap
@cache
def _regions_by_short() -> dict[str, list]:
    return {short: [r for r in all_regions() if r.short_name == short] for short in {r.short_name for r in all_regions()}}


@cache
def _aliases_of() -> dict[str, list[str]]:
    return {code: [a.alias for a in region_aliases() if a.region.code == code] for code in regions_by_code()}


@cache
def _candidates(level: str, province: str) -> list:
    """Regions a name may be swapped for: one level and province (the article's geography stays true), a name no
    other region shares (the text kept its cue only where the original wrote one)."""
    shared = {s for s, rs in _regions_by_short().items() if len(rs) > 1}
    return [r for r in all_regions() if r.level == level and r.province_code == province
            and r.short_name not in shared]


def _other_forms(region) -> list[str]:
    """Other ways the text may write a region: the alias table and the forms the linker derives (no
    "Kepulauan"/"Pulau" prefix or "Kepulauan" suffix, no space, a hyphen for a space)."""
    short = region.short_name
    forms = list(_aliases_of().get(region.code, []))
    words = short.split()
    regions = load_lexicon().raw["regions"]
    if len(words) > 1:
        if words[0] in regions["droppable_prefixes"]:
            forms.append(" ".join(words[1:]))
        if words[-1] in regions["droppable_city_suffixes"]:
            forms.append(" ".join(words[:-1]))
        forms += ["".join(words), "-".join(words)]
    return [f for f in forms if f != short]


def _swappable(region, where: str, present: set[str]) -> bool:
    """Written literally, not inside a longer region name of the text ("Aceh" in "Aceh Besar"), never in
    another form (an alias would keep pointing at the old region)."""
    return (region.short_name in present
            and not any(s != region.short_name and _has(s, region.short_name) for s in present)
            and not any(_has(where, form) for form in _other_forms(region)))


def swap_regions(article: Article, rng: random.Random) -> Article | None:
    """Gold regions swapped for others of the same level; a province written in the text is swapped for another
    province and its regencies are drawn from that one, so the article's geography stays true."""
    where = _where(article)
    by_code = regions_by_code()
    codes = sorted({e["regency"]["code"] for e in _events(article) if e.get("regency")} & set(by_code))
    shorts = Counter(by_code[c].short_name for c in codes)
    present = {s for s in _regions_by_short() if s in where and _has(where, s)}
    provinces = sorted({by_code[c].province_code for c in codes})
    new_province = {}
    for code in provinces:
        old = by_code[code]
        written_otherwise = any(_has(where, form) for form in _other_forms(old))
        if written_otherwise or (old.short_name in present and not _swappable(old, where, present)) or (
                old.short_name not in present and code in codes):
            new_province[code] = old  # named in another form: kept, its regencies drawn from it
            continue
        pool = [r for r in all_regions() if r.is_province and r.code != code and r.short_name not in where
                and r.code not in {p.code for p in new_province.values()}
                and not any(_has(r.short_name, s) or _has(s, r.short_name) for s in present)]
        new_province[code] = rng.choice(pool) if pool else old
    new_codes = {code: new for code, new in new_province.items() if new.code != code}
    for code in codes:
        old = by_code[code]
        if old.is_province or shorts[old.short_name] > 1 or not _swappable(old, where, present):
            continue
        taken = {r.short_name for r in new_codes.values()}
        pool = [r for r in _candidates(old.level, new_province[old.province_code].code)
                if r.short_name not in where and r.short_name not in taken and r.code != code]
        if pool:
            new_codes[code] = rng.choice(pool)
    # a province whose regencies could not follow it keeps its name (and they theirs): no contradiction
    stuck = {by_code[c].province_code for c in codes if not by_code[c].is_province and c not in new_codes} & set(
        new_codes)
    new_codes = {c: r for c, r in new_codes.items() if by_code[c].province_code not in stuck}
    if not new_codes:
        return None
    names = {}
    for code, new in new_codes.items():
        old = by_code[code]
        names.update({old.short_name: new.short_name, old.short_name.upper(): new.short_name.upper(),
                      old.name: new.name})
    out = copy.deepcopy(article)
    out["text"], out["title"] = _substitute(out["text"], names), _substitute(out.get("title"), names)
    for ev in _events(out):
        if ev.get("regency") and ev["regency"]["code"] in new_codes:
            ev["regency"] = new_codes[ev["regency"]["code"]].as_ref()
        for person in (ev.get("people") or []) + [ev.get("inaugurated_by") or {}]:
            if person.get("role"):
                person["role"] = _substitute(person["role"], names)
    return out


# ------------------------------------------------------------------------------------------------ value shift
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _literal_pattern(literal: str) -> re.Pattern:
    return re.compile(rf"(?<![\d.,]){re.escape(literal)}(?!\d|[.,]\d)")


def _shifted_literal(literal: str, rng: random.Random) -> str:
    sep = next((c for c in literal if c in ".,"), None)
    decimals = len(literal.split(sep)[1]) if sep else 0
    old = float(literal.replace(",", "."))
    top = 5.0 if old <= 5 else 100.0 if old <= 100 else old * 2
    for _ in range(20):
        new = max(0.0, min(old * (1 + rng.uniform(-0.09, 0.09)) + rng.uniform(-0.5, 0.5) * (old > 5), top))
        text = f"{new:.{decimals}f}".replace(".", sep or ".")
        if text != literal:
            return text
    return literal


def shift_values(article: Article, rng: random.Random) -> Article | None:
    text = article["text"]
    mapping: dict[str, str] = {}
    for ev in _events(article):
        if ev.get("type") != "index_report" or ev.get("value_number") is None:
            continue
        m = _NUMBER.search(str(ev.get("value") or ""))
        if not m:
            continue
        literal = m.group(0)
        if abs(float(literal.replace(",", ".")) - abs(float(ev["value_number"]))) > 0.005:
            continue  # a thousands separator or another form: left alone
        if literal in mapping or not _literal_pattern(literal).search(text):
            continue
        new = _shifted_literal(literal, rng)
        if new != literal and new not in mapping.values() and not _literal_pattern(new).search(text):
            mapping[literal] = new
    if not mapping:
        return None
    out = copy.deepcopy(article)
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile("|".join(_literal_pattern(k).pattern for k in keys))  # one pass: no value re-read
    out["text"] = pattern.sub(lambda m: mapping[m.group(0)], out["text"])
    out["title"] = out.get("title") and pattern.sub(lambda m: mapping[m.group(0)], out["title"])
    for ev in _events(out):
        m = _NUMBER.search(str(ev.get("value") or "")) if ev.get("type") == "index_report" else None
        if m and m.group(0) in mapping and ev.get("value_number") is not None:
            new = mapping[m.group(0)]
            ev["value"] = ev["value"].replace(m.group(0), new, 1)
            sign = -1 if float(ev["value_number"]) < 0 else 1
            ev["value_number"] = sign * float(new.replace(",", "."))
    return out


# ------------------------------------------------------------------------------------------------- date shift
@cache
def _date_pattern() -> re.Pattern:
    months = "|".join(re.escape(m) for m in sorted(month_numbers(), key=len, reverse=True))
    return re.compile(
        rf"(?P<iso>(?<!\d)(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?!\d))"
        rf"|(?P<num>(?<![\d/.,])(?P<nd>\d{{1,2}})(?P<ns>[/.-])(?P<nm>\d{{1,2}})(?:(?P=ns)(?P<ny>\d{{4}}|\d\d))?"
        rf"(?![\d/]|[.,]\d))"
        rf"|(?P<txt>(?<!\d)(?P<td>\d{{1,2}})\s+(?P<tm>{months})\.?(?:(?P<tsep>,?\s+)(?P<ty>(?:19|20)\d\d))?(?![\w]))"
        rf"|(?P<eng>(?<![\w])(?P<em>{months})\s+(?P<ed>\d{{1,2}}),?\s+(?P<ey>(?:19|20)\d\d)(?!\d))"
        rf"|(?P<year>(?<![\d.,])(?:19[5-9]\d|20\d\d)(?!\d|[.,]\d))",
        re.IGNORECASE)


def _month_word(number: int, like: str) -> str:
    names = calendar_table()["months"][str(number)]
    firsts = {table[0] for table in calendar_table()["months"].values()}
    word = names[0] if like.lower() in firsts else min(names, key=len)
    if like.isupper():
        return word.upper()
    return word.capitalize() if like[:1].isupper() else word


class _DateShift:
    """Every date mention moved by `days` (a whole number of weeks: weekdays stay true) and every other year by
    `years`; `ok` turns false when a date without a year would cross into another year than the rest."""

    def __init__(self, days: int, years: int, base_year: int, known: dict[tuple[int, int], int]):
        self.days, self.years, self.base_year, self.ok = days, years, base_year, True
        self.known = known  # (month, day) -> year of the gold's dates: a date written without its year

    def _yearless(self, month: int, day: int) -> dt.date | None:
        """A date written without a year, moved; `ok` turns false if it might cross into another year."""
        year = self.known.get((month, day))
        for guess in [year] if year else [self.base_year, self.base_year - 1]:
            new = self._move(guess, month, day)
            if new is None or new.year != guess + self.years:
                self.ok = False
                return None
        return self._move(year or self.base_year, month, day)

    def _move(self, year: int, month: int, day: int) -> dt.date | None:
        try:
            return dt.date(year, month, day) + dt.timedelta(days=self.days)
        except ValueError:
            return None

    def __call__(self, m: re.Match) -> str:
        g = m.groupdict()
        if g["year"]:
            return str(int(g["year"]) + self.years)
        if g["iso"]:
            new = self._move(int(g["iy"]), int(g["im"]), int(g["id"]))
            return new.isoformat() if new else m.group(0)
        if g["num"]:
            day, month, year_text = int(g["nd"]), int(g["nm"]), g["ny"]
            if g["ns"] != "/" and not year_text or not (1 <= month <= 12 and 1 <= day <= 31):
                return m.group(0)
            year = (int(year_text) + (2000 if len(year_text) == 2 else 0)) if year_text else None
            new = self._move(year, month, day) if year else self._yearless(month, day)
            if new is None:
                return m.group(0)
            pad = 2 if g["nd"].startswith("0") else 1
            out = f"{new.day:0{pad}d}{g['ns']}{new.month:0{len(g['nm'])}d}"
            if year_text:
                out += g["ns"] + (str(new.year) if len(year_text) == 4 else f"{new.year % 100:02d}")
            return out
        if g["txt"]:
            month = month_numbers()[g["tm"].lower()]
            new = self._move(int(g["ty"]), month, int(g["td"])) if g["ty"] else self._yearless(month, int(g["td"]))
            if new is None:
                return m.group(0)
            out = f"{new.day} {_month_word(new.month, g['tm'])}"
            return out + (g["tsep"] + str(new.year) if g["ty"] else "")
        month = month_numbers()[g["em"].lower()]
        new = self._move(int(g["ey"]), month, int(g["ed"]))
        return f"{_month_word(new.month, g['em'])} {new.day}, {new.year}" if new else m.group(0)


def shift_dates(article: Article, rng: random.Random) -> Article | None:
    if any(ev.get("value_number") is not None and 1900 <= abs(float(ev["value_number"])) <= 2100
           for ev in _events(article)):
        return None  # a value that reads as a year
    years_written = Counter(int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", article["text"]))
    published = article.get("published")
    base = int(published[:4]) if published else years_written.most_common(1)[0][0] if years_written else 2024
    years = rng.choice([-3, -2, -1, 1, 2, 3])
    weeks = list(range(-3, 4))
    rng.shuffle(weeks)
    for week in weeks:
        known = {(d.month, d.day): d.year for d in (dt.date.fromisoformat(ev["date"]) for ev in _events(article)
                                                      if ev.get("date"))}
        shift = _DateShift(364 * years + 7 * week, years, base, known)
        out = copy.deepcopy(article)
        out["text"] = _date_pattern().sub(shift, out["text"])
        out["title"] = out.get("title") and _date_pattern().sub(shift, out["title"])
        if not shift.ok:
            continue
        if published:
            out["published"] = (dt.date.fromisoformat(published) + dt.timedelta(days=shift.days)).isoformat()
        for ev in _events(out):
            if ev.get("date"):
                ev["date"] = (dt.date.fromisoformat(ev["date"]) + dt.timedelta(days=shift.days)).isoformat()
            for field in ("year", "agreement_year"):
                if isinstance(ev.get(field), int):
                    ev[field] += years
            if ev.get("agreement_title"):
                ev["agreement_title"] = _date_pattern().sub(shift, ev["agreement_title"])
        return out
    return None


# ----------------------------------------------------------------------------------------------- person swap
class NameStyle(enum.Enum):  # how a renamed person is written where the full name stood
    PLAIN = enum.auto()
    HONORIFIC = enum.auto()  # "Hj. Siti Rahmawati"
    DEGREE = enum.auto()  # "Siti Rahmawati, S.Sos., M.Si"
    BOTH = enum.auto()
    CAPITALS = enum.auto()  # "SITI RAHMAWATI"


def _is_name_word(token: str) -> bool:
    return len(token) >= 3 and token[:1].isupper() and not token.endswith(".")


def swap_people(article: Article, rng: random.Random) -> Article | None:
    voc = vocabulary()
    where = _where(article)
    people = [p for ev in _events(article) for p in (ev.get("people") or []) + [ev.get("inaugurated_by") or {}]]
    names = sorted({p["name"] for p in people if p.get("name") and _has(where, p["name"])}, key=len, reverse=True)
    region_words = {w for r in all_regions() for w in r.short_name.split()}
    tokens: dict[str, str] = {}
    used = set(where.split())
    for name in names:
        for i, tok in enumerate(name.split()):
            if tok in tokens or not _is_name_word(tok) or tok in region_words:
                continue
            female = any(w in name for w in voc["female_given"])
            pool = (voc["female_given"] if female else voc["male_given"]) if i == 0 else voc["family"]
            pool = [w for w in pool if w not in used and w not in tokens.values()] or voc["family"]
            tokens[tok] = rng.choice(pool)
    if not tokens:
        return None
    renamed = {n: " ".join(tokens.get(t, t) for t in n.split()) for n in names}
    styles = {name: (rng.choice(list(NameStyle)), rng.choice(voc["honorifics_either"] + voc[
        "honorifics_female" if renamed[name].split()[0] in voc["female_given"] else "honorifics_male"]),
        rng.choice(voc["degrees"])) for name in names}

    def full(m: re.Match) -> str:
        name = m.group(0)
        if name in renamed:
            style, title, degree = styles[name]
            new = renamed[name]
            before = m.string[max(0, m.start() - 6):m.start()]
            after = m.string[m.end():m.end() + 2]
            if style is NameStyle.CAPITALS:
                return new.upper()
            if style in (NameStyle.HONORIFIC, NameStyle.BOTH) and not re.search(r"\.\s*$", before):
                new = f"{title} {new}"
            if style in (NameStyle.DEGREE, NameStyle.BOTH) and not after.startswith(","):
                new += degree
            return new
        return tokens[name.title()].upper() if name.isupper() else tokens[name]

    keys = names + sorted(tokens, key=len, reverse=True) + [t.upper() for t in tokens]
    pattern = re.compile("|".join(_word(k) for k in keys))
    out = copy.deepcopy(article)
    out["text"], out["title"] = pattern.sub(full, out["text"]), out.get("title") and pattern.sub(full, out["title"])
    for ev in _events(out):
        for person in (ev.get("people") or []) + [ev.get("inaugurated_by") or {}]:
            if person.get("name") in renamed:
                person["name"] = renamed[person["name"]]
    return out


# ---------------------------------------------------------------------------------------------------- layout
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{4})|(?<=[\d)\"”]))[.!?](?=\s+[A-Z\"“])")


def reflow(article: Article, rng: random.Random) -> Article | None:
    """Paragraphs split at sentence ends and joined with their neighbours (prose only: no short lines, list
    items or lines with a heading's colon)."""
    split: list[str] = []
    for line in article["text"].split("\n"):
        pieces, start = [], 0
        for m in _SENTENCE_END.finditer(line):
            if rng.random() < 0.35:
                pieces.append(line[start:m.end()])
                start = m.end() + 1
        split += pieces + [line[start:]]

    def prose(line: str) -> bool:
        return len(line) > 60 and line[:1].isupper() and ":" not in line[:30] and line.rstrip()[-1:] in ".!?\"”"

    merged: list[str] = []
    for line in split:
        if merged and prose(merged[-1]) and prose(line) and rng.random() < 0.4:
            merged[-1] = merged[-1].rstrip() + " " + line.lstrip()
        else:
            merged.append(line)
    return _with_text(article, "\n".join(merged))


def _region_phrase(short: str) -> str:
    """A region name with the cue written before it, if any ("Kabupaten Sleman", "Kota Kupang", "Sleman")."""
    cues = "|".join(re.escape(c) for c in vocabulary()["lowercase_after"])
    return rf"(?:(?:{cues})\s+)?{re.escape(short)}(?![\w-])"


class PairLayout(enum.Enum):  # how a run of region-value pairs is laid out
    PARENTHESES = enum.auto()  # "A (71,2), B (69,8) dan C (70,1)"
    COLONS = enum.auto()  # "A: 71,2; B: 69,8; C: 70,1"
    TABLE = enum.auto()  # "| A | 71,2 |" one row a line
    BULLETS = enum.auto()  # "- A: 71,2" one a line


def relist(article: Article, rng: random.Random) -> Article | None:
    """Region-value pairs the gold gives (two or more, one sentence) re-written as "A (x), B (y)", "A: x; B: y",
    table rows or bullets; regions sharing one value listed at a sentence's end turned into bullet lines."""
    voc = vocabulary()
    text = article["text"]
    pairs: dict[str, str] = {}
    groups: dict[tuple, set[str]] = defaultdict(set)
    for ev in _events(article):
        region = regions_by_code().get((ev.get("regency") or {}).get("code", ""))
        if region is None or ev.get("type") != "index_report" or not ev.get("value"):
            continue
        m = _NUMBER.search(ev["value"])
        if m:
            pairs.setdefault(region.short_name, m.group(0))
        groups[(ev.get("index"), ev["value"])].add(region.short_name)
    units, joiners = alternation(voc["value_units"]), alternation(voc["list_joiners"])
    sep = rf"(?:\s*[,;]\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+)"
    # runs of region-value pairs, one sentence
    item = "|".join(rf"(?P<r{i}>{_region_phrase(short)})[^\n\d;]{{0,30}}?(?<![\d.,])(?P<v{i}>{re.escape(value)}"
                    rf"(?:\s*(?:{units}))?)(?!\d)" for i, (short, value) in enumerate(pairs.items()))
    runs: list[list[re.Match]] = []
    for m in re.finditer(item, text) if len(pairs) >= 2 else ():
        if runs and re.fullmatch(sep, text[runs[-1][-1].end():m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in reversed([r for r in runs if len(r) >= 2]):
        items = [next((m.group(f"r{i}"), m.group(f"v{i}")) for i in range(len(pairs)) if m.group(f"r{i}"))
                 for m in run]
        form, mark = rng.choice(list(PairLayout)), rng.choice(voc["bullet_marks"])
        new = {PairLayout.PARENTHESES: ", ".join(f"{r} ({v})" for r, v in items),
               PairLayout.COLONS: "; ".join(f"{r}: {v}" for r, v in items),
               PairLayout.TABLE: ":\n" + "\n".join(f"| {r} | {v} |" for r, v in items) + "\n",
               PairLayout.BULLETS: ":\n" + "\n".join(f"{mark}{r}: {v}" for r, v in items) + "\n"}[form]
        text = text[:run[0].start()] + new + text[run[-1].end():]
    # regions sharing one value, listed at a sentence's end: bullet lines
    for shorts in (s for s in groups.values() if len(s) >= 2):
        one = "|".join(_region_phrase(s) for s in sorted(shorts, key=len, reverse=True))
        m = re.search(rf"(?<=\s)(?:{one})(?:{sep}(?:{one})){{1,}}(?=\s*(?:\.|\n|$))", text)
        if m:
            mark, tail = rng.choice(voc["bullet_marks"]), text[m.end():].removeprefix(".").lstrip(" ")
            lines = "\n".join(mark + x.group(0) for x in re.finditer(one, m.group(0)))
            text = text[:m.start()].rstrip() + ":\n" + lines + "\n" + tail
    return _with_text(article, text)


def lowercase_regions(article: Article, rng: random.Random) -> Article | None:
    shorts = {regions_by_code()[e["regency"]["code"]].short_name for e in _events(article)
              if e.get("regency") and e["regency"]["code"] in regions_by_code()}
    if not shorts:
        return None
    cues = "|".join(re.escape(c) for c in vocabulary()["lowercase_after"])
    names = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w])((?:{cues})\s+)({names})(?![\w-])")
    return _with_text(article, pattern.sub(lambda m: m.group(1) + m.group(2).lower(), article["text"]))


TRANSFORMS: dict[str, Transform] = {
    "regions": swap_regions,
    "values": shift_values,
    "dates": shift_dates,
    "people": swap_people,
    "reflow": reflow,
    "lists": relist,
    "lowercase": lowercase_regions,
}


def transformed(articles: list[Article], name: str, seed: int) -> tuple[list[Article], set[str]]:
    """The articles under one transform (an article it cannot change stays as it is) and the ids it changed."""
    out, changed = [], set()
    for article in articles:
        rng = random.Random(f"{seed}:{name}:{article['id']}")
        new = TRANSFORMS[name](article, rng) if name != "none" else None
        out.append(new if new is not None else article)
        if new is not None:
            changed.add(article["id"])
    return out, changed


def run(gold: Path, names: list[str], seed: int = 0, show_errors: str | None = None,
        extractor: Callable[[list[Article]], list[dict]] | None = None) -> list[tuple]:
    """(transform, part, articles changed, report, open errors) for every transform and part; `extractor` (the
    pipeline by default) takes the article inputs and returns their events."""
    import extract

    scorer = load_scorer(gold)
    articles = list(scorer.load_jsonl(str(gold)))
    rows = []
    for name in ["none", *names]:
        arts, changed = transformed(articles, name, seed)
        inputs = [{k: a.get(k) for k in ARTICLE_FIELDS} for a in arts]  # the extractor never sees the gold
        events = list((extractor or extract.extract_articles)(inputs))
        for part, (report, errors) in score_parts(scorer, arts, events, show_errors == name).items():
            if part == "all":
                continue
            if part == "open" and show_errors == name:
                errors = errors + _people_errors([a for a in arts if not is_blind(a["id"])], events)
            n = sum(1 for a in arts if a["id"] in changed and is_blind(a["id"]) == (part == "blind"))
            rows.append((name, part, n, report, errors if part == "open" else []))
    return rows


def _names(events: list[dict]) -> set[str]:
    return {" ".join(p["name"].casefold().split()) for ev in events for p in ev.get("people") or [] if p.get("name")}


def _people_errors(open_articles: list[Article], events: list[dict]) -> list[str]:
    """Per OPEN article, the gold names not found and the names found that the gold has not (the scorer's
    people measure, shown)."""
    lines = []
    for article in open_articles:
        gold, found = _names(_events(article)), _names(e for e in events if e["article_id"] == article["id"])
        if gold != found:
            lines.append(f"{article['id']} people: missed {sorted(gold - found)} spurious {sorted(found - gold)}")
    return lines


def table(rows: list[tuple]) -> str:
    lines = [f"{'transform':10} {'set':5} {'changed':>7}  detection  strict  people"]
    for name, part, n, report, _errors in rows:
        lines.append(f"{name:10} {part:5} {n:7}  {report['overall']['f1']:9.3f}  {report['strict']['f1']:6.3f}"
                     f"  {report['people']['f1']:6.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m extract.robustness", description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold articles (JSON Lines)")
    parser.add_argument("--transform", action="append", choices=sorted(TRANSFORMS), help="default: all")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show-errors", metavar="NAME", choices=["none", *sorted(TRANSFORMS)],
                        help="print the errors of OPEN articles under this transform")
    parser.add_argument("--dump-open", metavar="NAME", choices=sorted(TRANSFORMS),
                        help="write the OPEN articles this transform changed, with their gold, to --dump-dir")
    parser.add_argument("--dump-dir", type=Path, default=Path(".pantau") / "robustness")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        raise SystemExit(f"{args.gold}: no such file")
    if args.dump_open:
        articles = [a for a in load_scorer(args.gold).load_jsonl(str(args.gold)) if not is_blind(a["id"])]
        arts, changed = transformed(articles, args.dump_open, args.seed)  # open articles only, ever
        path = args.dump_dir / f"{args.dump_open}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts if a["id"] in changed),
                        encoding="utf-8")
        return print(f"{len(changed)} open articles -> {path}")
    names = args.transform or list(TRANSFORMS)
    if args.show_errors and args.show_errors not in ["none", *names]:
        names.append(args.show_errors)
    rows = run(args.gold, names, args.seed, args.show_errors)
    for _name, _part, _n, _report, errors in rows:
        for line in errors:
            print("  !", line)
    print(table(rows))


if __name__ == "__main__":
    main()
