"""Dates in Indonesian news: find the mentions, then resolve them to calendar days.

Forms: `Rabu (31/1)`, `Rabu(31/1)`, `Jumat malam (22/3)`, `Senin (18/9/2023)`, `(1/12/23)`, `Sabtu, 1/3/25`,
`22 Januari 2025`, `Kamis 19 Agustus 2021`, `tanggal 4 Juni 2021`, `kemarin`, `pagi ini`, `tadi malam`,
`Senin lalu`. The numeric forms are read by our own patterns; month-name phrases go through dateparser
(cached), with the month table as fallback.

Every pattern has bounded repetition only, so scanning is linear in the text length.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache

from extract.lexicon import Lexicon, alternation

YEAR_MIN, YEAR_MAX = 1990, 2049


@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets in the text searched
    end: int
    text: str
    kind: str  # "numeric" | "month" | "relative" | "weekday"
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    offset: int | None = None  # for relative mentions: days from the reference day

    @property
    def is_future(self) -> bool:
        return self.kind == "relative" and (self.offset or 0) > 0


@dataclass
class DatePatterns:
    numeric: re.Pattern[str]
    month: re.Pattern[str]
    weekday_before: re.Pattern[str]
    relative: re.Pattern[str]
    weekday: re.Pattern[str]
    year: re.Pattern[str]
    # Case-sensitive twins run over the lower-cased text: much faster than IGNORECASE alternations.
    month_lc: re.Pattern[str]
    weekday_before_lc: re.Pattern[str]
    relative_lc: re.Pattern[str]
    weekday_lc: re.Pattern[str]
    words_lc: re.Pattern[str]  # month names, relative words and weekdays in one pass


@cache
def patterns(lex: Lexicon) -> DatePatterns:
    wd = alternation(list(lex.weekdays))
    parts = alternation(lex.day_parts)
    months = alternation(list(lex.months))
    rel = alternation(list(lex.relative_days))
    date_words = alternation(lex.raw["calendar"]["date_words"])
    return DatePatterns(
        # Digit-led cores, so the scan tries nothing expensive at positions that cannot start a date.
        # Led by the slash (a literal the scanner jumps to); the day before it is read by `_DAY_BEFORE`.
        numeric=re.compile(r"(?<=\d)/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])(?P<close>[ ]{0,2}\))?"),
        month=re.compile(
            rf"(?<![\d/.,])\b(?P<d>\d{{1,2}})\s{{1,3}}(?P<mon>{months})\b\.?(?:[\s,]{{1,3}}(?P<y>\d{{4}})\b)?",
            re.IGNORECASE,
        ),
        # Looked for only in the few characters before a date core: "Jumat malam (22/3)", "Senin, 13 Mei".
        weekday_before=re.compile(
            rf"\b(?P<wd>{wd})\b[\s,]{{0,4}}(?:(?P<part>{parts})\b[\s,]{{0,4}})?(?:(?:{date_words})\s{{1,3}})?$",
            re.IGNORECASE,
        ),
        relative=re.compile(rf"\b(?P<rel>{rel})\b", re.IGNORECASE),
        weekday=re.compile(rf"\b(?P<wd>{wd})\b", re.IGNORECASE),
        year=re.compile(r"(?<![\d/.,])(?P<y>(?:19|20)\d\d)(?![\d/.,]\d)"),
        # Led by the month name; the day before it is read by `_DAY_BEFORE_MONTH`.
        month_lc=re.compile(rf"\b(?P<mon>{months})\b\.?(?:[\s,]{{1,3}}(?P<y>\d{{4}})\b)?"),
        weekday_before_lc=re.compile(
            rf"\b(?P<wd>{wd})\b[\s,]{{0,4}}(?:(?P<part>{parts})\b[\s,]{{0,4}})?(?:(?:{date_words})\s{{1,3}})?$"),
        relative_lc=re.compile(rf"\b(?P<rel>{rel})\b"),
        weekday_lc=re.compile(rf"\b(?P<wd>{wd})\b"),
        words_lc=re.compile(
            rf"\b(?:(?P<mon>{months})\b\.?(?:[\s,]{{1,3}}(?P<y>\d{{4}})\b)?|(?P<rel>{rel})\b|(?P<wd>{wd})\b)"),
    )


_DAY_BEFORE_MONTH = re.compile(r"(?<![\d/.,])\b(?P<d>\d{1,2})\s{1,3}$")
_DAY_YEAR_AFTER_MONTH = re.compile(r"\s{1,3}(?P<d>\d{1,2}),?\s{1,3}(?P<y>(?:19|20)\d\d)\b")
_DAY_BEFORE = re.compile(r"(?P<open>\([ ]{0,2})?(?<![\d/.,])(?P<d>\d{1,2})$")


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if len(text) == 2:
        y += 2000
    return y if YEAR_MIN <= y <= YEAR_MAX else None


def find_dates(text: str, lex: Lexicon) -> list[DateMention]:
    """All date mentions in `text`, in order, without overlaps (numeric and month forms win)."""
    pats = patterns(lex)
    low = text.lower()
    # Lower-casing keeps offsets for almost all text; when it does not (a few Unicode letters), use the slow path.
    if len(low) == len(text):
        scan, before_re = low, pats.weekday_before_lc
        months_found, relatives_found, weekdays_found = [], [], []
        for m in pats.words_lc.finditer(low):  # one pass for the three word-led kinds
            (months_found if m.group("mon") else relatives_found if m.group("rel") else weekdays_found).append(m)
    else:
        scan, before_re = text, pats.weekday_before
        months_found = list(pats.month.finditer(text))
        relatives_found = list(pats.relative.finditer(text))
        weekdays_found = list(pats.weekday.finditer(text))
    found: list[DateMention] = []
    used = bytearray(len(text) + 1)  # characters already inside a mention: overlap checks stay linear

    def free(a: int, b: int) -> bool:
        return not any(used[a:b])

    def take(a: int, b: int) -> None:
        used[a:b] = b"\x01" * (b - a)

    def weekday_before(start: int) -> tuple[int | None, int]:
        w = before_re.search(scan, max(0, start - 32), start)
        if not w:
            return None, start
        return lex.weekdays.get(w.group("wd").casefold()), w.start()

    for m in pats.numeric.finditer(text):
        day = _DAY_BEFORE.search(text, max(0, m.start() - 6), m.start())
        if not day:
            continue
        d, mo = int(day.group("d")), int(m.group("m"))
        wd, start = weekday_before(day.start())
        opened = bool(day.group("open"))
        if wd is None and opened:
            start = day.start()
        has_context = wd is not None or (opened and m.group("close")) or m.group("y")
        if not has_context or not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        if m.group("y") and _year(m.group("y")) is None:
            continue
        found.append(DateMention(start, m.end(), text[start : m.end()].strip(), "numeric", d, mo, _year(m.group("y")), wd))
        take(start, m.end())
    for m in months_found:
        end, year_text = m.end(), m.group("y")
        if scan is low:
            day = _DAY_BEFORE_MONTH.search(scan, max(0, m.start() - 5), m.start())
            if day:
                day_start, d = day.start(), int(day.group("d"))
            else:
                # an English page header: "Selasa, April 8, 2025" (month first, year required)
                after = _DAY_YEAR_AFTER_MONTH.match(scan, m.end())
                if not after or m.group("y"):
                    continue
                day_start, d, end, year_text = m.start(), int(after.group("d")), after.end(), after.group("y")
        else:
            day_start, d = m.start(), int(m.group("d"))
        wd, start = weekday_before(day_start)
        if not free(start, end):
            continue
        if not 1 <= d <= 31:
            continue
        mo = lex.months[m.group("mon").casefold()]
        found.append(DateMention(start, end, text[start:end].strip(), "month", d, mo, _year(year_text), wd))
        take(start, end)
    for m in relatives_found:
        if not free(m.start(), m.end()):
            continue
        offset = lex.relative_days[" ".join(m.group("rel").casefold().split())]
        found.append(DateMention(m.start(), m.end(), text[m.start() : m.end()], "relative", offset=offset))
        take(m.start(), m.end())
    for m in weekdays_found:
        if not free(m.start(), m.end()):
            continue
        wd = lex.weekdays[m.group("wd").casefold()]
        found.append(DateMention(m.start(), m.end(), text[m.start() : m.end()], "weekday", weekday=wd))
        take(m.start(), m.end())
    found.sort(key=lambda x: x.start)
    return found


def years_in(text: str, lex: Lexicon) -> Counter[int]:
    """How often each plausible year is written in `text` (evidence for dates written without a year)."""
    counts: Counter[int] = Counter()
    for m in patterns(lex).year.finditer(text):
        y = _year(m.group("y"))
        if y:
            counts[y] += 1
    return counts


@cache
def _dateparser():
    """dateparser's parser for Indonesian (imported lazily: the library is slow to load)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["id"], settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]})


def warm_up_dateparser() -> None:
    """Load dateparser's Indonesian locale once, at pipeline load, not inside the first article."""
    _dateparser_day(1, "januari", 2000)


@lru_cache(maxsize=8192)
def _dateparser_day(day: int, month_word: str, year: int) -> date | None:
    """A month-name phrase through dateparser, cached: news repeats the same days."""
    parsed = _dateparser().get_date_data(f"{day} {month_word} {year}").date_obj
    return parsed.date() if parsed else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


@dataclass
class DateResolver:
    """Resolves mentions of one article. `published` anchors relative forms and years; without it the
    weekday and the years the article writes choose the year, and the lead date anchors relative forms."""

    lex: Lexicon
    published: date | None = None
    years: Counter[int] = field(default_factory=Counter)
    anchor: date | None = None  # the article's own day when `published` is missing

    def resolve(self, m: DateMention) -> date | None:
        if m.kind in ("numeric", "month"):
            return self._absolute(m)
        ref = self.published or self.anchor
        if ref is None:
            return None
        if m.kind == "relative":
            return ref + timedelta(days=m.offset or 0)
        if m.kind == "weekday" and m.weekday is not None:
            back = (ref.weekday() - m.weekday) % 7
            return ref - timedelta(days=back)
        return None

    def _absolute(self, m: DateMention) -> date | None:
        assert m.day is not None and m.month is not None
        if m.year is not None:
            if m.kind == "month":
                month_word = self.lex.month_names[m.month]
                return _dateparser_day(m.day, month_word, m.year) or _safe_date(m.year, m.month, m.day)
            return _safe_date(m.year, m.month, m.day)
        return self._choose_year(m.day, m.month, m.weekday)

    def _choose_year(self, day: int, month: int, weekday: int | None) -> date | None:
        if self.published is not None:
            pub = self.published
            options = [d for y in (pub.year, pub.year - 1, pub.year + 1) if (d := _safe_date(y, month, day))]
            if weekday is not None:
                matching = [d for d in options if d.weekday() == weekday]
                if matching:
                    return min(matching, key=lambda d: abs((d - pub).days))
            # News reports what happened: the latest such day not long after publication.
            not_after = [d for d in options if (d - pub).days <= 7]
            return max(not_after) if not_after else None
        # Without a publication date the latest year the article writes is its present; try it first,
        # then earlier ones, then the year after it.
        candidates: list[int] = []
        if self.years:
            top = max(self.years)
            candidates = list(range(top, min(self.years) - 2, -1)) + [top + 1]
        if weekday is not None:
            for y in candidates:
                d = _safe_date(y, month, day)
                if d and d.weekday() == weekday:
                    return d
            return None
        if self.years:
            return _safe_date(max(self.years), month, day)
        return None
