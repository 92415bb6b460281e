"""The event scorer: multiset matching of types and roots, country accuracy, the table builder."""

from __future__ import annotations

from wirelens.eval.events import Accuracy, Counts, EventScores, score_sentence
from wirelens.model import Event, TextSpan
from wirelens.train.events_table import build_events_table


def _event(event_type: str, cameo: str, actor_country: list[str]) -> Event:
    return Event(id="e1", type=event_type, cameo=cameo, trigger=TextSpan(span=(0, 1), text="x"), status="asserted",
                 actor_country=actor_country)


def _scores() -> EventScores:
    return EventScores(0, Counts(), Accuracy(), Accuracy(), Counts())


def test_types_are_matched_as_multisets_and_countries_on_matches():
    scores = _scores()
    gold = {"events": [{"event_code_plover_current": "ASSAULT", "source_actors": [{"code": "RUSMIL"}], "target_actors": []},
                       {"event_code_plover_current": "ASSAULT", "source_actors": [], "target_actors": []}]}
    score_sentence(scores, gold, [_event("ASSAULT", "190", ["RUS"]), _event("CONSULT", "040", [])])
    assert (scores.types.matched, scores.types.predicted, scores.types.gold) == (1, 2, 2)
    assert (scores.actor.right, scores.actor.total) == (1, 1)
    assert scores.cameo_roots.predicted == 0


def test_cameo_records_score_roots_and_no_events_counts_false_positives():
    scores = _scores()
    score_sentence(scores, {"no_events": True, "events": []}, [_event("ASSAULT", "190", ["SYR"])])
    score_sentence(scores, {"no_events": False, "events": [{"ontology": "CAMEO", "event_code": "1823", "source_code": "---GOV"}]},
                   [_event("ASSAULT", "1823", ["SYR"])])
    # An act of no one named is no CAMEO record.
    score_sentence(scores, {"no_events": True, "events": []}, [_event("ASSAULT", "190", [])])
    assert (scores.cameo_roots.matched, scores.cameo_roots.predicted, scores.cameo_roots.gold) == (1, 2, 1)
    assert scores.types.predicted == 0 and scores.actor.total == 0


def test_events_table_takes_the_first_listing_and_the_codebook_scores():
    crosswalk = [{"cameo_code": "08", "plover_event": "CONCEDE"}, {"cameo_code": "08", "plover_event": "RETREAT"},
                 {"cameo_code": "041", "plover_event": "CONSULT", "plover_mode": "phone"}]
    codes = [{"cameo_code": "041", "name": "Discuss by telephone", "quad_class_gdelt": 1, "quad_class_phoenix": 1,
              "goldstein_gdelt": 1.0}]
    table = build_events_table(crosswalk, codes)["codes"]
    assert table["08"]["type"] == "CONCEDE"
    assert table["041"] == {"type": "CONSULT", "mode": "phone", "context": None, "name": "Discuss by telephone",
                            "quad_class": 1, "phoenix_class": 1, "goldstein": 1.0}


def test_bloc_codes_read_as_the_gold_igo():
    scores = _scores()
    gold = {"events": [{"event_code_plover_current": "AID", "source_actors": [{"code": "IGOUNO"}], "target_actors": []}]}
    score_sentence(scores, gold, [_event("AID", "070", ["UNO"])])
    score_sentence(scores, gold, [_event("AID", "070", ["USA"])])
    assert (scores.actor.right, scores.actor.total) == (1, 2)


def test_events_table_lists_codebook_codes_plover_leaves_out_without_type():
    crosswalk = [{"cameo_code": "18", "plover_event": "ASSAULT"}]
    codes = [{"cameo_code": "018", "name": "Make empathetic comment", "quad_class_gdelt": 1, "goldstein_gdelt": 3.4},
             {"cameo_code": "1823", "name": "Kill by physical assault", "quad_class_gdelt": 4, "goldstein_gdelt": -10.0}]
    table = build_events_table(crosswalk, codes)["codes"]
    assert table["018"]["type"] is None and table["018"]["goldstein"] == 3.4
    # A code under a crosswalked root reads as that root.
    assert "1823" not in table


def test_cameo_roots_count_one_record_per_actor_pair():
    scores = _scores()
    gold = {"no_events": False, "events": [{"ontology": "CAMEO", "event_code": "046", "source_code": "USA", "target_code": "RUS"},
                                           {"ontology": "CAMEO", "event_code": "046", "source_code": "RUS", "target_code": "USA"}]}
    met = Event(id="e1", type="CONSULT", cameo="046", trigger=TextSpan(span=(0, 1), text="x"), status="asserted",
                actor_country=["USA"], recipient_country=["RUS"])
    score_sentence(scores, gold, [met])
    assert (scores.cameo_roots.matched, scores.cameo_roots.predicted) == (2, 2)
    assert (scores.actor.right, scores.actor.total, scores.recipient.right) == (2, 2, 2)


def test_class_coded_sentences_score_the_distinct_classes_of_the_records():
    scores = _scores()
    attack = Event(id="e1", type="ASSAULT", cameo="190", trigger=TextSpan(span=(0, 1), text="x"), status="asserted",
                   actor_country=["SYR"])
    sanction = attack.model_copy(update={"id": "e2", "type": "SANCTION", "cameo": "160"})
    coded = {"ontology": "CAMEO 5-way class (0-4; see report)"}
    # Two attacks of one sentence are one class-4 prediction; a sanction is class 3 in Phoenix's reading.
    score_sentence(scores, {"events": [{**coded, "event_code": 4}]}, [attack, attack.model_copy(update={"id": "e3"})])
    score_sentence(scores, {"events": [{**coded, "event_code": 3}]}, [sanction])
    score_sentence(scores, {"events": [{**coded, "event_code": None}]}, [attack])
    assert (scores.cameo_classes.matched, scores.cameo_classes.predicted, scores.cameo_classes.gold) == (2, 3, 2)
    assert scores.cameo_roots.predicted == 0 and scores.types.predicted == 0
