"""Who does an event to whom: the actor and recipient phrases of a trigger, and the actors
(and countries) they name.

A verb's actor is its subject (the agent of a passive; the subject of the verb it completes in
"attempted to attack"), its recipient the object or the object of "with", "against", "on", "at",
"to". A noun's actor is its possessor or a naming modifier ("Russia's invasion", "US strikes"),
failing those the subject of the verb that carries it ("launched an attack"); its recipient the
object of "of", "on", "against", "with".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..model import Actor
from .countries import country_of

_RECIPIENT_PREPS = frozenset({"with", "against", "on", "at", "to", "into", "of", "upon"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_NOUN_ACTOR_DEPS = frozenset({"poss", "compound", "amod"})


@dataclass(frozen=True)
class Arguments:
    actor: list[Token]
    recipient: list[Token]


def arguments_of(trigger: Token) -> Arguments:
    """The head words of the actor and recipient phrases of a trigger, with their conjuncts."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        actor, recipient = _noun_arguments(trigger)
    else:
        actor, recipient = _verb_arguments(trigger)
    return Arguments(_with_conjuncts(_antecedents(actor)), _with_conjuncts(_antecedents(recipient)))


def _antecedents(heads: list[Token]) -> list[Token]:
    """Relative pronouns replaced by what they stand for ("Russia, which invaded" -> Russia)."""
    return [_antecedent(h) for h in heads]


def _antecedent(token: Token) -> Token:
    if token.tag_ in {"WDT", "WP"}:
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            return clause.head
    return token


def _verb_arguments(verb: Token) -> tuple[list[Token], list[Token]]:
    children = list(verb.children)
    passive = [c for c in children if c.dep_ == "nsubjpass"]
    agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if passive or agents:
        return agents, passive
    subjects = [c for c in children if c.dep_ in _SUBJECTS]
    current = verb
    # "attempted to attack", "will seek to meet": the subject sits on the governing verb.
    while not subjects and current.dep_ in {"xcomp", "conj"} and current.head.i != current.i:
        current = current.head
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
    objects = [c for c in children if c.dep_ in {"dobj", "dative"}]
    # "demanded that Kyiv pull out": the one asked to act is the subject of the content clause.
    asked = [g for c in children if c.dep_ == "ccomp" for g in c.children if g.dep_ in _SUBJECTS]
    return subjects, objects or _prepositional(verb) or asked


def _noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    actors = [c for c in noun.children if c.dep_ in _NOUN_ACTOR_DEPS and _names_someone(c)]
    if not actors and noun.dep_ in {"dobj", "nsubj", "attr"}:
        actors = [c for c in noun.head.children if c.dep_ in _SUBJECTS and c.i != noun.i]
    if not actors and noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"}:
        # "raised the incident in a phone call": the caller is the clause's subject.
        actors = [c for c in noun.head.head.children if c.dep_ in _SUBJECTS]
    recipients = _prepositional(noun)
    if not recipients and noun.dep_ == "dobj":
        recipients = _prepositional(noun.head)
    return actors, recipients


def _names_someone(token: Token) -> bool:
    return token.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or country_of(token.text) is not None


def _prepositional(head: Token) -> list[Token]:
    return [
        obj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in _RECIPIENT_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    found = list(heads)
    for head in heads:
        found.extend(c for c in head.conjuncts if c not in found)
    return found


def actors_at(heads: list[Token], actors: list[Actor]) -> list[str]:
    """The actors named by argument phrases: a mention holding the head word, else one inside
    the phrase's noun group ("Putin's residence" -> Putin)."""
    found: list[str] = []
    for head in heads:
        start, end = _phrase(head)
        holding = [a for a in actors if any(s <= head.idx < e for s, e in a.mentions)]
        inside = [a for a in actors if any(start <= s and e <= end for s, e in a.mentions)]
        found.extend(a.id for a in (holding or inside) if a.id not in found)
    return found


def countries_at(heads: list[Token], actor_ids: list[str], actors: list[Actor]) -> list[str]:
    """The countries of an argument: its actors' countries, else the country names and demonyms of
    its noun group ("Moroccan diplomats" -> MAR), as PLOVER codes unnamed groups by country."""
    by_id = {a.id: a for a in actors}
    countries = [c for i in actor_ids if (c := by_id[i].country) is not None]
    if not countries:
        for head in heads:
            doc = head.doc
            for token in doc[head.left_edge.i : head.i + 1]:
                if (named := country_of(token.text)) is not None:
                    countries.append(named.country)
    return list(dict.fromkeys(countries))


def _phrase(head: Token) -> tuple[int, int]:
    """Characters of the noun group a head word ends, with what hangs on it ("Putin's residence in ...")."""
    doc = head.doc
    last = doc[head.right_edge.i]
    return doc[head.left_edge.i].idx, last.idx + len(last.text)
