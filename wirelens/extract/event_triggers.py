"""Event triggers in a parsed Doc: the words of the trigger lexicon, one event per governing word.

A trigger that completes another one ("agreed to cooperate", "threatened to break relations",
"demanded that Kyiv pull out") belongs to it: PLOVER and CAMEO code the governing act, and the
governed one is its content, not a second event.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .event_arguments import clause_of, is_someone, names_party, reported
from .event_intent import demand_code, obliged
from .event_lexicon import EventLexicon, TriggerEntry

# Dependencies through which a governing trigger takes another trigger as its content.
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "acl", "pcomp", "conj"})
# How an act hangs on the verb of another as its circumstance ("during a visit", "..., offering").
_ADJUNCT_DEPS = frozenset({"prep", "advcl"})
# What a verb is done to: its object, the subject of its passive, the act it completes.
# Conjunctions of a clause telling what happened at another time than the news.
_EARLIER = frozenset({"after", "since", "before"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "xcomp"})
# The clause verbs that carry an event noun ("launched an attack", "held talks") but are no event.
_NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class Trigger:
    token: Token
    key: str
    entry: TriggerEntry
    # The outcome word the act was named beside ("killed in shelling"): it names the victims.
    outcome: Token | None = None


def find_triggers(doc: Doc, lexicon: EventLexicon) -> list[Trigger]:
    """The triggers of `doc` in text order, those completing another trigger left out."""
    candidates = [t for token in doc if (t := _trigger(token, lexicon)) is not None]
    harms = {t.token.i for t in candidates if _harm(t, lexicon)}
    # What an act leaves behind ("killed"): an act named beside it is the event.
    outcomes = {t.token.i for t in candidates if t.entry.outcome}
    # "were killed as government forces launched air strikes": the strikes are the act, the killing its outcome.
    caused = {i: o for i in harms if (o := _caused(doc[i], outcomes)) is not None}
    found = [t for t in candidates if t.token.i in caused or not _background(t.token, t.token.i in harms)]
    positions = {t.token.i for t in found}
    governors = {t.token.i: _governor(t.token, positions) for t in found}
    # "deploying 300 troops to the UN peacekeeping mission": the deployment is the aid it serves.
    serving = {g for t in found if (g := governors[t.token.i]) is not None and _serves(doc[g], t, lexicon)}
    governors = {i: None if g in serving else g for i, g in governors.items() if i not in serving}
    found = [_demanding(t, found, governors) for t in found if t.token.i not in serving]
    # "were killed in Israeli tank shelling": the shelling is the act.
    causes = caused | {t.token.i: g for t in found if (g := governors[t.token.i]) in outcomes and t.token.head.dep_ in {"prep", "agent"}}
    return [
        replace(t, outcome=t.token.doc[causes[t.token.i]]) if t.token.i in causes else t
        for t in found
        if (governors[t.token.i] is None and t.token.i not in causes.values()) or t.token.i in causes
    ]


def _serves(governor: Token, governed: Trigger, lexicon: EventLexicon) -> bool:
    """Whether a deployment is sent to the aid or peacekeeping act its prepositional phrase names
    ("deploying troops to the UN peacekeeping mission", "the deployment of troops on a
    peacekeeping mission"): ConfliBERT's train split and PLOVER's dev set code that aid (074),
    not a show of force."""
    return (
        governor.lemma_.lower() in _DEPLOYMENTS
        and governed.token.dep_ == "pobj"
        and lexicon.code(governed.entry.cameo).type == "AID"
    )


_DEPLOYMENTS = frozenset({"deploy", "deployment"})


def _demanding(trigger: Trigger, found: list[Trigger], governors: dict[int, int | None]) -> Trigger:
    """An appeal for a hostile act against someone ("called for sanctions against Turkey", "called
    on workers to mobilize against the war"), which ConfliBERT's train split codes as verbal
    conflict: a demand (CAMEO 10); asking for an end to it ("called for an end to the fighting")
    stays an appeal."""
    if not trigger.entry.cameo.startswith("02"):
        return trigger
    asked = [t for t in found if governors.get(t.token.i) == trigger.token.i and _hostile(t, trigger.token)]
    return replace(trigger, entry=replace(trigger.entry, cameo=demand_code(asked[0].entry.cameo))) if asked else trigger


def _hostile(asked: Trigger, appeal: Token) -> bool:
    """Whether an appeal asks for the material conflict `asked` (CAMEO roots 14-20) against
    someone, and for that act itself: not for its end, nor that it not happen ("urged Israel not
    to attack"). Urging the UN to renew sanctions, named against no one, asks the UN to act (02)."""
    if asked.entry.cameo[:2] < "14" or not any(c.dep_ == "prep" and c.lower_ == "against" for c in asked.token.children):
        return False
    path = [asked.token, *(a for a in asked.token.ancestors if a.i != appeal.i and appeal in a.ancestors)]
    return not any(t.lemma_.lower() in _ENDING or any(c.dep_ == "neg" for c in t.children) for t in path)


# Words by which what an appeal names is to stop, not to happen ("an end to the fighting").
_ENDING = frozenset({"end", "stop", "halt", "cease", "cessation", "prevent", "avoid", "refrain", "curb", "ban"})


def _caused(token: Token, outcomes: set[int]) -> int | None:
    """The killing whose coming about an attack's clause tells ("were killed as forces launched
    air strikes", "were killed after a car bomb struck a bus"): a time clause of an outcome is its
    cause, not an earlier act."""
    clause = clause_of(token, frozenset({"dobj", "nsubj"}))
    if not tells_cause(clause):
        return None
    # "were killed and 41 wounded after a car bomb struck": the clause hangs on the joined outcome.
    harmed = clause.head.head if clause.head.dep_ == "conj" and clause.head.i not in outcomes else clause.head
    return harmed.i if harmed.i in outcomes else None


def tells_cause(clause: Token) -> bool:
    """Whether a clause is one of time that can tell how its head's harm came about ("as forces
    launched air strikes", "when a bomb exploded", "after a car bomb struck a bus")."""
    return clause.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _CAUSING for c in clause.children)


# Verbs of sending and going, whose purpose is the act coded: the errand.
_ERRANDS = frozenset({"send", "dispatch", "travel", "fly", "go", "come", "arrive", "head"})
# Conjunctions by which a clause tells the circumstance of a killing.
_CAUSING = frozenset({"as", "when", "after"})


def _harm(trigger: Trigger, lexicon: EventLexicon) -> bool:
    return lexicon.code(trigger.entry.cameo).type == "ASSAULT"


def _background(token: Token, harm: bool) -> bool:
    """Acts that are not reported as happening: a purpose ("resigned to allow elections", "staged
    demonstrations to demand reforms": the aim of the act coded), a past participle describing
    a noun ("a report released Tuesday", "a lunch hosted by the ambassador"): what the noun is,
    not what the sentence reports; and so is a relative clause naming which one ("the group that
    has seized parts of Iraq") or what came before the news ("two weeks after rebels kidnapped peacekeepers"). A harm is reported as its victims' state ("10 Russian soldiers
    killed in Ukraine"): that participle is the event, and so is the errand someone is sent or
    travels on ("sent a team to Qatar to investigate", "flew to Moscow to meet Putin")."""
    # "opened fire to disperse demonstrators": an act noun is aimed at with the verb it is the object of.
    clause = clause_of(token)
    if clause.dep_ in {"advcl", "acl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return clause.head.lemma_.lower() not in _ERRANDS
    if _restrictive(token) or (token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _EARLIER for c in token.children)):
        return True
    # A past participle the tagger may read as a past tense ("Africans ordered out of Nigeria").
    return not harm and token.dep_ == "acl" and token.tag_ in {"VBN", "VBD"} and not any(c.dep_ == "nsubj" for c in token.children)


def _restrictive(token: Token) -> bool:
    """A relative clause that tells which one the noun is ("the group that has seized parts of
    Iraq", "a resolution that aims to tighten sanctions"); one set off by a comma adds news of its
    own ("Russia, which invaded Ukraine")."""
    while token.dep_ in _WITHIN_CLAUSE and token.head.i != token.i:
        token = token.head
    start = token.left_edge.i
    return token.dep_ == "relcl" and not (start > 0 and token.doc[start - 1].is_punct) and _relative(token)


def _relative(clause: Token) -> bool:
    """Whether a clause the parser calls relative is one: it has a relative word, a subject of its
    own ("the talks he attended") or is an infinitive ("the first delegation to visit"); "a number
    of parties and the Taliban on Thursday condemned" is the sentence's own verb misread."""
    return any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} or t.lower_ in {"that", "to"} or t.dep_ in {"nsubj", "nsubjpass"}
               for t in clause.children)


# How a trigger sits inside the clause of a verb: its object, the act the verb completes, a verb
# joined to it ("that aims to tighten sanctions and impose a blockade").
_WITHIN_CLAUSE = frozenset({"dobj", "xcomp", "conj"})


def _trigger(token: Token, lexicon: EventLexicon) -> Trigger | None:
    # A predicative adjective ("said it is skeptical") is a trigger only under an adjective's own key.
    predicative = token.pos_ == "ADJ" and token.dep_ == "acomp"
    if (token.pos_ not in {"VERB", "NOUN", "PROPN"} and not predicative) or token.dep_ in {"compound", "amod"}:
        return None
    lemma = token.lemma_.lower()
    pos = "ADJ" if predicative else "NOUN" if token.pos_ in _NOUN_POS else "VERB"
    for key in _keys(token, lemma):
        entry = lexicon.triggers.get(key)
        # A key without a part of speech is a verb's or a noun's.
        if entry is not None and (entry.pos == pos or (entry.pos is None and pos != "ADJ")) and _takes(token, entry, lexicon):
            return Trigger(token, key, entry)
    return None


def _takes(verb: Token, entry: TriggerEntry, lexicon: EventLexicon) -> bool:
    """Whether the verb's object is what the entry needs (TriggerEntry.takes)."""
    if entry.takes is None:
        return True
    if entry.takes == "view":
        # Agreeing to an act names it: an infinitive, an object ("agreed with the airline the sale"), or what it is on.
        return not any(c.dep_ in {"xcomp", "dobj"} or (c.dep_ == "prep" and c.lower_ in {"on", "to", "over"}) for c in verb.children)
    if entry.takes == "clause":
        # Someone hopes: "hopes that approval may be fast-tracked have disappeared" is a noun misread.
        return any(c.dep_ == "ccomp" for c in verb.children) and any(c.dep_ == "nsubj" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if entry.takes == "party":
        # "called Britain's ambassador a very stupid guy" names someone, it does not phone or host.
        naming = any(c.dep_ in {"oprd", "attr"} for c in verb.children) or any(
            c.dep_ == "appos" and not c.ent_type_ for o in objects for c in o.children
        )
        # Nor does a place ("the largest city, also called Zaporizhzhia").
        return any(is_someone(o) and o.ent_type_ not in {"GPE", "LOC", "FAC"} for o in objects) and not naming
    # "provided Egypt with $50 billion": the goods may follow "with".
    things = objects + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    # Goods are no one, no message and no act of their own ("gave a warning" is the warning).
    goods = [o for o in things if not is_someone(o) and o.lemma_.lower() not in lexicon.messages and _trigger(o, lexicon) is None]
    if entry.takes == "goods":
        return bool(goods)
    # "gave 40 buses to the ministry": the parser may hang the phrase on the object.
    takers = [c for c in verb.children if c.dep_ == "dative"] + [
        g for head in (verb, *goods) for c in head.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}
        for g in c.children if g.dep_ == "pobj"
    ]
    return bool(goods) and any(names_party(t) for t in takers)


def _keys(token: Token, lemma: str) -> list[str]:
    """Longest first: "pull out" and "phone call" before "pull" and "call"."""
    keys = [f"{child.lemma_.lower()} {lemma}" for child in token.children if child.dep_ in {"compound", "amod"}]
    if token.dep_ == "dobj":
        # "claimed responsibility", "expressed concern": the noun names the act its verb performs;
        # so may its modifier ("ended mediation efforts").
        head = token.head.lemma_.lower()
        keys += [f"{head} {lemma}", *(f"{head} {child.lemma_.lower()}" for child in token.children if child.dep_ == "compound")]
    if token.pos_ == "VERB":
        # The object tells which of a verb's acts it is ("withdrew peacekeepers", "violated the
        # ceasefire", "declined to comment", "called off the strike"), as CAMEO's codes name an act
        # by what it is done to.
        objects = [child.lemma_.lower() for child in token.children if child.dep_ in _OBJECT_DEPS]
        particles = [child.lower_ for child in token.children if child.dep_ == "prt"]
        keys += [f"{lemma} {particle} {obj}" for particle in particles for obj in objects]
        keys += [f"{lemma} {obj}" for obj in objects]
    keys += [f"{lemma} {child.lower_}" for child in token.children if child.dep_ == "prt"]
    if token.pos_ == "VERB":
        # "call for", "call on": the preposition must follow the verb, as in "called on Kyiv to".
        keys += [f"{lemma} {child.lower_}" for child in token.children if child.dep_ == "prep" and child.i == token.i + 1]
    # "said the government must ensure security": a reported duty of someone else is a demand
    # whatever the act, when the verb names none of its own (CAMEO 10; events.py makes the reporter
    # its actor); "we must improve" is a resolve and "the economy must be assessed" a view.
    duty = ["must"] if token.pos_ == "VERB" and obliged(token) and reported(token) and _someone_else(token) else []
    # "launched a mediation effort", "a ceasefire initiative", "the UN peacekeeping mission": a light
    # noun is the act its compound names, after what its verb makes of it ("ended mediation efforts").
    light = [c.lemma_.lower() for c in token.children if c.dep_ == "compound"] if token.pos_ in _NOUN_POS and lemma in _LIGHT_NOUNS else []
    return [*keys, *light, lemma, token.lower_, *duty]


def _someone_else(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and is_someone(c) and c.lower_ not in _SPEAKERS for c in verb.children)


_SPEAKERS = frozenset({"i", "we"})
# Nouns that name no act of their own but the act of their compound.
_LIGHT_NOUNS = frozenset({"effort", "initiative", "mission", "operation", "force", "bid", "campaign", "process"})


def _own_clause(token: Token) -> bool:
    """Whether a verb joined to another is a clause of its own, with its own subject or agent
    ("were imprisoned ... and released by Putin"): another act, where one sharing the subject
    ("opened fire, killing one and arresting 12") continues the first."""
    return token.dep_ == "conj" and token.pos_ == "VERB" and any(c.dep_ in _OWN_ACTOR for c in token.children)


_OWN_ACTOR = frozenset({"nsubj", "nsubjpass", "agent"})


def _governor(token: Token, triggers: set[int]) -> int | None:
    """The trigger a trigger hangs under, through content dependencies, in its sentence."""
    current = token
    while current.head.i != current.i and current.dep_ in _CONTENT_DEPS:
        below, current = current, current.head
        if current.i in triggers and not _own_clause(below):
            return current.i
        # "held talks with Suleiman during a visit to Beirut, offering support": what hangs on the
        # verb carrying an event noun is part of that event.
        carried = [c.i for c in current.children if c.dep_ == "dobj" and c.i in triggers and c.pos_ in _NOUN_POS]
        if below.dep_ in _ADJUNCT_DEPS and carried and carried[0] != token.i:
            return carried[0]
    return None
