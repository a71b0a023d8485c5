"""One month/weekday table for every stage: pantau/data/calendar.toml."""

from __future__ import annotations

from extract.lexicon import load_lexicon
from pantau.calendar import month_numbers, weekday_numbers


def test_shared_table_reads_indonesian_and_english_names():
    assert month_numbers()["januari"] == 1 and month_numbers()["agt"] == 8 and month_numbers()["nopember"] == 11
    assert month_numbers()["april"] == 4 and month_numbers()["december"] == 12
    assert weekday_numbers()["jum'at"] == 4 and weekday_numbers()["ahad"] == 6


def test_extractor_and_crawler_read_the_same_months():
    from crawlers.dates import MONTHS

    assert load_lexicon().months == month_numbers() == MONTHS
    assert load_lexicon().weekdays == weekday_numbers()
