"""Points on the calendar at a granularity, and their TIMEX3 values.

A `Point` is a day inside the period it names plus how coarse the period is: the third quarter of
1989 is `Point("quarter", date(1989, 7, 1))`. Shifting keeps the granularity, so "a year earlier"
after "the third quarter" is 1988-Q3 and after "Sept. 30" is 1988-09-30, as TimeBank annotates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

Granularity = Literal["day", "weekend", "week", "month", "quarter", "half", "season", "year", "decade", "century"]

# Finest first: a shift keeps whichever of the point's and the unit's granularity is finer.
_ORDER: tuple[Granularity, ...] = ("day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century")
_SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}
# A season is held as its middle month; winter as January, so "the winter of 1994" is 1994-WI.
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_SHIFT_UNITS = {
    "day": relativedelta(days=1), "weekend": relativedelta(weeks=1), "week": relativedelta(weeks=1),
    "fortnight": relativedelta(weeks=2), "month": relativedelta(months=1), "season": relativedelta(years=1),
    "quarter": relativedelta(months=3), "half": relativedelta(months=6), "year": relativedelta(years=1),
    "decade": relativedelta(years=10), "century": relativedelta(years=100),
}


@dataclass(frozen=True)
class Point:
    """A calendar period: `granularity` and any `day` inside it; `time` is a TIMEX3 time suffix
    ("TMO", "T22:00") for times of day."""

    granularity: Granularity
    day: date
    time: str | None = None

    def value(self) -> str:
        """The TIMEX3 value: 2025-12-29, 2025-W01, 2025-12, 2025-Q4, 2025-SU, 2025, 202, 20."""
        d = self.day
        match self.granularity:
            case "day":
                return d.isoformat() + (self.time or "")
            case "week" | "weekend":
                year, week, _ = d.isocalendar()
                return f"{year:04d}-W{week:02d}" + ("-WE" if self.granularity == "weekend" else "")
            case "month":
                return f"{d.year:04d}-{d.month:02d}"
            case "quarter":
                return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
            case "half":
                return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
            case "season":
                return f"{d.year:04d}-{_SEASON_OF_MONTH[d.month]}"
            case "year":
                return f"{d.year:04d}"
            case "decade":
                return f"{d.year // 10:03d}"
            case "century":
                return f"{d.year // 100:02d}"
        raise ValueError(f"unknown granularity {self.granularity!r}")

    def shifted(self, unit: str, count: int, granularity: Granularity | None = None) -> Point:
        """This point moved by `count` units (negative: back), at `granularity` or the finer of
        its own and the unit's."""
        step = _SHIFT_UNITS[unit]
        moved = self.day + step * count
        return Point(granularity or finer(self.granularity, unit), moved)


def finer(a: str, b: str) -> Granularity:
    """The finer of two granularities (units outside the calendar order count as days)."""
    rank = {g: i for i, g in enumerate(_ORDER)}
    ga = a if a in rank else "day"
    gb = b if b in rank else "day"
    return ga if rank[ga] <= rank[gb] else gb  # type: ignore[return-value]


def weekday_on_or_before(reference: date, weekday: int) -> date:
    """The most recent `weekday` on or before `reference`."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def weekday_on_or_after(reference: date, weekday: int) -> date:
    """The first `weekday` on or after `reference`."""
    return reference + timedelta(days=(weekday - reference.weekday()) % 7)


def closest_year(reference: date, month: int, day: int, direction: str) -> date | None:
    """The date of `month`/`day` in the year that `direction` picks around `reference`: "past" the
    latest on or before it, "future" the first on or after it, else the nearest. None if no such
    day exists (Feb. 30)."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction == "past":
        before = [c for c in candidates if c <= reference]
        return before[-1] if before else None
    if direction == "future":
        after = [c for c in candidates if c >= reference]
        return after[0] if after else None
    return min(candidates, key=lambda c: abs((c - reference).days))
