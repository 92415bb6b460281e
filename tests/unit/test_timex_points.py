"""Calendar points: TIMEX3 values at every granularity, shifts, and the year of a bare day."""

from __future__ import annotations

from datetime import date

import pytest

from wirelens.extract.timex.points import Point, closest_year, finer, weekday_on_or_after, weekday_on_or_before

DAY = date(2025, 12, 29)


@pytest.mark.parametrize(
    ("granularity", "value"),
    [("day", "2025-12-29"), ("week", "2026-W01"), ("weekend", "2026-W01-WE"), ("month", "2025-12"),
     ("quarter", "2025-Q4"), ("half", "2025-H2"), ("season", "2025-WI"), ("year", "2025"), ("decade", "202"),
     ("century", "20")],
)
def test_values_at_each_granularity(granularity, value):
    assert Point(granularity, DAY).value() == value


def test_a_time_of_day_follows_the_date():
    assert Point("day", DAY, "TMO").value() == "2025-12-29TMO"


def test_shifts_keep_the_finer_granularity():
    quarter = Point("quarter", date(1989, 7, 1))
    assert quarter.shifted("year", -1).value() == "1988-Q3"
    assert Point("day", date(1989, 9, 30)).shifted("year", -1).value() == "1988-09-30"
    assert Point("day", DAY).shifted("month", -1, "month").value() == "2025-11"
    assert finer("quarter", "year") == "quarter" and finer("year", "day") == "day"


def test_weekdays_around_a_day():
    assert weekday_on_or_before(DAY, 4) == date(2025, 12, 26)
    assert weekday_on_or_before(DAY, 0) == DAY
    assert weekday_on_or_after(DAY, 4) == date(2026, 1, 2)


@pytest.mark.parametrize(
    ("direction", "expected"),
    [("past", date(2025, 3, 1)), ("future", date(2026, 3, 1)), ("nearest", date(2026, 3, 1))],
)
def test_the_year_of_a_day_follows_the_direction(direction, expected):
    assert closest_year(DAY, 3, 1, direction) == expected


def test_a_day_that_does_not_exist_has_no_year():
    assert closest_year(DAY, 2, 30, "past") is None
