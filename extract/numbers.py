"""Indonesian numbers: decimal commas and thousands dots (`75,89`, `1.234,5`), number words (`lima puluh`),
ordinals (`kedua`, `ke-14`). Pure functions on strings, linear in their input."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon

# Thousands dots with an optional decimal comma: 1.234 / 1.234.567,89
_THOUSANDS_DOT = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# Decimal comma: 75,89
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
# A single dot: decimal point in some outlets (68.52), thousands when followed by exactly three digits (50.104).
_SINGLE_DOT = re.compile(r"[+-]?\d+\.\d+")
# English thousands with a decimal point, both separators present: 1,234.5
_ENGLISH = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+\.\d+")
_INTEGER = re.compile(r"[+-]?\d+")

NUMBER_TOKEN = re.compile(r"[+-]?\d[\d.,]*")


def parse_number(text: str) -> float | None:
    """The value of a written number, Indonesian conventions first; None when it is not a number.

    `75,89` → 75.89, `1.234,5` → 1234.5, `50.104` → 50104, `68.52` → 68.52, `3,96%` → 3.96.
    """
    s = text.strip().removesuffix("%").strip()
    if not s or len(s) > 40:
        return None
    if _INTEGER.fullmatch(s):
        return float(int(s))
    if _DECIMAL_COMMA.fullmatch(s):
        return float(s.replace(",", "."))
    if _THOUSANDS_DOT.fullmatch(s):
        whole, _, frac = s.partition(",")
        if "," in s or whole.count(".") > 1 or len(whole.split(".")[-1]) == 3:
            value = float(whole.replace(".", ""))
            return value + float("0." + frac) * (-1 if value < 0 else 1) if frac else value
    if _SINGLE_DOT.fullmatch(s):
        return float(s)
    if _ENGLISH.fullmatch(s):
        return float(s.replace(",", ""))
    return None


def parse_number_words(words: list[str], lex: Lexicon) -> tuple[int | None, int]:
    """Read Indonesian number words at the start of `words`: (value, words consumed); (None, 0) if none.

    `["lima", "puluh", "pejabat"]` → (50, 2); `["dua", "belas"]` → (12, 2); `["seratus", "dua", "puluh"]` → (120, 3).
    """
    total = 0  # completed thousands groups
    group = 0  # the group below a thousand being read
    last_unit: int | None = None  # a unit not yet multiplied ("lima" before "puluh")
    used = 0
    for raw in words:
        w = raw.casefold()
        parts = lex.number_compounds.get(w, [w])
        ok = True
        for part in parts:
            if part in lex.number_units:
                if last_unit is not None:  # "dua tiga": two numbers, not one
                    ok = False
                    break
                last_unit = lex.number_units[part]
                group += last_unit
            elif part == lex.teen_word and last_unit is not None and last_unit < 10:
                group += 10
                last_unit = None
            elif part in lex.number_multipliers and lex.number_multipliers[part] >= 1000 and group:
                total += group * lex.number_multipliers[part]
                group = 0
                last_unit = None
            elif part in lex.number_multipliers and last_unit is not None:
                group += last_unit * (lex.number_multipliers[part] - 1)
                last_unit = None
            else:
                ok = False
                break
        if not ok:
            break
        used += 1
    if not used:
        return None, 0
    return total + group, used


_ORDINAL_DIGITS = re.compile(r"ke-?(\d{1,4})", re.IGNORECASE)


def parse_ordinal(word: str, lex: Lexicon) -> int | None:
    """`kedua` → 2, `ke-14` → 14, `ketiga` → 3."""
    w = word.casefold()
    if w in lex.ordinals and lex.ordinals[w] > 0:
        return lex.ordinals[w]
    m = _ORDINAL_DIGITS.fullmatch(w)
    return int(m.group(1)) if m else None
