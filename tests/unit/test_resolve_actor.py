from __future__ import annotations

from datetime import date

import pytest

from wirelens.errors import InputError
from wirelens.extract.knowledge import default_knowledge
from wirelens.extract.resolve_actor import ActorQuery, ResolvedActor, as_date, resolve_actors


def _resolve(nlp, *queries):
    return list(resolve_actors(queries, nlp, default_knowledge()))


def test_strings_resolve_alone_in_order(nlp):
    putin, minister, moscow = _resolve(
        nlp, ActorQuery("Putin"), ActorQuery("Ukraine's foreign minister"), ActorQuery("Moscow")
    )
    assert putin == ResolvedActor("Vladimir Putin", "person", "RUS", "GOV", "President")
    assert (minister.kind, minister.country, minister.sector, minister.role) == ("unnamed", "UKR", "GOV", "Foreign Minister")
    assert (moscow.kind, moscow.country, moscow.sector) == ("country", "RUS", "GOV")


def test_the_context_sentence_is_read_around_the_actor(nlp):
    [commanders] = _resolve(nlp, ActorQuery("commanders", context="Putin told commanders on Monday to keep pushing."))
    assert (commanders.country, commanders.sector) == ("RUS", "MIL")


def test_a_context_that_does_not_hold_the_actor_lends_only_its_country(nlp):
    [guard] = _resolve(nlp, ActorQuery("the National Guard", context="Saudi"))
    assert (guard.country, guard.sector) == ("SAU", "MIL")


def test_the_date_picks_the_office_then_held(nlp):
    [before, after] = _resolve(nlp, ActorQuery("Boris Johnson", on=date(2020, 1, 1)), ActorQuery("Boris Johnson", on=date(2023, 1, 1)))
    assert (before.sector, after.sector) == ("GOV", "ELI")


def test_an_empty_actor_text_is_an_input_error(nlp):
    with pytest.raises(InputError, match="no actor text"):
        _resolve(nlp, ActorQuery("  "))


def test_dates_in_words_and_iso_and_bad_dates():
    today = date(2025, 12, 29)
    assert as_date("today", today) == today
    assert as_date("2022-01-10", today) == date(2022, 1, 10)
    assert as_date("October 1, 2021", today) == date(2021, 10, 1)
    assert as_date(None, today) is None
    with pytest.raises(InputError, match="not a date"):
        as_date("the day after pigs fly", today)
