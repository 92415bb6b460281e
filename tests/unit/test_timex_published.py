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


def test_a_dateline_gives_the_day_and_a_weekday_the_year(nlp):
    doc = nlp("WASHINGTON, August 8 (Xinhua) -- President Bill Clinton on Saturday vowed to find those behind the 1998 bombings.")
    assert infer_published(doc) == date(1998, 8, 8)


def test_today_with_a_date_is_the_publication_day(nlp):
    doc = nlp("The bank said today, March 5, that it cut rates for the first time since 2019. The board met on Tuesday.")
    assert infer_published(doc) == date(2019, 3, 5)


def test_an_undated_day_on_a_named_weekday_alone_is_no_evidence(nlp):
    # Dec. 29 falls on a Monday in 2025 only, of the years from 2022 on; but one day agreeing with
    # a weekday is what a history date does one year in seven.
    doc = nlp("Officials met on Monday. Talks held on Dec. 29 had failed, as they did in 2022.")
    assert infer_published(doc) is None


def test_a_dateline_without_a_year_in_the_text_gives_none(nlp):
    assert infer_published(nlp("NICOSIA, August 8 (Xinhua) -- The Cypriot government on Saturday condemned the attack.")) is None
