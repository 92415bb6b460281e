"""Places of the seed article and short real sentences: gazetteer ruler, geocoding, helpers."""

from __future__ import annotations

import pytest

from wirelens.extract.places import extract_places, is_metonymic, place_at


def place_of(analysis_or_places, seed_text: str, phrase: str, word: str):
    """The place with a mention of `word` inside the first occurrence of `phrase`."""
    places = getattr(analysis_or_places, "places", analysis_or_places)
    start = seed_text.index(phrase) + phrase.index(word)
    return next(p for p in places if (start, start + len(word)) in p.mentions)


@pytest.mark.parametrize(
    ("phrase", "word", "kind", "admin1"),
    [
        ("in the Novgorod region", "Novgorod", "admin1", "RU-NGR"),
        ("met Ukrainian President Volodymyr Zelenskiy in Florida", "Florida", "admin1", "US-FL"),
        ("including Crimea", "Crimea", "admin1", "UA-43"),
        ("the Donetsk and Luhansk regions", "Donetsk", "admin1", "UA-14"),
        ("the Donetsk and Luhansk regions", "Luhansk", "admin1", "UA-09"),
        ("the Zaporizhzhia and Kherson regions", "Zaporizhzhia", "admin1", "UA-23"),
        ("the Zaporizhzhia and Kherson regions", "Kherson", "admin1", "UA-65"),
        ("of the Donetsk region that", "Donetsk", "admin1", "UA-14"),
    ],
)
def test_seed_regions_resolve_to_their_iso_subdivision(seed, seed_text, phrase, word, kind, admin1):
    place = place_of(seed, seed_text, phrase, word)
    assert (place.kind, place.admin1) == (kind, admin1)


def test_moscow_is_the_city(seed, seed_text):
    moscow = place_of(seed, seed_text, "west of Moscow", "Moscow")
    assert (moscow.kind, moscow.country) == ("city", "RUS")
    assert moscow.lat == pytest.approx(55.75, abs=0.05) and moscow.lon == pytest.approx(37.62, abs=0.05)


def test_kyiv_is_the_city_also_where_the_model_says_person(seed, seed_text):
    kyiv = place_of(seed, seed_text, "strikes on Kyiv", "Kyiv")
    assert (kyiv.kind, kyiv.country) == ("city", "UKR")
    assert (round(kyiv.lat, 2), round(kyiv.lon, 2)) == (50.45, 30.52)
    # Both mentions, the one the small model tags PERSON included, are one place.
    later = seed_text.index("demanded that Kyiv") + len("demanded that ")
    assert (later, later + 4) in kyiv.mentions


def test_donbas_is_the_curated_region(seed, seed_text):
    donbas = place_of(seed, seed_text, "claims the Donbas", "Donbas")
    assert (donbas.kind, donbas.country, donbas.gazetteer_id) == ("region", "UKR", "wirelens:donbas")


def test_the_regions_largest_city_also_called_zaporizhzhia_is_the_city(seed, seed_text):
    city = place_of(seed, seed_text, "also called Zaporizhzhia", "Zaporizhzhia")
    assert city.kind == "city"
    assert city.lat == pytest.approx(47.84, abs=0.02) and city.lon == pytest.approx(35.14, abs=0.03)
    oblast = place_of(seed, seed_text, "the Zaporizhzhia region, where", "Zaporizhzhia")
    assert oblast.id != city.id and oblast.admin1 == "UA-23"


def test_a_demonym_gives_actors_a_country_and_is_no_place_mention(seed, seed_text):
    start = seed_text.index("Russian forces")
    assert not [p for p in seed.places if any(s <= start < e for s, e in p.mentions)]


def test_every_place_of_the_seed_is_resolved(seed):
    assert all(p.lat is not None and p.gazetteer_id for p in seed.places)


def test_common_words_and_people_named_like_places_are_not_places(nlp):
    doc = nlp("Reading the report, Nice said the phone was new. Michael Jordan arrived. Jordan said no.")
    assert extract_places(doc) == []


def test_a_town_in_the_documents_state_beats_the_famous_namesake(nlp):
    doc = nlp("Firefighters in Paris, Texas, fought a blaze on Monday near Lamar County and Dallas.")
    paris = next(p for p in extract_places(doc) if p.name == "Paris")
    assert (paris.country, paris.admin1) == ("USA", "US-TX")


def test_places_inside_organisation_names_are_mentions_but_the_organisation_stays(nlp):
    doc = nlp("A spokesman for the Ohio Department of Transportation said the road would reopen.")
    ohio = next(p for p in extract_places(doc) if p.name == "Ohio")
    assert ohio.admin1 == "US-OH"
    assert [e.label_ for e in doc.ents if "Department" in e.text] == ["ORG"]


def test_metonymy_a_capital_that_claims_or_has_a_stance(seed_text, nlp):
    doc = nlp(seed_text)
    by_start = {e.start_char: e for e in doc.ents}
    claims = by_start[seed_text.index("Moscow also claims")]
    stance = by_start[seed_text.index("Moscow’s stance")]
    west_of = by_start[seed_text.index("Moscow, on December")]
    assert is_metonymic(claims) and is_metonymic(stance)
    assert not is_metonymic(west_of)


def test_place_at_gives_the_place_governing_a_word(seed_text, nlp):
    doc = nlp(seed_text)
    places = extract_places(doc)
    attack = next(t for t in doc if t.text == "attack" and t.head.text == "attempted")
    place = place_at(attack, places, doc)
    assert place is not None and place.admin1 == "RU-NGR"
    said = next(t for t in doc if t.text == "provided")
    assert place_at(said, places, doc) is None


def test_a_town_followed_by_its_state_is_in_that_state(nlp):
    places = extract_places(nlp("The fair opened in Paris, Tenn., on Friday."))
    paris = next(p for p in places if p.name == "Paris")
    assert paris.admin1 == "US-TN"


def test_the_articles_url_informs_the_choice(nlp):
    doc = nlp("Dublin council members voted on Monday to approve the new park.")
    assert next(p for p in extract_places(doc) if p.name == "Dublin").country == "IRL"
    url = "http://columbuslocalnews.com/articles/2009/03/18/dublin_news/news/council.txt"
    dublin = next(p for p in extract_places(doc, url) if p.name == "Dublin")
    assert dublin.admin1 == "US-OH"


def test_an_unknown_gpe_is_a_place_only_with_a_word_for_a_kind_of_place(nlp):
    from spacy.tokens import Span

    doc = nlp.make_doc("Farrin met Saakashvili at Lake Wobegonia near Zzyzxville Township.")
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 2, 3, "GPE"), Span(doc, 4, 6, "LOC"), Span(doc, 7, 9, "GPE")]
    assert [(p.name, p.lat) for p in extract_places(doc)] == [("Lake Wobegonia", None), ("Zzyzxville Township", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks in Washington ended on Friday without agreement between the US and China.",
        "Washington has warned Tehran against further tests.",
        "Beijing urged Washington to lift the tariffs on steel.",
        "WASHINGTON (Reuters) - The Senate passed the spending bill late on Tuesday.",
    ],
)
def test_washington_in_world_news_is_the_capital(nlp, sentence):
    washington = next(p for p in extract_places(nlp(sentence)) if p.name.lower() == "washington")
    assert (washington.kind, washington.admin1) == ("city", "US-DC")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police in Seattle and Spokane, Washington, arrested two men after the robbery.",
        "Salmonella cases were reported in Virginia, Washington, West Virginia and Wyoming.",
        "Wildfires forced evacuations across eastern Washington state on Sunday.",
    ],
)
def test_washington_in_local_news_stays_the_state(nlp, sentence):
    washington = next(p for p in extract_places(nlp(sentence)) if p.name == "Washington")
    assert (washington.kind, washington.admin1) == ("admin1", "US-WA")


def test_a_capital_addressed_by_a_speech_verb_stands_for_its_government(nlp):
    doc = nlp("Beijing urged Washington to lift the tariffs, and missiles attacked Kyiv.")
    by_text = {e.text: e for e in doc.ents}
    assert is_metonymic(by_text["Washington"]) and is_metonymic(by_text["Beijing"])
    assert not is_metonymic(by_text["Kyiv"])


def test_capitals_and_their_namesake_units_in_world_news(nlp):
    doc = nlp("Mexico City asked Brasilia and Kuwait to back the plan; Panama and Guatemala abstained.")
    places = {p.name: p for p in extract_places(doc)}
    assert (places["Mexico City"].kind, places["Mexico City"].admin1) == ("city", "MX-CMX")
    assert (places["Brasilia"].kind, places["Brasilia"].country) == ("city", "BRA")
    assert {places[name].country for name in ("Kuwait", "Panama", "Guatemala")} == {"KWT", "PAN", "GTM"}


def test_a_country_code_domain_gives_the_site_country(nlp):
    from wirelens.extract.places import geocoding_input

    doc = nlp("Police closed a road in London on Sunday.")
    _, _, context = geocoding_input(doc, "http://lfpress.ca/news/local/2009/03/21/story.html")
    assert [(t.text, t.site_country) for t in context if t.site_country] == [("Canada", True)]
    assert not any(t.site_country for t in geocoding_input(doc, "http://www.wkyt.tv/news/story")[2])


def test_the_first_word_of_a_demonym_is_no_place(nlp):
    places = extract_places(nlp("The town lies 160km south of the Sri Lankan capital Colombo."))
    assert [(p.name, p.country) for p in places] == [("Colombo", "LKA")]
