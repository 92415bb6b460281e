"""Statements of the seed article and of short real-style wire sentences, through the real model."""

from __future__ import annotations

from wirelens.extract.actors import extract_actors
from wirelens.extract.cues import find_cues
from wirelens.extract.statements import extract_statements
from wirelens.extract.times import extract_times


def statements_of(nlp, text: str):
    doc = nlp(text)
    cues = find_cues(doc)
    actors = extract_actors(doc, cues)
    names = {a.id: a.name for a in actors}
    found = extract_statements(doc, cues, actors, extract_times(doc, None))
    return found, names


def by_cue(seed, cue: str, speaker: str):
    names = {a.id: a.name for a in seed.actors}
    return next(s for s in seed.statements if s.cue.text == cue and names.get(s.speaker) == speaker)


def test_seed_has_the_reported_statements(seed):
    names = {a.id: a.name for a in seed.actors}
    pairs = {(names.get(s.speaker), s.cue.text, s.act) for s in seed.statements}
    assert len(seed.statements) >= 10
    assert ("Donald Trump", "said", "claim") in pairs
    assert ("Sergei Lavrov", "said", "claim") in pairs
    assert ("Volodymyr Zelenskiy", "denied", "denial") in pairs
    assert ("Volodymyr Zelenskiy", "accused", "accusation") in pairs
    assert ("Ukraine’s foreign minister", "described", "denial") in pairs
    assert ("Russia", "demanded", "demand") in pairs


def test_lavrovs_claim_comes_with_no_evidence(seed, seed_text):
    claim = by_cue(seed, "said", "Sergei Lavrov")
    assert claim.content.text.startswith("Ukraine attempted to attack Putin’s residence")
    assert claim.evidence == "none_provided"
    start, end = claim.evidence_span
    assert seed_text[start:end] == "provided no evidence"
    assert seed_text[slice(*claim.speaker_span)] == "Russian Foreign Minister Sergei Lavrov"


def test_a_pronoun_speaker_resolves_to_the_person(seed, seed_text):
    injuries = next(s for s in seed.statements if s.content.text.startswith("there were no injuries"))
    assert seed_text[slice(*injuries.speaker_span)] == "He"
    assert {a.id: a.name for a in seed.actors}[injuries.speaker] == "Sergei Lavrov"


def test_the_second_report_of_a_coordination_keeps_its_speaker(seed):
    accusation = by_cue(seed, "accused", "Volodymyr Zelenskiy")
    denial = by_cue(seed, "denied", "Volodymyr Zelenskiy")
    assert denial.content.text == "Ukraine had planned any such operation"
    assert accusation.content.text.startswith("of setting the stage")


def test_addressee_and_speech_time(seed):
    names = {a.id: a.name for a in seed.actors}
    order = by_cue(seed, "told", "Putin")
    assert order.act == "directive"
    assert names[order.addressee] == "commanders"
    assert {t.id: t.text for t in seed.times}[order.time] == "Monday"
    report = by_cue(seed, "told", "A senior Russian commander")
    assert names[report.addressee] == "Putin"


def test_split_direct_quote_is_one_statement_with_two_spans(nlp):
    text = '"We will not give up an inch," Zelenskiy said. "Our army is ready."'
    (statement,), names = statements_of(nlp, text)
    assert statement.mode == "direct"
    assert [text[s:e] for s, e in statement.content.spans] == ["We will not give up an inch,", "Our army is ready."]
    assert names[statement.speaker] == "Zelenskiy"


def test_according_to_and_unnamed_sources(nlp):
    text = "The ceasefire collapsed overnight, according to two officials familiar with the talks."
    (statement,), _ = statements_of(nlp, text)
    assert statement.cue.text == "according to"
    assert statement.content.text == "The ceasefire collapsed overnight"
    assert text[slice(*statement.speaker_span)] == "two officials"


def test_mixed_mode_and_a_negated_claim(nlp):
    text = 'The ministry said it had not ordered the strike and called the report "pure fiction".'
    found, _ = statements_of(nlp, text)
    said = next(s for s in found if s.cue.text == "said")
    assert said.act == "denial"
    assert said.mode == "indirect"


def test_hedges_are_found_in_the_content(seed):
    believed = next(s for s in seed.statements if s.cue.text == "believed")
    assert [h.text for h in believed.hedges] == ["could"]


def test_attributive_cue_words_are_not_statements(nlp):
    found, _ = statements_of(nlp, "The alleged incident happened near the border.")
    assert found == []


def test_a_parenthetical_cue_takes_the_sentence_around_it(nlp):
    found, names = statements_of(nlp, "This campaign, Sanders says, is different from the last one.")
    (statement,) = [s for s in found if s.cue.text == "says"]
    assert statement.content.text == "This campaign … is different from the last one"
    assert names[statement.speaker] == "Sanders"


def test_an_answer_stands_for_what_was_said(nlp):
    found, _ = statements_of(nlp, "Asked whether she would run again, Merkel said yes.")
    assert [s.content.text for s in found if s.cue.text == "said"] == ["yes"]


def test_a_possessed_reporting_noun_is_a_statement_of_its_owner(nlp):
    found, names = statements_of(nlp, "Germany rejected Russia's claim that the pipeline had been sabotaged by Kyiv.")
    (claim,) = [s for s in found if s.cue.text == "claim"]
    assert claim.content.text == "that the pipeline had been sabotaged by Kyiv"
    assert names[claim.speaker] == "Russia"


def test_acts_follow_what_a_description_calls_its_object_and_what_a_warning_promises(nlp):
    found, _ = statements_of(
        nlp, "The ministry described the strike as a war crime. It warned that the attack would not go unanswered."
    )
    acts = {s.cue.text: s.act for s in found}
    assert acts == {"described": "accusation", "warned": "threat"}


def test_naming_and_territorial_claims_are_no_statements(nlp):
    found, _ = statements_of(nlp, "Moscow also claims the Donbas. The city, also called Zaporizhzhia, was shelled.")
    assert found == []


def test_a_quotation_right_before_the_cue_wins_over_a_clause_after_the_speaker(nlp):
    found, names = statements_of(
        nlp, "“Civility and good manners were kind of assumed,” said Boyden Gray, who said he served as counsel under Bush."
    )
    first = next(s for s in found if s.cue.text == "said")
    assert first.content.text == "Civility and good manners were kind of assumed,"
    assert first.mode == "direct"


def test_unnamed_sources_keep_what_the_text_says_of_them_and_calls_have_a_partner(nlp):
    found, names = statements_of(
        nlp,
        "Two sources familiar with the matter said the deal was close. "
        "Putin said in a phone call with Emmanuel Macron that the talks would continue.",
    )
    sources, call = found
    assert names[sources.speaker] == "Two sources familiar with the matter"
    assert (names[call.speaker], names[call.addressee]) == ("Putin", "Emmanuel Macron")


def test_what_is_expected_of_a_subject_is_said_by_no_one_in_the_sentence(nlp):
    found, _ = statements_of(nlp, "Senator Warren is expected to announce her candidacy next week.")
    (statement,) = [s for s in found if s.cue.text == "expected"]
    assert statement.speaker is None
    assert statement.content.text.startswith("Senator Warren") and statement.content.text.endswith("next week")
