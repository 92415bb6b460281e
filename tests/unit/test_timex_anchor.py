"""The tense of a time's clause, and the time that governs a token, from the real parse."""

from __future__ import annotations

from datetime import date

import pytest

from wirelens.extract.times import extract_times
from wirelens.extract.timex import tense_at, time_at


def tense_of(nlp, text: str, expression: str) -> str:
    start = text.index(expression)
    return tense_at(nlp(text), start, start + len(expression))


@pytest.mark.parametrize(
    ("text", "expression", "tense"),
    [
        ("The minister will travel on Friday.", "Friday", "future"),
        ("The minister travelled on Friday.", "Friday", "past"),
        ("The group plans to hold a rally on Tuesday.", "Tuesday", "future"),
        ("Shares ended the week higher, closing unchanged Friday.", "Friday", "past"),
        ("Talks resume Monday.", "Monday", "present"),
        ("Castro said the father could leave as early as Tuesday.", "Tuesday", "future"),
    ],
)
def test_tense_of_the_clause(nlp, text, expression, tense):
    assert tense_of(nlp, text, expression) == tense


def test_the_time_governing_an_event_is_the_one_on_its_verb(nlp):
    text = ("On Monday, Lavrov said Ukraine attempted to attack the residence on December 28–29 "
            "using 91 drones.")
    doc = nlp(text)
    times = extract_times(doc, date(2025, 12, 29))
    attack = next(token for token in doc if token.text == "attack")
    said = next(token for token in doc if token.text == "said")
    assert time_at(attack, times).text == "December 28–29"
    assert time_at(said, times).text == "Monday"


def test_no_time_in_the_sentence_gives_none(nlp):
    doc = nlp("Lavrov spoke on Monday. Zelenskiy denied it.")
    times = extract_times(doc, date(2025, 12, 29))
    denied = next(token for token in doc if token.text == "denied")
    assert time_at(denied, times) is None
    assert time_at(doc[0:2], times).text == "Monday"


def test_a_reference_to_the_present_governs_nothing(nlp):
    doc = nlp("Russia wants to freeze the current front lines, Lavrov said.")
    times = extract_times(doc, date(2025, 12, 29))
    said = next(token for token in doc if token.text == "said")
    assert [t.value for t in times] == ["PRESENT_REF"]
    assert time_at(said, times) is None
