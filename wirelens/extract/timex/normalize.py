"""Values: the TIMEX3 type and value of a found expression, given what it is resolved against.

Each rule of `patterns.py` has one resolver here. News conventions (TimeML guidelines, and what
TimeBank and AQUAINT annotate):
- a bare weekday or month in past-tense reporting is the most recent one on or before
  publication, in future-tense reporting the next one ("Friday" said on a Monday is three days
  back; "will meet Friday" is four days ahead);
- "last/next/this week|month|year", "ago", "yesterday" count from publication; "earlier", "later",
  "the following", "the previous", "that year" count from the time mentioned just before (the
  focus), at its granularity ("a year earlier" after "the third quarter" is the year-ago quarter);
- "December 28–29" is one range; "three years" is a duration (P3Y); "every week" a set (P1W);
- without a reference, a relative expression keeps an unresolved TIMEX3 value (XXXX-XX-XX).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from dateutil.easter import easter

from ...model import TimexType
from .lexicon import (
    DAY_PARTS, HOLIDAYS, ORDINALS, SEASONS, TIME_UNITS, UNIT_CODES, UNIT_SCALE, month_number, parse_number, weekday_number,
)
from .patterns import Mention, find_mentions
from .points import SEASON_MONTH, Granularity, Point, closest_year, weekday_on_or_after, weekday_on_or_before

Tense = Literal["past", "present", "future"]
AnchorKind = Literal["published", "focus"]


@dataclass(frozen=True)
class Reference:
    """What an expression is resolved against: publication, the tense of its clause, the focus."""

    published: date | None
    tense: Tense = "past"
    focus: Point | None = None


@dataclass(frozen=True)
class Resolution:
    """The type and value of one expression; `anchor` says what it was resolved against (None for
    absolute values), `point` is the calendar point it names, if any (it becomes the next focus)."""

    type: TimexType
    value: str
    anchor: AnchorKind | None = None
    point: Point | None = None


_UNKNOWN = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
    "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX",
}
_REFERENCE_VALUES = {
    "PRESENT_REF": {"right now", "just now", "now", "nowadays", "currently", "at present", "the present", "presently",
                    "these days", "at the moment", "current"},
    "PAST_REF": {"recently", "lately", "the past", "previously", "formerly", "once", "recent"},
    "FUTURE_REF": {"the future", "soon", "as soon as possible", "the near future", "the near term", "the short term", "a later date",
                   "future"},
}
_SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
                "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}
_GRACE_DAYS = 61
_BACK = {"ago", "earlier", "before", "back"}
_FROM_FOCUS = {"earlier", "later", "before", "after"}
_DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]


def normalize(mention: Mention, reference: Reference) -> Resolution:
    """The TIMEX3 type and value of `mention` resolved against `reference`."""
    return _RESOLVERS[mention.rule](mention.groups, reference)


def _point(point: Point, kind: AnchorKind | None, timex_type: TimexType = "DATE") -> Resolution:
    return Resolution(timex_type, point.value(), kind, point)


def _unknown(granularity: Granularity, timex_type: TimexType = "DATE") -> Resolution:
    return Resolution(timex_type, _UNKNOWN[granularity])


def _focus_or_published(reference: Reference) -> tuple[Point | None, AnchorKind]:
    """The focus when there is one, else the publication day."""
    if reference.focus is not None:
        return reference.focus, "focus"
    return (None if reference.published is None else Point("day", reference.published)), "published"


def _direction(reference: Reference) -> str:
    return {"past": "past", "future": "future"}.get(reference.tense, "nearest")


def _in_year_of(reference: Reference, month: int, day: int) -> date | None:
    """`month`/`day` of the publication year when it falls up to two months after publication:
    such a date is this year's even in a past-tense clause ("said the dividend is payable Nov.
    10", TimeBank), where the parse often gives the tense of the reporting verb."""
    published = reference.published
    assert published is not None  # the callers check
    candidate = _safe_date(published.year, month, day)
    if candidate is not None and published <= candidate <= published + timedelta(days=_GRACE_DAYS):
        return candidate
    return None


def year_number(text: str) -> int:
    """The year of "1998", "nineteen ninety-six" or "the year two thousand"."""
    if text.isdigit():
        return int(text)
    words = text.lower().replace("-", " ").split()
    if words[-1] == "thousand":
        return 2000
    rest = parse_number(" ".join(words[1:])) or 0
    return 1900 + int(rest)


def _day_month(groups: dict[str, str], reference: Reference) -> Resolution:
    """"Dec. 28", "28 December 2025", "Saturday, April 25", "December 28–29"."""
    month, day = month_number(groups["month"]), int(groups["day"])
    weekday = weekday_number(groups["weekday"]) if "weekday" in groups else None
    if "year" in groups:
        start, kind = _safe_date(year_number(groups["year"]), month, day), None
    elif reference.published is None:
        return Resolution("DATE", f"XXXX-{month:02d}-{day:02d}")
    else:
        start, kind = _year_for(reference, month, day, weekday), "published"
    if start is None:
        return _unknown("day")
    point = Point("day", start)
    if "day2" in groups and int(groups["day2"]) > day:
        end = _safe_date(start.year, month, int(groups["day2"]))
        if end is not None:
            return Resolution("DATE", f"{start.isoformat()}/{end.isoformat()}", kind, point)
    return _point(point, kind)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(reference: Reference, month: int, day: int, weekday: int | None) -> date | None:
    """The year of a month and day without one: the year in which the named weekday falls on it,
    else the one the tense points to."""
    published = reference.published
    assert published is not None  # the callers check
    if weekday is not None:
        for year in (published.year, published.year - 1, published.year + 1):
            candidate = _safe_date(year, month, day)
            if candidate is not None and candidate.weekday() == weekday:
                return candidate
    return _in_year_of(reference, month, day) or closest_year(published, month, day, _direction(reference))


def _numeric_date(groups: dict[str, str], reference: Reference) -> Resolution:
    """"12/28/2025", "2025-12-28"; two-digit years are 19xx from 50 on."""
    year = int(groups["year"])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    start = _safe_date(year, int(groups["mnum"]), int(groups["day"]))
    return _unknown("day") if start is None else _point(Point("day", start), None)


def _month_year(groups: dict[str, str], reference: Reference) -> Resolution:
    month = month_number(groups["month"])
    if "year" in groups:
        return _point(Point("month", date(year_number(groups["year"]), month, 1)), None)
    if reference.published is None:
        return Resolution("DATE", f"XXXX-{month:02d}")
    shift = {"last": -1, "next": 1}.get(groups["yrel"].lower(), 0)
    return _point(Point("month", date(reference.published.year + shift, month, 1)), "published")


def _month(groups: dict[str, str], reference: Reference) -> Resolution:
    """"March", "last May", "each July"; the year from publication and tense."""
    month = month_number(groups["month"])
    rel = groups.get("rel", "").lower()
    if rel in {"each", "every"}:
        return Resolution("SET", f"XXXX-{month:02d}")
    published = reference.published
    if published is None:
        return Resolution("DATE", f"XXXX-{month:02d}")
    this_month = date(published.year, published.month, 1)
    if rel in {"last", "this past"}:
        direction = "past" if month != published.month else "strictly-past"
    elif rel in {"next", "this coming"}:
        direction = "future" if month != published.month else "strictly-future"
    elif rel == "this":
        return _point(Point("month", date(published.year, month, 1)), "published")
    else:
        soon = _in_year_of(reference, month, 1) or _in_year_of(reference, month, 28)
        if soon is not None:
            return _point(Point("month", soon), "published")
        direction = _direction(reference)
    if direction.startswith("strictly"):
        year = published.year + (-1 if direction == "strictly-past" else 1)
        return _point(Point("month", date(year, month, 1)), "published")
    resolved = closest_year(this_month, month, 1, direction)
    assert resolved is not None  # the first of a month always exists
    return _point(Point("month", resolved), "published")


def _year(groups: dict[str, str], reference: Reference) -> Resolution:
    return _point(Point("year", date(year_number(groups["year"]), 1, 1)), None)


def _year_period(groups: dict[str, str], reference: Reference) -> Resolution:
    """"the 1988 period", "the 1988 second quarter", "the 1988 quarter" (the focus quarter)."""
    year = year_number(groups["year"])
    if "quarter" in groups:
        return _point(Point("quarter", date(year, 3 * ORDINALS[groups["quarter"].lower()] - 2, 1)), None)
    focus = reference.focus
    if groups["period"].lower() in {"quarter", "period"} and focus is not None and focus.granularity == "quarter":
        return _point(Point("quarter", date(year, focus.day.month, 1)), "focus")
    return _point(Point("year", date(year, 1, 1)), None)


def _decade(groups: dict[str, str], reference: Reference) -> Resolution:
    if "decade" in groups:
        start = int(groups["decade"]) * 10
    else:
        start = 1920 + 10 * _DECADE_WORDS.index(groups["decade_word"].lower())
    return _point(Point("decade", date(start, 1, 1)), None)


def _century(groups: dict[str, str], reference: Reference) -> Resolution:
    text = groups["ordinal"].lower()
    number = int(re.sub(r"\D", "", text)) if text[0].isdigit() else {
        "twenty-first": 21, "twentieth": 20, "nineteenth": 19, "eighteenth": 18}[text]
    return _point(Point("century", date((number - 1) * 100 + 1, 1, 1)), None)


def _season(groups: dict[str, str], reference: Reference) -> Resolution:
    code = SEASONS[groups["season"].lower()]
    if "year" in groups:
        return _point(Point("season", date(year_number(groups["year"]), SEASON_MONTH[code], 1)), None)
    published = reference.published
    if published is None:
        return Resolution("DATE", f"XXXX-{code}")
    candidate = date(published.year, SEASON_MONTH[code], 1)
    rel = groups.get("rel", "").lower()
    if rel in {"last", "this past"} and candidate >= date(published.year, published.month, 1):
        candidate = date(published.year - 1, candidate.month, 1)
    elif rel in {"next", "this coming"} and candidate <= published:
        candidate = date(published.year + 1, candidate.month, 1)
    return _point(Point("season", candidate), "published")


def _quarter_point(number: int, year: int) -> Point:
    return Point("quarter", date(year, 3 * number - 2, 1))


def _quarter(groups: dict[str, str], reference: Reference) -> Resolution:
    """"the third quarter", "fiscal second-quarter", "the fourth quarter of 1990"."""
    number = ORDINALS[groups["ordinal"].lower()]
    if "year" in groups or "year2" in groups:
        return _point(_quarter_point(number, year_number(groups.get("year") or groups["year2"])), None)
    published = reference.published
    if published is None:
        return Resolution("DATE", f"XXXX-Q{number}")
    year = published.year
    # A quarter that has not begun at publication is last year's unless the clause looks ahead.
    if _quarter_point(number, year).day > published and reference.tense != "future":
        year -= 1
    det = groups.get("det", "").lower()
    if det == "next year's":
        return _point(_quarter_point(number, published.year + 1), "published")
    if "year-" in det or det == "last year's":
        year -= 1
    return _point(_quarter_point(number, year), "published")


def _quarter_relative(groups: dict[str, str], reference: Reference) -> Resolution:
    """"the quarter", "the latest quarter", "the year-ago quarter": in earnings news the quarter
    being reported, the last one completed before publication; "that quarter" is the focus."""
    det = groups["det"].lower()
    focus = reference.focus
    if det in {"that", "the same"} and focus is not None and focus.granularity == "quarter":
        return _point(focus, "focus")
    if reference.published is None:
        return _unknown("quarter")
    current = Point("quarter", reference.published)
    if det in {"this", "the current"}:
        return _point(current, "published")
    if det in {"next", "the next"}:
        return _point(current.shifted("quarter", 1), "published")
    reported = current.shifted("quarter", -1)
    if any(word in det for word in ("year-", "comparable", "prior-year")):
        return _point(reported.shifted("year", -1), "published")
    return _point(reported, "published")


def _half(groups: dict[str, str], reference: Reference) -> Resolution:
    number = ORDINALS[groups["ordinal"].lower()]
    if "year" in groups:
        return _point(Point("half", date(year_number(groups["year"]), 6 * number - 5, 1)), None)
    if reference.published is None:
        return Resolution("DATE", f"XXXX-H{number}")
    return _point(Point("half", date(reference.published.year, 6 * number - 5, 1)), "published")


def _year_ago(groups: dict[str, str], reference: Reference) -> Resolution:
    """"year-earlier", "the year-ago period": the focus a year back, at the focus' granularity."""
    base, kind = _focus_or_published(reference)
    if base is None:
        return _unknown("year")
    granularity = base.granularity if base.granularity != "day" or kind == "focus" else "year"
    return _point(base.shifted(groups["unit"].lower(), -1, granularity), kind)


def _relative(groups: dict[str, str], reference: Reference) -> Resolution:
    """"last year", "this week", "earlier this month", "the following year", "that day"."""
    rel = groups["rel"].lower().removeprefix("the ")
    unit = groups["unit"].lower()
    granularity: Granularity = unit  # type: ignore[assignment]
    if unit == "day" or rel in {"that", "same", "previous", "following", "prior", "preceding"}:
        base, kind = _focus_or_published(reference)
    else:
        base, kind = (None if reference.published is None else Point("day", reference.published)), "published"
    if base is None:
        return _unknown(granularity)
    step = {"last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1, "latest": -1,
            "next": 1, "coming": 1, "following": 1}.get(rel, 0)
    return _point(base.shifted(unit, step, granularity), kind)


def _the_year(groups: dict[str, str], reference: Reference) -> Resolution:
    """"the year ended Sept. 30" is a fiscal year, a duration; "for the year", "the end of the
    year" are the year of publication."""
    if "ended" in groups:
        return Resolution("DURATION", "P1Y")
    if reference.published is None:
        return _unknown("year")
    return _point(Point("year", reference.published), "published")


def holiday_date(name: str, year: int) -> date:
    """The date of a holiday of `lexicon.HOLIDAYS` in `year`."""
    rule = HOLIDAYS[name]
    if rule in {"easter", "good friday"}:
        return easter(year) - timedelta(days=2 if rule == "good friday" else 0)
    if rule == "election":  # US: the Tuesday after the first Monday of November
        return weekday_on_or_after(date(year, 11, 1), 0) + timedelta(days=1)
    if len(rule) == 2:
        return date(year, rule[0], rule[1])  # type: ignore[misc]
    month, weekday, nth = rule  # type: ignore[misc]
    if nth > 0:
        return weekday_on_or_after(date(year, month, 1), weekday) + timedelta(weeks=nth - 1)
    return weekday_on_or_before(date(year, month + 1, 1) - timedelta(days=1), weekday)


def _holiday(groups: dict[str, str], reference: Reference) -> Resolution:
    """"Thanksgiving Day", "last Christmas", "Easter 1998", "Easter week": the year as for a
    month and day; with "week", the week holding the day."""
    name = groups["holiday"]
    granularity: Granularity = "week" if "week" in groups else "day"
    if "year" in groups:
        return _point(Point(granularity, holiday_date(name, year_number(groups["year"]))), None)
    published = reference.published
    if published is None:
        return _unknown(granularity)
    candidates = [holiday_date(name, year) for year in (published.year - 1, published.year, published.year + 1)]
    rel = groups.get("rel", "").lower()
    direction = {"last": "past", "this past": "past", "next": "future", "this coming": "future"}.get(rel)
    soon = candidates[1]
    if direction is None and published <= soon <= published + timedelta(days=_GRACE_DAYS):
        chosen = soon  # as for dates: a holiday weeks ahead is this year's even in a past-tense clause
    elif (direction or _direction(reference)) == "past":
        chosen = max(c for c in candidates if c <= published)
    elif (direction or _direction(reference)) == "future":
        chosen = min(c for c in candidates if c >= published)
    else:
        chosen = min(candidates, key=lambda c: abs((c - published).days))
    return _point(Point(granularity, chosen), "published")


def _weekend(groups: dict[str, str], reference: Reference) -> Resolution:
    published = reference.published
    if published is None:
        return _unknown("weekend")
    if reference.tense == "future":
        saturday = weekday_on_or_after(published, 5)
    else:
        saturday = weekday_on_or_before(published, 5)
    return _point(Point("weekend", saturday), "published")


def _week_of(groups: dict[str, str], reference: Reference) -> Resolution:
    """"the week of March 6": the week holding the day, as the day's year is found."""
    granularity: Granularity = "weekend" if groups["unit"].lower() == "weekend" else "week"
    day = _day_month(groups, reference)
    if day.point is None:
        return _unknown(granularity)
    return _point(Point(granularity, day.point.day), day.anchor)


def _with_part(point: Point, part: str | None) -> Resolution:
    if part is None:
        return _point(point, "published")
    return _point(Point("day", point.day, "T" + DAY_PARTS[part.lower()]), "published", "TIME")


def _deictic(groups: dict[str, str], reference: Reference) -> Resolution:
    """"today", "yesterday", "tomorrow morning", "tonight" (publication evening)."""
    word = groups["word"].lower()
    part = "night" if word == "tonight" else groups.get("part")
    if reference.published is None:
        return _unknown("day", "TIME" if part else "DATE")
    offset = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}.get(word, 0)
    return _with_part(Point("day", reference.published).shifted("day", offset), part)


def _day_part(groups: dict[str, str], reference: Reference) -> Resolution:
    """"this morning", "last night" (the night before publication), "tomorrow evening"."""
    if reference.published is None:
        return _unknown("day", "TIME")
    offset = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(groups["word"].lower(), 0)
    return _with_part(Point("day", reference.published).shifted("day", offset), groups["part"])


def _weekday(groups: dict[str, str], reference: Reference) -> Resolution:
    """"Monday", "last Friday", "Monday morning", "the previous Friday", "Tuesday nights"."""
    weekday = weekday_number(groups["weekday"])
    part = groups.get("part")
    rel = groups.get("rel", "").lower()
    if "plural" in groups or rel in {"every", "each"}:
        suffix = "" if part is None else "T" + DAY_PARTS[part.lower()]
        return Resolution("SET", f"XXXX-WXX-{weekday + 1}{suffix}")
    if rel in {"the previous", "the following", "the next"} and reference.focus is not None and reference.focus.granularity == "day":
        base, kind = reference.focus, "focus"
    else:
        base, kind = (None if reference.published is None else Point("day", reference.published)), "published"
    if base is None:
        return _unknown("day", "TIME" if part else "DATE")
    day = base.day
    if rel in {"last", "this past", "the previous", "past"}:
        resolved = weekday_on_or_before(day.fromordinal(day.toordinal() - 1), weekday)
    elif rel in {"next", "this coming", "the following", "the next", "coming"}:
        resolved = weekday_on_or_after(day.fromordinal(day.toordinal() + 1), weekday)
    elif reference.tense == "future" or rel == "this" and reference.tense != "past":
        resolved = weekday_on_or_after(day, weekday)
    else:
        resolved = weekday_on_or_before(day, weekday)
    resolution = _with_part(Point("day", resolved), part)
    return Resolution(resolution.type, resolution.value, kind, resolution.point)


def _clock(groups: dict[str, str], reference: Reference) -> Resolution:
    """"10 p.m. Wednesday", "noon Thursday", "around 7:15 p.m." (on the publication day)."""
    if "word" in groups:
        hour, minute = (0, 0) if groups["word"].lower() == "midnight" else (12, 0)
    else:
        hour, minute = int(groups["hour"]) % 12, int(groups.get("minute", "0"))
        if groups["ampm"].lower().startswith("p"):
            hour += 12
    clock = f"T{hour:02d}:{minute:02d}"
    day: Resolution | None = None
    if "day" in groups:
        inner = find_mentions(groups["day"])
        day = normalize(inner[0], reference) if inner else None
    focus = reference.focus
    if (day is None or day.point is None) and focus is not None and focus.granularity == "day":
        # A time of day alone is on the day under discussion: "shot to death at 10 p.m." after
        # "Oct. 23" is on Oct. 23.
        day = _point(focus, "focus")
    if day is None or day.point is None:
        if reference.published is None:
            return Resolution("TIME", "XXXX-XX-XX" + clock)
        day = _point(Point("day", reference.published), "published")
    point = Point("day", day.point.day, clock)  # type: ignore[union-attr]
    return Resolution("TIME", point.value(), day.anchor, point)


def _count(groups: dict[str, str]) -> float | None:
    return parse_number(groups["number"]) if "number" in groups else None


def _offset(groups: dict[str, str], reference: Reference) -> Resolution:
    """"two weeks ago", "a year earlier", "a day later": from publication ("ago") or the focus."""
    unit = groups["unit"].lower()
    direction = groups["direction"].lower()
    back = direction in _BACK
    count = _count(groups) if "number" in groups else 1.0
    if count is None:
        return Resolution("DATE", "PAST_REF" if back else "FUTURE_REF")
    if unit in TIME_UNITS:
        unit, count = "day", 0  # "an hour earlier" is on the day in focus
    if unit == "millennium":
        return Resolution("DATE", "PAST_REF" if back else "FUTURE_REF")
    focus = reference.focus
    if direction in _FROM_FOCUS or (unit == "year" and focus is not None and focus.granularity == "quarter"):
        base, kind = _focus_or_published(reference)
    else:
        base, kind = (None if reference.published is None else Point("day", reference.published)), "published"
    if base is None:
        return _unknown(_granularity(unit))
    # From publication the unit sets the granularity ("two years ago" -> 1996); from the focus the
    # finer of the two does ("a year earlier" after "Sept. 30" -> 1988-09-30).
    granularity = _granularity(unit) if kind == "published" else None
    steps = round(count) * (-1 if back else 1)
    return _point(base.shifted(unit, steps, granularity), kind)


def _granularity(unit: str) -> Granularity:
    return "week" if unit in {"fortnight", "weekend"} else unit  # type: ignore[return-value]


def _offset_the(groups: dict[str, str], reference: Reference) -> Resolution:
    """"the day before", "the year after", "the night before": from the focus."""
    unit = groups["unit"].lower()
    night = unit == "night"
    groups = {**groups, "unit": "day" if night else unit}
    resolution = _offset(groups, reference)
    if night and resolution.point is not None:
        point = Point("day", resolution.point.day, "TNI")
        return Resolution("TIME", point.value(), resolution.anchor, point)
    return resolution


def duration_value(count: float | None, unit: str) -> str:
    """The TIMEX3 duration of `count` units ("P3Y", "PT2H", "PXM" when the count is vague)."""
    code = UNIT_CODES[unit]
    prefix = "PT" if unit in TIME_UNITS else "P"
    if unit == "weekend":
        code = "W"
    if count is None:
        return f"{prefix}X{code}"
    count *= UNIT_SCALE.get(unit, 1)
    if count != int(count) and code in {"Y", "D", "H"}:
        smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60)}[code]
        rest = round((count - int(count)) * smaller[1])
        return f"{prefix}{int(count)}{code}{'T' if code == 'D' else ''}{rest}{smaller[0]}"
    return f"{prefix}{round(count)}{code}"


def _duration(groups: dict[str, str], reference: Reference) -> Resolution:
    # "recent years", "coming months": TimeBank mostly annotates these as past or future references.
    det = groups.get("det", "").lower()
    if det == "recent":
        return Resolution("DATE", "PAST_REF")
    if det in {"coming", "the coming"}:
        return Resolution("DATE", "FUTURE_REF")
    word = groups["unit"].lower()
    unit = {"centurie": "century", "millennia": "millennium"}.get(word.rstrip("s"), word.rstrip("s"))
    # Without a number, "day-long" is one day and "decades-long" an unknown number of decades.
    count = _count(groups) if "number" in groups or unit != word else 1.0
    return Resolution("DURATION", duration_value(count, unit))


def _set_adverb(groups: dict[str, str], reference: Reference) -> Resolution:
    return Resolution("SET", _SET_ADVERBS[groups["word"].lower()])


def _set_every(groups: dict[str, str], reference: Reference) -> Resolution:
    """"every week" -> P1W, "every other day" -> P2D, "every morning" -> XXXX-XX-XXTMO."""
    unit = groups["unit"].lower()
    if unit in DAY_PARTS:
        return Resolution("SET", f"XXXX-XX-XXT{DAY_PARTS[unit]}")
    number = groups.get("number", "one").lower()
    count = 2.0 if number == "other" else parse_number(number)
    return Resolution("SET", duration_value(count if count is not None else 1.0, unit))


def _set_rate(groups: dict[str, str], reference: Reference) -> Resolution:
    return Resolution("SET", duration_value(1.0, groups["unit"].lower()))


def _reference(groups: dict[str, str], reference: Reference) -> Resolution:
    word = " ".join(groups["word"].lower().split())
    value = next(value for value, words in _REFERENCE_VALUES.items() if word in words)
    return Resolution("DATE", value)


_RESOLVERS: dict[str, Callable[[dict[str, str], Reference], Resolution]] = {
    "date_iso": _numeric_date, "date_slash": _numeric_date, "date_mdy": _day_month, "date_and_day": _day_month, "date_dmy": _day_month,
    "month_year": _month_year, "month": _month, "year": _year, "year_period": _year_period, "decade": _decade,
    "century": _century, "season": _season, "quarter": _quarter, "quarter_relative": _quarter_relative,
    "half": _half, "year_ago": _year_ago, "relative": _relative, "weekend": _weekend, "week_of": _week_of, "holiday": _holiday, "the_year": _the_year, "deictic": _deictic,
    "day_part": _day_part, "weekday": _weekday, "clock": _clock, "offset": _offset, "offset_the": _offset_the,
    "duration": _duration, "duration_hyphen": _duration, "duration_long": _duration, "duration_vague": _duration, "duration_plural": _duration,
    "set_adverb": _set_adverb, "set_every": _set_every, "set_rate": _set_rate, "reference": _reference,
}
