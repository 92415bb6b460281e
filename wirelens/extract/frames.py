"""The frame of a verb: which complements it has and whether someone is its subject.

Whether a verb reports an attitude depends on its frame more than on the verb alone: "supported
the bill" with a person as subject is a position (PolNeAR marks it), "the beams supported the roof"
is not. The learned cue table keeps cue rates per frame; both learning and lookup use this.
"""

from __future__ import annotations

from spacy.tokens import Token

_COMPLEMENTS = {"ccomp": "c", "dobj": "o", "xcomp": "x", "prep": "p"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_WHO = {"PERSON", "ORG", "NORP", "GPE"}


def frame_of(verb: Token) -> str:
    """`c`, `o`, `x`, `p` for a clausal complement, object, open complement, prepositional
    phrase, `k` for a colon after it ("Caddell continued:"); then `+h` when the subject names
    someone (an entity or a pronoun), `+n` for another subject, `+-` for none."""
    complements = sorted({code for c in verb.children if (code := _COMPLEMENTS.get(c.dep_))})
    if introduces_colon(verb) is not None:
        complements.append("k")
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        who = "-"
    elif subject.pos_ == "PRON" or subject.ent_type_ in _WHO:
        who = "h"
    else:
        who = "n"
    return "".join(complements) + "+" + who


def introduces_colon(verb: Token) -> Token | None:
    """The colon that ends the verb's clause ("said in a statement:"), if any: right after its
    dependents, or the last of them when the parse hangs it on the verb."""
    doc = verb.doc
    last = verb.right_edge.i
    while last > verb.i and doc[last].is_space:
        last -= 1
    if doc[last].text == ":" and last > verb.i:
        return doc[last]
    after = verb.right_edge.i + 1
    return doc[after] if after < len(doc) and doc[after].text == ":" else None
