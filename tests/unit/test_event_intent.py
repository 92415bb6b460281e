"""Intended, required and refused acts: their CAMEO codes from the codebook's 03x, 10x, 12x and 13x."""

from __future__ import annotations

import pytest

from wirelens.extract.event_intent import demand_code, intent_code, intended, obliged, refusal_code
from wirelens.extract.events import extract_events


def _codes(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.cameo) for e in extract_events(nlp(text), [], [], [], [])]


@pytest.mark.parametrize(
    ("cameo", "intent", "demand", "refusal"),
    [("040", "036", "106", "125"), ("190", "138", "100", "190"), ("111", "111", "100", "111")],
)
def test_codes_of_announcing_demanding_and_refusing_an_act(cameo, intent, demand, refusal):
    assert (intent_code(cameo), demand_code(cameo), refusal_code(cameo)) == (intent, demand, refusal)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Palestinian leaders said they would boycott all contact with Washington.", [("THREATEN", "133")]),
        ("The rebels want to attack the capital.", [("THREATEN", "138")]),
        ("Iran hopes to meet the Saudi king next month.", [("AGREE", "036")]),
        ("Syria is willing to withdraw its troops from Lebanon.", [("AGREE", "035")]),
        ("Russia said Sudan must return the helicopter.", [("REQUEST", "105")]),
        ("Syria said it will not accept any more refugees.", [("REJECT", "124")]),
        ("Russian troops attacked the town.", [("ASSAULT", "190")]),
        ("The United States will supply arms to Israel.", [("AID", "070")]),
        ("The United Nations will provide food to refugees, the World Food Program (WFP) said.", [("AGREE", "033")]),
        # An event noun aimed at through the verb that carries it.
        ("Chile and Peru are seeking to expand cooperation in mining.", [("AGREE", "031")]),
        # Being prepared to act is a stated willingness; preparing to act is the act under way.
        ("The president said he is prepared to lift the embargo.", [("AGREE", "035")]),
        ("The minister prepared to attend the summit in Oslo.", [("CONSULT", "042")]),
        # Failing to do a cooperative act, or saying one will not, is refusing it.
        ("Chile and Peru failed to reach agreement on the border.", [("REJECT", "120")]),
        ("The miners said they will not end the strike.", [("REJECT", "124")]),
        # An act weighed is a policy option considered (CAMEO 014), not the act.
        ("Norway is considering sending aid to Sudan.", [(None, "014")]),
        ("The EU is mulling sanctions against Belarus.", [(None, "014")]),
    ],
)
def test_framed_acts_are_recoded(nlp, text, expected):
    assert _codes(nlp, text) == expected


def test_intended_and_obliged_read_the_clause(nlp):
    doc = nlp("The army will attack the town, but the rebels must leave.")
    attack, leave = doc[3], doc[11]
    assert intended(attack, "future", expressed=True) and not intended(leave, None, expressed=True)
    # An act the article itself announces is the act, scheduled: nobody expressed an intent.
    assert not intended(attack, "future", expressed=False)
    assert obliged(leave) and not obliged(attack)
