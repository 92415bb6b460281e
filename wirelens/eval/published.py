"""Scoring publication-date inference: on gold documents with their dates hidden, how often the
inference fires and how often it is right when it does (exactly, and within a day: wire copy is
often dated the day after its dateline)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.tokens import Doc

from ..extract.timex import infer_published

__all__ = ["InferenceScores", "score_inference"]


@dataclass(frozen=True)
class InferenceScores:
    """Counts of one run: documents, inferences made, exactly right, right within a day."""

    n_docs: int
    fired: int
    exact: int
    within_a_day: int

    @property
    def fire_rate(self) -> float:
        return self.fired / self.n_docs if self.n_docs else 0.0

    @property
    def accuracy(self) -> float:
        """Exactly right over inferences made (1.0 when none was made: nothing was wrong)."""
        return self.exact / self.fired if self.fired else 1.0


def score_inference(records: Iterable[Mapping[str, Any]], docs: Iterable[Doc]) -> InferenceScores:
    """Inference scores on gold `records` (`dct` holds the true date) and their parsed `docs`."""
    n_docs = fired = exact = close = 0
    for record, doc in zip(records, docs, strict=True):
        n_docs += 1
        inferred = infer_published(doc)
        if inferred is None:
            continue
        truth = date.fromisoformat(record["dct"][:10])
        fired += 1
        exact += inferred == truth
        close += abs((inferred - truth).days) <= 1
    return InferenceScores(n_docs, fired, exact, close)
