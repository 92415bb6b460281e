"""Fitting the geocoder's weights: training cases from gold, the conditional logit, held rules."""

from __future__ import annotations

from wirelens.eval.geo_fit import FittingCase, accuracy, fit_weights, fitting_cases
from wirelens.extract.geocode import FEATURES, WEIGHTS


def test_a_feature_that_marks_the_right_candidate_gains_weight():
    # The smaller place is right whenever the other names lie in its state.
    cases = [
        FittingCase([{"population": 6.0}, {"population": 4.0, "same_admin1": 1.0}], [False, True]),
        FittingCase([{"population": 5.0}, {"population": 4.5, "same_admin1": 1.0}], [False, True]),
        FittingCase([{"population": 6.0}, {"population": 4.0}], [True, False]),
    ]
    start = dict.fromkeys(FEATURES, 0.0) | {"population": 1.0, "cue": 4.0}
    fitted = fit_weights(cases, start=start, steps=500)
    assert fitted["same_admin1"] > 1.0 and fitted["cue"] == 4.0
    assert accuracy(cases, fitted) == 1.0 > accuracy(cases, start)


def test_gold_names_with_right_and_wrong_readings_are_cases(nlp):
    text = "The council of Paris, Texas met on Monday."
    gold = {"doc_id": "1", "text": text, "toponyms": [{"start": 15, "end": 20, "lat": 33.66, "lon": -95.56}]}
    (case,) = fitting_cases([gold], nlp)
    assert any(case.right) and not all(case.right) and len(case.features) == len(case.right)
    assert accuracy([case], WEIGHTS) == 1.0
