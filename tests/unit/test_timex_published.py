"""Publication date from the text: inferred where the text supports it, None where not."""

from __future__ import annotations

from datetime import date

from wirelens.extract.timex import infer_published


def test_the_seed_gives_monday_december_29_2025(nlp, seed_text):
    assert infer_published(nlp(seed_text)) == date(2025, 12, 29)


def test_a_dated_weekday_is_the_publication_day(nlp):
    doc = nlp("Officials met on Monday, Dec. 29, 2025, after talks on Dec. 20, 2025 had failed.")
    assert infer_published(doc) == date(2025, 12, 29)


def test_nothing_to_go_by_gives_none(nlp):
    assert infer_published(nlp("The talks ended on Friday, officials said.")) is None
    # A dated event alone is more often history than today: no inference.
    assert infer_published(nlp("The treaty was signed on March 26, 1996.")) is None
