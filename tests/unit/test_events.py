"""Event detection: triggers, arguments, status, quantities, the CAMEO->PLOVER table."""

from __future__ import annotations

import pytest

from wirelens.extract.event_lexicon import event_lexicon
from wirelens.extract.events import extract_events
from wirelens.model import Actor


def _events(nlp, text: str, actors: list[Actor] | None = None):
    return extract_events(nlp(text), actors or [], [], [], [])


def test_every_trigger_code_is_in_the_crosswalk():
    lexicon = event_lexicon()
    assert {lexicon.code(t.cameo).type for t in lexicon.triggers.values()} >= {"ASSAULT", "CONSULT", "REQUEST", "COERCE"}
    assert lexicon.code("0874").type == "RETREAT" and lexicon.code("190").quad_class == 4


def test_verbal_trigger_with_actor_recipient_and_countries(nlp):
    text = "Russia attacked Ukraine on Friday."
    actors = [
        Actor(id="a1", name="Russia", kind="country", country="RUS", mentions=[(0, 6)]),
        Actor(id="a2", name="Ukraine", kind="country", country="UKR", mentions=[(16, 23)]),
    ]
    [event] = _events(nlp, text, actors)
    assert (event.type, event.cameo, event.actor, event.recipient, event.status) == ("ASSAULT", "190", ["a1"], ["a2"], "asserted")
    assert event.recipient_country == ["UKR"] and event.goldstein == -10.0


def test_nominal_trigger_with_compound_mode_and_demonym_country(nlp):
    [event] = _events(nlp, "Moroccan diplomats held a phone call with their hosts.")
    assert (event.type, event.mode, event.actor_country) == ("CONSULT", "phone", ["MAR"])


def test_governed_trigger_is_part_of_the_governing_event(nlp):
    types = [e.type for e in _events(nlp, "The two governments agreed to cooperate on border security.")]
    assert types == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "status"),
    [("The army did not attack the town.", "negated"), ("The army could attack the town.", "hypothetical"),
     ("The army will attack the town.", "future")],
)
def test_framing_status(nlp, text, status):
    [event] = _events(nlp, text)
    assert event.status == status


def test_no_trigger_no_event(nlp):
    assert _events(nlp, "The weather was mild in Paris.") == []


def test_conjoined_demonyms_give_every_country(nlp):
    [event] = _events(nlp, "Senior Hungarian and Romanian officials agreed on a plan.")
    assert sorted(event.actor_country) == ["HUN", "ROU"]


def test_pronoun_subject_of_a_reported_clause_is_the_reporter(nlp):
    [event] = _events(nlp, "Palestinian leaders said they would boycott all contact.")
    assert event.actor_country == ["PSE"]


def test_purposes_and_agentless_participles_are_no_events(nlp):
    assert [e.trigger.text for e in _events(nlp, "Avril resigned yesterday to allow elections.")] == []
    assert [e.trigger.text for e in _events(nlp, "A report released Tuesday angered Paris.")] == []
    assert [e.trigger.text for e in _events(nlp, "They met at a lunch hosted by the ambassador.")] == ["met"]


def test_bare_event_noun_is_a_mention_of_the_earlier_event(nlp):
    text = "Russian forces attacked Kyiv on Monday. The attack lasted hours. Peace talks are stalled."
    [event] = _events(nlp, text)
    assert (event.trigger.text, [m.text for m in event.mentions]) == ("attacked", ["attack"])


def test_the_act_beside_its_outcome_is_the_event(nlp):
    [event] = _events(nlp, "Three Iraqi civilians were killed in a car bombing in Baghdad.")
    assert (event.trigger.text, event.cameo, event.recipient_country) == ("bombing", "183", ["IRQ"])


def test_shooting_down_weapons_is_defence_not_assault(nlp):
    assert _events(nlp, "Most of the drones were destroyed by air defences.") == []
    [event] = _events(nlp, "Israeli tanks fired four shells at targets in Jericho.")
    assert event.type == "ASSAULT"


def test_a_mention_joins_the_event_of_its_word(nlp):
    text = "Ukraine attempted to attack the residence. Rebels shelled the port. The attack failed."
    [event] = [e for e in _events(nlp, text) if e.mentions]
    assert (event.trigger.text, [m.text for m in event.mentions]) == ("attack", ["attack"])


def test_an_act_with_no_object_is_negated_but_no_refusal(nlp):
    [event] = _events(nlp, "Russia supplied no weapons to the rebels.")
    assert (event.type, event.status) == ("AID", "negated")


def test_multiword_country_names_and_participle_subjects(nlp):
    [event] = _events(nlp, "Rebels in the Ivory Coast blocked transport into Abidjan.")
    assert event.actor_country == ["CIV"]
    [event] = _events(nlp, "Egyptian police opened fire on Monday, killing one person.")
    assert (event.trigger.text, event.actor_country) == ("killing", ["EGY"])


@pytest.mark.parametrize(
    "text",
    ["Six pilgrims were killed in a bus crash near Mecca.", "The earthquake killed 300 people in Nepal."],
)
def test_a_death_an_accident_causes_is_no_assault(nlp, text):
    assert [e for e in extract_events(nlp(text), [], [], [], []) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Some acts need someone to do them: a thing that gives, presses or hopes is no party.
        ("China lent Russia six billion dollars.", [("AID", "070")]),
        ("The subsidies give local firms an unfair advantage.", []),
        ("The government remains optimistic about the talks.", [(None, "013")]),
        ("The outlook for the region is less optimistic.", []),
        # Pressure from no one named is no demand.
        ("Insurers were under pressure in Europe.", []),
        ("The US provided Egypt with weapons.", [("AID", "070")]),
    ],
)
def test_acts_that_need_a_party(nlp, text, expected):
    assert [(e.type, e.cameo) for e in extract_events(nlp(text), [], [], [], [])] == expected
