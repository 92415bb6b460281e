"""Learn the reporting-cue table from an attribution gold set (PolNeAR's train split).

PolNeAR annotates far more than speech verbs: beliefs, findings, endorsements ("endorsed X",
"cited X", "called for X"). Rather than guess that long tail, we count, for every verb lemma, how
often it heads a gold cue against how often it occurs, and which dependent of the cue holds the
content. The table (`extract/data/learned_cues.json`) ships with the package; it holds counts,
never the gold text.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..extract.frames import frame_of
from ..extract.quotes import find_quotes

# Lemmas rarer than this as gold cues carry too little evidence to ship.
MIN_CUES = 4
# A frame's rate is kept when the verb occurs in it this often; rarer frames use the verb's rate.
MIN_FRAME_SEEN = 3
# A content relation is kept for a lemma when it holds at least this share of its gold contents
# (and two of them): the rest are parse errors, not constructions.
MIN_RELATION_SHARE = 0.1


def cue_head(doc: Doc, spans: Iterable[Mapping[str, Any]]) -> Token | None:
    """The token of a gold cue that the rest of it hangs on, preferring a verb."""
    tokens = _tokens(doc, spans)
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return next((t for t in tops if t.pos_ == "VERB"), tops[0] if tops else None)


def content_relation(cue: Token, doc: Doc, spans: Iterable[Mapping[str, Any]]) -> str | None:
    """How the parse links a cue to its gold content: the dependency of the content's root
    (`ccomp`, `dobj`, `xcomp`, ...), or `prep:<word>` for the object of a preposition of the cue
    ("called for X", "spoke about X"); None for links a rule over the cue's dependents cannot follow."""
    tokens = _tokens(doc, spans)
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside), None)
    if root is None:
        return None
    if root.head.i == cue.i:
        return root.dep_
    if root.head.head.i == cue.i and root.head.dep_ == "prep" and root.dep_ in {"pobj", "pcomp"}:
        return f"prep:{root.head.lower_}"
    return None


def learn_cues(docs: Iterable[Mapping[str, Any]], gold: Iterable[Mapping[str, Any]], nlp: Language) -> dict[str, Any]:
    """The cue table learned from `gold` attributions over `docs` (both in the PolNeAR JSONL form)."""
    by_doc: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for record in gold:
        if record.get("canonical", True):
            by_doc[record["doc_id"]].append(record)
    docs = list(docs)
    seen: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    frames_seen: dict[str, Counter[str]] = defaultdict(Counter)
    frames_cued: dict[str, Counter[str]] = defaultdict(Counter)
    relations: dict[str, Counter[str]] = defaultdict(Counter)
    for record, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        # wirelens never takes a verb inside a closed quotation for a cue (it is part of what was
        # said), so the rates count verbs outside them only
        quoted = [q for q in find_quotes(doc.text) if q.closed]
        for token in doc:
            if token.pos_ == "VERB" and not any(q.start <= token.idx < q.end for q in quoted):
                seen[token.lemma_.lower()] += 1
                frames_seen[token.lemma_.lower()][frame_of(token)] += 1
        for attribution in by_doc[record["doc_id"]]:
            head = cue_head(doc, attribution["cue"])
            if head is None or head.pos_ != "VERB" or any(q.start <= head.idx < q.end for q in quoted):
                continue
            lemma = head.lemma_.lower()
            cues[lemma] += 1
            frames_cued[lemma][frame_of(head)] += 1
            relation = content_relation(head, doc, attribution["content"])
            if relation is not None:
                relations[lemma][relation] += 1
    table = {
        lemma: {
            "cues": n,
            "seen": seen[lemma],
            "frames": {
                frame: [frames_cued[lemma][frame], count]
                for frame, count in frames_seen[lemma].most_common()
                if count >= MIN_FRAME_SEEN
            },
            "content": _common(relations[lemma]),
        }
        for lemma, n in sorted(cues.items(), key=lambda item: (-item[1], item[0]))
        if n >= MIN_CUES and seen[lemma]
    }
    return {"learned_from": f"{len(docs)} documents", "min_cues": MIN_CUES, "verbs": table}


def _common(relations: Counter[str]) -> dict[str, int]:
    total = sum(relations.values())
    return {r: n for r, n in relations.most_common() if n >= 2 and n >= MIN_RELATION_SHARE * total}


def write_table(table: Mapping[str, Any], out: Path) -> None:
    """The table as JSON with one verb a line, so that a retrained table diffs readably."""
    verbs = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in table["verbs"].items())
    head = {k: v for k, v in table.items() if k != "verbs"}
    lines = [f" {json.dumps(k)}: {json.dumps(v)}," for k, v in head.items()]
    out.write_text("{\n" + "\n".join(lines) + '\n "verbs": {\n' + verbs + "\n }\n}\n", encoding="utf-8")


def _tokens(doc: Doc, spans: Iterable[Mapping[str, Any]]) -> list[Token]:
    tokens: list[Token] = []
    for span in spans:
        part = doc.char_span(span["start"], span["end"], alignment_mode="expand")
        if part is not None:
            tokens.extend(part)
    return tokens
