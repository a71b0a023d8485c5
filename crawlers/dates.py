"""Dates as Indonesian pages write them: ISO timestamps, "Senin, 15 Januari 2024" (months from the shared
calendar, pantau/data/calendar.toml), "January 15, 2024", "15/01/2024", and `/2024/01/` in a URL; a date
outside what a news page can carry is no date."""

from __future__ import annotations

import datetime as dt
import re

from pantau.calendar import month_numbers

MONTHS = month_numbers()  # the shared month table (pantau/data/calendar.toml)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
TEXT_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_NAMES})\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
TEXT_DATE_US = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")
ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)")
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(?:(0?[1-9]|[12]\d|3[01])/)?")

# The forms `parse_date` tries, in order, each with the groups holding its year, month (a number or a name
# of MONTHS) and day.
_DATE_FORMS = ((ISO_DATE, 1, 2, 3), (TEXT_DATE, 3, 2, 1), (TEXT_DATE_US, 3, 1, 2), (NUMERIC_DATE, 3, 2, 1))


def parse_date(value: str | None) -> dt.date | None:
    """A date from ISO timestamps, Indonesian/English month names or dd/mm/yyyy."""
    if not value:
        return None
    for pattern, year, month, day in _DATE_FORMS:
        match = pattern.search(value)
        if match:
            number = int(match[month]) if match[month].isdigit() else MONTHS[match[month].casefold()]
            try:
                return dt.date(int(match[year]), number, int(match[day]))
            except ValueError:
                pass
    return None


def url_date(url: str) -> dt.date | None:
    match = URL_DATE.search(url)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3] or 1)) if match[3] else None
    except ValueError:
        return None


def plausible_date(day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    if day < dt.date(1995, 1, 1) or day > dt.date.today() + dt.timedelta(days=1):
        return None
    return day
