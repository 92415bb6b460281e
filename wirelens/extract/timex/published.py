"""Publication date inferred from the text, for articles that come without one.

A weekday fixes a day of the year only modulo the year: any month and day falls on a given
weekday about one year in seven, so an inference from weekdays is only as good as its year. On
the 256 TimeBank and AQUAINT documents (with their dates hidden), guessing the year as the first
in which the latest undated day ("Aug. 6") falls on the weekday the article names most was wrong
every time it fired: such days are mostly history or schedules. So only strong evidence counts:
- a weekday written with a full date in a past or present clause ("on Monday, Dec. 29, 2025");
- a dateline ("WASHINGTON, August 8 (Xinhua) --") or "today, March 5" whose day falls on a
  weekday the article names, in the only year from the latest year it names on that fits;
- undated days that the article's own narrated days agree with on two days at least: the seed's
  "Monday" and "A day earlier", resolved from a publication on December 29, land on both days of
  "December 28–29", which shows that those dates are the days being reported, not history.
With no such evidence there is no inference: a guess would resolve every relative time wrongly.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from .lexicon import month_number, weekday_number
from .normalize import year_number
from .patterns import Mention
from .resolve import Resolved, resolve_mentions

# Over four years a day's weekday moves by four or five places, so in a window of this many
# years from the latest year named at most one year puts a day on a given weekday.
_YEARS_AHEAD = 4
_AGREEING_DAYS = 2
# "WASHINGTON, August 8 (Xinhua) --", "NAIROBI, Kenya, Aug. 7 (AP) _": a city in capitals, an
# optional region, a month and a day, then the agency or the dash that ends a dateline.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'-]+,(?: [A-Z][A-Za-z. ]+,)? (?P<month>[A-Z][a-z]+\.?) (?P<day>\d{1,2})\s*(?:\(|--|_)"
)
_TODAY = re.compile(r"(?i:today),? (?P<month>[A-Z][a-z]+\.?) (?P<day>\d{1,2})\b")
_DATE_RULES = frozenset({"date_mdy", "date_dmy", "date_iso"})
# "today", "this morning" name the publication day whatever it is: they cannot agree by evidence.
_SAME_DAY = frozenset({"deictic", "day_part"})


def infer_published(doc: Doc) -> date | None:
    """The publication date the text supports, or None when nothing supports one."""
    resolved = [item for item in resolve_mentions(doc, None) if item.tense != "future"]
    mentions = [item.mention for item in resolved]
    dated = [d for d in (_dated_weekday(m) for m in mentions) if d is not None]
    if dated:
        return max(dated)
    years = [year_number(m.groups["year"]) for m in mentions if "year" in m.groups]
    if not years:
        return None
    window = range(max(years), max(years) + _YEARS_AHEAD + 1)
    named = {weekday_number(m.groups["weekday"]) for m in mentions if "weekday" in m.groups and "plural" not in m.groups}
    stated = _stated_day(doc.text)
    if stated is not None:
        fitting = [d for d in (_on(year, *stated) for year in window) if d is not None and d.weekday() in named]
        return fitting[0] if len(fitting) == 1 else None
    return _narrated_day(doc, resolved, window)


def _dated_weekday(mention: Mention) -> date | None:
    """The day of "Monday, Dec. 29, 2025" when the weekday is right for the date."""
    if mention.rule not in _DATE_RULES or "year" not in mention.groups or "weekday" not in mention.groups:
        return None
    day = _on(year_number(mention.groups["year"]), _month(mention), int(mention.groups["day"]))
    return day if day is not None and day.weekday() == weekday_number(mention.groups["weekday"]) else None


def _stated_day(text: str) -> tuple[int, int] | None:
    """The (month, day) of a dateline opening the text, or of "today, March 5"."""
    match = _DATELINE.match(text) or _TODAY.search(text)
    if match is None:
        return None
    try:
        return month_number(match.group("month")), int(match.group("day"))
    except KeyError:  # a capitalized word that is no month
        return None


def _narrated_day(doc: Doc, resolved: list[Resolved], window: range) -> date | None:
    """The latest undated day, in the year of `window` in which the days the article narrates
    relative to publication (weekdays, "a day earlier") agree with its undated days on at least
    two days."""
    undated = [m for m in (item.mention for item in resolved) if m.rule in {"date_mdy", "date_dmy"} and "year" not in m.groups]
    for year in window:
        days = {day for m in undated for day in _days(m, year)}
        if not days:  # no such day that year (Feb. 29)
            continue
        published = max(days)
        narrated = {
            item.resolution.point.day
            for item in resolve_mentions(doc, published)
            if item.mention.rule not in _DATE_RULES | _SAME_DAY and item.resolution.anchor is not None
            and item.resolution.point is not None and item.resolution.point.granularity == "day" and item.tense != "future"
        }
        if len(narrated & days) >= _AGREEING_DAYS:
            return published
    return None


def _month(mention: Mention) -> int:
    return int(mention.groups["mnum"]) if "mnum" in mention.groups else month_number(mention.groups["month"])


def _days(mention: Mention, year: int) -> list[date]:
    """The days of an undated date or range ("December 28–29") in `year`."""
    first = _on(year, _month(mention), int(mention.groups["day"]))
    if first is None:
        return []
    last = int(mention.groups.get("day2", first.day))
    return [first + timedelta(days=n) for n in range(max(last - first.day, 0) + 1)]


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
