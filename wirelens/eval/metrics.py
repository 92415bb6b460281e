"""Precision, recall and F1: one definition for every scorer."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PRF", "prf"]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of one matching criterion."""

    precision: float
    recall: float
    f1: float


def prf(hits: int, n_pred: int, n_gold: int) -> PRF:
    """P = hits / predicted, R = hits / gold, F1 their harmonic mean; 0 where a count is 0."""
    precision = hits / n_pred if n_pred else 0.0
    recall = hits / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)
