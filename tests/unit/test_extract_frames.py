from __future__ import annotations

from wirelens.extract.frames import frame_of


def verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_ == lemma)


def test_frames_name_the_complements_and_who_the_subject_is(nlp):
    assert frame_of(verb(nlp, "Barack Obama said that the bill would pass.", "say")) == "c+h"
    assert frame_of(verb(nlp, "She supported the bill.", "support")) == "o+h"
    assert frame_of(verb(nlp, "The beams supported the roof.", "support")) == "o+n"
    assert frame_of(verb(nlp, "Supporting the roof matters.", "support")) == "o+-"
