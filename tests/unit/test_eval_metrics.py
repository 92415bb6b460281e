"""The one P/R/F1 of every scorer."""

import pytest

from wirelens.eval.metrics import PRF, prf


def test_precision_recall_and_their_harmonic_mean():
    scores = prf(3, 4, 6)
    assert (scores.precision, scores.recall) == (0.75, 0.5)
    assert scores.f1 == pytest.approx(0.6)


@pytest.mark.parametrize(("hits", "n_pred", "n_gold"), [(0, 0, 0), (0, 5, 0), (0, 0, 5), (0, 3, 3)])
def test_empty_counts_score_zero_not_an_error(hits, n_pred, n_gold):
    assert prf(hits, n_pred, n_gold) == PRF(0.0, 0.0, 0.0)
