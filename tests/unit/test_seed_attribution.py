"""Issue 3's list: the statements the seed article must yield, with speaker, act and details."""

from __future__ import annotations

import pytest


def statement(seed, speaker: str, content_start: str):
    names = {a.id: a.name for a in seed.actors}
    found = [s for s in seed.statements if names.get(s.speaker) == speaker and s.content.text.startswith(content_start)]
    assert found, f"no statement by {speaker} starting {content_start!r}"
    return found[0]


@pytest.mark.parametrize(
    ("speaker", "content_start", "act"),
    [
        ("Donald Trump", "Putin raised the alleged incident in a phone call on Monday morning", "claim"),
        ("Donald Trump", "an agreement could be close", "assessment"),
        ("Donald Trump", "that territorial disputes remained difficult", "acknowledgement"),
        ("Donald Trump", "the two sides were edging nearer to an end to the conflict", "claim"),
        ("Donald Trump", "he expects European countries to shoulder a larger share", "claim"),
        ("Sergei Lavrov", "Ukraine attempted to attack Putin’s residence", "claim"),
        ("Sergei Lavrov", "there were no injuries and no damage", "claim"),
        ("Sergei Lavrov", "the alleged attack as “state terrorism", "accusation"),
        ("Sergei Lavrov", "it would not go unanswered", "threat"),
        ("Volodymyr Zelenskiy", "Ukraine had planned any such operation", "denial"),
        ("Volodymyr Zelenskiy", "of setting the stage for strikes on Kyiv", "accusation"),
        ("Ukraine’s foreign minister", "Russia’s allegation as invented", "denial"),
        ("Putin", "to keep pushing", "directive"),
        ("Russia", "it already holds around three-quarters of the territory", "claim"),
        ("A senior Russian commander", "that Russian forces were about 15 km from the region’s largest city", "claim"),
        ("Putin", "that the offensive should continue", "other"),
    ],
)
def test_the_seed_statements_of_the_issue(seed, speaker, content_start, act):
    assert statement(seed, speaker, content_start).act == act


def test_lavrovs_attack_claim_is_the_full_clause_without_evidence(seed):
    claim = statement(seed, "Sergei Lavrov", "Ukraine attempted to attack")
    assert "91 long-range drones" in claim.content.text
    assert claim.evidence == "none_provided"


def test_pronoun_speakers_resolve_to_the_right_person(seed, seed_text):
    injuries = statement(seed, "Sergei Lavrov", "there were no injuries")
    assert seed_text[slice(*injuries.speaker_span)] == "He"
    indicated = statement(seed, "Donald Trump", "he expects European countries")
    assert seed_text[slice(*indicated.speaker_span)] == "He"


def test_the_mixed_accusation_and_the_addressees(seed):
    names = {a.id: a.name for a in seed.actors}
    assert statement(seed, "Sergei Lavrov", "the alleged attack as").mode == "mixed"
    assert names[statement(seed, "Putin", "to keep pushing").addressee] == "commanders"
    assert names[statement(seed, "A senior Russian commander", "that Russian forces").addressee] == "Putin"
    assert names[statement(seed, "Volodymyr Zelenskiy", "of setting the stage").addressee] == "Russia"


def test_the_unnamed_sources_are_unnamed_actors_with_a_country(seed):
    kinds = {a.name: (a.kind, a.country) for a in seed.actors}
    assert kinds["Ukraine’s foreign minister"] == ("unnamed", "UKR")
    assert kinds["A senior Russian commander"] == ("unnamed", "RUS")


def test_a_territorial_claim_is_no_statement(seed):
    assert not [s for s in seed.statements if s.cue.text == "claims"]
