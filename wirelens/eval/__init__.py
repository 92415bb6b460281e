"""Scorers against gold data (../shared/eval/README.md): one module per task."""

from .attribution import (
    PRF,
    AttributionScores,
    MatchAccuracy,
    evaluate_attribution,
    format_scores,
    merge_by_cue,
    predictions_from_analysis,
    score_attribution,
)

__all__ = [
    "PRF",
    "AttributionScores",
    "MatchAccuracy",
    "evaluate_attribution",
    "format_scores",
    "merge_by_cue",
    "predictions_from_analysis",
    "score_attribution",
]
