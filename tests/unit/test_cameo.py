"""The CAMEO view of events: dyads, mutual acts in both directions, claimed attacks as accusations."""

from __future__ import annotations

from wirelens.export.cameo import Party, cameo_records
from wirelens.extract.events import extract_events
from wirelens.model import Actor, Content, Cue, Event, Statement, TextSpan


def _actor(actor_id: str, name: str, country: str | None, start: int, kind: str = "country") -> Actor:
    return Actor(id=actor_id, name=name, kind=kind, country=country, mentions=[(start, start + len(name))])


def _event(cameo: str, actor: list[str], recipient: list[str] | None = None, **fields) -> Event:
    return Event(id="e1", type=None, cameo=cameo, trigger=TextSpan(span=(0, 1), text="x"), status=fields.pop("status", "asserted"),
                 actor=actor, recipient=recipient or [], **fields)


def _claim(statement_id: str, speaker: str, act: str = "claim", lemma: str = "say") -> Statement:
    return Statement(id=statement_id, sentence=(0, 10), speaker=speaker, cue=Cue(span=(0, 4), text=lemma, lemma=lemma),
                     content=Content(spans=[(5, 10)], text="x"), mode="indirect", act=act)


ACTORS = [_actor("a1", "US", "USA", 0), _actor("a2", "Russia", "RUS", 10), _actor("a3", "Iraq", "IRQ", 20),
          _actor("a4", "medics", None, 30, kind="unnamed")]


def _dyads(records) -> list[tuple[str, str | None, str | None]]:
    return [(r.code, r.source.actor if r.source else None, r.target.actor if r.target else None) for r in records]


def test_an_event_of_two_actors_is_two_records():
    records = cameo_records([_event("190", ["a1", "a2"], ["a3"])], [], ACTORS)
    assert _dyads(records) == [("190", "a1", "a3"), ("190", "a2", "a3")]
    assert records[0].root == "19" and records[0].quad_class == 4


def test_an_act_of_no_one_named_has_no_record():
    assert cameo_records([_event("1712", [])], [], ACTORS) == []
    assert _dyads(cameo_records([_event("173", [], ["a3"])], [], ACTORS)) == [("173", None, "a3")]


def test_calls_and_talks_run_both_ways_and_a_compound_without_recipient_pairs_up():
    assert _dyads(cameo_records([_event("041", ["a1"], ["a2"])], [], ACTORS)) == [("041", "a1", "a2"), ("041", "a2", "a1")]
    assert _dyads(cameo_records([_event("046", ["a1"], ["a2"])], [], ACTORS)) == [("046", "a1", "a2"), ("046", "a2", "a1")]
    met = cameo_records([_event("040", ["a1"], actor_country=["USA", "RUS", "IRQ"])], [], ACTORS)
    assert len(met) == 6 and Party(None, "IRQ") in {r.target for r in met}
    # "X met with Y" is X's act on Y, as a one-sided act keeps its direction.
    assert _dyads(cameo_records([_event("040", ["a1"], ["a2"])], [], ACTORS)) == [("040", "a1", "a2")]
    assert _dyads(cameo_records([_event("112", ["a1"], ["a2"])], [], ACTORS)) == [("112", "a1", "a2")]


def test_an_attack_claimed_by_another_party_is_its_accusation():
    attack = _event("190", ["a2"], ["a3"], status="claimed", claimed_by=["s1"])
    assert _dyads(cameo_records([attack], [_claim("s1", "a1")], ACTORS)) == [("112", "a1", "a2")]
    assert cameo_records([attack], [_claim("s1", "a1")], ACTORS)[0].statement == "s1"


def test_an_attack_claimed_by_its_actor_is_a_claim_of_responsibility():
    attack = _event("190", ["a1"], ["a3"], status="claimed", claimed_by=["s1"])
    assert _dyads(cameo_records([attack], [_claim("s1", "a1", lemma="claim")], ACTORS)) == [("015", "a1", "a3")]
    # A side that says what it did reports its act, which stands ("the air force says it has killed").
    assert _dyads(cameo_records([attack], [_claim("s1", "a1")], ACTORS)) == [("190", "a1", "a3")]


def test_a_state_organ_that_names_no_country_reports_its_sides_act():
    ministry = Actor(id="a5", name="the defense ministry", kind="organization", sector="GOV", mentions=[(40, 60)])
    attack = _event("190", ["a2"], ["a3"], status="claimed", claimed_by=["s1"])
    assert _dyads(cameo_records([attack], [_claim("s1", "a5")], [*ACTORS, ministry])) == [("190", "a2", "a3")]


def test_an_act_on_oneself_has_no_target():
    assert _dyads(cameo_records([_event("154", ["a1"], ["a1"])], [], ACTORS)) == [("154", "a1", None)]


def test_a_claim_by_a_news_source_or_a_denial_leaves_the_attack():
    attack = _event("190", ["a2"], ["a3"], status="claimed", claimed_by=["s1"])
    assert _dyads(cameo_records([attack], [_claim("s1", "a4")], ACTORS)) == [("190", "a2", "a3")]
    denied = _event("190", ["a2"], ["a3"], status="denied", claimed_by=["s1"])
    assert _dyads(cameo_records([denied], [_claim("s1", "a1", act="denial")], ACTORS)) == [("190", "a2", "a3")]


def test_statements_and_appeals_are_cameo_only_events(nlp):
    obama = _actor("a1", "Obama", "USA", 10, kind="person")
    [sorrow] = extract_events(nlp("President Obama expressed sorrow for the shootings."), [obama], [], [], [])
    assert (sorrow.type, sorrow.cameo, sorrow.quad_class) == (None, "018", 1)
    [asked] = extract_events(nlp("Congress is asking Obama to help Iran."), [], [], [], [])
    assert (asked.type, asked.cameo) == (None, "020")
    [wanted] = extract_events(nlp("Obama wants Putin to attack Switzerland."), [], [], [], [])
    assert (wanted.type, wanted.cameo) == (None, "020")


def test_a_harm_told_as_its_victims_state_is_the_event(nlp):
    [killed] = extract_events(nlp("There were 10 Russian soldiers killed in Ukraine today."), [], [], [], [])
    assert (killed.type, killed.cameo, killed.recipient_country) == ("ASSAULT", "190", ["RUS"])
