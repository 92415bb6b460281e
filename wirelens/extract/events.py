"""PLOVER-coded events of an article: `extract_events(doc, actors, places, times, statements)`.

A trigger word (event_triggers) gives a CAMEO code, the crosswalk its PLOVER type, mode, quad class
and score; the parse gives actor and recipient (event_arguments), the place and time helpers the
where and when, the statements who claims and who disputes it (event_status).
A bare event noun with neither actor nor recipient ("the alleged attack", "peace talks") is a
later mention of an earlier event of its type, or else a topic rather than a codable event.
Casualties and sizes: extract/casualties.py (relations between statements: extract/relations.py).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Actor, Event, Place, Statement, TextSpan, Timex
from .casualties import with_casualties
from .event_arguments import (
    actors_at,
    antecedent,
    appealed_arguments,
    arguments_of,
    countries_at,
    demanded_arguments,
    held_in,
    is_someone,
    origin_of,
    reported,
    territory_of,
)
from .event_lexicon import EventLexicon, event_lexicon
from .event_intent import (
    CONSIDER_OPTION,
    appeal_code,
    considered,
    demand_code,
    failed,
    intended,
    intent_code,
    obliged,
    refusal_code,
    refused,
    wanted_of_others,
)
from .event_status import claiming, disputing, framing, status_of
from .event_triggers import Trigger, find_triggers
from .places import place_at
from .quantities import quantities_in
from .timex import time_at


def extract_events(
    doc: Doc,
    actors: list[Actor],
    places: list[Place],
    times: list[Timex],
    statements: list[Statement],
    lexicon: EventLexicon | None = None,
) -> list[Event]:
    """The events of `doc` in text order, ids e1, e2, ..."""
    lexicon = lexicon or event_lexicon()
    events: list[Event] = []
    for trigger in find_triggers(doc, lexicon):
        if _defence(trigger, lexicon) or _mishap(trigger, lexicon):
            continue
        event = _event(f"e{len(events) + 1}", trigger, lexicon, actors, places, times, statements)
        if event is None:
            continue
        if not _bare_noun(trigger.token, event):
            events.append(event)
        elif (earlier := _mentioned(event, trigger, events)) is not None:
            earlier.mentions.append(event.trigger)
    return with_casualties(doc, events)


def _spoken_of(token: Token, statements: list[Statement]) -> bool:
    """Whether an event noun is what a denial or accusation is about ("described the alleged attack
    as terrorism", "denied the attack"): that speaker is no actor of it, unlike one who announces
    an act ("announced a suspension of flights")."""
    head = token.head
    return token.pos_ in {"NOUN", "PROPN"} and head.i != token.i and any(
        s.act in {"denial", "accusation"} and s.cue.span[0] <= head.idx < s.cue.span[1] for s in statements
    )


def _mentioned(mention: Event, trigger: Trigger, events: list[Event]) -> Event | None:
    """The earlier event a bare mention names: the latest one of its trigger word ("attempted to
    attack" ... "the alleged attack"), else the latest of its type."""
    same_type = [e for e in reversed(events) if e.type == mention.type]
    lemma = trigger.token.lemma_.lower()
    doc = trigger.token.doc
    same_word = [e for e in same_type if (span := doc.char_span(*e.trigger.span)) is not None and span.root.lemma_.lower() == lemma]
    return next(iter(same_word or same_type), None)


def _defence(trigger: Trigger, lexicon: EventLexicon) -> bool:
    """Whether an assault's target is a weapon ("drones were destroyed by air defences"): shooting
    down what attacks is defence, no assault on anyone."""
    token = trigger.token
    if lexicon.code(trigger.entry.cameo).type != "ASSAULT" or any(c.dep_ == "prep" and c.lower_ in _AIMED for c in token.children):
        return False
    # The object of "fired shells at targets" is the projectile, the target sits after "at".
    targets = [_partitive(c) for c in token.children if c.dep_ in {"nsubjpass", "dobj"}]
    return bool(targets) and all(t.lemma_.lower() in lexicon.instruments for t in targets)


def _mishap(trigger: Trigger, lexicon: EventLexicon) -> bool:
    """Whether a killing's cause is an accident or a disaster ("victims killed by the crash",
    "died in a car accident", "the earthquake killed 300"): nobody attacked anyone."""
    token = trigger.token
    if lexicon.code(trigger.entry.cameo).type != "ASSAULT":
        return False
    causes = [c for c in token.children if c.dep_ == "nsubj"] + [
        g for c in token.children if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "in"} for g in c.children if g.dep_ == "pobj"
    ]
    return any(c.lemma_.lower() in lexicon.mishaps for c in causes)


def _partitive(token: Token) -> Token:
    """The whole a part is taken of ("most of the drones" -> drones, "all of which" -> what
    "which" stands for)."""
    whole = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return antecedent(whole[0]) if whole and token.pos_ in {"ADJ", "NUM", "PRON", "DET"} else antecedent(token)


_AIMED = frozenset({"at", "on", "against", "into"})


def _done_by_a_thing(trigger: Trigger, heads: list[Token], resolved: bool) -> bool:
    """Whether a word that is an act only when someone does it has a thing for its subject
    ("subsidies give businesses an advantage", "fuel bills pressure revenues", "the outlook is
    optimistic"): no one acts. `heads` are the subject's words, `resolved` whether they named an
    actor or a country."""
    return trigger.entry.by_party and not resolved and bool(heads) and not any(is_someone(h) for h in heads)


def _bare_noun(token: Token, event: Event) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and not (event.actor or event.recipient or event.actor_country or event.recipient_country)


def _event(
    event_id: str,
    trigger: Trigger,
    lexicon: EventLexicon,
    actors: list[Actor],
    places: list[Place],
    times: list[Timex],
    statements: list[Statement],
) -> Event | None:
    """The event of a trigger, or None when a thing, not a party, does what only someone can do."""
    token = trigger.token
    cameo = trigger.entry.cameo
    arguments = arguments_of(token)
    subjects = arguments.actor
    if _spoken_of(token, statements):
        arguments = replace(arguments, actor=[])
    if trigger.outcome is not None and not arguments.recipient:
        arguments = replace(arguments, recipient=arguments_of(trigger.outcome).recipient)
    framed = framing(token)
    claims = claiming(token, statements)
    if (framed == "negated" and refused(token)) or failed(token):
        cameo = refusal_code(cameo)
    elif considered(token):
        cameo = CONSIDER_OPTION
    elif intended(token, framed, bool(claims) or reported(token)):
        cameo = intent_code(cameo)
    elif obliged(token) and (demanded := demanded_arguments(token, arguments)) is not None:
        cameo, arguments = demand_code(cameo), demanded
    elif wanted_of_others(token) and (appealed := appealed_arguments(token, arguments)) is not None:
        cameo, arguments = appeal_code(cameo), appealed
    code = lexicon.code(cameo)
    if code.type == "ASSAULT" and not arguments.actor:
        arguments = replace(arguments, actor=origin_of(token))
    elif code.type == "COERCE" and not arguments.actor:
        arguments = replace(arguments, actor=held_in(token))
    if cameo.startswith(_TERRITORIAL) and not arguments.recipient:
        arguments = replace(arguments, recipient=territory_of(token))
    trigger_mode = trigger.entry.mode if cameo == trigger.entry.cameo else None
    actor_ids = actors_at(arguments.actor, actors)
    recipient_ids = actors_at(arguments.recipient, actors) or _reporting_party(code.type, actor_ids, claims)
    place = place_at(token, places, token.doc)
    time = time_at(token, times)
    phrase = list(_clause_top(token).subtree)
    actor_country = countries_at(arguments.actor, actor_ids, actors, places) or _local(arguments.actor, place)
    if _done_by_a_thing(trigger, subjects, bool(actor_ids or actor_country)):
        return None
    recipient_country = countries_at(arguments.recipient, recipient_ids, actors, places)
    if code.type == "PROTEST" and not recipient_country:
        recipient_country = _protested(place, actor_country)
    mode = _mode(code.type, phrase, lexicon) or trigger_mode or code.mode
    if mode is None and code.type == "CONSULT" and _away(place, actor_country + recipient_country):
        mode = "visit"
    return Event(
        id=event_id,
        type=code.type,
        mode=mode,
        cameo=code.code,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        trigger=TextSpan(span=(token.idx, token.idx + len(token.text)), text=token.text),
        actor=actor_ids,
        recipient=recipient_ids,
        actor_country=actor_country,
        recipient_country=recipient_country,
        place=place.id if place else None,
        time=time.id if time else None,
        quantities=quantities_in(phrase),
        status=status_of(token, claims),
        claimed_by=[s.id for s in claims],
        disputed_by=disputing(token, actor_ids, claims, statements, actors),
    )


# Acts on a territory rather than on a party (CAMEO 0871 ceasefire, 074 peacekeeping, 0874
# surrender or retreat, 191 blockade): where they hold stands for their target.
_TERRITORIAL = ("0871", "074", "0874", "191")


def _reporting_party(event_type: str, actor_ids: list[str], claims: list[Statement]) -> list[str]:
    """The other side of a one-sided meeting or call: the one who reports it ("Trump said Putin
    raised the incident in a phone call"), as people report the conversations they took part in."""
    if event_type != "CONSULT" or not actor_ids:
        return []
    return list(dict.fromkeys(s.speaker for s in claims if s.speaker is not None and s.speaker not in actor_ids))


def _local(heads: list[Token], place: Place | None) -> list[str]:
    """The country of an unnamed actor that says nowhere whose it is ("prisoners rioted at a jail
    in Dili", "a roadside bomb near Samarra killed"): where it acts, as PLOVER codes such groups;
    a name ("Hamas", "Interpol") is coded for itself."""
    if not heads or place is None or place.country is None or any(h.ent_type_ in _NAMED for h in heads):
        return []
    return [place.country]


_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _protested(place: Place | None, actor_country: list[str]) -> list[str]:
    """Whom a protest that names no target is aimed at: the government where it takes place, else
    the protesters' own, as PLOVER codes protests ("ethnic Albanians demonstrated in Serbia" ->
    SRB, "Algerian landowners began a hunger strike" -> DZA)."""
    return [place.country] if place is not None and place.country else actor_country


def _away(place: Place | None, countries: list[str]) -> bool:
    """Whether a meeting takes place outside the country of one of its parties: someone travelled,
    which PLOVER codes as the visit mode ("met Zelenskiy in Florida")."""
    return place is not None and place.country is not None and any(c != place.country for c in countries)


def _clause_top(token: Token) -> Token:
    """The verb an infinitive completes ("attempted to attack ... using 91 drones"): its phrase holds
    the event's instruments and counts."""
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
    return token


def _mode(event_type: str, phrase: list[Token], lexicon: EventLexicon) -> str | None:
    """The mode an ASSAULT's weapon names ("attack ... using 91 long-range drones" -> drone)."""
    if event_type != "ASSAULT":
        return None
    for token in phrase:
        if (mode := lexicon.instruments.get(token.lemma_.lower())) is not None:
            return mode
    return None
