"""Event triggers in a parsed Doc: the words of the trigger lexicon, one event per governing word.

A trigger that completes another one ("agreed to cooperate", "threatened to break relations",
"demanded that Kyiv pull out") belongs to it: PLOVER and CAMEO code the governing act, and the
governed one is its content, not a second event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .event_lexicon import EventLexicon, TriggerEntry

# Dependencies through which a governing trigger takes another trigger as its content.
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "acl", "pcomp", "conj"})
# The clause verbs that carry an event noun ("launched an attack", "held talks") but are no event.
_NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class Trigger:
    token: Token
    key: str
    entry: TriggerEntry


def find_triggers(doc: Doc, lexicon: EventLexicon) -> list[Trigger]:
    """The triggers of `doc` in text order, those completing another trigger left out."""
    found = [t for token in doc if not _background(token) and (t := _trigger(token, lexicon)) is not None]
    positions = {t.token.i for t in found}
    return [t for t in found if not _governed(t.token, positions)]


def _background(token: Token) -> bool:
    """Acts that are not reported as happening: a purpose ("resigned to allow elections", "staged
    demonstrations to demand reforms": the aim of the act coded) and a participle describing a
    noun without saying who acted ("a report released Tuesday", "Africans ordered out of Nigeria")."""
    if token.dep_ in {"advcl", "acl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True
    return token.dep_ == "acl" and token.tag_ == "VBN" and not any(c.dep_ == "agent" for c in token.children)


def _trigger(token: Token, lexicon: EventLexicon) -> Trigger | None:
    if token.pos_ not in {"VERB", "NOUN", "PROPN"} or token.dep_ in {"compound", "amod"}:
        return None
    lemma = token.lemma_.lower()
    pos = "NOUN" if token.pos_ in _NOUN_POS else "VERB"
    for key in _keys(token, lemma):
        entry = lexicon.triggers.get(key)
        if entry is not None and entry.pos in (None, pos):
            return Trigger(token, key, entry)
    return None


def _keys(token: Token, lemma: str) -> list[str]:
    """Longest first: "pull out" and "phone call" before "pull" and "call"."""
    keys = [f"{child.lemma_.lower()} {lemma}" for child in token.children if child.dep_ in {"compound", "amod"}]
    keys += [f"{lemma} {child.lower_}" for child in token.children if child.dep_ == "prt"]
    if token.pos_ == "VERB":
        # "call for", "call on": the preposition must follow the verb, as in "called on Kyiv to".
        keys += [f"{lemma} {child.lower_}" for child in token.children if child.dep_ == "prep" and child.i == token.i + 1]
    return [*keys, lemma, token.lower_]


def _governed(token: Token, triggers: set[int]) -> bool:
    """Whether a trigger hangs, through content dependencies, under another trigger of its sentence."""
    current = token
    while current.head.i != current.i and current.dep_ in _CONTENT_DEPS:
        current = current.head
        if current.i in triggers:
            return True
    return False
