"""Cues that are not verbs: colon introductions, "in a poll", "according to"."""

from __future__ import annotations

from wirelens.extract.cues import find_cues


def cues_of(nlp, text: str):
    doc = nlp(text)
    return [
        (c.lemma, c.speaker.text if c.speaker is not None else None, doc[c.content[0] : c.content[1]].text)
        for c in find_cues(doc)
        if c.lemma in {":", "in", "according to"}
    ]


def test_a_transcript_label_introduces_what_the_speaker_said(nlp):
    text = "Mike Pence spoke to Fox News.\n\nPENCE: Well, Gennifer Flowers will not be attending the debate.\n\nThat was all."
    assert cues_of(nlp, text) == [(":", "PENCE", "Well, Gennifer Flowers will not be attending the debate.")]


def test_a_headline_label_with_a_name_is_a_statement_but_a_tally_is_not(nlp):
    text = (
        "Graham: Trump's rhetoric is destroying the party's chances.\n\nHillary Clinton: 1,769.\n\n"
        "CORRECTION: An earlier version misspelled a name."
    )
    assert cues_of(nlp, text) == [(":", "Graham", "Trump's rhetoric is destroying the party's chances.")]


def test_a_poll_that_opens_its_sentence_is_the_source_of_the_finding(nlp):
    found = cues_of(nlp, "In a CNN national poll, Clinton held a 24-point lead among black voters. Trump leads in the polls.")
    assert found == [("in", "poll", "Clinton held a 24-point lead among black voters")]


def test_according_to_takes_the_rest_of_the_clause(nlp):
    found = cues_of(nlp, "According to the ministry, 12 people were killed in the strike.")
    assert found == [("according to", "ministry", "12 people were killed in the strike")]


def test_a_verb_before_a_colon_at_a_paragraph_end_takes_the_next_paragraph(nlp):
    doc = nlp("Caddell continued:\n\n“The health issue overall is very much a partisan issue.”\n\nOther news.")
    (cue,) = [c for c in find_cues(doc) if c.lemma == "continue"]
    assert "partisan issue" in doc[cue.content[0] : cue.content[1]].text


def test_an_attitude_adjective_reports_its_subjects_assessment(nlp):
    doc = nlp("Republicans have been critical of Clinton's use of personal email. The road is clear of snow.")
    found = [(c.lemma, c.act, c.speaker.text, doc[c.content[0] : c.content[1]].text) for c in find_cues(doc) if c.act == "assessment"]
    assert found == [("critical", "assessment", "Republicans", "Clinton's use of personal email")]
