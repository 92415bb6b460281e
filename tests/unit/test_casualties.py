"""Casualties (dead, injured) and sizes of events."""

from wirelens.analyze import analyze
from wirelens.ingest.articles import make_article
from wirelens.settings import Settings


def _events(nlp, text):
    return analyze(
        make_article(text, source="test", settings=Settings(), published="2024-05-06"),
        nlp,
    ).events


def _value(quantity):
    return quantity.value if quantity is not None else None


def test_participle_killing_counts_the_dead_of_the_attack(nlp):
    [event] = _events(nlp, "Rebels attacked a village on Sunday, killing at least 12 civilians.")
    assert event.type == "ASSAULT" and _value(event.dead) == 12.0 and event.dead.bound == "at_least"


def test_a_bombing_that_kills_and_wounds(nlp):
    [event] = _events(
        nlp,
        "A car bombing killed four police officers and wounded nine others in the capital.",
    )
    assert (_value(event.dead), _value(event.injured)) == (4.0, 9.0)


def test_killed_in_shelling_belongs_to_the_shelling(nlp):
    events = _events(nlp, "Two people were killed in Russian shelling of the town.")
    assert [(e.trigger.text, _value(e.dead)) for e in events] == [("shelling", 2.0)]


def test_one_named_victim(nlp):
    [event] = _events(nlp, "Gunmen killed the provincial governor on Monday.")
    assert _value(event.dead) == 1.0


def test_an_attempt_kills_no_one(nlp):
    assert all(e.dead is None for e in _events(nlp, "Gunmen tried to assassinate the governor on Monday."))


def test_a_killing_in_a_relative_clause_is_another_act(nlp):
    events = _events(
        nlp,
        "Thousands of workers protested in the city, where three people were killed last year.",
    )
    protest = next(e for e in events if e.type == "PROTEST")
    assert protest.dead is None and _value(protest.size) == 1000.0


def test_size_of_an_arrest_is_who_is_arrested(nlp):
    [event] = _events(nlp, "Police arrested 40 protesters in the capital.")
    assert event.type == "COERCE" and _value(event.size) == 40.0


def test_weapons_fired_are_no_size(nlp):
    events = _events(nlp, "Troops fired six shells at the town.")
    assert events and all(e.size is None for e in events)


def test_a_killing_told_with_the_attack_that_caused_it(nlp):
    [event] = _events(nlp, "At least 14 villagers were killed and 30 wounded after militants stormed a market in Borno.")
    assert (event.trigger.text, _value(event.dead), _value(event.injured)) == ("stormed", 14.0, 30.0)
    [event] = _events(nlp, "Nine people were killed as government forces launched air strikes on Idlib.")
    assert (event.trigger.text, event.actor_country, _value(event.dead)) == ("strikes", ["SYR"], 9.0)
