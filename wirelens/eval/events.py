"""Event metrics on PLOVER- and CAMEO-coded sentences (../shared/eval/README.md, "events/").

- Event type P/R/F1: per sentence, the multiset of predicted PLOVER types against the gold types,
  micro-averaged (a predicted ASSAULT matches one gold ASSAULT of the same sentence).
- Actor / recipient country accuracy: over type-matched pairs whose gold side names a country,
  the share whose predicted country set equals the gold one. Gold codes are read by their first
  three letters ("USAGOV" -> USA, "IGOUNO" -> IGO); codes without a country ("---GOV") are dropped.
  Predicted bloc codes (UNO, EUR, NATO) are the gold's IGO subcodes (IGOUNO, IGOEUREEC), so they
  read as IGO.
- CAMEO root P/R/F1 (gold coded in CAMEO): the same multiset matching on two-digit roots, over
  the CAMEO view of the events (export/cameo.py): the gold lists one record per actor pair
  (both directions for a meeting), so an event of two actors is two records on both sides.
- CAMEO class P/R/F1 on sentences coded with one of Phoenix's five classes (ConfliBERT's data:
  0 statements and appeals, 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict):
  per sentence, the distinct classes of our CAMEO records against the gold class (none when the
  gold says no event).
- Dead, injured and size P/R on type-matched PLOVER events (eval/event_counts.py).
Every predicted event counts, whatever its status: the gold codes negated and reported acts too.
Events with a CAMEO code but no PLOVER type (01 statements, 02 appeals) count for the roots only.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..analyze import analyze_batch
from ..errors import InputError
from ..export.cameo import CameoRecord, Party, cameo_records
from ..extract.event_lexicon import event_lexicon
from ..ingest.articles import make_article
from ..jsonl import parse_record
from ..model import Analysis, Event
from ..settings import Settings
from .event_counts import CountScores
from .metrics import PRF, prf

__all__ = ["Counts", "EventScores", "score_sentence", "evaluate_events", "format_scores"]


@dataclass
class Counts:
    """Matched, predicted and gold counts of one multiset comparison."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: Iterable[str], gold: Iterable[str]) -> list[str]:
        """Counts one sentence; returns the matched labels."""
        pred, want = Counter(predicted), Counter(gold)
        common = pred & want
        self.matched += sum(common.values())
        self.predicted += sum(pred.values())
        self.gold += sum(want.values())
        return list(common.elements())

    def prf(self) -> PRF:
        return prf(self.matched, self.predicted, self.gold)


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, predicted: Iterable[str], gold: Iterable[str]) -> None:
        want = _countries(gold)
        if want:
            self.total += 1
            self.right += {_IGO.get(code, code) for code in predicted} == want

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class EventScores:
    sentences: int
    types: Counts
    actor: Accuracy
    recipient: Accuracy
    cameo_roots: Counts
    counts: CountScores = field(default_factory=CountScores)
    cameo_classes: Counts = field(default_factory=Counts)


# How ConfliBERT's records name Phoenix's five classes.
_CLASS_ONTOLOGY = "CAMEO 5-way class"
# Our codes of intergovernmental bodies, as CAMEO and PLOVER gold spell them (IGO + subcode).
_IGO = {"UNO": "IGO", "EUR": "IGO", "NATO": "IGO"}


def _countries(codes: Iterable[str]) -> set[str]:
    return {code[:3] for code in codes if code and not code.startswith("---")}


def _gold_type(event: dict[str, Any]) -> str | None:
    return event.get("event_code_plover_current")


def score_sentence(
    scores: EventScores, record: dict[str, Any], events: list[Event], cameo: list[CameoRecord] | None = None
) -> None:
    """Adds one gold sentence and the events predicted for it to `scores`; `cameo` is their CAMEO
    view (by default the events' own dyads, without the statements that may turn them into accusations)."""
    gold = record.get("events") or []
    scores.sentences += 1
    dyads = cameo_records(events, [], []) if cameo is None else cameo
    if any(str(e.get("ontology", "")).startswith(_CLASS_ONTOLOGY) for e in gold):
        lexicon = event_lexicon()
        predicted = {lexicon.code(r.code).phoenix_class for r in dyads}
        scores.cameo_classes.add([str(c) for c in predicted], [str(e["event_code"]) for e in gold if e.get("event_code") is not None])
        return
    plover = [e for e in gold if _gold_type(e)]
    # PETR records carry `no_events`; their codes are CAMEO, so they count for the roots only.
    is_cameo = "no_events" in record or any(e.get("ontology") == "CAMEO" for e in gold)
    if not is_cameo:
        matched = scores.types.add([e.type for e in events if e.type], [_gold_type(e) for e in plover])
        for event_type in matched:
            predicted = next(e for e in events if e.type == event_type)
            wanted = next(e for e in plover if _gold_type(e) == event_type)
            scores.actor.add(predicted.actor_country, [a.get("code") or "" for a in wanted.get("source_actors") or []])
            scores.recipient.add(predicted.recipient_country, [a.get("code") or "" for a in wanted.get("target_actors") or []])
            scores.counts.add(predicted, wanted)
    else:
        gold_cameo = [e for e in gold if e.get("ontology") == "CAMEO"]
        scores.cameo_roots.add([r.root for r in dyads], [e["event_code"][:2] for e in gold_cameo])
        for event, dyad in _paired(gold_cameo, dyads):
            scores.actor.add(_country(dyad.source), [event.get("source_code") or ""])
            scores.recipient.add(_country(dyad.target), [event.get("target_code") or ""])


def _paired(wanted: list[dict[str, Any]], dyads: list[CameoRecord]) -> Iterator[tuple[dict[str, Any], CameoRecord]]:
    """Gold records with the predicted dyads of their root, one each, those of the gold's
    countries first (a meeting's two directions are two gold records)."""
    left = list(dyads)
    for event in wanted:
        same_root = [d for d in left if d.root == event["event_code"][:2]]
        if not same_root:
            continue
        gold_countries = (str(event.get("source_code") or "")[:3], str(event.get("target_code") or "")[:3])
        best = max(same_root, key=lambda d: (_country(d.source) == [gold_countries[0]]) + (_country(d.target) == [gold_countries[1]]))
        left.remove(best)
        yield event, best


def _country(party: Party | None) -> list[str]:
    return [party.country] if party is not None and party.country else []


def _records(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        records.append(parse_record(line, f"{path}:{number}", "text", '{"text": ..., "events": [...]}'))
    return records


def _analyses(records: list[dict[str, Any]], nlp: Language) -> Iterator[Analysis]:
    settings = Settings()
    articles = [
        make_article(r["text"], source=str(r.get("id", n)), settings=settings, published=_iso(r.get("date")))
        for n, r in enumerate(records)
    ]
    return analyze_batch(articles, nlp)


def _iso(value: Any) -> str | None:
    """Gold dates come as "2000-01-01", "20080804" or worse ("121108"): those unread are dropped."""
    text = str(value or "")
    if len(text) == 8 and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def evaluate_events(gold: Path, nlp: Language, pred_out: Path | None = None, split: str | None = None) -> EventScores:
    """Scores the pipeline's events on every sentence of a gold file, or of its `split` ("test")."""
    records = [r for r in _records(gold) if split is None or r.get("split") == split]
    if not records:
        raise InputError(str(gold), "no records" + (f" of split {split!r}" if split else ""))
    scores = EventScores(0, Counts(), Accuracy(), Accuracy(), Counts())
    out = pred_out.open("w", encoding="utf-8") if pred_out else None
    try:
        # A record with no text (a coder test of empty input) is scored as predicting nothing.
        texts = [r for r in records if r["text"].strip()]
        analyses = {id(r): a for r, a in zip(texts, _analyses(texts, nlp))}
        for record in records:
            analysis = analyses.get(id(record))
            found = analysis.events if analysis is not None else []
            cameo = cameo_records(found, analysis.statements, analysis.actors) if analysis is not None else []
            score_sentence(scores, record, found, cameo)
            if out is not None:
                events = [e.model_dump(mode="json", by_alias=True) for e in found]
                out.write(json.dumps({"id": record.get("id"), "events": events}, ensure_ascii=False) + "\n")
    finally:
        if out is not None:
            out.close()
    return scores


def format_scores(scores: EventScores) -> str:
    lines = [f"sentences            {scores.sentences}"]
    if scores.types.gold or scores.types.predicted:
        p, r, f = astuple(scores.types.prf())
        lines.append(f"PLOVER type          P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({scores.types.matched} of {scores.types.gold} gold, {scores.types.predicted} predicted)")
    if scores.cameo_classes.gold or scores.cameo_classes.predicted:
        p, r, f = astuple(scores.cameo_classes.prf())
        lines.append(f"CAMEO class (0-4)    P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({scores.cameo_classes.matched} of {scores.cameo_classes.gold} gold, {scores.cameo_classes.predicted} predicted)")
    if scores.cameo_roots.gold or scores.cameo_roots.predicted:
        p, r, f = astuple(scores.cameo_roots.prf())
        lines.append(f"CAMEO root           P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({scores.cameo_roots.matched} of {scores.cameo_roots.gold} gold, {scores.cameo_roots.predicted} predicted)")
    lines.append(f"actor country acc    {scores.actor.value:.3f}  (n={scores.actor.total})")
    lines.append(f"recipient country acc {scores.recipient.value:.3f}  (n={scores.recipient.total})")
    lines.extend(scores.counts.lines())
    return "\n".join(lines)
