"""Reference time from the parse: the tense of the clause a time sits in, and the time that
governs a token (when a statement was made, when an event happened)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...model import Timex
from .normalize import Tense

_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo", "ll", "would", "might", "may"})
# "plans to hold a news conference on Tuesday", "postponed until Tuesday": a verb of planning puts
# its time ahead whatever its own tense (TimeBank and AQUAINT weekdays agree).
_LOOKING_AHEAD = frozenset({"expect", "plan", "schedule", "due", "intend", "aim", "prepare", "propose", "postpone"})

# "could arrive as early as Tuesday", "positions squared ahead of the weekend": looking ahead
# whatever the tense of the clause.
_AHEAD_OF = frozenset({"as early as", "as soon as", "ahead of", "in time for"})


def tense_at(doc: Doc, start: int, end: int) -> Tense:
    """The tense of the clause holding the characters `[start, end)` of `doc`: "future" when its
    verb has will/shall or is the infinitive of a verb of planning, "past" when the verb or an
    auxiliary is in the past tense (or perfect), else "present"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "present"
    before = " " + " ".join(token.lower_ for token in doc[max(0, span.start - 3) : span.start])
    if any(before.endswith(" " + cue) for cue in _AHEAD_OF):
        return "future"
    verb = governing_verb(span.root)
    if verb is None:
        return "present"
    return _tense_of(verb)


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above `token` in the parse (None when the sentence has none)."""
    current = token
    while True:
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return None
        current = current.head


def _tense_of(verb: Token) -> Tense:
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    words = {child.lower_ for child in auxiliaries}
    if words & _FUTURE_AUXILIARIES or verb.lower_ in _FUTURE_AUXILIARIES or verb.lemma_ in _LOOKING_AHEAD:
        return "future"
    if "going" in words or verb.dep_ == "xcomp" and verb.head.lemma_ in _LOOKING_AHEAD:
        return "future"
    if verb.tag_ in {"VBD", "VBN"} or any(child.tag_ in {"VBD", "VBN"} or child.lemma_ == "have" for child in auxiliaries):
        return "past"
    # A participle or infinitive without auxiliaries ("closing unchanged Friday", "offers to
    # acquire ... Friday") takes the tense of the clause it hangs from.
    if not auxiliaries and verb.tag_ in {"VBG", "VB"} and verb.head.i != verb.i:
        above = governing_verb(verb.head)
        if above is not None:
            return _tense_of(above)
    return "present"


def time_at(target: Token | Span, times: list[Timex]) -> Timex | None:
    """The time governing `target`: a DATE or TIME of its sentence (not PRESENT_REF and the like)
    attached in the parse to the verb that governs it ("attacked ... on December 28–29"), else the nearest one in the sentence;
    None when its sentence has no time."""
    doc = target.doc
    span = target if isinstance(target, Span) else doc[target.i : target.i + 1]
    sentence = span.sent
    verb = governing_verb(span.root)
    candidates: list[tuple[Timex, Span]] = []
    for timex in times:
        # "the current front lines": a reference to the present dates nothing.
        if timex.type not in {"DATE", "TIME"} or timex.value.endswith("_REF"):
            continue
        if not sentence.start_char <= timex.span[0] < sentence.end_char:
            continue
        tokens = doc.char_span(timex.span[0], timex.span[1], alignment_mode="expand")
        if tokens is not None:
            candidates.append((timex, tokens))
    if not candidates:
        return None

    def distance(candidate: tuple[Timex, Span]) -> int:
        tokens = candidate[1]
        return min(abs(tokens.start - span.end), abs(span.start - tokens.end))

    attached = [c for c in candidates if verb is not None and governing_verb(c[1].root) == verb]
    return min(attached or candidates, key=distance)[0]
