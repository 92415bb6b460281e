"""Publication date inferred from the text, for articles that come without one.

News is written close to the latest day it reports, and names recent days without their year
("December 28–29") and by weekday ("on Monday"). The inference is the latest such day in a past
or present clause, in the first year (from the latest year the article names on) in which it
falls on a weekday the article names: the seed article, with "December 28–29", "Monday" and the
years 2014 and 2022, gives Monday 2025-12-29. A date written with its year counts only when a
weekday stands with it ("Monday, Dec. 29, 2025"): alone, such dates in news are mostly history or
schedules (on TimeBank and AQUAINT the latest of them is the publication date in no document).
With no such evidence there is no inference: a guess would resolve every relative time wrongly.
"""

from __future__ import annotations

from collections import Counter
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
    tenses = [(m, tense_at(doc, m.start, m.end)) for m in find_mentions(doc.text)]
    mentions = [m for m, tense in tenses if tense != "future"]
    named = Counter(weekday_number(m.groups["weekday"]) for m in mentions if "weekday" in m.groups and "plural" not in m.groups)
    dated = [d for d in (_full_date(m) for m in mentions if "weekday" in m.groups) if d is not None and d.weekday() in named]
    if dated:
        return max(dated)
    days = [d for d in (_day_without_year(m) for m in mentions) if d is not None]
    # Years told in the past tense are before publication; in the present they may be schedules.
    years = [year_number(m.groups["year"]) for m, tense in tenses if "year" in m.groups and tense == "past"]
    if not days or not years or not named:
        return None
    # The weekday the article names most is the day it reports (its own, in news); a year counts
    # only if the latest day without a year falls on it, which one year in seven does by chance.
    reported = max(named, key=lambda weekday: (named[weekday], -weekday))
    for year in range(max(years), max(years) + _YEARS_AHEAD + 1):
        candidates = [c for c in (_on(year, month, day) for month, day in days) if c is not None]
        if candidates and max(candidates).weekday() == reported:
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
