"""Date mentions and their resolution (publication date, weekday + years written); hypothesis properties."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.dates import DateResolver, find_dates, years_in
from extract.lexicon import load_lexicon

LEX = load_lexicon()
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def resolve_first(text, published=None, years_from=None):
    resolver = DateResolver(LEX, published, years_in(years_from if years_from is not None else text, LEX))
    mentions = find_dates(text, LEX)
    absolute = [resolver.resolve(m) for m in mentions if m.kind in ("numeric", "month")]
    resolver.anchor = next((d for d in absolute if d), None)
    return resolver.resolve(mentions[0])


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("ujar Ikfina, Rabu(31/1). Target tahun 2024 ini", None, date(2024, 1, 31)),
        ("Jumat malam (22/3) di Pendopo. Perjanjian kinerja 2024", None, date(2024, 3, 22)),
        ("Senin (18/9/2023)", None, date(2023, 9, 18)),
        ("pada 22 Januari 2025", None, date(2025, 1, 22)),
        ("Kamis 19 Agustus 2021", None, date(2021, 8, 19)),
        ("tanggal 4 Juni 2021", None, date(2021, 6, 4)),
        ("Sabtu, 1/3/25", None, date(2025, 3, 1)),
        ("Jumat (1/12/23)", None, date(2023, 12, 1)),
        ("Rabu (5/3)", date(2025, 3, 6), date(2025, 3, 5)),
        ("kemarin", date(2024, 1, 26), date(2024, 1, 25)),
        ("pagi ini", date(2024, 1, 26), date(2024, 1, 26)),
        ("tadi malam", date(2024, 1, 26), date(2024, 1, 25)),
        ("Senin (28/12)", date(2021, 1, 2), date(2020, 12, 28)),  # year boundary: the day before publication
    ],
)
def test_resolution(text, published, expected):
    assert resolve_first(text, published) == expected


def test_relative_day_hangs_on_the_lead_date_without_publication():
    text = "Bupati melantik pejabat, Jumat malam (22/3/2024). Perjanjian ditandatangani pagi ini."
    mentions = find_dates(text, LEX)
    resolver = DateResolver(LEX, None, years_in(text, LEX))
    resolver.anchor = resolver.resolve(mentions[0])
    assert resolver.resolve(mentions[1]) == date(2024, 3, 22)


def test_decree_numbers_are_not_dates():
    assert find_dates("Nomor : 141/687/2023 tentang pemberhentian, dan 2/3 anggota", LEX) == []


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2045, 12, 31)))
def test_numeric_with_weekday_and_year(day):
    text = f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"
    assert resolve_first(text) == day


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2045, 12, 31)))
def test_weekday_chooses_the_year_the_article_writes(day):
    # "Rabu (31/1)" with "tahun 2024" in the article: the weekday and the written year agree on one day
    text = f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month}). Program tahun {day.year}."
    assert resolve_first(text) == day


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2045, 12, 31)), st.integers(min_value=0, max_value=6))
def test_publication_date_resolves_recent_days(day, lag):
    published = day + timedelta(days=lag)
    text = f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month})"
    assert resolve_first(text, published) == day


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2045, 12, 31)))
def test_month_names(day):
    text = f"pada {day.day} {MONTHS[day.month - 1]} {day.year} lalu"
    assert resolve_first(text) == day


@given(st.text(max_size=200))
def test_finder_never_crashes(text):
    for m in find_dates(text, LEX):
        DateResolver(LEX, None, Counter()).resolve(m)
