"""Actors: the people, organisations, governments and unnamed sources an article mentions.

A first extractor over entity labels and reporting cues; the actors issue adds coreference of
titles, affiliations and the registry. One record per real-world actor in the article: a surname
alone ("Lavrov") joins the full name ("Sergei Lavrov"), and he/she joins the person it refers to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..model import Actor, ActorKind, Span
from .cue_match import CueMatch
from .roles import role_lexicon
from .spans import token_span

_KINDS: dict[str, ActorKind] = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}
_PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his"}
_NOUN_PHRASE_MODIFIERS = {"det", "amod", "compound", "poss", "case", "nummod", "quantmod", "advmod"}


@dataclass
class _Draft:
    name: str
    kind: ActorKind
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)
    # Token indices of subject mentions: pronouns prefer an actor that was a subject.
    subject_tokens: list[int] = field(default_factory=list)


def extract_actors(doc: Doc, cues: list[CueMatch]) -> list[Actor]:
    """One Actor per person, organisation, speaking government or unnamed source, mentions in order."""
    drafts: dict[str, _Draft] = {}
    # People first, so that a surname the model labels ORG ("Trump") still joins its person.
    for label in ("PERSON", "ORG"):
        for ent in doc.ents:
            if ent.label_ == label:
                _add_named(drafts, ent)
    for ent in doc.ents:
        # Governments and groups become actors when they speak, act or are spoken to ("Moscow
        # also claims the Donbas", "demanded that Kyiv pull its forces out", "accused Russia").
        if ent.label_ in {"GPE", "NORP"} and (
            ent.root.dep_ == "nsubj" or any(_holds(ent, cue.speaker) or _holds(ent, cue.addressee) for cue in cues)
        ):
            _add_named(drafts, ent)
    for cue in cues:
        for party in (cue.speaker, cue.addressee):
            # the small model tags a sentence's "minister" PROPN now and then: lower case says otherwise
            if party is not None and party.ent_type_ == "" and (party.pos_ == "NOUN" or (party.pos_ == "PROPN" and party.is_lower)):
                _add_unnamed(drafts, party)
    _add_collectives(doc, drafts)
    _add_armed_groups(doc, drafts)
    _add_surnames(doc, drafts)
    _add_pronouns(doc, drafts)
    _add_it(doc, drafts)
    ordered = sorted(drafts.values(), key=lambda d: min(d.mentions))
    return [
        Actor(id=f"a{n}", name=d.name, kind=d.kind, role=d.role, mentions=sorted(set(d.mentions)))
        for n, d in enumerate(ordered, 1)
    ]


def actor_at(actors: list[Actor], char: int) -> Actor | None:
    """The actor with a mention covering character offset `char`."""
    for actor in actors:
        if any(start <= char < end for start, end in actor.mentions):
            return actor
    return None


def noun_phrase(token: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by `token`, without what follows the head
    (appositions and relative clauses are not part of a name)."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in _NOUN_PHRASE_MODIFIERS:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    if token.ent_type_:
        end = max(end, next(e.end for e in token.doc.ents if e.start <= token.i < e.end))
    return start, end


# Plural nouns that name states or parties acting together.
_COLLECTIVES = frozenset({"country", "nation", "ally", "government", "state", "side", "partner", "power", "capital"})


def _holds(ent: SpacySpan, token: Token | None) -> bool:
    return token is not None and ent.start <= token.i < ent.end


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’s", "").replace("'s", "").split())


def _add_named(drafts: dict[str, _Draft], ent: SpacySpan) -> None:
    name = ent.text.strip()
    mention = (ent.start_char, ent.start_char + len(name))
    draft = _same_person(drafts, name) or drafts.setdefault(_key(name), _Draft(name, _KINDS[ent.label_]))
    if ent.label_ == "PERSON" and len(name) > len(draft.name) and name.endswith(draft.name):
        draft.name, draft.kind = name, "person"
    draft.mentions.append(mention)
    if ent.root.dep_ in {"nsubj", "nsubjpass"}:
        draft.subject_tokens.append(ent.root.i)
    if draft.role is None:
        draft.role = _title_before(ent)


def _same_person(drafts: dict[str, _Draft], name: str) -> _Draft | None:
    """The person already seen whose name ends with `name` ("Lavrov" -> "Sergei Lavrov") or whose
    surname `name` extends ("Sergei Lavrov" after "Lavrov")."""
    words = name.split()
    for draft in drafts.values():
        known = draft.name.split()
        shared = min(len(words), len(known))
        if draft.kind == "person" and known[-shared:] == words[-shared:] and (shared == 1 or known == words):
            return draft
    return None


def _title_before(ent: SpacySpan) -> str | None:
    """A capitalised title right before a name: "Foreign Minister" in "Russian Foreign Minister
    Sergei Lavrov". Nationality words and other entities are not part of the title."""
    doc = ent.doc
    words: list[Token] = []
    i = ent.start - 1
    while i >= 0 and doc[i].is_title and not doc[i].ent_type_ and doc[i].pos_ in {"PROPN", "NOUN"}:
        words.insert(0, doc[i])
        i -= 1
    return " ".join(w.text for w in words) or None


def _add_unnamed(drafts: dict[str, _Draft], head: Token) -> None:
    start, end = noun_phrase(head)
    # what the text says of an unnamed source is part of how it is named: "two sources familiar
    # with the matter", "officials in Kyiv"
    said_of = [c for c in head.rights if c.dep_ in {"amod", "prep", "acl"}]
    if said_of:
        end = max(c.right_edge.i for c in said_of) + 1
    phrase = head.doc[start:end]
    described = _described_person(drafts, head) or _named_next(drafts, head)
    if described is not None:
        described.mentions.append((phrase.start_char, phrase.end_char))
        if head.dep_ in {"nsubj", "nsubjpass"}:
            described.subject_tokens.append(head.i)
        return
    draft = drafts.setdefault(_key(phrase.text), _Draft(phrase.text, "unnamed"))
    draft.mentions.append((phrase.start_char, phrase.end_char))
    if head.dep_ in {"nsubj", "nsubjpass"}:
        draft.subject_tokens.append(head.i)


def _add_collectives(doc: Doc, drafts: dict[str, _Draft]) -> None:
    """Groups of states or parties the text names as one: "European countries", "Western allies",
    "both sides", "the two sides"."""
    for token in doc:
        if token.tag_ != "NNS" or token.lemma_.lower() not in _COLLECTIVES or token.ent_type_:
            continue
        if any(_marks_collective(c) for c in token.children):
            start, end = noun_phrase(token)
            phrase = doc[start:end]
            draft = drafts.setdefault(_key(phrase.text), _Draft(phrase.text, "group"))
            draft.mentions.append((phrase.start_char, phrase.end_char))


def _add_armed_groups(doc: Doc, drafts: dict[str, _Draft]) -> None:
    """Unnamed armed and security groups that act or are acted on ("an air strike by government
    forces", "security forces in Guinea opened fire", "rebels attacked"): event data codes them
    as parties (GOV, MIL, REB, COP) though no name is given; phrased as unnamed sources are."""
    sectors = role_lexicon().sectors
    covered = {i for d in drafts.values() for start, end in d.mentions for i in range(start, end)}
    for token in doc:
        # "their forces", "its troops": the possessor's, who is the party.
        if token.ent_type_ or token.idx in covered or token.dep_ not in _PARTY_DEPS or any(c.dep_ == "poss" for c in token.children):
            continue
        sector = sectors.get((token.lemma_.lower(),))
        if (token.tag_ == "NNS" or token.lemma_.lower() in _MASS_GROUPS) and sector in _ARMED_SECTORS:
            _add_unnamed(drafts, token)
        elif sector is not None and sector not in _PEOPLE_SECTORS and token.dep_ in _SUBJECT_DEPS:
            # "Authorities eased the curfew", "the government rejected": an institution that acts.
            _add_unnamed(drafts, token)


# Sectors whose members act by force; their plural nouns name a party of an event.
_ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "COP", "SPY"})
# Singular nouns that name a whole force ("police opened fire").
_MASS_GROUPS = frozenset({"police", "military", "army", "militia"})
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Sectors of people at large, who act as a party only when named or counted ("civilians", "refugees").
_PEOPLE_SECTORS = frozenset({"CVL", "REF"})


def _marks_collective(modifier: Token) -> bool:
    if modifier.dep_ == "amod":
        return modifier.ent_type_ == "NORP" or (modifier.is_title and modifier.i > modifier.sent.start)
    return modifier.lower_ in {"both", "two"} and modifier.dep_ in {"det", "nummod", "predet"}


def _named_next(drafts: dict[str, _Draft], head: Token) -> _Draft | None:
    """The named actor a description runs into ("the militant group al-Shabab", "the opposition
    party Likud"): the name says who the description is."""
    doc = head.doc
    following = next((e for e in doc.ents if e.start == head.i + 1), None) if head.i + 1 < len(doc) else None
    return drafts.get(_key(following.text.strip())) if following is not None else None


def _described_person(drafts: dict[str, _Draft], head: Token) -> _Draft | None:
    """The person a definite description stands for: "the minister" is the last person named
    before it with a minister's title ("Foreign Minister Sergei Lavrov")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    noun = head.lemma_.lower()
    titled = [
        (max(s for s, _ in d.mentions if s < head.idx), d)
        for d in drafts.values()
        if d.kind == "person" and d.role and d.role.lower().split()[-1] == noun and any(s < head.idx for s, _ in d.mentions)
    ]
    return max(titled, key=lambda pair: pair[0])[1] if titled else None


def _add_surnames(doc: Doc, drafts: dict[str, _Draft]) -> None:
    """Surnames the model left untagged ("Zelenskiy denied ...") as mentions of their person."""
    surnames = {d.name.split()[-1]: d for d in drafts.values() if d.kind == "person"}
    for token in doc:
        person = surnames.get(token.text)
        if person is None or token.ent_type_ or token.pos_ != "PROPN":
            continue
        person.mentions.append(token_span(token))
        if token.dep_ in {"nsubj", "nsubjpass"}:
            person.subject_tokens.append(token.i)


def _add_pronouns(doc: Doc, drafts: dict[str, _Draft]) -> None:
    """Link he/she/him/her/his to a person: the latest person that was a subject before the
    pronoun, in the pronoun's sentence or the nearest earlier one that has such a subject, else
    the latest person mentioned. Subjects first because wire copy keeps the speaker as subject
    ("Trump met Zelenskiy ... He has also indicated" is Trump)."""
    people = [d for d in drafts.values() if d.kind == "person"]
    for token in doc:
        if token.lower_ not in _PERSONAL_PRONOUNS or token.pos_ != "PRON":
            continue
        person = _antecedent(doc, token, people)
        if person is not None:
            person.mentions.append(token_span(token))
            if token.dep_ in {"nsubj", "nsubjpass"}:
                person.subject_tokens.append(token.i)


def _add_it(doc: Doc, drafts: dict[str, _Draft]) -> None:
    """Link it/its to the country or organisation that is the subject earlier in the same
    sentence ("Russia ... controls Crimea, which it annexed in 2014", "demanded that Kyiv pull its
    forces out"). Only there: across sentences "it" is as often an event or a plan, and an "it"
    that is a copula's or an adjective's subject is mostly no one ("it was not clear")."""
    states = [d for d in drafts.values() if d.kind in {"country", "organization"}]
    for token in doc:
        if token.lower_ not in {"it", "its"} or token.pos_ != "PRON" or not _may_stand_for_someone(token):
            continue
        subjects = [(i, d) for d in states for i in d.subject_tokens if token.sent.start <= i < token.i]
        if subjects:
            state = max(subjects, key=lambda pair: pair[0])[1]
            state.mentions.append(token_span(token))


def _may_stand_for_someone(pronoun: Token) -> bool:
    if pronoun.lower_ == "its":
        return True
    verb = pronoun.head
    return (
        pronoun.dep_ == "nsubj" and verb.pos_ == "VERB"
        and not any(c.dep_ in {"acomp", "attr", "oprd"} for c in verb.children)
    )


def _antecedent(doc: Doc, pronoun: Token, people: list[_Draft]) -> _Draft | None:
    sentence_starts = [s.start for s in doc.sents]
    for sent_start in reversed([s for s in sentence_starts if s <= pronoun.i]):
        subjects = [
            (i, person) for person in people for i in person.subject_tokens if sent_start <= i < pronoun.i
        ]
        if subjects:
            return max(subjects, key=lambda pair: pair[0])[1]
    earlier = [(start, person) for person in people for start, _ in person.mentions if start < pronoun.idx]
    return max(earlier, key=lambda pair: pair[0])[1] if earlier else None
