"""Quantities: counts, measures, shares and vague counts, with their bounds."""

import pytest

from wirelens.extract.quantities import counted, quantities_in


def _quantities(nlp, text):
    return [(text[slice(*q.span)], q.value, q.unit, q.item, q.bound) for q in quantities_in(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They attacked the base using 91 long-range drones in February 2022.",
         ("91 long-range drones", 91.0, None, "long-range drones", None)),
        ("Russia controls about a fifth of the country.", ("about a fifth", 20.0, "%", "country", "about")),
        ("Russia says it already holds around three-quarters of the territory.",
         ("around three-quarters", 75.0, "%", "territory", "about")),
        ("Russian forces were about 15 km from the city.", ("about 15 km", 15.0, "km", None, "about")),
        ("Tens of thousands of university students marched.",
         ("Tens of thousands", 10_000.0, None, "university students", "at_least")),
        ("Soldiers arrested more than 100 Palestinians.", ("more than 100 Palestinians", 100.0, None, "Palestinians", "more_than")),
        ("Up to 100 ethnic Albanians demonstrated.", ("Up to 100 ethnic Albanians", 100.0, None, "ethnic Albanians", "at_most")),
        ("The fund pledged $5 billion.", ("$5 billion", 5e9, "USD", None, None)),
        ("They counted 30 percent of members.", ("30 percent", 30.0, "%", "members", None)),
    ],
)  # fmt: skip
def test_quantity_forms(nlp, text, expected):
    assert _quantities(nlp, text) == [expected]


def test_numbers_in_dates_are_no_quantities(nlp):
    assert _quantities(nlp, "The talks began on December 28 and ended in February 2022.") == []


def test_one_third_is_rounded_to_hundredths(nlp):
    [(_, value, unit, item, _)] = _quantities(nlp, "One third of voters stayed home.")
    assert (value, unit, item) == (33.33, "%", "voters")


def test_counted_reads_a_numeral_used_as_a_noun(nlp):
    doc = nlp("Police opened fire, killing one.")
    quantity = counted(doc[5])
    assert quantity is not None and quantity.value == 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The bank lost $300bn last year.", ("$300bn", 3e11, "USD")),
     ("The bank lost $300m last year.", ("$300m", 3e8, "USD")),
     ("It will cost 2.20 Canadian dollars.", ("2.20 Canadian dollars", 2.2, "CAD")),
     ("The plan reaches 5 billion people.", ("5 billion people", 5e9, None))],
)  # fmt: skip
def test_scales_and_currencies(nlp, text, expected):
    assert [q[:3] for q in _quantities(nlp, text)] == [expected]


def test_words_float_would_read_are_no_numbers(nlp):
    assert _quantities(nlp, "Infinity Ward and NaN Labs hired staff.") == []
