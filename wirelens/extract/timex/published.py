"""Publication date inferred from the text, for articles that come without one.

News is written close to the latest day it reports, so the latest absolute date in a past or
present clause is the inference. A day without its year ("December 28–29") takes the first year,
from the latest year the article names on, in which that day falls on a weekday the article
names ("on Monday"): the seed article, with "December 28–29", "Monday" and the years 2014 and
2022, gives Monday 2025-12-29. With no such evidence there is no inference: a guess would
resolve every relative time of the article wrongly.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from .anchor import tense_at
from .lexicon import month_number, weekday_number
from .normalize import year_number
from .patterns import Mention, find_mentions

# How many years after the latest year named a day without a year may fall; beyond that the
# weekdays alone are too weak (the calendar repeats every 6 to 11 years).
_YEARS_AHEAD = 10


def infer_published(doc: Doc) -> date | None:
    """The publication date the text supports, or None when nothing supports one."""
    mentions = [m for m in find_mentions(doc.text) if tense_at(doc, m.start, m.end) != "future"]
    dated = [d for d in (_full_date(m) for m in mentions) if d is not None]
    if dated:
        return max(dated)
    days = [d for d in (_day_without_year(m) for m in mentions) if d is not None]
    years = [year_number(m.groups["year"]) for m in mentions if m.rule == "year"]
    weekdays = {weekday_number(m.groups["weekday"]) for m in mentions if m.rule == "weekday" and "plural" not in m.groups}
    if not days or not years or not weekdays:
        return None
    for year in range(max(years), max(years) + _YEARS_AHEAD + 1):
        candidates = [c for c in (_on(year, month, day) for month, day in days) if c is not None]
        if candidates and max(candidates).weekday() in weekdays:
            return max(candidates)
    return None


def _last_day(mention: Mention) -> int:
    """The day of a date mention; the last day of a range ("28–29" -> 29)."""
    return int(mention.groups.get("day2", mention.groups["day"]))


def _full_date(mention: Mention) -> date | None:
    if mention.rule not in {"date_mdy", "date_dmy", "date_iso"} or "year" not in mention.groups:
        return None
    month = int(mention.groups["mnum"]) if "mnum" in mention.groups else month_number(mention.groups["month"])
    return _on(year_number(mention.groups["year"]), month, _last_day(mention))


def _day_without_year(mention: Mention) -> tuple[int, int] | None:
    if mention.rule not in {"date_mdy", "date_dmy"} or "year" in mention.groups:
        return None
    return month_number(mention.groups["month"]), _last_day(mention)


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
