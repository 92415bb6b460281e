"""Times: the dates and times an article mentions, normalized to TIMEX3 values.

A first resolver: the model's DATE and TIME entities, with dateparser for what it reads well and
rules for what it reads wrong in news (the time issue replaces this with a full tagger):
- a bare weekday in news is the most recent one on or before publication; dateparser takes the
  one before ("Monday" published on a Monday -> a week early);
- "December 28–29" is a range; dateparser reads "28–29" as the year 2029;
- "three years" is a duration (P3Y), not a date three years ago;
- "a day earlier" counts from the time mentioned just before it, not from publication.
Without a publication date, relative expressions stay unresolved (XXXX-XX-XX) rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser
from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span as SpacySpan

from ..model import Timex, TimexType

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M"}
_NUMBER = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_UNIT = r"(year|month|week|day|hour|minute)s?"

_WEEKDAY = re.compile(rf"^(?:(last|next|this|on) )?({'|'.join(_WEEKDAYS)})(?: ({'|'.join(_DAY_PARTS)}))?$")
_RANGE = re.compile(r"^([A-Za-z]+\.?) (\d{1,2}) ?[–—-] ?(\d{1,2})(?:,? (\d{4}))?$")
_YEAR = re.compile(r"^(?:the year )?(\d{4})$")
_DURATION = re.compile(rf"^(?:about |some |nearly |almost |more than |over |the past |the last )?{_NUMBER} {_UNIT}$")
_SHIFT = re.compile(rf"^{_NUMBER} {_UNIT} (earlier|before|later|after|ago)$")
_UNRESOLVED = "XXXX-XX-XX"


def extract_times(doc: Doc, published: date | None) -> list[Timex]:
    """Every DATE and TIME entity of `doc` as a Timex, resolved against `published` or against
    the time mentioned just before it ("a day earlier")."""
    times: list[Timex] = []
    for span in _time_spans(doc):
        text = span.text
        previous = times[-1] if times else None
        kind, value, anchor = _resolve(text, span.label_, published, previous)
        times.append(Timex(id=f"t{len(times) + 1}", span=(span.start_char, span.end_char), text=text,
                           type=kind, value=value, anchor=anchor))
    return times


def _time_spans(doc: Doc) -> list[SpacySpan]:
    """DATE and TIME entities, with "Monday" + "morning" joined into one expression."""
    spans: list[SpacySpan] = []
    for ent in doc.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        if spans and spans[-1].end == ent.start and ent.text.lower() in _DAY_PARTS:
            spans[-1] = SpacySpan(doc, spans[-1].start, ent.end, label="TIME")
        else:
            spans.append(ent)
    return spans


def _resolve(text: str, label: str, published: date | None, previous: Timex | None) -> tuple[TimexType, str, str | None]:
    lowered = " ".join(text.lower().split())
    if match := _DURATION.match(lowered):
        return "DURATION", _duration(match.group(1), match.group(2)), None
    if match := _SHIFT.match(lowered):
        return _shift(match, published, previous)
    if match := _YEAR.match(lowered):
        return "DATE", match.group(1), None
    if match := _WEEKDAY.match(lowered):
        return _weekday(match, published)
    if match := _RANGE.match(text.strip()):
        value = _range(match, published)
        if value:
            return "DATE", value, "published" if match.group(4) is None else None
    return _dateparser(text, label, published)


def _duration(number: str, unit: str) -> str:
    count = int(number) if number.isdigit() else _NUMBERS[number]
    code = _UNITS[unit]
    return f"PT{count}{code}" if unit in {"hour", "minute"} else f"P{count}{code}"


def _shift(match: re.Match[str], published: date | None, previous: Timex | None) -> tuple[TimexType, str, str | None]:
    number, unit, direction = match.groups()
    count = int(number) if number.isdigit() else _NUMBERS[number]
    base, anchor = published, "published"
    if direction != "ago" and previous is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", previous.value[:10]):
        base, anchor = date.fromisoformat(previous.value[:10]), previous.id
    if base is None or unit not in {"day", "week"}:
        return "DATE", _UNRESOLVED, None
    days = count * (7 if unit == "week" else 1) * (1 if direction in {"later", "after"} else -1)
    return "DATE", (base + timedelta(days=days)).isoformat(), anchor


def _weekday(match: re.Match[str], published: date | None) -> tuple[TimexType, str, str | None]:
    modifier, day, part = match.groups()
    kind: TimexType = "TIME" if part else "DATE"
    if published is None:
        return kind, _UNRESOLVED, None
    offset = (published.weekday() - _WEEKDAYS.index(day)) % 7
    if modifier == "next":
        resolved = published + timedelta(days=(7 - offset) % 7 or 7)
    elif modifier == "last" and offset == 0:
        resolved = published - timedelta(days=7)
    else:
        resolved = published - timedelta(days=offset)
    value = resolved.isoformat() + (f"T{_DAY_PARTS[part]}" if part else "")
    return kind, value, "published"


def _range(match: re.Match[str], published: date | None) -> str | None:
    month_name, first, last, year = match.groups()
    if year is None and published is None:
        return None
    year_number = int(year) if year else published.year
    parsed = dateparser.parse(f"{month_name} 1 {year_number}", languages=["en"])
    if parsed is None:
        return None
    try:
        start = date(year_number, parsed.month, int(first))
        end = date(year_number, parsed.month, int(last))
    except ValueError:
        return None
    return f"{start.isoformat()}/{end.isoformat()}"


@lru_cache(maxsize=64)
def _parser(published: date | None) -> DateDataParser:
    """A dateparser parser relative to `published`; building one costs more than parsing, and a
    batch holds few publication dates."""
    if published is None:
        return DateDataParser(languages=["en"], settings={"REQUIRE_PARTS": ["year"]})
    base = datetime.combine(published, datetime.min.time())
    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})


def _dateparser(text: str, label: str, published: date | None) -> tuple[TimexType, str, str | None]:
    kind: TimexType = "TIME" if label == "TIME" else "DATE"
    anchor = None if published is None else "published"
    data = _parser(published).get_date_data(text)
    if data.date_obj is None:
        return kind, _UNRESOLVED, None
    period = data.period or "day"
    resolved = data.date_obj
    if period == "year":
        value = f"{resolved.year:04d}"
    elif period == "month":
        value = f"{resolved.year:04d}-{resolved.month:02d}"
    elif period == "week":
        value = f"{resolved.isocalendar().year:04d}-W{resolved.isocalendar().week:02d}"
    elif kind == "TIME" and period == "time":
        value = resolved.strftime("%Y-%m-%dT%H:%M")
    else:
        value = resolved.date().isoformat()
    # An expression that names its year ("February 2022") does not depend on the publication date.
    if re.search(r"\b\d{4}\b", text):
        anchor = None
    return kind, value, anchor
