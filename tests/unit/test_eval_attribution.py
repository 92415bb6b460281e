"""Attribution metrics: hand-made cases, and agreement with the reference scorer on PolNeAR dev."""

from __future__ import annotations

import copy
import importlib.util
import json
from dataclasses import astuple
from types import ModuleType

import pytest
from conftest import shared_file

from wirelens import Settings, load_pipeline
from wirelens.eval.attribution import (
    AttributionScores,
    evaluate_attribution,
    format_scores,
    merge_by_cue,
    predictions_from_analysis,
    score_attribution,
)
from wirelens.eval.metrics import PRF
from wirelens.jsonl import load_jsonl
from wirelens.model import Analysis, Article, Content, Cue, Statement


TEXT = (
    'Lavrov said "Ukraine attacked the residence." '
    "Zelenskiy denied that Ukraine had planned any such operation. "
    "It was reported that talks had failed."
)
DOCS = [{"doc_id": "d1", "text": TEXT}]


def span(fragment: str, text: str = TEXT) -> dict:
    """The span record of the first occurrence of `fragment` in `text`."""
    start = text.index(fragment)
    return {"start": start, "end": start + len(fragment), "text": fragment}


def attribution(source: str | None, cue: str, *content: str, **extra) -> dict:
    return {
        "doc_id": "d1",
        "source": [span(source)] if source else [],
        "cue": [span(cue)],
        "content": [span(part) for part in content],
        **extra,
    }


LAVROV = attribution("Lavrov", "said", '"Ukraine attacked the residence."', quote_type="direct")
ZELENSKIY = attribution(
    "Zelenskiy", "denied", "that Ukraine had planned any such operation", quote_type="indirect"
)
AGENTLESS = attribution(None, "was reported", "that talks had failed", quote_type="indirect")
GOLD = [LAVROV, ZELENSKIY, AGENTLESS]


def test_gold_against_itself_scores_one_everywhere():
    scores = score_attribution(DOCS, GOLD, GOLD)

    for prf in (scores.content_overlap, scores.joint, scores.content_exact, scores.content_dice50, scores.joint_strict):
        assert astuple(prf) == (1.0, 1.0, 1.0)
    assert (scores.n_docs, scores.n_gold, scores.n_pred) == (1, 3, 3)
    assert (scores.cue_accuracy.exact, scores.cue_accuracy.n) == (1.0, 3)
    assert scores.recall_by_quote_type == {"direct": (1.0, 1), "indirect": (1.0, 2)}


def test_quote_marks_and_edge_punctuation_do_not_count():
    pred = [attribution("Lavrov", "said", "Ukraine attacked the residence")]

    scores = score_attribution(DOCS, [LAVROV], pred)

    assert astuple(scores.content_exact) == (1.0, 1.0, 1.0)


def test_partial_overlap_counts_for_content_not_for_exact_or_dice50():
    pred = [attribution("Lavrov", "said", "Ukraine")]  # 7 of 27 content characters

    scores = score_attribution(DOCS, [LAVROV], pred)

    assert astuple(scores.content_overlap) == (1.0, 1.0, 1.0)
    assert astuple(scores.joint) == (1.0, 1.0, 1.0)
    assert scores.content_dice50.f1 == 0.0
    assert scores.content_exact.f1 == 0.0


def test_wrong_source_scores_in_content_but_not_in_joint():
    pred = [attribution("Zelenskiy", "said", '"Ukraine attacked the residence."')]

    scores = score_attribution(DOCS, [LAVROV], pred)

    assert scores.content_f1 == 1.0
    assert scores.joint_f1 == 0.0
    assert (scores.source_accuracy.overlap, scores.source_accuracy.n) == (0.0, 1)


def test_source_overlap_is_enough_for_joint():
    pred = [attribution("Lav", "said", '"Ukraine attacked the residence."')]

    scores = score_attribution(DOCS, [LAVROV], pred)

    assert scores.joint_f1 == 1.0
    assert scores.source_accuracy.exact == 0.0
    assert scores.joint_strict.f1 == 0.0  # needs the exact source


def test_gold_without_source_is_right_only_without_predicted_source():
    without = [attribution(None, "was reported", "that talks had failed")]
    invented = [attribution("Lavrov", "was reported", "that talks had failed")]

    assert score_attribution(DOCS, [AGENTLESS], without).joint_f1 == 1.0
    scores = score_attribution(DOCS, [AGENTLESS], invented)
    assert scores.content_f1 == 1.0
    assert scores.joint_f1 == 0.0
    assert scores.source_accuracy.n == 0  # source accuracy is over gold that has a source


def test_merge_same_cue_joins_a_split_quote():
    text = '"We will win," he said. "They will lose."'
    docs = [{"doc_id": "d1", "text": text}]
    gold = [{
        "doc_id": "d1",
        "source": [span("he", text)],
        "cue": [span("said", text)],
        "content": [span('"We will win,"', text), span('"They will lose."', text)],
        "quote_type": "direct",
    }]
    pred = [
        {"doc_id": "d1", "source": [span("he", text)], "cue": [span("said", text)], "content": [span(part, text)]}
        for part in ("We will win", "They will lose")
    ]
    before = copy.deepcopy(pred)

    split = score_attribution(docs, gold, pred)
    merged = score_attribution(docs, gold, pred, merge_same_cue=True)

    assert astuple(split.content_overlap) == pytest.approx((0.5, 1.0, 2 / 3))
    assert split.content_exact.f1 == 0.0
    assert merged.n_pred == 1
    assert astuple(merged.content_exact) == (1.0, 1.0, 1.0)
    assert pred == before  # inputs are not modified


def test_merge_by_cue_keeps_records_without_cue_and_unites_sources():
    a = {"doc_id": "d", "source": [{"start": 0, "end": 2, "text": "he"}], "cue": [{"start": 3, "end": 7, "text": "said"}],
         "content": [{"start": 20, "end": 25, "text": "later"}]}
    b = dict(a, source=[{"start": 10, "end": 12, "text": "we"}], content=[{"start": 8, "end": 12, "text": "this"}])
    bare = {"doc_id": "d", "source": [], "cue": [], "content": [{"start": 30, "end": 33, "text": "odd"}]}

    merged = merge_by_cue([a, bare, b])

    assert len(merged) == 2
    assert [s["start"] for s in merged[0]["content"]] == [8, 20]
    assert [s["text"] for s in merged[0]["source"]] == ["he", "we"]
    assert merged[1] is bare


def test_one_prediction_matches_one_gold_at_most():
    pred = [attribution("Lavrov", "said", "Ukraine attacked the residence"), attribution("Lavrov", "said", "Ukraine")]

    scores = score_attribution(DOCS, [LAVROV], pred)

    assert astuple(scores.content_overlap) == pytest.approx((0.5, 1.0, 2 / 3))
    assert scores.content_exact.recall == 1.0  # the better candidate took the match


def test_empty_predictions_score_zero():
    scores = score_attribution(DOCS, GOLD, [])

    assert scores.n_pred == 0
    for prf in (scores.content_overlap, scores.joint, scores.content_exact, scores.content_dice50):
        assert astuple(prf) == (0.0, 0.0, 0.0)
    assert scores.cue_accuracy.n == 0
    assert scores.recall_by_quote_type == {"direct": (0.0, 1), "indirect": (0.0, 2)}


def test_nothing_at_all_scores_zero():
    scores = score_attribution([], [], [])

    assert (scores.n_docs, scores.n_gold, scores.n_pred) == (0, 0, 0)
    assert scores.content_overlap == PRF(0.0, 0.0, 0.0)


def test_only_canonical_gold_of_listed_documents_counts():
    other_doc = dict(LAVROV, doc_id="elsewhere")
    non_canonical = dict(ZELENSKIY, canonical=False)

    scores = score_attribution(DOCS, [LAVROV, non_canonical, other_doc], [LAVROV, other_doc])

    assert (scores.n_gold, scores.n_pred) == (1, 1)
    assert scores.content_f1 == 1.0


def test_predictions_from_analysis_uses_speaker_cue_and_content_spans():
    article = Article(id="sha256:x", text=TEXT)
    quote, denial = span('"Ukraine attacked the residence."'), span("that Ukraine had planned")
    statements = [
        Statement(
            id="s1", sentence=(0, 45), speaker_span=(0, 6), mode="direct", act="claim",
            cue=Cue(span=(7, 11), text="said", lemma="say"),
            content=Content(spans=[(quote["start"], quote["end"])], text=quote["text"]),
        ),
        Statement(
            id="s2", sentence=(46, 108), mode="indirect", act="denial",
            cue=Cue(span=(56, 62), text="denied", lemma="deny"),
            content=Content(spans=[(denial["start"], denial["end"])], text=denial["text"]),
        ),
    ]

    records = predictions_from_analysis("d1", Analysis(article=article, statements=statements))

    assert records[0]["source"] == [span("Lavrov")]
    assert records[0]["cue"] == [span("said")]
    assert records[0]["content"] == [quote]
    assert records[1]["source"] == []
    assert records[1]["cue"] == [span("denied")]
    assert {r["doc_id"] for r in records} == {"d1"}


def test_evaluate_attribution_with_the_real_pipeline_writes_what_it_scores(tmp_path):
    # Structure only: how many statements the extractors find is the eval's business, not this test's.
    docs = tmp_path / "docs.jsonl"
    gold = tmp_path / "gold.jsonl"
    pred_out = tmp_path / "pred.jsonl"
    doc = {"doc_id": "d1", "publisher": "reuters", "date": "2025-12-29", "title": "t", "text": TEXT}
    docs.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    gold.write_text("".join(json.dumps(g) + "\n" for g in GOLD), encoding="utf-8")

    scores = evaluate_attribution(docs, gold, load_pipeline(Settings()), pred_out=pred_out)

    written = load_jsonl(pred_out)
    assert (scores.n_docs, scores.n_gold, scores.n_pred) == (1, 3, len(written))
    for record in written:
        assert record["doc_id"] == "d1"
        for s in record["source"] + record["cue"] + record["content"]:
            assert TEXT[s["start"]:s["end"]] == s["text"]
    assert score_attribution(DOCS, GOLD, written) == scores


def test_format_scores_lists_every_metric():
    table = format_scores(score_attribution(DOCS, GOLD, GOLD[:2]))

    for name in ("content_overlap", "joint", "content_exact", "content_dice50", "cue accuracy", "indirect="):
        assert name in table
    assert "content_overlap    0.000" not in table


# --- agreement with the reference scorer ---------------------------------------------------------


def _reference() -> ModuleType:
    scorer = shared_file("eval/scorers/attribution_score.py")
    spec = importlib.util.spec_from_file_location("attribution_score_reference", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _perturbed(gold: list[dict], texts: dict[str, str]) -> list[dict]:
    """Predictions made from gold by deterministic damage, to exercise every branch of scoring."""
    pred = []
    for k, g in enumerate(copy.deepcopy(gold)):
        if k % 3 == 0:
            continue  # missed
        if k % 4 == 1:  # content cut short: partial match
            g["content"][-1]["end"] = max(g["content"][-1]["start"] + 1, g["content"][-1]["end"] - 15)
        if k % 5 == 2:
            g["source"] = []  # source missed
        elif k % 7 == 3:
            g["source"] = copy.deepcopy(g["cue"])  # wrong source
        elif k % 9 == 7 and g["source"] and g["source"][0]["end"] - g["source"][0]["start"] > 2:
            g["source"][0]["end"] -= 1  # source overlapping, not exact
        if k % 11 == 5:
            g["cue"] = [{"start": 0, "end": 4, "text": texts[g["doc_id"]][:4]}]  # wrong cue
        elif k % 10 == 8 and g["cue"] and g["cue"][-1]["end"] - g["cue"][-1]["start"] > 2:
            g["cue"][-1]["end"] -= 1  # cue overlapping, not exact
        if k % 6 == 4 and len(g["content"]) == 1 and g["content"][0]["end"] - g["content"][0]["start"] > 40:
            whole = g["content"][0]  # split quote: two records sharing a cue
            middle = (whole["start"] + whole["end"]) // 2
            pred.append(dict(g, content=[dict(whole, end=middle)]))
            g["content"] = [dict(whole, start=middle)]
        if k % 13 == 6:
            pred.append(dict(g, source=[]))  # a duplicate: ties must break as the reference's do
        pred.append(g)
    for doc_id, text in texts.items():  # one spurious prediction per document: its title line
        end = text.find("\n") if "\n" in text else min(len(text), 60)
        pred.append({"doc_id": doc_id, "source": [], "cue": [], "content": [{"start": 0, "end": end, "text": text[:end]}]})
    return pred


def _assert_same(ours: AttributionScores, ref: dict) -> None:
    assert (ours.n_docs, ours.n_gold, ours.n_pred) == (ref["n_docs"], ref["n_gold"], ref["n_pred"])
    for name in ("content_exact", "content_dice50", "content_overlap", "joint", "joint_strict"):
        assert astuple(getattr(ours, name)) == pytest.approx(ref[name], abs=1e-12), name
    for ours_acc, ref_acc in (
        (ours.source_accuracy, ref["source_acc_given_content_match"]),
        (ours.cue_accuracy, ref["cue_acc_given_content_match"]),
    ):
        assert astuple(ours_acc) == pytest.approx((ref_acc["exact"], ref_acc["overlap"], ref_acc["n"]), abs=1e-12)
    assert ours.recall_by_quote_type == ref["recall_content_overlap_by_quote_type"]
    nonzero = lambda counts: {k: v for k, v in counts.items() if v}  # noqa: E731
    assert nonzero(ours.counts) == nonzero(ref["counts"])


@pytest.mark.parametrize("merge_same_cue", [False, True])
def test_agrees_with_reference_scorer_on_dev(merge_same_cue):
    reference = _reference()
    docs = load_jsonl(shared_file("eval/attribution/polnear_dev.docs.jsonl"))
    gold = load_jsonl(shared_file("eval/attribution/polnear_dev.attributions.jsonl"))
    pred = _perturbed(gold, {d["doc_id"]: d["text"] for d in docs})

    ours = score_attribution(docs, gold, copy.deepcopy(pred), merge_same_cue=merge_same_cue)
    ref_pred = reference.merge_same_cue(copy.deepcopy(pred)) if merge_same_cue else copy.deepcopy(pred)
    ref = reference.score(docs, gold, ref_pred)

    _assert_same(ours, ref)
    # The damage must separate every pair of criteria, or agreement on them proves little.
    assert 0.3 < ours.content_exact.f1 < ours.content_dice50.f1 < ours.content_f1 < 1.0
    assert ours.joint_strict.f1 < ours.joint.f1 < ours.content_f1
    assert ours.source_accuracy.exact < ours.source_accuracy.overlap < 1.0
    assert ours.cue_accuracy.exact < ours.cue_accuracy.overlap < 1.0
