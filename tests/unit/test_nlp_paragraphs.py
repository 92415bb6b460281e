from __future__ import annotations


def test_a_paragraph_break_always_ends_a_sentence(nlp):
    doc = nlp("He would close loopholes by the end of the year\n\nOfficials said the plan would fail.")
    starts = [s[0].text for s in doc.sents if not s[0].is_space]
    assert "Officials" in starts
    assert "paragraph_breaks" in nlp.pipe_names
