"""Cues that are not reporting verbs: "according to X", "in X's poll", and colon introductions
("Pence: ...", "WALLACE: ...", the headline "Poll: Clinton leads")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_match import CueMatch
from .lexicon import lexicon
from .spans import subtree_span, trim

# What an "in ..." phrase must name to be a source: "in a CNN poll", "in Forbes' words". On the
# train split "in an interview" or "in a statement" mostly frame a reporting verb that is the cue
# itself, so only findings and words count here.
SOURCE_NOUNS = frozenset({"poll", "survey", "study", "words", "analysis"})
# Prepositions after a reporting noun that introduce what was said: "call for", "criticism of".
_ABOUT = frozenset({"for", "of", "on", "about", "against", "to"})
# A label before a colon is a name, not a sentence: at most this many words.
_LABEL_WORDS = 5


def according_to(according: Token) -> CueMatch | None:
    """`according to X, Y`: X said Y."""
    to = next(c for c in according.children if c.lower_ == "to")
    sources = [c for c in to.children if c.dep_ == "pobj"]
    if not sources:
        return None
    return CueMatch((according.i, to.i + 1), "according to", "claim", sources[0], None, _clause_without(according))


def in_source(prep: Token) -> CueMatch | None:
    """`In a CNN poll, Clinton led by 24 points`: the poll says what its clause says. Not when the
    phrase hangs on a cue verb of its own ("said in a statement"): that verb is the cue."""
    sources = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in SOURCE_NOUNS]
    if not sources or lexicon().act_of(prep.head.lemma_.lower()) is not None or not _opens_sentence(prep):
        # "leads in the polls" states a standing, not what a poll says: only a phrase that opens
        # its sentence frames the whole clause as the source's finding
        return None
    content = _clause_without(prep)
    return CueMatch((prep.i, prep.i + 1), "in", "claim", sources[0], None, content) if content else None


def nominal_cue(noun: Token, act: str) -> CueMatch | None:
    """`Russia's claim that ...`, `Trump's call for a ban`, `Lavrov issued a warning that ...`: a
    reporting noun with its possessor (or the one who makes it) as the source and a clause or an
    object of what was said. Without one the noun names no one's statement ("the claim was false")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PRON":
        # "Trump is doubling down on his support for ...": the clause's subject is the owner
        owner = next((c for c in _clause_verb(noun).children if c.dep_ == "nsubj"), owner)
    if owner is None and noun.dep_ == "dobj":
        # "Lavrov issued a warning that ...": who makes the statement owns it
        owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if owner is None:
        return None
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.i > noun.i), None)
    if clause is not None:
        return CueMatch((noun.i, noun.i + 1), noun.lemma_.lower(), act, owner, None, subtree_span(clause))
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _ABOUT):
        objects = [o for o in prep.children if o.dep_ in {"pobj", "pcomp"}]
        if objects:
            return CueMatch((noun.i, noun.i + 1), noun.lemma_.lower(), act, owner, None, subtree_span(objects[0]))
    return None


def _clause_verb(token: Token) -> Token:
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def attitude(adjective: Token) -> CueMatch | None:
    """`Republicans have been critical of Clinton's use of email`: an adjective of attitude after
    a copula, with someone as the subject and what the attitude is about as the content."""
    if adjective.dep_ != "acomp":
        return None
    subject = next((c for c in adjective.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ in {"PRON", "PROPN", "NOUN"} or subject.ent_type_):
        return None
    for child in adjective.children:
        if child.dep_ in {"ccomp", "xcomp"}:
            return CueMatch((adjective.i, adjective.i + 1), adjective.lemma_.lower(), "assessment", subject, None, subtree_span(child))
        if child.dep_ == "prep" and child.lower_ in _ABOUT | {"with", "by"}:
            objects = [o for o in child.children if o.dep_ in {"pobj", "pcomp"}]
            if objects:
                content = subtree_span(objects[0])
                return CueMatch((adjective.i, adjective.i + 1), adjective.lemma_.lower(), "assessment", subject, None, content)
    return None


def colon_introduction(colon: Token) -> CueMatch | None:
    """`Pence: Gennifer Flowers won't be at the debate`: a short name opening a paragraph (or a
    headline), then a colon, then what the named one said, to the end of the paragraph."""
    doc = colon.doc
    start = _paragraph_start(doc, colon.i)
    label = [t for t in doc[start : colon.i] if not t.is_space and t.text not in {'"', "“", "'"}]
    if not 0 < len(label) <= _LABEL_WORDS or not _is_name(label):
        return None
    content = paragraph_after(doc, colon.i + 1)
    if content is None or not any(t.pos_ in {"VERB", "AUX"} for t in doc[content[0] : content[1]]):
        return None  # "Clinton: 547." is a tally, not a statement
    return CueMatch((colon.i, colon.i + 1), ":", "claim", label[-1], None, content)


def paragraph_after(doc: Doc, start: int) -> tuple[int, int] | None:
    """Tokens from `start` to the end of its paragraph, or the whole next paragraph when `start`
    is already at a paragraph's end (`Caddell continued:` then the quotation below it)."""
    while start < len(doc) and doc[start].is_space and "\n" not in doc[start].text:
        start += 1
    if start < len(doc) and doc[start].is_space:
        start += 1
    end = start
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    return trim(doc, start, end) if end > start else None


def _is_name(words: list[Token]) -> bool:
    """A speaker label: capitalised words, no verb, naming someone: a person or organisation
    entity, or a transcript's capitalised surname ("PENCE") that the text also writes as a name."""
    if any(t.pos_ in {"VERB", "AUX"} for t in words):
        return False
    if not all(t.is_title or t.is_upper or not t.is_alpha for t in words):
        return False
    text = words[0].doc.text
    return any(t.ent_type_ in {"PERSON", "ORG"} or (t.is_upper and len(t) > 1 and t.text.title() in text) for t in words)


def _opens_sentence(prep: Token) -> bool:
    first = next(t for t in prep.sent if not (t.is_punct or t.is_space or t.dep_ == "cc"))
    return prep.left_edge.i == first.i


def _paragraph_start(doc: Doc, i: int) -> int:
    while i > 0 and "\n" not in doc[i - 1].text:
        i -= 1
    return i


def _clause_without(phrase: Token) -> tuple[int, int] | None:
    """The clause a source phrase hangs on, without the phrase, on whichever side it sits."""
    clause = phrase.head
    while clause.dep_ not in {"ROOT", "ccomp"} and clause.head.i != clause.i:
        clause = clause.head
    start, end = subtree_span(clause)
    if phrase.left_edge.i <= start + 1:
        start = phrase.right_edge.i + 1
    else:
        end = phrase.left_edge.i
    if end - start > 1 and phrase.doc[end - 1].text == ".":
        end -= 1  # the full stop ends the article's sentence, not what the source said
    return trim(phrase.doc, start, end) if end > start else None
