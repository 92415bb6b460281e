"""Relations between statements, read off the events they claim and dispute."""

from __future__ import annotations

from wirelens.extract.relations import extract_relations
from wirelens.model import Content, Cue, Event, Statement, TextSpan


def _statement(statement_id: str, speaker: str, act: str, at: int) -> Statement:
    return Statement(id=statement_id, sentence=(at, at + 10), speaker=speaker, cue=Cue(span=(at, at + 4), text="said", lemma="say"),
                     content=Content(spans=[(at + 5, at + 10)], text="x"), mode="indirect", act=act)


def _relations(events: list[Event], statements: list[Statement]) -> list[tuple[str, str, str]]:
    return [(r.type, r.from_, r.to) for r in extract_relations(events, statements)]


def test_denial_denies_the_claim_and_the_deniers_later_accusation_responds_to_it():
    statements = [_statement("s1", "a1", "claim", 0), _statement("s2", "a2", "denial", 20),
                  _statement("s3", "a2", "accusation", 40), _statement("s4", "a3", "accusation", 60)]
    event = Event(id="e1", type="ASSAULT", trigger=TextSpan(span=(6, 8), text="attack"), status="claimed",
                  claimed_by=["s1"], disputed_by=["s2"])
    assert _relations([event], statements) == [("denies", "s2", "s1"), ("responds_to", "s3", "s1")]


def test_an_undisputed_event_relates_nothing():
    event = Event(id="e1", type="ASSAULT", trigger=TextSpan(span=(6, 8), text="attack"), status="claimed", claimed_by=["s1"])
    assert _relations([event], [_statement("s1", "a1", "claim", 0)]) == []


def test_seed_denials_deny_lavrovs_claim(seed):
    claim = next(s for s in seed.statements if s.act == "claim" and "attempted to attack" in s.content.text)
    denials = {r.from_ for r in seed.relations if r.type == "denies" and r.to == claim.id}
    assert {next(s for s in seed.statements if s.id == d).act for d in denials} == {"denial"} and len(denials) == 2
    answers = [r for r in seed.relations if r.type == "responds_to" and r.to == claim.id]
    assert [next(s for s in seed.statements if s.id == r.from_).act for r in answers] == ["accusation"]
