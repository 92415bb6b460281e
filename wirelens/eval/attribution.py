"""Attribution metrics on PolNeAR-style gold (../shared/eval/README.md, "attribution/").

The definitions are those of the reference scorer `eval/scorers/attribution_score.py`, so a number
printed here is the number that scorer prints on the same predictions (a unit test runs both):

- Predicted and gold attributions are matched one-to-one per document, greedily, by the Dice
  coefficient of their normalised content characters, highest first.
- Characters are normalised by trimming edge punctuation and quote marks from each span and
  dropping whitespace and quote marks inside it, so '"We will win," he said' and 'We will win'
  have the same content.
- content_overlap ("content F1"): a match shares at least one character; content_dice50: Dice >=
  0.5; content_exact: identical character sets.
- joint: content overlap and source overlap ("who said roughly what"); gold without a source is
  right only when the prediction has none. joint_strict: Dice >= 0.5, exact source, cue overlap.
- Source and cue accuracy are measured on content-matched pairs; recall is broken down by gold
  `quote_type`.

Only gold marked `canonical` (the default) counts, and only documents listed in the docs file.
Not implemented: the reference's character-level (Citron-style) scores and its filtered-gold
views (`direct_gold_only`, `speech_cue_gold`, ...).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..analyze import analyze_batch
from ..ingest.articles import article_id
from ..jsonl import load_jsonl
from ..model import Analysis, Article, Span
from .metrics import PRF, prf

__all__ = [
    "AttributionScores",
    "MatchAccuracy",
    "predictions_from_analysis",
    "merge_by_cue",
    "score_attribution",
    "evaluate_attribution",
    "format_scores",
]

Record = dict[str, Any]
"""One attribution as JSON: `{doc_id, source: [span], cue: [span], content: [span], ...}`."""

# Trimmed from both edges of every span before comparing. The same sets as the reference scorer:
# changing one changes every number, and they would no longer agree.
_STRIP = frozenset(' \t\r\n\u00a0"\'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb.,;:!?-\u2014\u2013()[]')
# Dropped inside a span. Apostrophes stay: inside a word ("Clinton's") they are text.
_DROP = frozenset(' \t\r\n\u00a0"\u201c\u201d\u201e\u00ab\u00bb')


@dataclass(frozen=True)
class MatchAccuracy:
    """Accuracy of a role (source or cue) over `n` content-matched pairs."""

    exact: float
    overlap: float
    n: int


@dataclass(frozen=True)
class AttributionScores:
    """Every attribution metric of one run, with the counts behind them."""

    n_docs: int
    n_gold: int
    n_pred: int
    content_exact: PRF
    content_dice50: PRF
    content_overlap: PRF
    joint: PRF
    joint_strict: PRF
    source_accuracy: MatchAccuracy
    """Over matched pairs whose gold has a source."""
    cue_accuracy: MatchAccuracy
    """Over all content-matched pairs."""
    recall_by_quote_type: dict[str, tuple[float, int]]
    """Gold quote_type -> (content-overlap recall, number of gold of that type)."""
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def content_f1(self) -> float:
        """The headline content F1 (content overlap)."""
        return self.content_overlap.f1

    @property
    def joint_f1(self) -> float:
        """The headline joint F1 (content and source overlap)."""
        return self.joint.f1


@dataclass(frozen=True)
class _Normalised:
    """One attribution as sets of normalised character offsets per role."""

    source: frozenset[int]
    cue: frozenset[int]
    content: frozenset[int]
    quote_type: str = "na"


def _span_record(text: str, span: Span) -> dict[str, Any]:
    start, end = span
    return {"start": start, "end": end, "text": text[start:end]}


def predictions_from_analysis(doc_id: str, analysis: Analysis) -> list[Record]:
    """The statements of an analysis as attribution records, in the scorer's JSONL form.

    The source is the speaker span (an empty list when the statement has none); `mode` rides
    along for inspection and is ignored by scoring.
    """
    text = analysis.article.text
    return [
        {
            "doc_id": doc_id,
            "source": [] if statement.speaker_span is None else [_span_record(text, statement.speaker_span)],
            "cue": [_span_record(text, statement.cue.span)],
            "content": [_span_record(text, span) for span in statement.content.spans],
            "mode": statement.mode,
        }
        for statement in analysis.statements
    ]


def merge_by_cue(pred: Iterable[Record]) -> list[Record]:
    """Predictions with those of a document that share the same cue span(s) merged into one.

    PolNeAR (like PARC) annotates the split quote '"A," he said. "B."' as ONE attribution with
    discontinuous content, where most extractors emit one record per quoted part. Contents are
    concatenated in text order, sources united; records without a cue are kept as they are.
    Inputs are not modified.
    """
    merged: list[Record] = []
    by_cue: dict[tuple[str, tuple[tuple[int, int], ...]], Record] = {}
    for record in pred:
        cue = tuple(sorted((s["start"], s["end"]) for s in record.get("cue") or []))
        if not cue:
            merged.append(record)
            continue
        key = (record["doc_id"], cue)
        first = by_cue.get(key)
        if first is None:
            first = dict(record, content=list(record.get("content", [])), source=list(record.get("source", [])))
            by_cue[key] = first
            merged.append(first)
            continue
        first["content"] = sorted(first["content"] + record.get("content", []), key=lambda s: s["start"])
        have = {(s["start"], s["end"]) for s in first["source"]}
        first["source"] += [s for s in record.get("source", []) if (s["start"], s["end"]) not in have]
    return merged


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _chars(text: str, spans: Sequence[Mapping[str, Any]] | None) -> frozenset[int]:
    """The normalised character offsets the spans cover in `text`."""
    out: set[int] = set()
    for span in spans or []:
        start, end = _trim(text, span["start"], span["end"])
        kept = [i for i in range(start, end) if text[i] not in _DROP]
        if not kept:
            # A span of punctuation only (the cue ':' of 'Lavrov: ...') would vanish; keep its
            # non-space characters so such cues can still match.
            kept = [i for i in range(span["start"], span["end"]) if not text[i].isspace()]
        out.update(kept)
    return frozenset(out)


def _normalise(text: str, record: Mapping[str, Any]) -> _Normalised:
    return _Normalised(
        source=_chars(text, record.get("source")),
        cue=_chars(text, record.get("cue")),
        content=_chars(text, record.get("content")),
        quote_type=record.get("quote_type", "na"),
    )


def _dice(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _match(pred: Sequence[_Normalised], gold: Sequence[_Normalised]) -> Iterator[tuple[float, int, int]]:
    """Greedy one-to-one matching by content Dice: `(dice, pred index, gold index)`, best first.

    Ties go to the later prediction, then the later gold, as in the reference scorer (it sorts
    `(dice, i, j)` tuples in reverse); another tie-break would change counts on real data.
    """
    candidates = sorted(
        (
            (d, i, j)
            for i, p in enumerate(pred)
            for j, g in enumerate(gold)
            if (d := _dice(p.content, g.content)) > 0
        ),
        reverse=True,
    )
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    for d, i, j in candidates:
        if i in used_pred or j in used_gold:
            continue
        used_pred.add(i)
        used_gold.add(j)
        yield d, i, j


def _count_match(counts: Counter[str], dice: float, p: _Normalised, g: _Normalised) -> None:
    """Add one content-matched pair to the counts."""
    counts["content_overlap"] += 1
    counts["content_dice50"] += dice >= 0.5
    counts["content_exact"] += p.content == g.content
    if g.source:
        counts["m_gold_has_source"] += 1
        source_overlap = bool(p.source & g.source)
        source_exact = p.source == g.source
        counts["source_overlap|m"] += source_overlap
        counts["source_exact|m"] += source_exact
    else:
        # Gold without a source (passive, agentless): right only if the prediction has none.
        source_overlap = source_exact = not p.source
        counts["m_gold_no_source"] += 1
    cue_overlap = bool(p.cue & g.cue)
    counts["cue_overlap|m"] += cue_overlap
    counts["cue_exact|m"] += p.cue == g.cue
    counts["joint"] += source_overlap
    counts["joint_strict"] += dice >= 0.5 and source_exact and cue_overlap


def _group_by_doc(records: Iterable[Record], doc_ids: Mapping[str, str], *, canonical_only: bool) -> dict[str, list[Record]]:
    grouped: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if record["doc_id"] in doc_ids and (not canonical_only or record.get("canonical", True)):
            grouped[record["doc_id"]].append(record)
    return grouped


def score_attribution(
    docs: Iterable[Mapping[str, Any]],
    gold: Iterable[Record],
    pred: Iterable[Record],
    merge_same_cue: bool = False,
) -> AttributionScores:
    """Attribution scores of `pred` against the canonical `gold`, over the documents of `docs`.

    Args:
        docs: `{doc_id, text, ...}` records; they define the scored document set, and spans
            index into their text. Gold and predictions of other documents are ignored.
        gold: gold attributions; those with `canonical: false` are ignored.
        pred: predicted attributions in the same form.
        merge_same_cue: merge predictions sharing a cue first (`merge_by_cue`).
    """
    texts = {doc["doc_id"]: doc["text"] for doc in docs}
    if merge_same_cue:
        pred = merge_by_cue(pred)
    gold_by_doc = _group_by_doc(gold, texts, canonical_only=True)
    pred_by_doc = _group_by_doc(pred, texts, canonical_only=False)

    counts: Counter[str] = Counter()
    gold_per_type: Counter[str] = Counter()
    hits_per_type: Counter[str] = Counter()
    for doc_id, text in texts.items():
        gs = [_normalise(text, g) for g in gold_by_doc[doc_id]]
        ps = [_normalise(text, p) for p in pred_by_doc[doc_id]]
        counts["gold"] += len(gs)
        counts["pred"] += len(ps)
        gold_per_type.update(g.quote_type for g in gs)
        for dice, i, j in _match(ps, gs):
            _count_match(counts, dice, ps[i], gs[j])
            hits_per_type[gs[j].quote_type] += 1

    matched, with_source = counts["content_overlap"], counts["m_gold_has_source"]
    return AttributionScores(
        n_docs=len(texts),
        n_gold=counts["gold"],
        n_pred=counts["pred"],
        content_exact=prf(counts["content_exact"], counts["pred"], counts["gold"]),
        content_dice50=prf(counts["content_dice50"], counts["pred"], counts["gold"]),
        content_overlap=prf(counts["content_overlap"], counts["pred"], counts["gold"]),
        joint=prf(counts["joint"], counts["pred"], counts["gold"]),
        joint_strict=prf(counts["joint_strict"], counts["pred"], counts["gold"]),
        source_accuracy=MatchAccuracy(
            exact=counts["source_exact|m"] / with_source if with_source else 0.0,
            overlap=counts["source_overlap|m"] / with_source if with_source else 0.0,
            n=with_source,
        ),
        cue_accuracy=MatchAccuracy(
            exact=counts["cue_exact|m"] / matched if matched else 0.0,
            overlap=counts["cue_overlap|m"] / matched if matched else 0.0,
            n=matched,
        ),
        recall_by_quote_type={
            qt: (hits_per_type[qt] / gold_per_type[qt], gold_per_type[qt]) for qt in sorted(gold_per_type)
        },
        counts=dict(counts),
    )


def _article(doc: Mapping[str, Any]) -> Article:
    """A gold document `{doc_id, publisher, date, title, text}` as an Article, text untouched.

    Not `make_article`: it rewrites line breaks, and gold spans index into the text as given.
    """
    return Article(
        id=article_id(doc["text"]),
        source_id=doc["doc_id"],
        outlet=doc.get("publisher"),
        title=doc.get("title"),
        published=doc.get("date"),
        published_source="metadata" if doc.get("date") else "unknown",
        text=doc["text"],
    )


def evaluate_attribution(
    docs_path: str | Path,
    gold_path: str | Path,
    nlp: Language,
    *,
    batch_size: int = 32,
    workers: int = 1,
    pred_out: str | Path | None = None,
    merge_same_cue: bool = False,
) -> AttributionScores:
    """Attribution scores of the pipeline on a gold set: analyses every document, then scores.

    Args:
        docs_path: docs JSONL, `{doc_id, publisher, date, title, text}` a line.
        gold_path: attributions JSONL of the same documents.
        nlp: the loaded pipeline (`load_pipeline(settings)`).
        batch_size, workers: passed to `analyze_batch`.
        pred_out: where to write the predictions as JSONL, so that the reference scorer can be
            run on them too; not written when None.
        merge_same_cue: merge predictions sharing a cue before scoring.
    """
    docs = load_jsonl(docs_path)
    analyses = analyze_batch((_article(doc) for doc in docs), nlp, batch_size=batch_size, workers=workers)
    pred = [
        record
        for doc, analysis in zip(docs, analyses, strict=True)
        for record in predictions_from_analysis(doc["doc_id"], analysis)
    ]
    if pred_out is not None:
        with open(pred_out, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in pred)
    return score_attribution(docs, load_jsonl(gold_path), pred, merge_same_cue=merge_same_cue)


def format_scores(scores: AttributionScores) -> str:
    """The scores as a small plain-text table, then cue accuracy and recall by quote type."""
    lines = [
        f"docs={scores.n_docs} gold={scores.n_gold} pred={scores.n_pred}",
        f"{'metric':<18}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for name in ("content_overlap", "joint", "content_exact", "content_dice50"):
        prf: PRF = getattr(scores, name)
        lines.append(f"{name:<18}{prf.precision:7.3f}{prf.recall:7.3f}{prf.f1:7.3f}")
    cue = scores.cue_accuracy
    lines.append(f"cue accuracy given a content match (n={cue.n}): exact={cue.exact:.3f} overlap={cue.overlap:.3f}")
    by_type = ", ".join(f"{qt}={recall:.3f} (n={n})" for qt, (recall, n) in scores.recall_by_quote_type.items())
    lines.append(f"recall (content overlap) by gold quote_type: {by_type or '-'}")
    return "\n".join(lines)
