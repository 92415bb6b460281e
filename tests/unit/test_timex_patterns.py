"""Detection: TimeML spans, one mention per expression, no dates in ordinary words."""

from __future__ import annotations

import pytest

from wirelens.extract.timex import find_mentions


def spans(text: str) -> list[str]:
    return [m.text for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin spoke on Monday morning.", ["Monday morning"]),
        ("Drones struck on December 28–29 near Moscow.", ["December 28–29"]),
        ("Sales fell in the past three months.", ["the past three months"]),
        ("It reached a five-year low.", ["five-year"]),
        ("Profit rose in the third quarter of 1990.", ["the third quarter of 1990"]),
        ("The rally ended at 10 p.m. Wednesday.", ["10 p.m. Wednesday"]),
        ("He served nearly forty years.", ["nearly forty years"]),
        ("Shares fell 5% a year earlier.", ["a year earlier"]),
        ("He resigned in March for health reasons.", ["March"]),
        ("Sales rose over the past three years.", ["the past three years"]),
        ("The firm said its third quarter was weak.", ["third quarter"]),
        ("He was shot to death last Oct. 23 at his home.", ["Oct. 23"]),  # the day, not "last Oct."
        ("Evidence from the October slaying was heard.", ["October"]),  # a month modifying a noun
        ("A hearing is set for the week of March 6.", ["the week of March 6"]),
        ("The post-1959 politics split families.", ["post-1959"]),
        ("The summit is on April 24 and 25.", ["April 24", "25"]),  # two dates, as TimeML tags them
        ("Rates rose 5% on April 24 and 25% later.", ["April 24"]),  # a percentage, not a day
        ("They left their third day-long meeting.", ["day-long"]),
        ("Protesters prayed as Easter week began.", ["Easter week"]),
        ("Noon Friday is the deadline.", ["Noon Friday"]),  # capitalized at a sentence start
        ("He said on ABC's \"This Week\" that talks would resume this week.", ["this week"]),
    ],
)
def test_one_mention_per_expression_without_the_preposition(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials may decide later.",  # "may" the verb
        "Protesters joined the March for Life.",  # no word before it that introduces a month
        "He was seen at the annual March for Life.",  # a march, named
        "A 6-year-old boy was found.",  # an age, not a duration
        "Prices fall in spring markets.",  # a bare season word
        "He paid $1990 for it and 1,995 people came.",  # amounts, not years
        "The index closed at 2082.1 points.",  # an index level, not a year
        "A second group of directors sold a second block.",  # the ordinal, not a duration
        "He said on CBS's \"60 Minutes\" that the film was \"High Noon.\"",  # titles
    ],
)
def test_ordinary_words_are_not_times(text):
    assert spans(text) == []


def test_rules_and_groups_are_reported():
    (mention,) = find_mentions("It happened in February 2022.")
    assert mention.rule == "month_year"
    assert mention.groups == {"month": "February", "year": "2022"}
    assert (mention.start, mention.end) == (15, 28)
