"""Affiliation: the country, PLOVER sector and role of an actor, read from its mentions.

The text first: premodifiers and possessives ("Russian Foreign Minister", "Ukraine's foreign
minister", "US President"), appositions ("Sergei Lavrov, Russia's foreign minister"), demonyms
("ordinary Kazakhs"), prepositional attachments ("trade unions in Denmark", "president of the
Riigikogu"), and role nouns for the sector (`data/sectors.toml`). Actor knowledge
(`knowledge.py`) fills only what the text leaves open: "Putin" alone is Russia's President.

Rules over the parse, not a library: no PyPI package maps role nouns to PLOVER sectors, and the
dependency parse already says which words modify the actor.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..model import Actor, ActorKind
from .countries import country_of
from .knowledge import Entry, Knowledge
from .roles import adjacent, lemma, phrase_length, phrase_sector, role_lexicon, role_text

# Dependencies that attach what says who an actor is; relative and adverbial clauses do not
# ("Russia, which invaded Ukraine" is not Ukrainian).
_CLAUSES = {"relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "ccomp", "parataxis"}
# Heads that only count: "several of the largest trade unions", "a group of men".
_PARTITIVES = {
    "several", "some", "many", "most", "all", "one", "two", "three", "dozen", "group", "number", "none", "each",
    "both", "team",
}
# Entity labels that may name an actor known to the knowledge file.
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "i", "you"}
# Sectors of actors whose orders and words go to their own people ("Putin told commanders").
COMMANDING_SECTORS = frozenset({"GOV", "MIL"})


@dataclass(frozen=True)
class Affiliation:
    """Who an actor is: country (alpha-3 or IGO code), PLOVER sector, role text, and its kind
    when the text settles it (a capital or country named as an actor is a country); `name` is
    the knowledge file's name of the actor when the mention names a known actor ("Putin")."""

    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kind: ActorKind | None = None

    def otherwise(self, other: Affiliation) -> Affiliation:
        """This affiliation with its open fields taken from `other`."""
        return replace(self, **{f.name: getattr(other, f.name) for f in fields(self) if getattr(self, f.name) is None})


def affiliate_actors(doc: Doc, actors: list[Actor], published: date | None, knowledge: Knowledge) -> list[Actor]:
    """The actors with country, sector and role filled from their mentions in `doc`, and kind
    where the text settles it; what an actor already has is kept."""
    affiliated = [_affiliated(doc, actor, published, knowledge) for actor in actors]
    return [_with_commanders_country(doc, actor, affiliated) for actor in affiliated]


def _affiliated(doc: Doc, actor: Actor, published: date | None, knowledge: Knowledge) -> Actor:
    found = Affiliation()
    for start, end in actor.mentions:
        mention = doc.char_span(start, end, alignment_mode="expand")
        if mention is not None:
            found = found.otherwise(affiliation_of(mention, knowledge, published))
        if None not in (found.country, found.sector, found.role):
            break
    kind = found.kind if found.kind is not None and actor.kind in {"person", "organization", "country"} else actor.kind
    return actor.model_copy(
        update={
            "country": actor.country or found.country,
            "sector": actor.sector or found.sector,
            "role": actor.role or found.role,
            "kind": kind,
        }
    )


def _with_commanders_country(doc: Doc, actor: Actor, actors: list[Actor]) -> Actor:
    """An unnamed actor ordered or told by a government or military actor takes that actor's
    country: "Putin told commanders" are Russian commanders."""
    if actor.country is not None or actor.kind != "unnamed":
        return actor
    for start, end in actor.mentions:
        mention = doc.char_span(start, end, alignment_mode="expand")
        subject = commander_of(mention) if mention is not None else None
        commander = next((a for a in actors if subject is not None and any(s <= subject.idx < e for s, e in a.mentions)), None)
        if commander is not None and commander.country is not None and commander.sector in COMMANDING_SECTORS:
            return actor.model_copy(update={"country": commander.country})
    return actor


def commander_of(mention: SpacySpan) -> Token | None:
    """The subject of the verb by which `mention` is ordered or told ("Putin" in "Putin told
    commanders"), or None."""
    verb = mention.root.head
    if mention.root.dep_ not in {"dobj", "dative"} or lemma(verb) not in role_lexicon().commanding:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def affiliation_of(mention: SpacySpan, knowledge: Knowledge, on: date | None = None, context: SpacySpan | None = None) -> Affiliation:
    """What the text says of the actor `mention` names, completed by `knowledge` as of `on`.

    `context` is other text about the actor (a sentence given apart from the mention): it
    lends a country when neither the mention nor knowledge has one.
    """
    if len(mention) == 1 and mention[0].lower_ in _PRONOUNS:
        return Affiliation()
    head = _head(mention)
    phrase = _Phrase.around(head, mention)
    named = _known_name(phrase, knowledge, on)
    own_name = named is not None and head.i in named[0]
    itself = None if own_name else _as_country(phrase.bare_text)
    if itself is not None and itself.kind is not None:
        return itself
    cues = [t for t in phrase.tokens if named is None or t.i not in named[0]]
    text = Affiliation(
        country=_country(cues, head, phrase),
        sector=_sector(cues, head, phrase),
        role=role_text(cues, head) or role_text(phrase.apposition, None),
    ).otherwise(itself or Affiliation())
    if named is not None:
        entry = named[1]
        standing = entry.standing(on)
        if standing.sector is not None and _leads(head, named[0]):
            # "president of the Riigikogu" is of the legislature, not the government.
            text = replace(text, sector=standing.sector)
        known = Affiliation(
            name=entry.name if own_name else None,
            country=standing.country or entry.country,
            sector=standing.sector,
            role=standing.role,
            kind=entry.kind if own_name else None,
        )
        text = text.otherwise(known)
    if text.country is None and context is not None:
        text = replace(text, country=_first_country(list(context)))
    if _is_former(phrase):
        # A former office holder is coded as an elite, whatever the office (PLOVER ELI).
        text = replace(text, sector="ELI")
    return text


@dataclass(frozen=True)
class _Phrase:
    """The words around an actor's head that may say who it is, in order of trust."""

    left: list[Token]
    head: Token
    right: list[Token]
    apposition: list[Token]
    bare_text: str

    @property
    def tokens(self) -> list[Token]:
        return [*self.left, self.head, *self.right]

    @classmethod
    def around(cls, head: Token, mention: SpacySpan) -> _Phrase:
        left = sorted({t for child in head.lefts if child.dep_ not in _CLAUSES for t in child.subtree}
                      | {t for t in mention if t.i < head.i}, key=lambda t: t.i)
        right = sorted({t for child in head.rights if child.dep_ not in _CLAUSES for t in child.subtree}
                       | {t for t in mention if t.i > head.i}, key=lambda t: t.i)
        apposition = [t for child in head.children if child.dep_ == "appos" for t in child.subtree]
        if head.dep_ == "appos":
            apposition += [t for t in head.head.subtree if t.i < head.head.i or t == head.head]
        words = [t for t in mention if t.pos_ != "DET" and not t.is_punct]
        bare = mention.doc[words[0].i : words[-1].i + 1].text if words else mention.text
        return cls(left, head, right, [t for t in apposition if t not in left and t not in right], bare)


def _head(mention: SpacySpan) -> Token:
    """The word that names the actor: the root, or what a partitive root counts."""
    head = mention.root
    if head.lower_ in _PARTITIVES or head.pos_ == "NUM":
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return head


def _as_country(text: str) -> Affiliation | None:
    """A country, capital or people named as the actor itself: a capital stands for the
    government ("Moscow also claims"), a plural demonym for a people ("Brazilians")."""
    name = country_of(text)
    if name is None:
        return None
    if name.kind in {"city", "province"}:
        return Affiliation(country=name.country)
    if name.kind == "capital":
        return Affiliation(country=name.country, sector="GOV", kind="country")
    if name.kind == "demonym":
        return Affiliation(country=name.country, kind="group")
    return Affiliation(country=name.country, kind="country")


def _known_name(phrase: _Phrase, knowledge: Knowledge, on: date | None) -> tuple[set[int], Entry] | None:
    """The token indices and entry of the first name in the phrase the knowledge file knows:
    the name holding the head first, then the nearest to it."""
    doc = phrase.head.doc
    indices = {t.i for t in [*phrase.tokens, *phrase.apposition]}
    entities = {(e.start, e.end): e for e in map(_entity_of, (doc[i] for i in indices)) if e is not None}
    candidates: list[SpacySpan] = [e for e in entities.values() if e.label_ in _NAME_LABELS]
    candidates += _capitalised_runs(doc, indices)
    candidates.append(doc[min(indices) : max(indices) + 1])
    country = _first_country(phrase.tokens)
    for span in sorted(candidates, key=lambda s: (not (s.start <= phrase.head.i < s.end), abs(s.root.i - phrase.head.i))):
        for name in _name_forms(span):
            # A country's name is no one's surname, however it sounds ("Mauritania", "Martin").
            entry = knowledge.lookup(name, on, country, fuzzy=country_of(name) is None)
            if entry is not None:
                return set(range(span.start, span.end)), entry
    return None


def _entity_of(token: Token) -> SpacySpan | None:
    """The entity `token` is in, found from its IOB tags: `doc.ents` builds every span anew
    at each call, and this runs for each word of each mention."""
    if token.ent_iob_ not in {"B", "I"}:
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return SpacySpan(doc, start, end, label=token.ent_type_)


def _leads(head: Token, name: set[int]) -> bool:
    """Whether `head` is a leader word and the name is in what it leads ("president of the ...")."""
    return lemma(head) in role_lexicon().leaders and all(head.left_edge.i <= i <= head.right_edge.i and i > head.i for i in name)


def _capitalised_runs(doc: Doc, indices: set[int]) -> list[SpacySpan]:
    """Runs of capitalised words: names the model did not label ("the Riigikogu" is a NOUN)."""
    runs: list[SpacySpan] = []
    start = None
    for i in sorted(indices) + [max(indices) + 2]:
        inside = i in indices and doc[i].text[:1].isupper() and doc[i].pos_ in {"PROPN", "NOUN"} if i < len(doc) else False
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            runs.append(doc[start:i])
            start = None
    return runs


def _name_forms(span: SpacySpan) -> list[str]:
    """The span's text, and without the titles or determiners before the name
    ("President Ibrahim Mohamed Solih", "the Zetas Cartel")."""
    lexicon = role_lexicon()
    words = list(span)
    while words and (words[0].pos_ == "DET" or phrase_length(words, 0, lexicon.titles) or words[0].lower_ in lexicon.role_modifiers):
        words = words[1:]
    while words and (words[-1].is_punct or words[-1].tag_ == "POS"):
        words = words[:-1]
    forms = [span.text]
    if words and len(words) < len(span):
        forms.append(span.doc[words[0].i : words[-1].i + 1].text)
    return forms


def _country(cues: list[Token], head: Token, phrase: _Phrase) -> str | None:
    """The country the words around the head name: the head and its premodifiers, nearest
    the head first ("Canadian Ambassador to the United Nations" is Canadian), then the
    apposition, then what follows the head ("trade unions in Denmark")."""
    before = [t for t in cues if t.i <= head.i]
    after = [t for t in cues if t.i > head.i]
    for group, from_right in ((before, True), (phrase.apposition, False), (after, False)):
        found = _first_country(group, from_right)
        if found is not None:
            return found
    return None


def _first_country(tokens: list[Token], from_right: bool = False) -> str | None:
    """The first country named by a run of up to three adjacent tokens ("South Africa",
    "Northern Territory"), scanning from the left or from the right."""
    matches: list[tuple[int, int, str]] = []
    for start in range(len(tokens)):
        for length in range(min(3, len(tokens) - start), 0, -1):
            window = tokens[start : start + length]
            if not adjacent(window) or not _may_name_place(window):
                continue
            name = country_of(window[0].doc[window[0].i : window[-1].i + 1].text)
            if name is not None:
                matches.append((start, start + length, name.country))
                break
    if not matches:
        return None
    return max(matches, key=lambda m: (m[1], m[1] - m[0]))[2] if from_right else matches[0][2]


def _may_name_place(window: list[Token]) -> bool:
    """Whether the words may be a place name: content words, and never part of a person's name
    unless they are that whole name (the model labels "Burkina Faso" PERSON; "Jordan Peterson"
    is no Jordanian)."""
    if len(window) == 1 and window[0].pos_ not in {"PROPN", "ADJ", "NOUN"}:
        return False
    person = [t for t in window if t.ent_type_ == "PERSON"]
    if not person:
        return True
    ent = _entity_of(person[0])
    whole = [t for t in ent if t.tag_ != "POS" and not t.is_punct] if ent is not None else []
    return [t.i for t in window] == [t.i for t in whole]


def _sector(cues: list[Token], head: Token, phrase: _Phrase) -> str | None:
    """The sector the role words say: a phrase holding the head ("national guard"); for a
    leader, what it leads ("president of the Riigikogu"); for a vague head, its modifiers
    ("army accountant", "rebel force"); then the apposition."""
    lexicon = role_lexicon()
    usable = [t for t in cues if t.ent_type_ != "PERSON"]
    own = phrase_sector(usable, head) if head in usable else None
    if own is not None and lemma(head) not in lexicon.generic and lemma(head) not in lexicon.leaders:
        return own
    if lemma(head) in lexicon.leaders:
        led = _led_sector(head, usable)
        if led is not None:
            return led
    modifiers = [t for t in usable if t.i < head.i][::-1]
    for token in modifiers:
        found = phrase_sector(usable, token)
        if found is not None:
            return found
    if own is not None:
        return own
    appositive = phrase.apposition
    for token in appositive:
        found = phrase_sector(appositive, token)
        if found is not None:
            return found
    return None


def _led_sector(head: Token, usable: list[Token]) -> str | None:
    """The sector of what a leader word leads: the object of its "of", "at" or "for"."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "at", "for"}:
            continue
        for obj in prep.children:
            led = [t for t in usable if t in set(obj.subtree)]
            for token in sorted(led, key=lambda t: t != obj):
                found = phrase_sector(led, token)
                if found is not None:
                    return found
    return None


def _is_former(phrase: _Phrase) -> bool:
    former = role_lexicon().former
    return any(t.lower_ in former or t.lower_.startswith("ex-") for t in phrase.left)
