"""Publication-date inference measured: hand-made records, and the TimeML gold of ../shared with
its dates hidden (an eval gate: the inference may stay silent, but must not be wrong)."""

from __future__ import annotations

import pytest
from conftest import shared_file

from wirelens.jsonl import load_jsonl
from wirelens.eval.published import score_inference

DATED = "WASHINGTON, August 8 (Xinhua) -- President Bill Clinton on Saturday vowed to find those behind the 1998 bombings."


def test_counts_fires_and_right_answers(nlp):
    records = [{"dct": "1998-08-08"}, {"dct": "1998-08-07"}, {"dct": "1998-08-08"}]
    texts = [DATED, DATED, "Talks ended on Friday, officials said."]
    scores = score_inference(records, nlp.pipe(texts))
    assert (scores.n_docs, scores.fired, scores.exact, scores.within_a_day) == (3, 2, 1, 2)
    assert (scores.fire_rate, scores.accuracy) == (2 / 3, 0.5)


# A slice keeps the gate within seconds; on all 256 documents the inference fired on none when
# this was set (the guessing it replaced fired on 18, wrongly each time).
@pytest.mark.parametrize(("name", "docs"), [("timebank", 40), ("aquaint", 20)])
def test_no_wrong_inference_on_timeml_gold(nlp, name, docs):
    gold = load_jsonl(shared_file(f"eval/time/{name}.jsonl"))[:docs]
    scores = score_inference(gold, nlp.pipe(record["text"] for record in gold))
    assert scores.within_a_day == scores.fired
