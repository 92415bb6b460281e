"""Statements: who said what, how, to whom, when, with which hedges and on what evidence.

A first extractor over reporting cues and quotation marks; the attribution issue replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..model import Actor, Content, Cue, Evidence, Span, Statement, StatementMode, TextSpan, Timex
from .actors import actor_at, noun_phrase
from .cue_match import CueMatch
from .lexicon import lexicon
from .quotes import Quote, find_quotes, quoted_share
from .spans import trim
from .timex import time_at

# A statement counts as direct when nearly all of it is inside quotation marks: the marks
# themselves and a connecting "that" stay outside.
_DIRECT_SHARE = 0.8
# Evidence remarks ("Lavrov provided no evidence") follow the claim within a sentence or two.
_EVIDENCE_REACH = 2


@dataclass(frozen=True)
class _Remark:
    status: Evidence
    span: Span
    sentence: int
    subject: str | None


def extract_statements(doc: Doc, cues: list[CueMatch], actors: list[Actor], times: list[Timex]) -> list[Statement]:
    """One Statement per reporting cue with something said, in text order (ids s1, s2, ...)."""
    text = doc.text
    quotes = find_quotes(text)
    sentences = list(doc.sents)
    remarks = _evidence_remarks(doc, sentences, actors)
    drafts = []
    used_quotes: set[Quote] = set()
    for cue in cues:
        cue_start = doc[cue.cue[0]].idx
        if any(q.closed and q.start <= cue_start < q.end for q in quotes):
            # a verb inside a quotation is part of what was said; an unclosed quotation's end is
            # a guess, so verbs after its mark still count ("as “state terrorism, warning ...")
            continue
        spans = _content(doc, cue, quotes, used_quotes)
        if spans is None:
            continue
        drafts.append((cue, spans))
    drafts = _with_continuations(doc, drafts, quotes, used_quotes)
    statements = []
    for n, (cue, spans) in enumerate(sorted(drafts, key=lambda d: d[0].cue), 1):
        statements.append(_statement(f"s{n}", doc, cue, spans, quotes, sentences, remarks, actors, times))
    return statements


def _content(doc: Doc, cue: CueMatch, quotes: list[Quote], used: set[Quote]) -> list[Span] | None:
    """What was said, as character spans: the parse's complement, or the quotation it sits in,
    or the quotation in the cue's sentence (`"We will win," he said`)."""
    sentence = doc[cue.cue[0]].sent
    before = _quote_before(doc, cue, quotes, used)
    if before is not None:
        # `"...," said X, who led the inquiry`: the quotation is what was said, not a clause
        # the parse hangs on the verb after it
        used.add(before)
        return [before.span]
    if cue.content is not None:
        start, end = doc[cue.content[0]].idx, _end_char(doc[cue.content[1] - 1])
        around = [q for q in quotes if q.closed and q.start <= start + 1 and end <= q.end + 1]
        if around:
            used.add(around[0])
            return [around[0].span]
        used.update(q for q in quotes if q.start < end and start < q.end)
        return [(start, end)]
    in_sentence = [q for q in quotes if sentence.start_char <= q.start and q.end <= sentence.end_char and q not in used]
    if in_sentence:
        used.add(in_sentence[0])
        return [in_sentence[0].span]
    verb = doc[cue.cue[0]]
    if verb.dep_ == "parataxis":
        return _around(doc, verb) or None
    return None


def _quote_before(doc: Doc, cue: CueMatch, quotes: list[Quote], used: set[Quote]) -> Quote | None:
    """The closed quotation right before the cue or its speaker, with nothing but punctuation
    between (`"...," Trump said`, `"...," said Trump`)."""
    starts = [doc[cue.cue[0]].idx] + ([cue.speaker.left_edge.idx] if cue.speaker is not None else [])
    first = min(starts)
    for quote in quotes:
        if quote.closed and quote not in used and quote.end <= first:
            between = doc.text[quote.end : first]
            if between.strip(" ,—-–\"“”'’‘") == "":
                return quote
    return None


def _around(doc: Doc, verb: Token) -> list[Span]:
    """The sentence around a parenthetical cue: "This campaign, he says, is different." says
    "This campaign … is different"."""
    sentence = verb.sent
    parts = [(sentence.start, verb.left_edge.i), (verb.right_edge.i + 1, sentence.end)]
    spans = []
    for start, end in parts:
        if end > start:
            start, end = trim(doc, start, end)
            while end > start and doc[end - 1].is_punct:
                end -= 1
            if end > start:
                spans.append((doc[start].idx, _end_char(doc[end - 1])))
    return spans


def _with_continuations(doc: Doc, drafts: list[tuple[CueMatch, list[Span]]], quotes: list[Quote],
                        used: set[Quote]) -> list[tuple[CueMatch, list[Span]]]:
    """Add to a quoting statement the quotations that follow it in cue-less sentences:
    `"A," he said. "B."` is one statement with two spans."""
    cue_sentences = {doc[cue.cue[0]].sent.start for cue, _ in drafts}
    quoting = {q.span for q in used}
    for quote in quotes:
        if quote in used:
            continue
        sentence = doc.char_span(quote.start, quote.end, alignment_mode="expand").sent
        if sentence.start in cue_sentences:
            continue
        before = [spans for _, spans in drafts if spans[-1] in quoting and spans[-1][1] <= quote.start]
        if before:
            last = max(before, key=lambda spans: spans[-1][1])
            if _sentences_apart(doc, last[-1][1], quote.start) <= 1:
                last.append(quote.span)
                quoting.add(quote.span)
                used.add(quote)
    return drafts


def _sentences_apart(doc: Doc, first: int, second: int) -> int:
    return sum(1 for s in doc.sents if first <= s.start_char < second)


def _statement(sid: str, doc: Doc, cue: CueMatch, spans: list[Span], quotes: list[Quote], sentences: list[SpacySpan],
               remarks: list[_Remark], actors: list[Actor], times: list[Timex]) -> Statement:
    text = doc.text
    cue_tokens = doc[cue.cue[0] : cue.cue[1]]
    sentence = cue_tokens[0].sent
    sentence_index = next(i for i, s in enumerate(sentences) if s.start == sentence.start)
    speaker = actor_at(actors, cue.speaker.idx) if cue.speaker is not None else None
    mode = _mode(spans, quotes, text)
    remark = _evidence_for(remarks, sentence_index, speaker)
    return Statement(
        id=sid,
        sentence=(sentence.start_char, _end_char(sentence[-1])),
        speaker=speaker.id if speaker else None,
        speaker_span=_phrase_span(cue.speaker) if cue.speaker is not None else None,
        cue=Cue(span=(cue_tokens.start_char, cue_tokens.end_char), text=cue_tokens.text, lemma=cue.lemma),
        content=Content(spans=spans, text=" … ".join(text[s:e] for s, e in spans)),
        mode=mode,
        act=_act(doc, cue, spans),
        addressee=_addressee(cue.addressee, actors),
        hedges=_hedges(doc, cue, spans),
        evidence=remark.status if remark else "unknown",
        evidence_span=remark.span if remark else None,
        time=_speech_time(doc, cue, spans, times),
    )


def _mode(spans: list[Span], quotes: list[Quote], text: str) -> StatementMode:
    """Direct when closed quotation marks hold nearly all of it; an unclosed quotation's end is a
    guess, so it makes a statement mixed at most."""
    if quoted_share(spans, [q for q in quotes if q.closed], text) >= _DIRECT_SHARE:
        return "direct"
    return "mixed" if quoted_share(spans, quotes, text) > 0 else "indirect"


def _end_char(token: Token) -> int:
    return token.idx + len(token.text.rstrip())


def _phrase_span(token: Token) -> Span:
    start, end = noun_phrase(token)
    return (token.doc[start].idx, _end_char(token.doc[end - 1]))


def _addressee(token: Token | None, actors: list[Actor]) -> str | None:
    actor = actor_at(actors, token.idx) if token is not None else None
    return actor.id if actor else None


def _act(doc: Doc, cue: CueMatch, spans: list[Span]):
    """The cue's act, turned into a denial by negation ("did not say", "said it had not"), into
    what a description calls its object ("described the allegation as invented" denies, "as state
    terrorism" accuses), or into a threat by a warning of retaliation."""
    words = lexicon()
    verb = doc[cue.cue[0]]
    negated = any(c.dep_ == "neg" for c in verb.children)
    if cue.content is not None:
        content_root = doc[cue.content[0] : cue.content[1]].root
        negated = negated or any(c.dep_ == "neg" for c in content_root.children)
    if negated and cue.act in words.negated_acts:
        return words.negated_acts[cue.act]
    said = [t.lower_ for s, e in spans for t in doc.char_span(s, e, alignment_mode="expand")]
    if cue.lemma in words.describing_verbs:
        described = next((words.describing_acts[w] for w in said if w in words.describing_acts), None)
        if described is not None:
            return described
    if cue.act == "warning" and any(w in words.threat_words for w in said):
        return "threat"
    return cue.act


def _hedges(doc: Doc, cue: CueMatch, spans: list[Span]) -> list[TextSpan]:
    hedge_words = lexicon().hedges
    tokens = [t for s, e in spans for t in doc.char_span(s, e, alignment_mode="expand")]
    tokens += [c for c in doc[cue.cue[0]].children if c.dep_ == "advmod"]
    return [
        TextSpan(span=(t.idx, t.idx + len(t)), text=t.text)
        for t in sorted(set(tokens), key=lambda t: t.i)
        if t.lemma_.lower() in hedge_words or t.lower_ in hedge_words
    ]


def _evidence_remarks(doc: Doc, sentences: list[SpacySpan], actors: list[Actor]) -> list[_Remark]:
    """Sentences that say whether a claim came with evidence, and whose claim they mean: the
    actor named before the remark ("Lavrov provided no evidence"), if any."""
    remarks = []
    for index, sentence in enumerate(sentences):
        for status, pattern in lexicon().evidence:
            match = pattern.search(sentence.text)
            if match is None:
                continue
            start = sentence.start_char + match.start()
            subject = next((a for t in sentence if t.idx < start and (a := actor_at(actors, t.idx))), None)
            remarks.append(_Remark(status, (start, sentence.start_char + match.end()), index, subject.id if subject else None))
            break
    return remarks


def _evidence_for(remarks: list[_Remark], sentence: int, speaker: Actor | None) -> _Remark | None:
    for remark in remarks:
        if not 0 <= remark.sentence - sentence <= _EVIDENCE_REACH:
            continue
        if remark.subject is not None:
            if speaker is not None and remark.subject == speaker.id:
                return remark
        elif remark.sentence - sentence <= 1:
            return remark
    return None


def _speech_time(doc: Doc, cue: CueMatch, spans: list[Span], times: list[Timex]) -> str | None:
    """The time governing the cue ("told commanders on Monday"), not one inside what was said."""
    outside = [t for t in times if not any(s <= t.span[0] < e for s, e in spans)]
    found = time_at(doc[cue.cue[0]], outside)
    return found.id if found else None
