"""Indonesian numbers: decimal commas, thousands dots, number words; property tests with hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.lexicon import load_lexicon
from extract.numbers import parse_number, parse_number_words, parse_ordinal

LEX = load_lexicon()


@pytest.mark.parametrize(
    "text, value",
    [("75,89", 75.89), ("1.234,5", 1234.5), ("3,96", 3.96), ("295", 295.0), ("50.104", 50104.0),
     ("68.52", 68.52), ("9,33%", 9.33), ("1.234.567,89", 1234567.89), ("-0,2849", -0.2849), ("abc", None),
     ("12.3.4", None), ("", None)],
)
def test_written_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "words, value",
    [("lima puluh pejabat", (50, 2)), ("dua belas", (12, 2)), ("seratus dua puluh lima", (125, 4)),
     ("sebelas orang", (11, 1)), ("tujuh", (7, 1)), ("dua ribu dua puluh empat", (2024, 5)),
     ("pejabat", (None, 0))],
)
def test_number_words(words, value):
    assert parse_number_words(words.split(), LEX) == value


def test_ordinals():
    assert parse_ordinal("kedua", LEX) == 2
    assert parse_ordinal("ke-14", LEX) == 14
    assert parse_ordinal("pejabat", LEX) is None


def indonesian_decimal(value: float, decimals: int) -> str:
    """Write a number the Indonesian way: thousands with dots, decimals after a comma."""
    whole, frac = f"{value:.{decimals}f}".split(".") if decimals else (f"{value:.0f}", "")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + (f",{frac}" if frac else "")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=4))
def test_decimal_comma_round_trip(units, decimals):
    value = units / 10**decimals
    text = indonesian_decimal(value, decimals)
    assert parse_number(text) == pytest.approx(round(value, decimals))


UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def say(n: int) -> str:
    """Indonesian words for 0 < n < 1,000,000."""
    if n >= 1000:
        head = "seribu" if n // 1000 == 1 else f"{say(n // 1000)} ribu"
        return (head + (" " + say(n % 1000) if n % 1000 else "")).strip()
    if n >= 100:
        head = "seratus" if n // 100 == 1 else f"{UNITS[n // 100]} ratus"
        return (head + (" " + say(n % 100) if n % 100 else "")).strip()
    if n >= 20:
        return f"{UNITS[n // 10]} puluh" + (f" {UNITS[n % 10]}" if n % 10 else "")
    if n >= 12:
        return f"{UNITS[n - 10]} belas"
    if n == 10:
        return "sepuluh"
    return "sebelas" if n == 11 else UNITS[n]


@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_round_trip(n):
    words = say(n).split()
    assert parse_number_words(words + ["pejabat"], LEX) == (n, len(words))


@given(st.text(max_size=60))
def test_parsers_never_crash(text):
    parse_number(text)
    parse_number_words(text.split(), LEX)
