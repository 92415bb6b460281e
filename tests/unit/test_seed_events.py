"""The seed article's events (issue 7), as far as the first version reaches."""

from __future__ import annotations


def _event(seed, trigger: str):
    return next(e for e in seed.events if e.trigger.text == trigger)


def _actor_names(seed, ids: list[str]) -> set[str]:
    return {a.name for a in seed.actors if a.id in ids}


def _statement(seed, statement_id: str):
    return next(s for s in seed.statements if s.id == statement_id)


def test_drone_attack_claimed_by_lavrov_with_91_drones(seed):
    event = _event(seed, "attack")
    assert (event.type, event.mode, event.status) == ("ASSAULT", "drone", "claimed")
    assert _actor_names(seed, event.actor) == {"Ukraine"}
    assert [(q.value, q.item) for q in event.quantities] == [(91.0, "long-range drones")]
    assert {_statement(seed, s).cue.text for s in event.claimed_by} == {"said"}
    assert "Lavrov" in seed.article.text[slice(*_statement(seed, event.claimed_by[0]).sentence)]
    assert next(p for p in seed.places if p.id == event.place).admin1 == "RU-NGR"
    assert next(t for t in seed.times if t.id == event.time).value == "2025-12-28/2025-12-29"


def test_drone_attack_disputed_by_the_denials(seed):
    event = _event(seed, "attack")
    assert {_statement(seed, s).act for s in event.disputed_by} == {"denial"}
    assert len(event.disputed_by) == 2


def test_visit_trump_zelenskiy_asserted(seed):
    event = _event(seed, "met")
    assert (event.type, event.status) == ("CONSULT", "asserted")
    assert _actor_names(seed, event.actor + event.recipient) == {"Donald Trump", "Volodymyr Zelenskiy"}
    assert next(t for t in seed.times if t.id == event.time).value == "2025-12-28"


def test_visit_mode(seed):
    assert _event(seed, "met").mode == "visit"


def test_phone_call_putin_trump_claimed_by_trump(seed):
    event = _event(seed, "call")
    assert (event.type, event.mode, event.status) == ("CONSULT", "phone", "claimed")
    assert _actor_names(seed, [_statement(seed, s).speaker for s in event.claimed_by]) == {"Donald Trump"}


def test_phone_call_parties(seed):
    event = _event(seed, "call")
    assert _actor_names(seed, event.actor + event.recipient) == {"Putin", "Donald Trump"}


def test_invasion_of_ukraine_asserted(seed):
    event = _event(seed, "invaded")
    assert (event.type, event.status, event.actor_country, event.recipient_country) == ("ASSAULT", "asserted", ["RUS"], ["UKR"])
    assert next(t for t in seed.times if t.id == event.time).value == "2022-02"


def test_annexation_of_crimea_asserted(seed):
    event = _event(seed, "annexed")
    assert (event.type, event.cameo, event.status) == ("COERCE", "192", "asserted")
    assert next(t for t in seed.times if t.id == event.time).value == "2014"


def test_annexation_actor(seed):
    annexation = _event(seed, "annexed")
    assert annexation.actor_country == ["RUS"]
    # "Crimea, which it annexed": the "it" is no recipient; Crimea's country is
    assert annexation.recipient_country == ["UKR"]


def test_demand_to_pull_out_is_a_request_by_russia(seed):
    event = _event(seed, "demanded")
    assert (event.type, event.actor_country, event.recipient_country) == ("REQUEST", ["RUS"], ["UKR"])


def test_drones_destroyed_by_air_defences_are_no_assault(seed):
    assert [e for e in seed.events if e.trigger.text == "destroyed"] == []


def test_the_alleged_attack_is_a_mention_of_the_drone_attack(seed):
    assert "attack" in [m.text for m in _event(seed, "attack").mentions]
