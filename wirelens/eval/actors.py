"""Actor resolution accuracy on gold of the `actor_resolution` form (../shared/eval/README.md).

Each gold line is `{actor_text, context, date, expected_country, expected_code_1, ...}`; the
pipeline resolves `actor_text` (in `context`, as of `date`) as `wirelens actor` does.

- Country accuracy: over the lines that have `expected_country`. An empty expected country
  means the string names no country ("an opposition lawmaker"): right only when none is predicted.
- Sector accuracy: over the lines that have `expected_code_1`, except "????" (the annotator
  could not tell). "" and "UNK" both mean no sector: right only when none is predicted.
  `expected_code_2`, where present, is reported as a second reading ("Defense Minister": GOV,
  or MIL) and counted apart (`sector_either`), never in the headline figure.
- Lines with neither field (a name nobody could resolve) are resolved but not scored.
- `date` is an ISO date, words ("10 May 2015", "Today") read against the day of the run, or null.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..extract.knowledge import Knowledge
from ..extract.resolve_actor import ActorQuery, ResolvedActor, as_date, resolve_actors
from ..jsonl import load_jsonl

__all__ = ["ActorScores", "Accuracy", "query_of", "score_actors", "evaluate_actors", "format_scores"]

# Gold sector values that mean "no sector", and the one that means "undecided".
_NO_SECTOR = {"", "UNK"}
_UNDECIDED = "????"


@dataclass(frozen=True)
class Accuracy:
    correct: int
    total: int

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class ActorScores:
    """Country and sector accuracy of one run, with the lines it got wrong."""

    lines: int
    country: Accuracy
    sector: Accuracy
    sector_either: Accuracy
    misses: list[dict[str, Any]]


def query_of(line: Mapping[str, Any], today: date) -> ActorQuery:
    """The query of one gold line."""
    return ActorQuery(line["actor_text"], line.get("context") or None, as_date(line.get("date"), today))


def score_actors(gold: Sequence[Mapping[str, Any]], predicted: Sequence[ResolvedActor]) -> ActorScores:
    """Accuracy of `predicted` (one per gold line, in order) against `gold`."""
    country = sector = either = 0
    n_country = n_sector = 0
    misses: list[dict[str, Any]] = []
    for line, actor in zip(gold, predicted, strict=True):
        wrong: list[str] = []
        if "expected_country" in line:
            n_country += 1
            if (line["expected_country"] or None) == actor.country:
                country += 1
            else:
                wrong.append("country")
        expected = line.get("expected_code_1")
        if "expected_code_1" in line and expected != _UNDECIDED:
            n_sector += 1
            readings = {_sector(expected), _sector(line.get("expected_code_2", expected))}
            predicted_sector = _sector(actor.sector)
            sector += predicted_sector == _sector(expected)
            either += predicted_sector in readings
            if predicted_sector != _sector(expected):
                wrong.append("sector")
        if wrong:
            misses.append({"wrong": wrong, "line": dict(line), "predicted": actor.as_dict()})
    return ActorScores(
        lines=len(gold),
        country=Accuracy(country, n_country),
        sector=Accuracy(sector, n_sector),
        sector_either=Accuracy(either, n_sector),
        misses=misses,
    )


def _sector(code: str | None) -> str | None:
    return None if code is None or code in _NO_SECTOR else code


def evaluate_actors(gold_path: str | Path, nlp: Language, knowledge: Knowledge, today: date, pred_out: str | Path | None = None) -> ActorScores:
    """Actor scores of the pipeline on a gold file; `today` reads relative dates ("Today")."""
    gold = load_jsonl(gold_path)
    predicted = list(resolve_actors((query_of(line, today) for line in gold), nlp, knowledge))
    if pred_out is not None:
        _write(pred_out, gold, predicted)
    return score_actors(gold, predicted)


def _write(path: str | Path, gold: Iterable[Mapping[str, Any]], predicted: Iterable[ResolvedActor]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for line, actor in zip(gold, predicted):
            out.write(json.dumps({"actor_text": line["actor_text"], **actor.as_dict()}, ensure_ascii=False) + "\n")


def format_scores(scores: ActorScores) -> str:
    """The scores as a few plain-text lines."""
    return "\n".join(
        [
            f"lines={scores.lines}",
            f"country accuracy  {scores.country.value:.3f} ({scores.country.correct}/{scores.country.total})",
            f"sector accuracy   {scores.sector.value:.3f} ({scores.sector.correct}/{scores.sector.total})",
            f"sector, either gold reading  {scores.sector_either.value:.3f} "
            f"({scores.sector_either.correct}/{scores.sector_either.total})",
        ]
    )
