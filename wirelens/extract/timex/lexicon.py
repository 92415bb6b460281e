"""The words of temporal expressions: names, units, parts of the day and written numbers.

The regular expressions of `patterns.py` are built from these tables, and `normalize.py` reads
values back through them, so a word added here is both found and normalized.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# TIMEX3 parts of the day: "Monday morning" -> 2025-12-29TMO.
DAY_PARTS: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

# Calendar units as relativedelta keywords and TIMEX3 duration codes (time units after the "T").
UNIT_CODES: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y", "millennium": "Y",
}
TIME_UNITS = frozenset({"second", "minute", "hour"})
# Decades and centuries are written as years (P20Y), the form TimeBank uses most for "two decades".
UNIT_SCALE: dict[str, int] = {"decade": 10, "century": 100, "millennium": 1000, "fortnight": 2}

# Holidays of US and international wire copy: a fixed (month, day), or (month, weekday, n) for the
# n-th weekday of the month (n = -1: the last one); Easter comes from dateutil.
HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int] | str] = {
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Christmas": (12, 25), "Christmas Day": (12, 25),
    "Christmas Eve": (12, 24), "Boxing Day": (12, 26), "Valentine's Day": (2, 14), "Independence Day": (7, 4),
    "the Fourth of July": (7, 4), "Halloween": (10, 31), "Veterans Day": (11, 11), "Armistice Day": (11, 11),
    "Thanksgiving": (11, 3, 4), "Thanksgiving Day": (11, 3, 4), "Memorial Day": (5, 0, -1), "Labor Day": (9, 0, 1),
    "Martin Luther King Day": (1, 0, 3), "Presidents' Day": (2, 0, 3), "Election Day": "election",
    "Easter": "easter", "Easter Sunday": "easter", "Good Friday": "good friday",
}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000}
_FIXED = {"a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a couple": 2, "a dozen": 12, "dozen": 12}
# Quantities with no number: a duration of "several years" is PXY in TIMEX3.
VAGUE_QUANTITIES = frozenset({"several", "a few", "few", "some", "many", "a number of"})

NUMBER_WORD = "|".join(sorted([*_ONES, *_TENS, *_SCALES], key=len, reverse=True))


def month_number(name: str) -> int:
    """The month (1-12) of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[name.lower().rstrip(".")]


def weekday_number(name: str) -> int:
    """The weekday (Monday 0 ... Sunday 6) of a weekday name, abbreviation or plural."""
    key = name.lower().rstrip(".")
    return WEEKDAYS[key] if key in WEEKDAYS else WEEKDAYS[key.removesuffix("s")]


def parse_number(text: str) -> float | None:
    """The value of a written quantity ("24", "twenty four", "a couple of", "2 1/2"), or None when
    it is vague ("several").

    Written by hand: number-word libraries convert a whole string but cannot say where a number
    ends inside a longer expression, which the patterns need; this reads what the patterns found.
    """
    words = " ".join(text.lower().replace("-", " ").split())
    if words in VAGUE_QUANTITIES:
        return None
    if words in _FIXED:
        return float(_FIXED[words])
    if match := re.fullmatch(r"(\d+) (\d)/(\d)", words):
        return int(match.group(1)) + int(match.group(2)) / int(match.group(3))
    if re.fullmatch(r"\d{1,3}(,\d{3})*(\.\d+)?", words):
        return float(words.replace(",", ""))
    return _number_words(words.removeprefix("a ").removeprefix("an ").split())


def _number_words(words: list[str]) -> float | None:
    total = current = 0
    for word in words:
        if word == "and":
            continue
        if word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
    return float(total + current)
