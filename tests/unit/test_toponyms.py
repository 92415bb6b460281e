"""The gazetteer ruler's policies as plain functions, and the component on real sentences."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from wirelens.nlp.extensions import TOPONYMS
from wirelens.nlp.gazetteer import Entry
from wirelens.nlp.toponyms import Evidence, _by_primary_name, cue_of, is_toponym, merge_ents

CITY = Entry("geonames:1", "Ripley", "city", "PPL", "USA", "US-WV", 38.8, -81.7, 3000)
BIG_CITY = Entry("geonames:2", "Kyiv", "city", "PPLC", "UKR", "UA-30", 50.45, 30.52, 2_900_000)
STATE = Entry("iso3166-2:US-GA", "Georgia", "admin1", "ADM1", "USA", "US-GA", 32.3, -83.1, 4_700_000)


def evidence(**changes) -> Evidence:
    base = dict(label="", enclosing="", proper=True, cue=None, seen_as_place=False, in_person_name=False)
    return Evidence(**{**base, **changes})


def test_the_models_place_label_is_enough():
    assert is_toponym((CITY,), evidence(label="GPE"))


def test_a_small_town_needs_a_label_a_cue_or_another_mention():
    assert not is_toponym((CITY,), evidence())
    assert is_toponym((CITY,), evidence(cue="city"))
    assert is_toponym((CITY,), evidence(seen_as_place=True))
    # Another mention does not vouch for a name that is only another place's alternate name ("IRS").
    assert not is_toponym((), evidence(seen_as_place=True))


def test_a_person_label_is_overridden_only_for_large_places():
    assert is_toponym((BIG_CITY,), evidence(label="PERSON"))
    assert is_toponym((STATE,), evidence(label="PERSON"))
    assert not is_toponym((CITY,), evidence(label="PERSON"))


def test_a_nationality_or_language_label_is_overridden_only_for_large_places():
    assert is_toponym((BIG_CITY,), evidence(label="NORP")) and is_toponym((STATE,), evidence(label="LANGUAGE"))
    assert not is_toponym((CITY,), evidence(label="NORP"))


def test_names_inside_person_names_demonyms_and_words_are_not_places():
    assert not is_toponym((STATE,), evidence(enclosing="PERSON"))
    assert not is_toponym((STATE,), evidence(enclosing="NORP"))
    assert not is_toponym((), evidence(label="NORP"))
    assert not is_toponym((STATE,), evidence(proper=False))
    assert not is_toponym((STATE,), evidence(common_word=True))
    assert not is_toponym((STATE,), evidence(in_person_name=True))
    assert not is_toponym((BIG_CITY,), evidence(label="FAC", adjective=True))


def test_a_name_inside_an_organisation_is_judged_on_its_own():
    assert is_toponym((STATE,), evidence(enclosing="ORG"))
    assert not is_toponym((CITY,), evidence(enclosing="ORG"))


COUNTY = Entry("admin2:US/Ohio/Guernsey County", "Guernsey County", "region", "ADM2", "USA", "US-OH", 40.0, -81.5, 40_000)


def test_a_unit_or_a_sizeable_town_opening_a_place_or_facility_name_is_a_place():
    assert is_toponym((COUNTY,), evidence(enclosing="FAC", opens_entity="FAC"))
    assert not is_toponym((CITY,), evidence(enclosing="FAC", opens_entity="FAC"))
    assert not is_toponym((CITY,), evidence(enclosing="ORG", opens_entity="ORG"))


def test_a_county_name_is_a_place_also_inside_a_person_or_organisation_name():
    assert is_toponym((COUNTY,), evidence(enclosing="PERSON"))
    assert is_toponym((COUNTY,), evidence(enclosing="ORG", opens_entity="ORG"))
    assert not is_toponym((COUNTY,), evidence(label="DATE"))


def test_merge_replaces_every_entity_a_toponym_overlaps():
    doc = spacy.blank("en")("Officials in Kyiv met Novgorod region leaders")
    doc.ents = [Span(doc, 2, 3, label="PERSON"), Span(doc, 4, 6, label="LOC")]
    merged = merge_ents(doc.ents, [Span(doc, 2, 3, label="GPE"), Span(doc, 4, 5, label="LOC")])
    assert [(e.text, e.label_) for e in merged] == [("Kyiv", "GPE"), ("Novgorod", "LOC")]


def test_cue_words_near_a_name(nlp):
    doc = nlp("Fighting continued in the Donetsk and Luhansk regions and near the city of Kherson.")
    by_text = {t.text: doc[t.i : t.i + 1] for t in doc}
    assert cue_of(by_text["Donetsk"]) == "admin1"
    assert cue_of(by_text["Luhansk"]) == "admin1"
    assert cue_of(by_text["Kherson"]) == "city"


def test_the_component_sits_after_ner_and_records_candidates(nlp):
    assert nlp.pipe_names.index("wirelens_toponyms") == nlp.pipe_names.index("ner") + 1
    doc = nlp("Russia has demanded that Kyiv pull its forces out.")
    kyiv = next(e for e in doc.ents if e.text == "Kyiv")
    assert kyiv.label_ == "GPE"
    (start, end, cue, entries), = [r for r in doc._.wirelens_toponyms if doc[r[0] : r[1]].text == "Kyiv"]
    assert any(Entry(*e).id == "geonames:703448" for e in entries)


def test_names_before_a_county_cue_read_as_counties(nlp):
    doc = nlp("Girls from Cooke, Grayson and Love counties will compete in the rodeo.")
    readings = {doc[r[0] : r[1]].text: {Entry(*e).id for e in r[3]} for r in doc._.wirelens_toponyms}
    assert "admin2:US/Texas/Grayson County" in readings["Grayson"]
    assert "admin2:US/Texas/Cooke County" in readings["Cooke"]


def test_a_dateline_names_a_city(nlp):
    doc = nlp("WASHINGTON (Reuters) - The Senate voted. PARIS, Tenn. -- The council met in Texas.")
    by_text = {t.text: doc[t.i : t.i + 1] for t in doc}
    assert cue_of(by_text["WASHINGTON"]) == "city"
    assert cue_of(by_text["PARIS"]) == "city"
    assert cue_of(by_text["Texas"]) is None


def test_a_town_the_model_calls_a_person_or_organisation_is_a_place_after_in_or_before_its_people():
    assert is_toponym((CITY,), evidence(label="ORG", after_in=True))
    assert is_toponym((CITY,), evidence(label="ORG", of_residents=True))
    assert is_toponym((CITY,), evidence(label="PERSON", after_in=True))
    assert not is_toponym((CITY,), evidence(label="ORG"))
    assert not is_toponym((), evidence(label="ORG", after_in=True))


def test_the_component_takes_a_town_before_a_word_for_its_people(nlp):
    doc = nlp("A Gainesville man was arrested after police searched homes in Danbury.")
    assert {"Gainesville", "Danbury"} <= {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"}}


def test_a_small_town_named_like_someone_who_speaks_is_that_person():
    assert not is_toponym((CITY,), evidence(label="GPE", speaks=True))
    # "Charlotte said", "Madison told": cities named like people, large but no capitals.
    assert not is_toponym((CITY._replace(population=870_000),), evidence(label="GPE", speaks=True))
    assert is_toponym((BIG_CITY,), evidence(label="GPE", speaks=True))
    assert is_toponym((STATE,), evidence(speaks=True))


def test_the_component_drops_a_town_name_that_speaks(nlp):
    doc = nlp("Retired workers Brent and Lynnette Hain found their cat. \"They are identical,\" Brent told reporters.")
    assert "Brent" not in {doc[start:end].text for start, end, _, _ in doc._.get(TOPONYMS)}


def test_short_forms_and_dotted_abbreviations_are_own_names():
    saint_paris = Entry("geonames:3", "Saint Paris", "city", "PPL", "USA", "US-OH", 40.1, -83.9, 2_000)
    doc = spacy.blank("en")("St. Paris and D.C.")
    assert _by_primary_name(doc[0:2], (saint_paris,)) == (saint_paris,)
    assert _by_primary_name(doc[3:4], (CITY,)) == (CITY,)
    assert _by_primary_name(doc[2:3], (CITY,)) == ()
