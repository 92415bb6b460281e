"""Scoring the time tagger against TimeML gold (TimeBank, AQUAINT; ../shared/eval/README.md).

Gold is JSONL, one document a line: `{doc_id, dct, text, timexes: [{start, end, text, type,
value, ...}]}`; `dct` is the publication date the pipeline is given. Definitions:
- a prediction matches a gold timex when their spans overlap (relaxed) or are equal (strict);
  predictions and gold are paired one to one per document, preferring equal spans, then equal
  values, then the longest overlap;
- relaxed and strict span P/R/F1 count those pairs;
- type accuracy: relaxed pairs whose types are equal, over relaxed pairs;
- value F1: P = predictions paired with a gold timex of identical value / predictions,
  R = the same count / gold timexes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..analyze import analyze_batch
from ..ingest.articles import article_id
from ..model import Article, Timex
from ..jsonl import load_jsonl
from .metrics import PRF, prf

__all__ = ["TimeScores", "predictions_from_times", "score_time", "evaluate_time", "format_scores"]

Record = dict[str, Any]
"""One timex as JSON: `{start, end, type, value, ...}`."""


@dataclass(frozen=True)
class TimeScores:
    """Every time metric of one run, with the counts behind them."""

    n_docs: int
    n_gold: int
    n_pred: int
    relaxed: PRF
    strict: PRF
    value: PRF
    type_accuracy: float
    """Over relaxed pairs."""


def predictions_from_times(times: Iterable[Timex]) -> list[Record]:
    """Timex records in the gold's JSONL form (`start`, `end`, `text`, `type`, `value`)."""
    return [
        {"start": t.span[0], "end": t.span[1], "text": t.text, "type": t.type, "value": t.value}
        for t in times
    ]


def _pairs(pred: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Overlapping (prediction, gold) index pairs, one to one, best first."""
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            overlap = min(p["end"], g["end"]) - max(p["start"], g["start"])
            if overlap > 0:
                exact = (p["start"], p["end"]) == (g["start"], g["end"])
                candidates.append(((exact, p["value"] == g["value"], overlap), i, j))
    candidates.sort(key=lambda c: c[0], reverse=True)
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return pairs


def score_time(gold_docs: Iterable[Mapping[str, Any]], pred: Mapping[str, Sequence[Mapping[str, Any]]]) -> TimeScores:
    """Time scores of `pred` (doc_id -> predicted timexes) against the timexes of `gold_docs`."""
    n_docs = n_gold = n_pred = relaxed = strict = values = types = 0
    for doc in gold_docs:
        gold = doc["timexes"]
        predicted = pred.get(doc["doc_id"], [])
        n_docs += 1
        n_gold += len(gold)
        n_pred += len(predicted)
        for i, j in _pairs(predicted, gold):
            p, g = predicted[i], gold[j]
            relaxed += 1
            strict += (p["start"], p["end"]) == (g["start"], g["end"])
            values += p["value"] == g["value"]
            types += p["type"] == g["type"]
    return TimeScores(
        n_docs=n_docs,
        n_gold=n_gold,
        n_pred=n_pred,
        relaxed=prf(relaxed, n_pred, n_gold),
        strict=prf(strict, n_pred, n_gold),
        value=prf(values, n_pred, n_gold),
        type_accuracy=types / relaxed if relaxed else 0.0,
    )


def _article(doc: Mapping[str, Any]) -> Article:
    """A gold document as an Article published on its DCT, text untouched (gold spans index it)."""
    return Article(
        id=article_id(doc["text"]),
        source_id=doc["doc_id"],
        title=doc.get("title") or None,
        published=doc.get("dct"),
        published_source="metadata" if doc.get("dct") else "unknown",
        text=doc["text"],
    )


def evaluate_time(
    gold_path: str | Path,
    nlp: Language,
    *,
    limit: int | None = None,
    batch_size: int = 32,
    workers: int = 1,
    pred_out: str | Path | None = None,
) -> TimeScores:
    """Time scores of the pipeline on a gold file: analyses every document (published on its
    DCT), then scores its times.

    Args:
        gold_path: TimeML gold JSONL, `{doc_id, dct, text, timexes}` a line.
        nlp: the loaded pipeline (`load_pipeline(settings)`).
        limit: score only the first `limit` documents.
        batch_size, workers: passed to `analyze_batch`.
        pred_out: where to write the predictions as JSONL (`{doc_id, timexes}` a line).
    """
    docs = load_jsonl(gold_path)[:limit]
    analyses = analyze_batch((_article(doc) for doc in docs), nlp, batch_size=batch_size, workers=workers)
    pred = {doc["doc_id"]: predictions_from_times(analysis.times) for doc, analysis in zip(docs, analyses, strict=True)}
    if pred_out is not None:
        with open(pred_out, "w", encoding="utf-8") as out:
            out.writelines(json.dumps({"doc_id": k, "timexes": v}, ensure_ascii=False) + "\n" for k, v in pred.items())
    return score_time(docs, pred)


def format_scores(scores: TimeScores) -> str:
    """The scores as a small plain-text table."""
    lines = [
        f"docs={scores.n_docs} gold={scores.n_gold} pred={scores.n_pred}",
        f"{'metric':<14}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for name in ("relaxed", "strict", "value"):
        result: PRF = getattr(scores, name)
        lines.append(f"{name:<14}{result.precision:7.3f}{result.recall:7.3f}{result.f1:7.3f}")
    lines.append(f"type accuracy (relaxed matches): {scores.type_accuracy:.3f}")
    return "\n".join(lines)
