"""Values from found expressions, without a parse: tense, focus and publication decide."""

from __future__ import annotations

from datetime import date

import pytest

from wirelens.extract.timex import Reference, find_mentions, normalize
from wirelens.extract.timex.lexicon import parse_number
from wirelens.extract.timex.normalize import duration_value, holiday_date
from wirelens.extract.timex.points import Point

PUBLISHED = date(1989, 10, 26)  # a Thursday


def resolve(text: str, **reference):
    (mention,) = find_mentions(text)
    return normalize(mention, Reference(reference.pop("published", PUBLISHED), **reference))


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("Friday", "past", "1989-10-20"),
        ("Friday", "future", "1989-10-27"),
        ("Thursday", "past", "1989-10-26"),
        ("last Thursday", "present", "1989-10-19"),
        ("March", "past", "1989-03"),
        ("January", "future", "1990-01"),
        ("Nov. 10", "past", "1989-11-10"),  # two weeks ahead: this year's, whatever the tense
        ("Aug. 6", "present", "1989-08-06"),
    ],
)
def test_tense_picks_the_nearest_day_in_its_direction(text, tense, value):
    assert resolve(text, tense=tense).value == value


def test_next_years_quarter_is_in_the_year_after_publication():
    assert resolve("next year's first quarter").value == "1990-Q1"


def test_a_time_of_day_alone_is_on_the_day_in_focus():
    resolution = resolve("10 p.m.", focus=Point("day", date(1989, 10, 23)))
    assert (resolution.value, resolution.anchor) == ("1989-10-23T22:00", "focus")
    assert resolve("10 p.m.").value == "1989-10-26T22:00"


def test_a_year_earlier_counts_from_the_focus_at_its_granularity():
    focus = Point("quarter", date(1989, 7, 1))
    resolution = resolve("a year earlier", focus=focus)
    assert (resolution.value, resolution.anchor) == ("1988-Q3", "focus")


def test_ago_counts_from_publication():
    resolution = resolve("two years ago")
    assert (resolution.value, resolution.anchor) == ("1987", "published")


def test_the_reported_quarter_is_the_last_one_completed():
    assert resolve("the latest quarter").value == "1989-Q3"
    assert resolve("the year-ago quarter").value == "1988-Q3"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [("three years", "DURATION", "P3Y"), ("the past 24 hours", "DURATION", "PT24H"),
     ("several months", "DURATION", "PXM"), ("daily", "SET", "P1D"), ("every other week", "SET", "P2W"),
     ("each Thursday", "SET", "XXXX-WXX-4"), ("currently", "DATE", "PRESENT_REF"),
     ("the near term", "DATE", "FUTURE_REF")],
)
def test_durations_sets_and_references(text, kind, value):
    resolution = resolve(text)
    assert (resolution.type, resolution.value) == (kind, value)


def test_without_publication_relative_values_stay_unresolved():
    assert resolve("last week", published=None).value == "XXXX-WXX"
    assert resolve("March 5", published=None).value == "XXXX-03-05"
    assert resolve("March 5, 1990", published=None).value == "1990-03-05"


def test_numbers_durations_and_holidays():
    assert parse_number("twenty four") == 24 and parse_number("a couple of") == 2 and parse_number("several") is None
    assert duration_value(2.5, "year") == "P2Y6M"
    assert duration_value(2, "decade") == "P20Y"
    assert holiday_date("Thanksgiving", 1999) == date(1999, 11, 25)
    assert holiday_date("Memorial Day", 2025) == date(2025, 5, 26)
    assert holiday_date("Election Day", 1998) == date(1998, 11, 3)


def test_the_week_of_a_day_is_its_iso_week():
    assert resolve("the week of March 6", published=date(2000, 2, 24), tense="future").value == "2000-W10"
    assert resolve("the week of Oct. 2, 1989", published=None).value == "1989-W40"
    assert resolve("the week of March 6", published=None).value == "XXXX-WXX"


def test_a_unit_without_a_number_is_one_of_it_or_an_unknown_count():
    assert resolve("day-long").value == "P1D"
    assert resolve("decades-long").value == "PXY"


def test_a_holiday_weeks_ahead_is_this_years_even_in_a_past_clause():
    published = date(2000, 4, 17)  # Easter 2000 was on April 23
    assert resolve("Easter", published=published, tense="past").value == "2000-04-23"
    assert resolve("Easter week", published=published, tense="past").value == "2000-W16"
    assert resolve("last Easter", published=published).value == "1999-04-04"
    assert resolve("Christmas", published=date(2000, 4, 17), tense="past").value == "1999-12-25"


def test_the_second_day_of_a_pair_is_in_the_month_of_the_first():
    first, second = find_mentions("The summit is on April 24 and 25.")
    assert second.groups == {"month": "April", "day": "25"}
    assert normalize(second, Reference(date(1999, 2, 10), "future")).value == "1999-04-25"
