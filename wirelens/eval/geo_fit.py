"""Fitting the geocoder's weights (`extract.geocode.WEIGHTS`) on geoparsing gold.

Every name of a gold document with two or more candidates, some within 161 km of the gold point
and some not, is one training case; the weights maximise the probability, under a softmax over
the name's candidate scores, that the chosen candidate is a right one (a conditional logit).
The features are those `geocode.candidate_features` computes in the document's context, so the
fit sees what the geocoder sees. numpy does the arithmetic (it comes with spaCy); no library
offers a conditional logit over sets of unequal size without a heavier dependency.

    from wirelens.eval.geo_fit import fitting_cases, fit_weights
    cases = fitting_cases(load_gold("lgl.jsonl"), nlp)
    weights = fit_weights(cases)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.language import Language

from ..extract.geocode import FEATURES, WEIGHTS, candidate_features, haversine_km
from ..extract.places import geocoding_input
from .geo import ACCURACY_KM

__all__ = ["FittingCase", "fitting_cases", "fit_weights", "accuracy"]

# Rules of the issue that the gold sets too rarely exercise to fit: held at their set values. A
# capital that acts ("Washington has warned Tehran") is its government's seat; the gold has 38
# such candidates, 35 right, nearly all already chosen by other features (fitted, it gets 0.1).
HELD = ("cue", "qualified", "acting_capital")


@dataclass(frozen=True)
class FittingCase:
    """One ambiguous name: its candidates' feature rows and which candidates are right."""

    features: list[dict[str, float]]
    right: list[bool]


def fitting_cases(gold_docs: Iterable[Mapping[str, Any]], nlp: Language, batch_size: int = 32) -> list[FittingCase]:
    """The training cases of gold documents, each parsed by `nlp` with its record's URL as context."""
    docs = list(gold_docs)
    cases: list[FittingCase] = []
    for doc, gold in zip(nlp.pipe((d["text"] for d in docs), batch_size=batch_size), docs, strict=True):
        spans, toponyms, context = geocoding_input(doc, gold.get("url"))
        for (start, end), scored in zip(spans, candidate_features(toponyms, context)):
            point = next(
                (g for g in gold["toponyms"] if g["start"] < end and start < g["end"] and g.get("lat") is not None), None
            )
            if point is None:
                continue
            right = [haversine_km(e.lat, e.lon, point["lat"], point["lon"]) <= ACCURACY_KM for e, _ in scored]
            if any(right) and not all(right):
                cases.append(FittingCase([f for _, f in scored], right))
    return cases


def _arrays(cases: Sequence[FittingCase]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cases padded to one (case, candidate, feature) array, right flags and a mask of real candidates."""
    width = max(len(c.features) for c in cases)
    x = np.zeros((len(cases), width, len(FEATURES)))
    right = np.zeros((len(cases), width))
    real = np.zeros((len(cases), width), dtype=bool)
    for i, case in enumerate(cases):
        for j, row in enumerate(case.features):
            x[i, j] = [row.get(name, 0.0) for name in FEATURES]
        right[i, : len(case.right)] = case.right
        real[i, : len(case.right)] = True
    return x, right, real


def fit_weights(
    cases: Sequence[FittingCase], *, start: Mapping[str, float] = WEIGHTS, l2: float = 0.003, rate: float = 0.5, steps: int = 2000
) -> dict[str, float]:
    """Weights that make a right candidate likeliest, by gradient ascent from `start`; the `HELD`
    weights stay as they start."""
    x, right, real = _arrays(cases)
    w = np.array([start[name] for name in FEATURES], dtype=float)
    free = np.array([name not in HELD for name in FEATURES])
    for _ in range(steps):
        scores = np.where(real, x @ w, -np.inf)
        p = np.exp(scores - scores.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        q = p * right
        q /= q.sum(axis=1, keepdims=True)
        gradient = np.einsum("ij,ijk->k", q - p, x) / len(cases) - l2 * w
        w += rate * gradient * free
    return {name: round(float(v), 2) for name, v in zip(FEATURES, w)}


def accuracy(cases: Sequence[FittingCase], weights: Mapping[str, float]) -> float:
    """The share of cases whose best-scored candidate is a right one."""
    x, right, real = _arrays(cases)
    scores = np.where(real, x @ np.array([weights[name] for name in FEATURES]), -np.inf)
    return float(right[np.arange(len(cases)), scores.argmax(axis=1)].mean())
