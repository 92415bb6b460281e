"""Geoparsing metrics on LGL / TR-News / GeoVirus-form gold (../shared/eval/README.md, "geo/").

- Toponym detection P/R/F1 by span overlap: predicted and gold toponyms are matched one-to-one per
  document, each gold to the first unmatched overlapping prediction in text order.
- acc@161: the share of matched gold toponyms that have coordinates whose predicted coordinates
  lie within 161 km (100 miles) of the gold; a prediction without coordinates is a miss.
- End-to-end acc@161: the same hits over all gold toponyms that have coordinates.

Every mention of every Place of an analysis is one predicted toponym with that place's lat/lon.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..analyze import analyze_batch
from ..extract.geocode import haversine_km
from ..ingest.articles import article_id
from ..jsonl import load_jsonl
from ..model import Analysis, Article
from .metrics import prf

__all__ = ["GeoScores", "Predicted", "predictions_from_analysis", "score_geo", "evaluate_geo", "format_geo_scores"]

ACCURACY_KM = 161.0


@dataclass(frozen=True)
class Predicted:
    """One predicted toponym: a character span and the coordinates of its place (or none)."""

    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GeoScores:
    n_docs: int
    n_gold: int
    n_pred: int
    matched: int
    precision: float
    recall: float
    f1: float
    matched_with_coords: int
    acc161: float  # over matched gold toponyms with coordinates
    gold_with_coords: int
    acc161_end_to_end: float  # over all gold toponyms with coordinates


def predictions_from_analysis(analysis: Analysis) -> list[Predicted]:
    """Every mention of every place, with the place's coordinates."""
    return sorted(
        (Predicted(start, end, place.lat, place.lon) for place in analysis.places for start, end in place.mentions),
        key=lambda p: (p.start, p.end),
    )


def _match(pred: Sequence[Predicted], gold: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs of overlapping spans, gold in text order."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for j, g in sorted(enumerate(gold), key=lambda pair: (pair[1]["start"], pair[1]["end"])):
        for i, p in enumerate(pred):
            if i not in used and p.start < g["end"] and g["start"] < p.end:
                used.add(i)
                pairs.append((i, j))
                break
    return pairs


def _has_coords(gold: Mapping[str, Any]) -> bool:
    return gold.get("lat") is not None and gold.get("lon") is not None


def _within(p: Predicted, g: Mapping[str, Any]) -> bool:
    return p.lat is not None and p.lon is not None and haversine_km(p.lat, p.lon, g["lat"], g["lon"]) <= ACCURACY_KM


def score_geo(gold_docs: Iterable[Mapping[str, Any]], predictions: Mapping[str, Sequence[Predicted]]) -> GeoScores:
    """Scores of `predictions` (doc_id -> predicted toponyms) against the gold documents."""
    n_docs = n_gold = n_pred = matched = matched_coords = hits = gold_coords = 0
    for doc in gold_docs:
        gold = doc["toponyms"]
        pred = predictions.get(doc["doc_id"], [])
        n_docs += 1
        n_gold += len(gold)
        n_pred += len(pred)
        gold_coords += sum(_has_coords(g) for g in gold)
        for i, j in _match(pred, gold):
            matched += 1
            if _has_coords(gold[j]):
                matched_coords += 1
                hits += _within(pred[i], gold[j])
    detection = prf(matched, n_pred, n_gold)
    return GeoScores(
        n_docs=n_docs, n_gold=n_gold, n_pred=n_pred, matched=matched,
        precision=detection.precision, recall=detection.recall, f1=detection.f1,
        matched_with_coords=matched_coords, acc161=hits / matched_coords if matched_coords else 0.0,
        gold_with_coords=gold_coords, acc161_end_to_end=hits / gold_coords if gold_coords else 0.0,
    )


def load_gold(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The gold documents of a geo JSONL file, the first `limit` of them when given."""
    return load_jsonl(path)[:limit]


def evaluate_geo(gold_path: str | Path, nlp: Language, *, limit: int | None = None, batch_size: int = 32, workers: int = 1) -> GeoScores:
    """Geoparsing scores of the pipeline on a gold file: analyses each document's text, then scores.

    The text is analysed as given (gold spans index into it), with the record's `url` as the article's
    metadata a user would give; no publication date is needed.
    """
    docs = load_gold(gold_path, limit)
    articles = (
        Article(id=article_id(doc["text"]), source_id=str(doc["doc_id"]), url=doc.get("url"), text=doc["text"]) for doc in docs
    )
    analyses = analyze_batch(articles, nlp, batch_size=batch_size, workers=workers)
    predictions = {doc["doc_id"]: predictions_from_analysis(a) for doc, a in zip(docs, analyses, strict=True)}
    return score_geo(docs, predictions)


def format_geo_scores(scores: GeoScores) -> str:
    """The scores as a few plain-text lines."""
    return "\n".join([
        f"docs={scores.n_docs} gold={scores.n_gold} pred={scores.n_pred} matched={scores.matched}",
        f"detection  P={scores.precision:.3f} R={scores.recall:.3f} F1={scores.f1:.3f}",
        f"acc@161 (matched gold with coordinates, n={scores.matched_with_coords}): {scores.acc161:.3f}",
        f"acc@161 end to end (gold with coordinates, n={scores.gold_with_coords}): {scores.acc161_end_to_end:.3f}",
    ])
