"""Who does an event to whom: the actor and recipient phrases of a trigger, and the actors
(and countries) they name.

A verb's actor is its subject (the agent of a passive; the subject of the verb it completes in
"attempted to attack"), its recipient the object or the object of "with", "against", "on", "at",
"to". A noun's actor is its possessor, a naming modifier ("Russia's invasion", "US strikes") or
its "by" phrase, failing those the subject of the verb that carries it ("launched an attack"); its
recipient the object of "of", "on", "against", "with". A thing as recipient stands for the party
its phrase names ("rejected demands from the rebels" -> the rebels), and forces moved stand for
where they go ("deployed troops to Mali" -> Mali).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from ..model import Actor, Place
from .countries import CountryName, country_of
from .lexicon import lexicon as reporting_lexicon
from .roles import role_lexicon

_RECIPIENT_PREPS = frozenset({"with", "against", "on", "at", "to", "into", "of", "upon"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
# Verbs whose object is an act done to their subject by the object of "from" ("faces pressure from
# Congress").
_RECEIVING = frozenset({"receive", "get", "obtain", "win", "face"})
_SOURCE = frozenset({"from"})
_ASKED_FOR = frozenset({"for"})
_NOUN_ACTOR_DEPS = frozenset({"poss", "compound", "amod"})


@dataclass(frozen=True)
class Arguments:
    actor: list[Token]
    recipient: list[Token]


def arguments_of(trigger: Token) -> Arguments:
    """The head words of the actor and recipient phrases of a trigger, with their conjuncts."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        actor, recipient = _noun_arguments(trigger)
    elif trigger.pos_ == "ADJ":
        # "is skeptical of the plan": the subject of the copula, the object of its preposition.
        actor, recipient = _subjects(trigger.head), _prepositional(trigger, _RECIPIENT_PREPS | {"about"})
    else:
        actor, recipient = _verb_arguments(trigger)
    recipient = [_party_of(r) for r in recipient if r.lemma_.lower() not in _FEELINGS]
    if not recipient and (felt_for := _felt(trigger)) is not None:
        recipient = [felt_for]
    return Arguments(_with_conjuncts(_antecedents(actor)), _with_conjuncts(_antecedents(recipient)))


# Feelings voiced as acts (CAMEO 012 pessimism, 013 optimism, 018 sympathy): the words, not the
# triggers, since a trigger may be the verb that voices them ("expressed concern").
_FEELINGS = frozenset({
    "concern", "hope", "condolence", "condolences", "sympathy", "pessimism", "optimism", "regret",
    "worry", "fear", "disappointment", "satisfaction", "dissatisfaction", "displeasure", "anger", "outrage",
})
# What a feeling is about ("concern for", "pessimism over"); "support for" is no feeling.
_ABOUT = frozenset({"about", "over", "for", "regarding", "at", "to", "with", "on", "of"})


def _felt(trigger: Token) -> Token | None:
    """The party a voiced feeling is about: of the trigger itself ("pessimism over Alitalia"), or of
    the feeling its verb voices ("expressed concern for ...")."""
    felt = [trigger] if trigger.lemma_.lower() in _FEELINGS else [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in _FEELINGS]
    return next((p for f in felt if (p := _party_felt_for(f)) is not None), None)


def demanded_arguments(trigger: Token, arguments: Arguments) -> Arguments | None:
    """For a reported obligation ("Straw said Sudan must reach an agreement"): the reporter as
    actor, the obliged as recipient; None when nobody reports it."""
    reporter = _reporting_subject(clause_of(trigger, None))
    if reporter is None:
        return None
    return Arguments(_with_conjuncts([reporter]), arguments.actor)


def appealed_arguments(trigger: Token, arguments: Arguments) -> Arguments | None:
    """For a wanted act ("Obama wants Putin to attack"): the wanter as actor, the one wanted to act
    as recipient."""
    wanter = _reporting_subject(trigger)
    return None if wanter is None else Arguments(_with_conjuncts([wanter]), arguments.actor)


def origin_of(trigger: Token) -> list[Token]:
    """Where a passive act came from ("a mortar bomb was fired ... from the Gaza Strip"): the place
    that stands for its unnamed actor."""
    return _passive_place(trigger, "from", {"GPE", "LOC"})


def held_in(trigger: Token) -> list[Token]:
    """Where a passive act of coercion took place ("was arrested in Rwanda", "were detained in
    Cairo"): arrests, curfews and expulsions are the state's, so the country there stands for the
    unnamed actor, as PLOVER and CAMEO code them."""
    return _passive_place(trigger, "in", {"GPE"})


def territory_of(trigger: Token) -> list[Token]:
    """The place an act on a territory holds in ("declared a ceasefire in Idlib", "imposed blockades
    around Palestinian towns", "peacekeeping operations in Afghanistan", "surrendered in Faryab
    province"): a truce, blockade, peacekeeping or surrender that names no party is aimed at whoever
    holds that place, as CAMEO and PLOVER code its target. The parser may hang the place on the
    verb that carries the act ("declared a ceasefire on Monday in South Sudan"). A truce that is
    the subject of a clause ("the truce in Syria is a show-piece") is talked about, done by no one."""
    if trigger.dep_ in _SUBJECTS | {"nsubjpass"} and trigger.pos_ in {"NOUN", "PROPN"}:
        return []
    heads = dict.fromkeys([trigger, clause_of(trigger, None)])
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _WITHIN for g in c.children
            if g.dep_ == "pobj" and any(t.ent_type_ in {"GPE", "LOC"} for t in _noun_group(g))]


_WITHIN = frozenset({"in", "around", "across", "throughout", "inside"})


def _passive_place(trigger: Token, preposition: str, labels: set[str]) -> list[Token]:
    if not any(c.dep_ == "nsubjpass" for c in trigger.children):
        return []
    return [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == preposition for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ in labels]


def reported(trigger: Token) -> bool:
    """Whether the trigger's clause is somebody's report: the complement of a verb with a subject
    ("Hungary said it will support"), or followed by a reporting verb the parser hung on it as a
    conjunct ("the United Nations will provide aid ..., the World Food Program (WFP) said"); the
    attribution engine may have found no statement there."""
    clause = clause_of(trigger, None)
    return _reporting_subject(clause) is not None or any(
        c.dep_ in {"conj", "parataxis"} and c.i > clause.i and c.lemma_.lower() in reporting_lexicon().verbs for c in clause.children
    )


def clause_of(trigger: Token, deps: frozenset[str] | None = frozenset({"dobj"})) -> Token:
    """The verb whose clause holds a trigger: the verb an event noun hangs on through `deps` (any
    dependency when None: "reach an agreement", "imposed sanctions", "the attack was"), else the
    trigger itself."""
    noun = trigger.pos_ in {"NOUN", "PROPN"} and (deps is None or trigger.dep_ in deps)
    return trigger.head if noun else trigger


def _antecedents(heads: list[Token]) -> list[Token]:
    """Relative pronouns replaced by what they stand for ("Russia, which invaded" -> Russia)."""
    return [antecedent(h) for h in heads]


def antecedent(token: Token) -> Token:
    """What a relative or personal pronoun stands for, else the token itself."""
    if token.tag_ in {"WDT", "WP"}:
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            return clause.head
    if token.lower_ in _PERSONAL and token.dep_ in _SUBJECTS:
        return _reporter(token) or token
    if token.lower_ in _OBJECT_PRONOUNS and token.dep_ in {"dobj", "pobj"}:
        # "Israel said a mortar bomb was fired at it": the reporter again.
        clause = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        reporter = _reporting_subject(clause) if clause is not None else None
        return reporter if reporter is not None and reporter.lower_ not in _PERSONAL else token
    return token


# "Palestinian leaders said they would boycott ...": a pronoun subject of a reported clause is,
# in wire copy, nearly always the one who reports it.
_PERSONAL = frozenset({"they", "he", "she", "it", "we"})
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it", "us"})


def _reporter(pronoun: Token) -> Token | None:
    subject = _reporting_subject(pronoun.head)
    return subject if subject is not None and subject.lower_ not in _PERSONAL else None


def _reporting_subject(clause: Token) -> Token | None:
    """The subject of the nearest verb above `clause` that has one ("Straw said [that ...]")."""
    while clause.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and clause.head.i != clause.i:
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def _verb_arguments(verb: Token) -> tuple[list[Token], list[Token]]:
    children = list(verb.children)
    passive = [c for c in children if c.dep_ == "nsubjpass"]
    agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if passive or agents:
        return agents, passive
    subjects = _subjects(verb)
    objects = _objects(verb)
    # "met Syrian President Bashar Assad Tuesday": the object the parser hung on the date.
    objects += [n for c in children if c.dep_ == "npadvmod" and c.ent_type_ in _WHEN and (n := _undated(c)) is not None]
    givers = _prepositional(verb, _SOURCE) if verb.lemma_.lower() in _RECEIVING else []
    if givers and not any(is_someone(o) for o in objects):
        # "received weapons from the government": the giver acts on the receiver; one who receives
        # someone ("received ministers from Tbilisi") is the host.
        return givers, subjects
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "10 Russian soldiers killed in Ukraine": the participle's noun is who it was done to.
        objects = objects or [verb.head]
    # "demanded that Kyiv pull out": the one asked to act is the subject of the content clause.
    asked = [g for c in children if c.dep_ == "ccomp" for g in c.children if g.dep_ in _SUBJECTS]
    return subjects, _recipients(verb, objects) or asked or _complement_recipients(verb)


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects; "attempted to attack", "will seek to meet", "is prepared to lift": those of
    the governing verb. A participle clause ("opened fire, killing one person") shares the subject
    of its clause."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    current = verb
    while not subjects and (holder := _subject_holder(current)) is not None:
        current = holder
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
    return subjects


def _objects(verb: Token, deps: tuple[str, ...] = ("dobj", "dative")) -> list[Token]:
    """A verb's objects; the parser labels the "to" of "granted asylum to Julian Assange" a dative,
    and the one given to is the pobj of that "to"."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in deps:
            found.extend([g for g in child.children if g.dep_ == "pobj"] if child.pos_ == "ADP" else [child])
    return found


def _complement_recipients(verb: Token) -> list[Token]:
    """Whom the act a verb governs is aimed at ("threatened to break relations with Russia",
    "promised to continue military aid to Mozambique"): the governed act is the content of the
    coded one, so its recipient is the coded act's. Only someone: "agreed to set up a centre" is
    aimed at no one."""
    for complement in verb.children:
        if complement.dep_ == "xcomp" and complement.pos_ in {"VERB", "AUX"}:
            objects = _objects(complement)
            named = [r for r in _recipients(complement, objects) if names_party(r)]
            if found := named or _complement_recipients(complement):
                return found
    return []


def _recipients(verb: Token, objects: list[Token]) -> list[Token]:
    """Whom a verb's act is aimed at: an object that is someone, else a phrase of the verb or of its
    object that is someone ("granted asylum to 18 Rwandan rebels", "lifted sanctions against
    China", "suspended military aid and arms deals with Pakistan": the object is what is given or
    withheld), else the first of those whose phrase names someone ("attend a summit in Geneva on
    the unrest in Iran": the summit, not the unrest), else the object ("destroyed the bridge")."""
    if (moved := _destinations(verb, objects)) is not None:
        return moved
    if objects and not any(names_party(o) for o in objects) and (makers := _makers(verb)):
        return makers
    # "called for sanctions against Turkey": the phrase of what is called for.
    asked_for = [g for o in _prepositional(verb, _ASKED_FOR) for g in _prepositional(o)]
    phrases = _prepositional(verb) + [g for o in objects for g in _prepositional(o)] + asked_for
    named = next((found for test in (_named_itself, names_party) for heads in (objects, phrases) if (found := [h for h in heads if test(h)])), [])
    return named or objects or phrases


def _makers(verb: Token) -> list[Token]:
    """Who made the thing an active verb acts on, when the parser hung its "by" or "from" phrase on
    the verb ("denied charges by the U.S. Chamber", "rejects demands from rebels"): denying a
    charge or rejecting a demand is aimed at whoever made it, as CAMEO codes its target."""
    if not _subjects(verb):
        return []
    return [h for h in _prepositional(verb, _MADE_BY) if names_party(h)]


_MADE_BY = frozenset({"by", "from"})


# Where forces are sent or taken ("to Mali", "into Iraq", "from Abyei").
_MOVED = frozenset({"to", "into", "from"})


def _destinations(act: Token, moved: list[Token]) -> list[Token] | None:
    """Where an act that moves forces sends them or takes them from ("is deploying 300 troops to
    Mali", "withdraw its troops from Iraq", "the deployment of troops to Liberia"): CAMEO codes a
    mobilization or withdrawal as aimed at that place, not at one's own forces. None when the act
    moves no forces or says nowhere."""
    if not moved or not all(_force(m) for m in moved):
        return None
    # "announced the deployment of troops to Liberia": the parser may hang the place on the verb.
    heads = [act, *moved] + ([act.head] if act.pos_ in {"NOUN", "PROPN"} and act.dep_ == "dobj" else [])
    return [g for h in heads for g in _prepositional(h, _MOVED)] or None


def _force(token: Token) -> bool:
    return role_lexicon().sectors.get((token.lemma_.lower(),)) == "MIL"


def _subject_holder(verb: Token) -> Token | None:
    """The verb whose subject `verb` shares, or None."""
    if verb.head.i == verb.i:
        return None
    # "opened fire, killing one", "sent a team to investigate": the clause's own actor acts.
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ in {"xcomp", "conj", "acomp"} or (verb.dep_ == "advcl" and (verb.tag_ == "VBG" or purpose)):
        return verb.head
    # "issued a declaration demanding that ...", "sent a letter threatening to ...": what a
    # document says, its issuer says.
    document = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and document.dep_ == "dobj" and document.lemma_.lower() in _DOCUMENTS:
        return document.head
    return None


_DOCUMENTS = frozenset({
    "statement", "declaration", "letter", "report", "resolution", "communique", "message", "note",
    "decree", "order", "ultimatum", "petition", "memo", "memorandum", "notice", "warning", "appeal",
})


def _noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    undergone = noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in {"VERB", "AUX"}
    if (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _RECEIVING) or undergone:
        # "received assurances from the government", "got aid from Japan", "cancelled the visit under
        # pressure from Riyadh": the giver acts on the receiver.
        clause = noun.head.head if undergone else noun.head
        givers = [g for head in (noun, clause) for g in _prepositional(head, _SOURCE)]
        if givers or undergone:
            # "were under pressure in Europe": who is pressed is known, who presses is not.
            return givers, [c for c in clause.children if c.dep_ in _SUBJECTS]
    actors = [c for c in noun.children if c.dep_ in _NOUN_ACTOR_DEPS and _names_someone(c)]
    # "an air strike by government forces", "an attack by Osgiliath soldiers".
    actors = actors or [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    if not actors and noun.dep_ in {"nsubj", "attr"}:
        actors = [c for c in noun.head.children if c.dep_ in _SUBJECTS and c.i != noun.i]
    if not actors and noun.dep_ == "dobj":
        # "are seeking to deepen a partnership": the subject of the verb that carries the noun.
        actors = _subjects(noun.head)
    if not actors and noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"}:
        # "raised the incident in a phone call", "... and took part in the killing": the clause's subject.
        actors = _subjects(noun.head.head)
    recipients = _prepositional(noun)
    if (moved := _destinations(noun, recipients)) is not None:
        return actors, moved
    if noun.dep_ == "dobj":
        # "will give Tanzania a grant of ten million dollars", "imposed sanctions on Iran".
        around = _objects(noun.head, ("dative",)) + _prepositional(noun.head)
        recipients = [r for r in recipients + around if names_party(r)] or recipients or around
    return actors, recipients


# Phrases of a thing that name whom it concerns ("sanctions on North Korea", "ties with Seychelles"),
# whose it is ("the legislature's decision") or who did it ("threats made by the US", "the visit by
# the minister", "demands from the rebels").
_CONCERNS = _RECIPIENT_PREPS | {"by", "from"}
# How far into a thing's phrase its party may sit ("reports of violations committed by the military").
_PARTY_DEPTH = 3


def _party_of(head: Token) -> Token:
    """The party a thing an act is aimed at stands for: an act on sanctions against North Korea,
    on ties with Seychelles, on the threats the US made or the decision of a legislature is aimed
    at North Korea, Seychelles, the US, the legislature, as CAMEO codes its target; the thing
    itself when its phrase names nobody ("destroyed the bridge")."""
    if head.pos_ not in {"NOUN", "PROPN", "NUM"} or _named_itself(head):
        return head
    level = [head]
    for _ in range(_PARTY_DEPTH):
        level = [g for t in level for g in _phrase_parts(t)]
        found = next((t for t in level if _named_itself(t)), None)
        if found is not None:
            return found
    return head


def _party_felt_for(head: Token) -> Token | None:
    """Whom a feeling an actor voices is about ("expressed concern for President Buhari's health",
    "voiced pessimism over Alitalia's future"): the party its phrase names; None when it names
    nobody, since a feeling ("concern", "condolences") is never the one acted on."""
    about = [g for p in head.children if p.dep_ == "prep" and p.lower_ in _ABOUT for g in p.children if g.dep_ == "pobj"]
    found = [t for t in map(_party_of, about) if _named_itself(t)]
    return found[0] if found else None


_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def _named_itself(token: Token) -> bool:
    """Whether a noun's own words name a party: the noun, a name or role compounded with it ("rebel
    group", "Hamas fighters") or a people's or country's adjective ("Chinese legislature"); a role
    adjective says what kind a thing is ("military aid", "medical equipment")."""
    return is_someone(token) or any(
        (c.dep_ in _MODIFIERS and (c.pos_ in {"NOUN", "PROPN"} and is_someone(c) or _names_someone(c))) for c in token.children
    )


def _phrase_parts(token: Token) -> list[Token]:
    """The heads of a noun's phrases that may name its party, prepositions before a possessor
    ("his country's support to the Palestinian people": the people are the ones supported); a
    participle's phrases count as the noun's ("sanctions imposed on Eritrea"); a possessive
    pronoun is the actor's own ("its troops")."""
    participles = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    preps = [p for h in (token, *participles) for p in h.children if p.dep_ in {"prep", "agent"} and p.lower_ in _CONCERNS]
    objects = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return objects + [c for c in token.children if c.dep_ == "poss" and c.tag_ != "PRP$"]


def _names_someone(token: Token) -> bool:
    return token.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or country_of(token.text) is not None


def _prepositional(head: Token, prepositions: frozenset[str] = _RECIPIENT_PREPS) -> list[Token]:
    """Objects of the recipient prepositions of `head`; a date ("on Monday") is when, not whom."""
    return [
        found
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for obj in prep.children
        if obj.dep_ == "pobj" and (found := _undated(obj)) is not None
    ]


_WHEN = frozenset({"DATE", "TIME"})


def _undated(token: Token) -> Token | None:
    """A phrase head that is no date: the token, or the name the parser hung on a date that
    follows it ("met with President Bashar Assad Tuesday": "Assad" is a compound of "Tuesday")."""
    if token.ent_type_ not in _WHEN:
        return token
    return next((c for c in reversed(list(token.lefts)) if c.dep_ == "compound" and c.ent_type_ not in _WHEN and c.ent_type_), None)


def names_party(head: Token) -> bool:
    """Whether a phrase names someone who can act or be acted on: a person, group, organisation
    or country in its noun group, a role word of the sector lexicon ("rebels", "civilians",
    "the government") or a pronoun; "asylum", "aid", "sanctions" name things."""
    if head.pos_ == "PRON":
        return is_someone(head)
    return any(is_someone(t) for t in _noun_group(head) if t.pos_ in {"NOUN", "PROPN", "ADJ"})


def is_someone(token: Token) -> bool:
    """Whether a word itself names a person, group, organisation or country ("ministers", "Iran");
    "assurances from the government" is a thing, whoever gives it."""
    if token.pos_ == "PRON":
        return token.lower_ not in _THINGS
    sectors = role_lexicon().sectors
    return _names_someone(token) or (token.lemma_.lower(),) in sectors or (token.lower_,) in sectors


_THINGS = frozenset({"it", "this", "that", "which", "what", "something", "everything", "anything", "nothing"})


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    found = list(heads)
    for head in heads:
        # "Barack Obama and Vladimir Putin will meet": the parser may hang the list on any word of a name.
        found.extend(c for word in _name_of(head) for c in word.conjuncts if c not in found)
        # "The US, Russia, and Switzerland met": the parser reads a list of names as an apposition
        # holding the rest of the list; an apposition with conjuncts is such a list, not a description.
        listed = [a for a in head.children if a.dep_ == "appos" and any(c.dep_ == "conj" for c in a.children)]
        found.extend(t for a in listed for t in (a, *a.conjuncts) if t not in found)
    return found


def _name_of(token: Token) -> list[Token]:
    """The words of the named entity holding `token`, or the token alone."""
    if not token.ent_type_:
        return [token]
    return next(([*ent] for ent in token.doc.ents if ent.start <= token.i < ent.end), [token])


def actors_at(heads: list[Token], actors: list[Actor]) -> list[str]:
    """The actors named by argument phrases: a mention holding the head word, else one inside
    the phrase's noun group ("Putin's residence" -> Putin), clauses left out ("Crimea, which it
    annexed": "it" is not the recipient)."""
    found: list[str] = []
    for head in heads:
        starts = {t.idx for t in _noun_group(head)}
        holding = [a for a in actors if any(s <= head.idx < e for s, e in a.mentions)]
        inside = [a for a in actors if any(s in starts for s, _ in a.mentions)]
        found.extend(a.id for a in (holding or inside) if a.id not in found)
    return found


def countries_at(
    heads: list[Token], actor_ids: list[str], actors: list[Actor], places: Sequence[Place] = ()
) -> list[str]:
    """The countries of an argument: its actors' countries and the country names and demonyms of
    its noun group ("Moroccan diplomats" -> MAR, "Hungarian and Romanian officials" -> HUN, ROU),
    as PLOVER codes unnamed groups by country; failing those, the country of a place its noun
    group names ("annexed Crimea" -> UKR, "a village in western Cambodia" -> KHM). Where a group is ("rebels in the Ivory Coast") gives its country only
    when nothing else in it does: "the US commander in Iraq" is American."""
    by_id = {a.id: a for a in actors}
    countries = [c for i in actor_ids if (c := by_id[i].country) is not None]
    for head in heads:
        own: list[tuple[Token, str]] = []
        located: list[str] = []
        for token in _noun_group(head):
            if (named := _country_word(token)) is not None:
                (located.append(named.country) if _located(token, head) else own.append((token, named.country)))
        # "Bosnian Serbs", "Kosovo Albanians": a people named by where they live belong there.
        if len(own) > 1 and own[0][0] is head:
            own = own[1:]
        countries.extend([country for _, country in own] or located)
    if not countries:
        # "fired at targets in Jericho", "the town of Cizre": a place in the phrase.
        starts = [t.idx for head in heads for t in _noun_group(head)]
        countries = [p.country for p in places if p.country and any(s <= i < e for s, e in p.mentions for i in starts)]
    return list(dict.fromkeys(countries))


# Capitals stand for their governments in wire copy ("Kigali said", "talks in Moscow").
_COUNTRY_KINDS = frozenset({"country", "demonym", "capital"})
# Clauses hanging on a noun speak of other things ("rebels who fled Iraq"): not the group's country.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "appos", "pcomp"})


def _located(token: Token, head: Token) -> bool:
    """Whether a word of a noun group sits in a place phrase of it ("in Iraq", "throughout
    Indonesia"); "a group of Moroccan diplomats" names who, not where."""
    return any(a.dep_ == "prep" and a.lower_ != "of" for a in token.ancestors if a.i != head.i and head in a.ancestors)


def _noun_group(head: Token, top: bool = True) -> list[Token]:
    """The head and what modifies it ("A group of Moroccan diplomats", "students throughout
    Indonesia", "Hungarian and Romanian officials"), clauses left out; the head's own conjuncts
    are argument heads of their own."""
    found = [head]
    for child in head.children:
        if child.dep_ not in _CLAUSE_DEPS and not (top and child.dep_ == "conj"):
            found.extend(_noun_group(child, top=False))
    return found


def _country_word(token: Token) -> CountryName | None:
    """A country, demonym or capital named by a word with its compound name parts ("Ivory Coast",
    "East Timor"); a one-word province or city name ("Coast") is too often part of a longer name,
    and lower-case words ("and") are no Andorra."""
    # A part of a longer name ("Ivory" of "Ivory Coast") is read with the whole name.
    if not token.text[:1].isupper() or (token.dep_ == "compound" and token.head.text[:1].isupper()):
        return None
    parts = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.text[:1].isupper()]
    # The whole name first ("Ivory Coast"), then its words ("US President" -> US).
    for name in ([" ".join(t.text for t in [*parts, token])] if parts else []) + [t.text for t in [*parts, token]]:
        found = country_of(name)
        if found is not None and found.kind in _COUNTRY_KINDS:
            return found
    return None
