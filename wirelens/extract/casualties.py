"""Casualties and sizes of an article's events, as PLOVER records them: `dead` and `injured`
("killing at least 156 people", "wounded two British soldiers"), and `size`, the people taking
part in a protest or acted on by an arrest or expulsion ("Up to 100 ethnic Albanians
demonstrated", "arrested more than 100 Palestinians").

A killing belongs to the event that names it or governs it ("attacked the camp, killing 156"),
else to the act it names as its cause ("killed in a suicide bombing", "a bombing killed one").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..model import Event, Quantity
from .event_arguments import clause_of
from .event_triggers import tells_cause
from .quantities import counted
from .roles import role_lexicon

__all__ = ["with_casualties"]

_DEATH = frozenset({"kill", "slay", "massacre", "murder", "assassinate", "execute", "behead", "die"})
_INJURY = frozenset({"wound", "injure", "hurt", "maim"})
# The state a verb leaves its object in: "left 12 people dead", "left five injured".
_STATES = {"dead": "dead", "injured": "injured", "wounded": "injured"}
# Events whose size is who acts (a crowd protests) rather than who is acted on (people arrested).
_ACTOR_SIZED = frozenset({"PROTEST", "MOBILIZE"})
# The dependencies from a killing to the act it names as its cause.
_CAUSE_PATH = frozenset({"nsubj", "prep", "pobj", "agent", "compound"})
# People nouns beyond the role lexicon's (soldier, police, civilian ...).
_PEOPLE = frozenset({"people", "person", "other", "child", "woman", "youth", "victim", "passenger", "pilgrim",
                     "worshipper", "hostage", "bystander", "tourist", "family", "baby", "teenager", "boy", "girl"})  # fmt: skip
_SINGULAR_PRONOUNS = frozenset({"him", "her", "he", "she"})


def with_casualties(doc: Doc, events: list[Event]) -> list[Event]:
    """`events` with `dead`, `injured` and `size` filled where the text counts them."""
    tokens = {event.id: token for event in events if (token := _token(doc, event)) is not None}
    triggers = {token.i: event for event in events if (token := tokens.get(event.id)) is not None}
    casualties: dict[str, dict[str, Quantity]] = {}
    for harm, kind in _harms(doc):
        event = _event_of(harm, triggers)
        victims = _victims(harm)
        if event is not None and victims is not None:
            casualties.setdefault(event.id, {}).setdefault(kind, victims)
    updated = []
    for event in events:
        found = dict(casualties.get(event.id, {}))
        token = tokens.get(event.id)
        if token is not None and (size := _size(token, event.type)) is not None:
            found["size"] = size
        updated.append(event.model_copy(update=found) if found else event)
    return updated


def _token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(*event.trigger.span)
    return span.root if span is not None else None


def _harms(doc: Doc) -> Iterator[tuple[Token, str]]:
    """The words that kill or wound, with the field they count for; not those only attempted,
    threatened or denied ("attempted to assassinate", "no one was killed")."""
    for token in doc:
        lemma = token.lemma_.lower()
        if token.dep_ == "xcomp" or any(c.dep_ == "neg" for c in token.children):
            continue
        if token.pos_ == "VERB" and lemma in _DEATH:
            yield token, "dead"
        elif token.pos_ == "VERB" and lemma in _INJURY:
            yield token, "injured"
        elif token.lower_ in _STATES and token.dep_ in {"oprd", "acomp"}:
            yield token, _STATES[token.lower_]


def _victims(harm: Token) -> Quantity | None:
    """How many the word kills or wounds: its object, or its subject when passive or intransitive
    ("were killed", "two soldiers died", "30 wounded")."""
    if harm.pos_ != "VERB":
        victims = [c for c in harm.head.children if c.dep_ == "dobj"]
    else:
        victims = [c for c in harm.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not victims and (harm.lemma_.lower() == "die" or harm.tag_ == "VBN"):
            victims = [c for c in harm.children if c.dep_ == "nsubj"]
    if not victims or not _people(victims[0]):
        return None
    return _count_of([victims[0], *victims[0].conjuncts])


def _count_of(members: list[Token]) -> Quantity | None:
    """The count of a group of people named together ("She and eight others" -> 9): a counted
    member gives its count, one named person or a singular noun ("the deputy chief", "him") one;
    a member without a count (plural "civilians") leaves the group uncounted."""
    counts = []
    for member in members:
        count = counted(member)
        if count is None and (member.tag_ in {"NN", "NNP"} or member.lower_ in _SINGULAR_PRONOUNS):
            count = Quantity(span=(member.left_edge.idx, member.idx + len(member.text)), value=1.0, item=member.text)
        if count is None:
            return None
        counts.append(count)
    if len(counts) == 1:
        return counts[0]
    doc = members[0].doc
    span = (min(c.span[0] for c in counts), max(c.span[1] for c in counts))
    text = doc.text[span[0] : span[1]]
    return Quantity(span=span, value=sum(c.value for c in counts), item=text)


def _people(noun: Token) -> bool:
    """Whether a noun names people, as victims are ("hurt their reputation" counts no one)."""
    if noun.ent_type_ in {"PERSON", "NORP"} or noun.lower_ in _SINGULAR_PRONOUNS | {
        "them",
        "they",
    }:
        return True
    if noun.lower_ in {"dozens", "scores", "hundreds", "thousands", "millions"} or noun.pos_ == "NUM":
        return True  # "killing one", "thousands of ...": counted, and what else is killed
    lemma = noun.lemma_.lower()
    roles = role_lexicon()
    return lemma in _PEOPLE or (lemma,) in roles.sectors or lemma in roles.generic or lemma in roles.leaders


def _event_of(harm: Token, triggers: dict[int, Event]) -> Event | None:
    """The event a killing belongs to: its own word, the trigger whose clause it continues
    ("attacked the camp, killing 156"), or the nearest trigger it governs (the cause: "killed in
    a bombing", "a bombing killed"). A killing in a relative or reported clause ("Serbia, where 24
    were killed", "an admission that forces murdered") is another act."""
    token = harm
    while True:
        if token.i in triggers:
            return triggers[token.i]
        if not _continues(token):
            break
        token = token.head
    below = [t for t in harm.subtree if t.i in triggers and _named_cause(t, harm)]
    return triggers[min(below, key=lambda t: _depth(t, harm)).i] if below else None


def _continues(token: Token) -> bool:
    """Whether a clause continues its head's act: a coordinate verb ("killed one and wounded two")
    or a participle ("attacked the camp, killing 156"), not a clause of time or reason ("pulled
    out a month before he died")."""
    if token.head.i == token.i:
        return False
    return token.dep_ == "conj" or (token.dep_ == "advcl" and token.tag_ == "VBG")


def _named_cause(trigger: Token, harm: Token) -> bool:
    """Whether the harm names the trigger as its cause: as its subject or in a phrase of its own
    ("a bombing killed", "killed in a bombing"), not inside a clause about someone ("Carson, who
    hosted the show, died")."""
    token = trigger
    while token.i != harm.i:
        if not (token.dep_ in _CAUSE_PATH or _causing_step(token)):
            return False
        token = token.head
    return True


def _causing_step(token: Token) -> bool:
    """A step from an attack up to the harm it caused through a clause of time ("were killed as
    forces launched air strikes"; "killed and 41 wounded after a car bomb struck a bus")."""
    if token.dep_ == "dobj":
        return tells_cause(token.head)
    return tells_cause(token) or (token.dep_ == "conj" and token.lemma_.lower() in _DEATH | _INJURY)


def _depth(token: Token, top: Token) -> int:
    depth = 0
    while token.i != top.i and token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _size(trigger: Token, event_type: str) -> Quantity | None:
    """The count of who protests (its subject) or of who is arrested, expelled or forced out (its
    object); for assaults the victims are casualties, not a size."""
    if event_type in _ACTOR_SIZED:
        people = _subjects(trigger)
    elif event_type in {"COERCE", "SANCTION", "ASSAULT"} and trigger.lemma_.lower() not in _DEATH | _INJURY:
        people = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        return None
    # Only people make a size: "cut 6,900 jobs" or "fired eight bullets" counts none.
    return next((q for p in people if _people(p) and (q := counted(p)) is not None), None)


def _subjects(trigger: Token) -> list[Token]:
    """Who does the act: the verb's subject, or for a noun the subject of the verb that carries it
    ("thousands staged demonstrations")."""
    verb = clause_of(trigger)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return subjects + agents
