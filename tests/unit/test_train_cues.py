"""Learning the cue table from a small hand-made gold set in PolNeAR's form."""

from __future__ import annotations

import json

from wirelens.train.cues import content_relation, cue_head, learn_cues, write_table


def span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


TEXT = (
    "Officials said the bridge was closed. Critics said the plan would fail. The mayor said the road was open. "
    "Analysts said prices would rise. The minister said the talks had stalled. "
    "The beams said nothing. Residents called for a new bridge."
)


def gold() -> list[dict]:
    pairs = [
        ("Officials", "said", "the bridge was closed"),
        ("Critics", "said", "the plan would fail"),
        ("The mayor", "said", "the road was open"),
        ("Analysts", "said", "prices would rise"),
        ("The minister", "said", "the talks had stalled"),
    ]
    records = []
    offset = 0
    for n, (source, cue, content) in enumerate(pairs, 1):
        sentence_start = TEXT.index(source, offset)
        cue_start = TEXT.index(cue, sentence_start)
        content_start = TEXT.index(content, cue_start)
        records.append({
            "doc_id": "d1", "attr_id": f"E{n}", "quote_type": "indirect",
            "source": [{"start": sentence_start, "end": sentence_start + len(source), "text": source}],
            "cue": [{"start": cue_start, "end": cue_start + len(cue), "text": cue}],
            "content": [{"start": content_start, "end": content_start + len(content), "text": content}],
        })
        offset = content_start
    return records


def test_the_cue_head_and_the_content_relation_follow_the_parse(nlp):
    doc = nlp(TEXT)
    record = gold()[0]
    head = cue_head(doc, record["cue"])
    assert head.lemma_ == "say"
    assert content_relation(head, doc, record["content"]) == "ccomp"
    calls = next(t for t in doc if t.lower_ == "called")
    assert content_relation(calls, doc, [span(TEXT, "a new bridge")]) == "prep:for"


def test_rates_count_cues_against_occurrences(nlp, tmp_path):
    table = learn_cues([{"doc_id": "d1", "text": TEXT}], gold(), nlp)
    say = table["verbs"]["say"]
    assert (say["cues"], say["seen"]) == (5, 6)
    assert say["content"] == {"ccomp": 5}
    assert "call" not in table["verbs"]  # no gold cue: nothing learned
    out = tmp_path / "cues.json"
    write_table(table, out)
    assert json.loads(out.read_text("utf-8")) == table
