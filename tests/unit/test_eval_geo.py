"""Geoparsing metrics: span-overlap detection, acc@161 over matched and over all gold toponyms."""

from __future__ import annotations

from conftest import shared_file

from wirelens.eval.geo import Predicted, evaluate_geo, format_geo_scores, score_geo

DOC = {
    "doc_id": "d1",
    "text": "Paris and Lyon and Nowhere Street",
    "toponyms": [
        {"start": 0, "end": 5, "lat": 48.85, "lon": 2.35},
        {"start": 10, "end": 14, "lat": 45.76, "lon": 4.83},
        {"start": 19, "end": 33},
    ],
}


def test_detection_by_overlap_and_accuracy_within_161_km():
    pred = [
        Predicted(0, 5, 49.5, 2.35),  # 72 km off: a hit
        Predicted(10, 12, 48.85, 2.35),  # overlaps Lyon, 390 km off: a miss
        Predicted(15, 18, None, None),  # "and": a false positive
    ]
    scores = score_geo([DOC], {"d1": pred})
    assert (scores.matched, scores.precision, scores.recall) == (2, 2 / 3, 2 / 3)
    assert scores.acc161 == 0.5 and scores.matched_with_coords == 2
    assert scores.acc161_end_to_end == 0.5 and scores.gold_with_coords == 2


def test_one_prediction_matches_one_gold():
    scores = score_geo([DOC], {"d1": [Predicted(0, 14, 48.85, 2.35)]})
    assert scores.matched == 1 and scores.precision == 1.0


def test_no_predictions_score_zero():
    scores = score_geo([DOC], {})
    assert (scores.precision, scores.recall, scores.f1, scores.acc161) == (0.0, 0.0, 0.0, 0.0)
    assert "detection" in format_geo_scores(scores)


def test_the_pipeline_on_a_few_lgl_documents(nlp):
    scores = evaluate_geo(shared_file("eval/geo/lgl.jsonl"), nlp, limit=5)
    assert scores.n_docs == 5 and scores.matched > 0
    assert scores.f1 > 0.6
