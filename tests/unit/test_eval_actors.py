from __future__ import annotations

from datetime import date

from conftest import shared_file
from wirelens.eval.actors import evaluate_actors, query_of, score_actors
from wirelens.extract.knowledge import default_knowledge
from wirelens.extract.resolve_actor import ResolvedActor


def _actor(country, sector):
    return ResolvedActor("x", "person", country, sector, None)


def test_empty_expectations_mean_none_and_undecided_or_missing_fields_are_not_scored():
    gold = [
        {"actor_text": "a", "expected_country": "RUS", "expected_code_1": "GOV"},
        {"actor_text": "b", "expected_country": "", "expected_code_1": "UNK"},
        {"actor_text": "c", "expected_country": "FRA", "expected_code_1": "????"},
        {"actor_text": "d"},
        {"actor_text": "e", "expected_country": "USA", "expected_code_1": "GOV", "expected_code_2": "MIL"},
    ]
    predicted = [_actor("RUS", "GOV"), _actor(None, None), _actor("DEU", "GOV"), _actor("RUS", "GOV"), _actor("USA", "MIL")]
    scores = score_actors(gold, predicted)
    assert (scores.country.correct, scores.country.total) == (3, 4)
    assert (scores.sector.correct, scores.sector.total) == (2, 3)
    assert scores.sector_either.correct == 3
    assert [miss["line"]["actor_text"] for miss in scores.misses] == ["c", "e"]


def test_gold_dates_are_read_in_words_and_relative_to_the_run():
    line = {"actor_text": "Putin", "context": "", "date": "Today"}
    assert query_of(line, date(2026, 1, 2)).on == date(2026, 1, 2)
    assert query_of({"actor_text": "x", "date": "10 May 2015"}, date(2026, 1, 2)).on == date(2015, 5, 10)
    assert query_of({"actor_text": "x", "date": None}, date(2026, 1, 2)).on is None


def test_dev_accuracy_stays_above_the_floors(nlp):
    # Floors a little under the measured figures (country 0.867, sector 0.790 on the dev file):
    # raise them with the figures, never lower them silently.
    gold = shared_file("eval/events/actor_resolution_dev.jsonl")
    scores = evaluate_actors(gold, nlp, default_knowledge(), date(2026, 11, 29))
    assert scores.country.value >= 0.85
    assert scores.sector.value >= 0.77
