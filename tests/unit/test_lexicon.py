from __future__ import annotations

from typing import get_args

from wirelens.extract.lexicon import lexicon
from wirelens.model import Evidence, SpeechAct


def test_every_cue_maps_to_a_speech_act_of_the_record():
    words = lexicon()
    acts = set(get_args(SpeechAct))
    assert set(words.verbs.values()) <= acts
    assert set(words.negated_acts.values()) <= acts


def test_evidence_patterns_name_evidence_statuses_and_match_wire_phrasing():
    statuses = {status for status, _ in lexicon().evidence}
    assert statuses <= set(get_args(Evidence))

    def status_of(sentence):
        return next((s for s, p in lexicon().evidence if p.search(sentence)), None)

    assert status_of("He provided no evidence for the claim.") == "none_provided"
    assert status_of("She spoke without offering evidence.") == "none_provided"
    assert status_of("Reuters could not independently verify the report.") == "unverified"
    assert status_of("Documents seen by Reuters show the payments.") == "provided"
    assert status_of("He said the talks went well.") is None


def test_learned_cue_rates_depend_on_the_frame():
    words = lexicon()
    assert words.act_of("say", "c+h") == "claim"
    assert words.act_of("believe", "c+h") == "assessment"  # curated, with a clause: always a cue
    assert words.act_of("cite", "o+h") == "other"  # learned only
    assert words.act_of("walk", "+h") is None
    assert "ccomp" in words.relations("say")
