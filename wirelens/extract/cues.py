"""Reporting cues found in the parse: the verb (or "according to") that introduces what someone said,
with the tokens the parse gives for its speaker, addressee and content."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_match import CueMatch
from .frames import frame_of, introduces_colon
from .lexicon import lexicon
from .phrasal_cues import according_to, attitude, colon_introduction, in_source, nominal_cue, paragraph_after
from .spans import subtree_span, trim

_SUBJECTS = {"nsubj", "nsubjpass"}
# A cue verb used as a modifier is not a speech act: "the alleged incident", "so-called talks".
_ATTRIBUTIVE = {"amod", "compound", "nmod", "acomp"}
# Cues whose object is the person spoken to, not what was said: "told Putin that ...".
_ADDRESSING = {"tell", "warn", "urge", "ask", "order", "instruct", "promise", "caution"}
# Cues whose object is what was said: "denied the report", "rejected the claim".
_OBJECT_CONTENT = {"deny", "reject", "dismiss", "refute", "confirm", "acknowledge", "admit", "announce", "demand", "predict"}
# Complements that say something of the object or the subject: "called it a hoax" (oprd),
# "wants to win" (xcomp).
_PREDICATIVE = {"oprd", "xcomp", "attr", "acomp"}
_CONVERSATIONS = {"call", "conversation", "meeting", "talk", "talks", "interview", "exchange", "phone", "videoconference"}
_LAND = {"territory", "region", "land", "area", "island", "islands", "sovereignty", "peninsula"}
# How far up conj/advcl/xcomp links a cue may look for the subject it shares with its head
# ("Trump met Zelenskiy ... and said ..."; "..., warning it would not go unanswered").
_SHARED_SUBJECT_DEPTH = 3


def find_cues(doc: Doc) -> list[CueMatch]:
    """Every reporting cue of `doc`, in text order."""
    words = lexicon()
    found = []
    for token in doc:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            found.append(according_to(token))
        elif token.lower_ == "in" and token.dep_ == "prep":
            found.append(in_source(token))
        elif token.text == ":":
            found.append(colon_introduction(token))
        elif token.pos_ == "ADJ" and token.lower_ in words.attitudes:
            found.append(attitude(token))
        elif token.pos_ == "NOUN" and token.lemma_.lower() in words.nouns:
            found.append(nominal_cue(token, words.nouns[token.lemma_.lower()]))
        elif token.pos_ == "VERB" and _may_report(token):
            act = words.act_of(token.lemma_.lower(), frame_of(token))
            if act is not None:
                found.append(_verb_cue(token, act))
    found = [match for match in found if match is not None]
    return [match for match in found if not _nested_uncurated(match, found)]


def _nested_uncurated(match: CueMatch, found: list[CueMatch]) -> bool:
    """A verb the curated lexicon does not know, inside what another cue reports ("told
    commanders to keep pushing"), is part of that report, not a report of its own."""
    if match.lemma in lexicon().verbs:
        return False
    return any(o.content is not None and o.content[0] <= match.cue[0] < o.content[1] for o in found if o is not match)


def _may_report(verb: Token) -> bool:
    return verb.dep_ not in _ATTRIBUTIVE and not _passive_modifier(verb) and not _names_or_holds(verb)


def _passive_modifier(verb: Token) -> bool:
    """"a compromise rebuffed by Republicans" describes the compromise; "a letter saying that"
    still reports what the letter says."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _names_or_holds(verb: Token) -> bool:
    """Uses of cue verbs that say nothing: naming ("the city, also called Zaporizhzhia": no one
    calls it so) and territorial claims ("Moscow also claims the Donbas": a claim to land, not
    that something is true)."""
    words = lexicon()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in words.describing_verbs:
        return obj.pos_ == "PROPN" and not any(c.dep_ in _SUBJECTS for c in verb.children)
    return lemma == "claim" and (obj.ent_type_ in {"GPE", "LOC"} or obj.lemma_.lower() in _LAND)


def speaker_of(verb: Token) -> Token | None:
    """The token naming who performs `verb`: its subject, the agent of a passive, or the subject
    it shares with the verb it is coordinated with or subordinate to ("began by saying", "are
    likely to say"); for a participle after a noun ("a poll showing"), that noun."""
    words = lexicon()
    for _ in range(_SHARED_SUBJECT_DEPTH + 1):
        head = verb.head
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and words.act_of(head.head.lemma_.lower()):
            # "denied Ukraine had planned it and accused Russia": the parse puts the second
            # report inside the first one's content; its speaker is the first report's
            verb = head.head
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if subjects:
            subject = subjects[0]
            if subject.dep_ == "nsubjpass":
                agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                return agents[0] if agents else None
            return _past_dateline(subject)
        stray = _stray_subject(verb)
        if stray is not None:
            return stray
        if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
            return head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            verb = head.head
            continue
        if verb.dep_ not in {"conj", "advcl", "xcomp", "acomp"}:
            return None
        verb = head
    return None


def _stray_subject(verb: Token) -> Token | None:
    """A subject the small parser attached under another label: "About 4 in 10 say" (nummod),
    "Large majorities of voters going to the polls said" (the subject of a clausal subject)."""
    for child in verb.lefts:
        if child.dep_ == "csubj":
            inner = next((c for c in child.children if c.dep_ in _SUBJECTS), None)
            if inner is not None:
                return inner
        if child.dep_ in {"nummod", "dep"} and child.pos_ in {"NUM", "NOUN", "PROPN", "PRON"}:
            return child
    return None


def _past_dateline(subject: Token) -> Token:
    """The small model takes a dateline or a party label for the subject: "WASHINGTON (AP) —
    Donald Trump pledged", "WASHINGTON -- President Obama, dedicating ..., said", "Gov. John
    Kasich (R-OH), said". The speaker is the name the dateline runs into, or the one before the
    brackets."""
    doc = subject.doc
    opening = next((t for t in reversed(doc[subject.sent.start : subject.i]) if t.text in "()"), None)
    if opening is not None and opening.text == "(" and opening.i > 0 and doc[opening.i - 1].pos_ == "PROPN":
        subject = doc[opening.i - 1]
    if subject.is_upper and len(subject) > 1 and subject.i == subject.sent.start:
        named = [c for c in subject.children if c.dep_ == "appos"]
        if named:
            return named[0]
        dash = next((t for t in doc[subject.i : subject.sent.end] if t.text in {"—", "--", "–"}), None)
        if dash is not None:
            after = next((t for t in doc[dash.i + 1 : subject.sent.end] if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
            if after is not None:
                return after
    return subject


def _verb_cue(verb: Token, act: str) -> CueMatch:
    lemma = verb.lemma_.lower()
    children: dict[str, Token] = {}
    for child in verb.children:
        children.setdefault(child.dep_, child)  # the first complement is what was said
    addressee = None
    content: tuple[int, int] | None = None
    if "ccomp" in children:
        content = _clause(children["ccomp"])
    obj = children.get("dobj") or children.get("dative")
    if lemma in _ADDRESSING and obj is not None:
        addressee = obj
        if content is None and "xcomp" in children:
            content = _clause(children["xcomp"])
            # "told commanders to keep pushing" is an instruction, not a report
            act = "directive" if act == "claim" else act
    elif lemma == "accuse":
        addressee = obj
        of = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
        if of:
            content = subtree_span(of[0])
    elif lemma == "describe" and obj is not None:
        # "described X as Y": the parse hangs "as" on the verb, or on Y when Y is a participle
        as_phrase = [c for c in verb.children if c.i > obj.i and (c.lower_ == "as" or _introduced_by_as(c))]
        if as_phrase:
            content = trim(verb.doc, obj.left_edge.i, as_phrase[0].right_edge.i + 1)
    elif content is None and obj is not None and lemma in _OBJECT_CONTENT:
        content = subtree_span(obj)
    if addressee is None:
        addressee = _conversation_partner(verb)
    if content is None and lemma not in _ADDRESSING:
        content = _learned_content(verb, children)
    if content is None and (colon := introduces_colon(verb)) is not None:
        content = paragraph_after(verb.doc, colon.i + 1)
    if content is None and lemma in lexicon().verbs and lemma not in _ADDRESSING:
        # "said so", "said that", "said yes": a pronoun or an answer stands for what was said
        answer = obj or next((c for c in verb.children if c.dep_ == "intj" or (c.dep_ == "advmod" and c.lower_ == "so")), None)
        if answer is not None:
            content = subtree_span(answer)
    subject = children.get("nsubj") or children.get("nsubjpass")
    # The subject of "is expected to" or "seemed" is part of what is said and says nothing.
    raised = subject is not None and content is not None and content[0] == subject.left_edge.i
    return CueMatch((verb.i, verb.i + 1), lemma, act, None if raised else speaker_of(verb), addressee, content)


def _conversation_partner(verb: Token) -> Token | None:
    """The other party of the conversation a cue happened in: "said in a phone call with Macron"
    is said to Macron."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}):
        for talk in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in _CONVERSATIONS):
            partner = next((g for w in talk.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children if g.dep_ == "pobj"), None)
            if partner is not None:
                return partner
    return None


def _learned_content(verb: Token, children: dict[str, Token]) -> tuple[int, int] | None:
    """The content where the train split says this verb keeps it: its object ("cited the
    remarks", with what follows it: "called the charges unsubstantiated"), its open complement,
    or the object of one of its prepositions ("called for a ban")."""
    for relation in lexicon().relations(verb.lemma_.lower()):
        if relation.startswith("prep:"):
            word = relation.removeprefix("prep:")
            objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == word
                       for o in p.children if o.dep_ in {"pobj", "pcomp"}]
            if objects:
                return subtree_span(objects[0])
        elif relation == "dobj" and "dobj" in children:
            obj = children["dobj"]
            tail = [c for c in verb.children if c.i > obj.i and c.dep_ in _PREDICATIVE]
            return trim(verb.doc, obj.left_edge.i, max([obj, *tail], key=lambda t: t.i).right_edge.i + 1)
        elif relation in _PREDICATIVE and relation in children:
            return subtree_span(children[relation])
        elif relation in _SUBJECTS and relation in children:
            # "Trump is expected to win", "Voters seemed unperturbed": what is said is the subject
            # with what is said of it; no one in the sentence says it.
            complement = next((children[d] for d in ("xcomp", "acomp", "attr", "oprd") if d in children), None)
            if complement is not None:
                return trim(verb.doc, children[relation].left_edge.i, complement.right_edge.i + 1)
    return None


def _introduced_by_as(token: Token) -> bool:
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)


def _clause(root: Token) -> tuple[int, int]:
    """What a complement clause says, without a coordinated report of its own that the parse
    hangs on it ("denied Ukraine had planned it and accused Russia of ...")."""
    words = lexicon()
    own_reports = frozenset(
        c.i for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and words.act_of(c.lemma_.lower())
    )
    start, end = subtree_span(root, exclude=own_reports)
    if own_reports:
        # the "and" before the excluded report belongs to neither
        while end - start > 1 and root.doc[end - 1].dep_ in {"cc", "punct"}:
            end -= 1
    return start, end
