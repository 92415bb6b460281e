"""An event's epistemic status: who claims it, who disputes it, and how the text frames it.

- Inside a statement's content: `claimed` (claimed_by those statements), `denied` when every
  statement holding it is a denial.
- Negated in its own clause ("did not attack", "no talks"): `negated`; under "would", "could",
  "might", "may": `hypothetical`; under "will", "shall", "going to": `future`. Those frame the
  event itself, so they win over who reports it.
- Otherwise the article's own voice: `asserted`.
- disputed_by, for a claimed event: the article's denials, by other speakers than the claimers, whose content mentions the same trigger word or one of the
  event's actors (a first version: "denied Ukraine had planned any such operation" answers the
  claim of an attack by Ukraine through the actor).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Actor, EventStatus, Statement
from .event_arguments import clause_of

_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should"})
_FUTURE = frozenset({"will", "shall", "'ll"})
_DISPUTING = frozenset({"denial"})
# Only a claim can be disputed: an event the article asserts, or someone merely wants, is not.
_CLAIMING = frozenset({"claim", "accusation", "assessment"})


def claiming(trigger: Token, statements: list[Statement]) -> list[Statement]:
    """The statements whose content holds the trigger (not those whose cue it is)."""
    at = trigger.idx
    return [
        s for s in statements
        if any(start <= at < end for start, end in s.content.spans) and not (s.cue.span[0] <= at < s.cue.span[1])
    ]


def framing(trigger: Token) -> EventStatus | None:
    """negated, hypothetical or future from the trigger's clause, or None."""
    clause = clause_of(trigger, frozenset({"dobj", "nsubj", "nsubjpass"}))
    words = [c for t in {trigger, clause} for c in t.children]
    # "provided no evidence": an act whose object is "no ..." did not happen.
    objects = [g for c in words if c.dep_ == "dobj" for g in c.children]
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in words + objects):
        return "negated"
    auxiliaries = {c.lower_ for c in words if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & _HYPOTHETICAL:
        return "hypothetical"
    if auxiliaries & _FUTURE or _going_to(clause):
        return "future"
    return None


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ == "go" and any(c.dep_ == "aux" for c in head.children) and head.tag_ == "VBG"


def status_of(trigger: Token, claims: list[Statement]) -> EventStatus:
    if (framed := framing(trigger)) is not None:
        return framed
    if not claims:
        return "asserted"
    return "denied" if all(s.act in _DISPUTING for s in claims) else "claimed"


def disputing(trigger: Token, actor_ids: list[str], claims: list[Statement], statements: list[Statement], actors: list[Actor]) -> list[str]:
    """Ids of the denials that answer the event (see the module note), its own claims excluded."""
    claimers = {s.speaker for s in claims if s.act in _CLAIMING}
    if not claimers:
        return []
    lemma = trigger.lemma_.lower()
    by_id = {a.id: a for a in actors}
    mentions = [m for i in actor_ids for m in by_id[i].mentions]
    doc = trigger.doc
    found = []
    for statement in statements:
        if statement.act not in _DISPUTING or statement.speaker in claimers:
            continue
        spans = statement.content.spans
        if statement.cue.span[0] <= trigger.idx < statement.cue.span[1]:
            continue
        words = {t.lemma_.lower() for s, e in spans if (span := doc.char_span(s, e, alignment_mode="expand")) for t in span}
        names_actor = any(s <= m0 and m1 <= e for s, e in spans for m0, m1 in mentions)
        if lemma in words or names_actor:
            found.append(statement.id)
    return found
