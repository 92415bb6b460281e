"""Times of the seed article and the news conventions the first resolver knows."""

from __future__ import annotations

from datetime import date

import pytest

from wirelens.extract.times import extract_times

PUBLISHED = date(2025, 12, 29)  # a Monday


def values(nlp, text: str, published: date | None = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in extract_times(nlp(text), published)}


def test_seed_times(seed):
    found = {t.text: (t.type, t.value) for t in seed.times}
    assert found["Monday morning"] == ("TIME", "2025-12-29TMO")
    assert found["A day earlier"] == ("DATE", "2025-12-28")
    assert found["December 28–29"] == ("DATE", "2025-12-28/2025-12-29")
    assert found["February 2022"] == ("DATE", "2022-02")
    assert found["2014"] == ("DATE", "2014")
    assert found["Monday"] == ("DATE", "2025-12-29")


def test_a_day_earlier_is_anchored_to_the_time_before_it(seed):
    by_text = {t.text: t for t in seed.times}
    assert by_text["A day earlier"].anchor == by_text["Monday morning"].id


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The talks ended on Friday, officials said.", "Friday", "2025-12-26"),
        ("The minister will travel next Monday.", "next Monday", "2026-01-05"),
        ("The war has lasted three years.", "three years", "P3Y"),
        ("Prices rose in March 2024, the bank said.", "March 2024", "2024-03"),
    ],
)
def test_news_conventions(nlp, sentence, expression, value):
    assert values(nlp, sentence)[expression] == value


def test_without_a_publication_date_relative_times_stay_unresolved(nlp):
    found = values(nlp, "The talks ended on Friday, officials said.", published=None)
    assert found["Friday"] == "XXXX-XX-XX"


def test_every_time_span_points_at_its_text(seed, seed_text):
    for timex in seed.times:
        assert seed_text[timex.span[0] : timex.span[1]] == timex.text
