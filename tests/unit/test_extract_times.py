"""Times of the seed article and the news conventions of the tagger, through the real parse."""

from __future__ import annotations

from datetime import date

import pytest

from wirelens import Settings, analyze
from wirelens.extract.times import extract_times
from wirelens.ingest import make_article

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
    assert by_text["Monday"].anchor == "published"
    assert by_text["February 2022"].anchor is None


def test_without_a_publication_date_the_seed_analysis_infers_it(nlp, seed_text):
    article = make_article(seed_text, source="seed", settings=Settings())
    analysis = analyze(article, nlp)
    assert (analysis.article.published, analysis.article.published_source) == ("2025-12-29", "inferred")
    assert {t.text: t.value for t in analysis.times}["Monday"] == "2025-12-29"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The talks ended on Friday, officials said.", "Friday", "2025-12-26"),
        ("The minister will travel next Monday.", "next Monday", "2026-01-05"),
        ("The minister will travel on Friday.", "Friday", "2026-01-02"),
        ("The war has lasted three years.", "three years", "P3Y"),
        ("Prices rose in March 2024, the bank said.", "March 2024", "2024-03"),
        ("The deal was signed on 28 December 2025.", "28 December 2025", "2025-12-28"),
        ("The deal was signed on 12/28/2025.", "12/28/2025", "2025-12-28"),
        ("The deal was signed on Dec. 28.", "Dec. 28", "2025-12-28"),
        ("Talks collapsed yesterday.", "yesterday", "2025-12-28"),
        ("Shelling resumed two weeks ago.", "two weeks ago", "2025-W51"),
        ("The economy shrank last year.", "last year", "2024"),
        ("Talks continue this week.", "this week", "2026-W01"),
        ("Growth slowed in the third quarter.", "the third quarter", "2025-Q3"),
        ("Prices peaked in the 1990s.", "the 1990s", "199"),
        ("Troops withdrew last summer.", "last summer", "2025-SU"),
        ("Inspectors visit the site every week.", "every week", "P1W"),
        ("The ceasefire holds now.", "now", "PRESENT_REF"),
        ("Such attacks have increased recently.", "recently", "PAST_REF"),
        ("More aid may come in the future.", "the future", "FUTURE_REF"),
        ("The troops left on Thanksgiving Day.", "Thanksgiving Day", "2025-11-27"),
    ],
)
def test_news_conventions(nlp, sentence, expression, value):
    assert values(nlp, sentence)[expression] == value


def test_without_a_publication_date_relative_times_stay_unresolved(nlp):
    found = values(nlp, "The talks ended on Friday, a day after Dec. 28, officials said.", published=None)
    assert found["Friday"] == "XXXX-XX-XX"
    assert found["Dec. 28"] == "XXXX-12-28"


def test_every_time_span_points_at_its_text(seed, seed_text):
    for timex in seed.times:
        assert seed_text[timex.span[0] : timex.span[1]] == timex.text


def test_ids_follow_text_order(seed):
    assert [t.id for t in seed.times] == [f"t{n}" for n in range(1, len(seed.times) + 1)]
    assert [t.span for t in seed.times] == sorted(t.span for t in seed.times)
