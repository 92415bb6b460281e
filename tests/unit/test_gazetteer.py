"""The gazetteer index: name keys, lookups of the built file, country points."""

from __future__ import annotations

import pickle

import pytest

from wirelens.nlp.gazetteer import Gazetteer, name_key, name_variants, open_gazetteer
from wirelens.nlp.gazetteer_build import _country_point, _usable_alternate


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return open_gazetteer()


def test_name_keys_fold_case_accents_apostrophes_and_spaces():
    assert name_key("  Zaporizhzhya ") == name_key("zaporizhzhya")
    assert name_key("Côte d’Ivoire") == "cote d'ivoire"


def test_transliterations_and_aliases_reach_the_same_place(gazetteer):
    ids = lambda name: {e.id for e in gazetteer.candidates(name)}  # noqa: E731
    assert "geonames:703448" in ids("Kiev") & ids("Kyiv")
    assert "iso3166-2:UA-09" in ids("Lugansk") & ids("Luhansk")
    assert ids("U.S.") == {"iso3166-1:USA"} and "iso3166-1:USA" in ids("US")
    assert "iso3166-2:US-WV" in ids("W.Va.") & ids("W.Va")


def test_counties_have_a_point_in_their_state(gazetteer):
    (laurel,) = gazetteer.candidates("Laurel County")
    assert laurel.admin1 == "US-KY" and 36.5 < laurel.lat < 37.5


def test_codes_and_compass_words_are_no_names(gazetteer):
    assert gazetteer.candidates("AP") == ()
    assert gazetteer.candidates("North") == ()
    assert gazetteer.candidates("Interior") == () and gazetteer.candidates("Holy Spirit") == ()


def test_the_gazetteer_pickles_to_its_path(gazetteer):
    copy = pickle.loads(pickle.dumps(gazetteer))
    assert copy.path == gazetteer.path and copy.candidates("Crimea") == gazetteer.candidates("Crimea")


def test_alternate_names_are_latin_script_names_not_codes():
    assert _usable_alternate("Zaporozhye")
    assert not _usable_alternate("ALY")
    assert not _usable_alternate("Запорожье")


def test_countries_lie_at_their_reference_point_and_curated_points_win(gazetteer):
    (canada,) = [e for e in gazetteer.candidates("Canada") if e.kind == "country"]
    assert (canada.lat, canada.lon) == (60.0, -95.0)
    (usa,) = [e for e in gazetteer.candidates("United States") if e.kind == "country"]
    assert (usa.lat, usa.lon) == (39.83, -98.58)


def test_a_country_point_is_the_midpoint_of_two_near_conventions_else_geonames():
    square = {"features": [{"geometry": {"type": "Polygon", "coordinates": [[[100, 30], [104, 30], [104, 34], [100, 34]]]}}]}
    assert _country_point([33.0, 103.0], square) == (32.5, 102.5)
    assert _country_point([60.0, 100.0], square) == (60.0, 100.0)
    assert _country_point([60.0, 100.0], None) == (60.0, 100.0)


def test_a_units_own_name_wins_over_another_units_other_name(gazetteer):
    (king,) = [e for e in gazetteer.candidates("King County") if e.admin1 == "US-WA"]
    assert king.kind == "region"
    (state,) = [e for e in gazetteer.candidates("Washington") if e.id == "iso3166-2:US-WA"]
    assert state.population > 1_000_000


def test_capitals_are_found_by_their_other_names_but_own_names_first(gazetteer):
    capitals = {e.country: e for e in gazetteer.candidates("Washington") if e.feature == "PPLC"}
    assert capitals["USA"].admin1 == "US-DC"
    assert [e.name for e in gazetteer.candidates("New Delhi") if e.feature == "PPLC"] == ["New Delhi"]
    assert not any(e.feature == "PPLC" for e in gazetteer.candidates("Delhi") if e.name == "Delhi")


def test_a_units_full_english_name_wins_over_another_units_core_name(gazetteer):
    mexico_city = next(e for e in gazetteer.candidates("Mexico City") if e.feature == "PPLC")
    assert mexico_city.admin1 == "MX-CMX"


def test_towns_get_units_whose_iso_names_are_inverted_or_carry_a_kind_word(gazetteer):
    def largest(name):
        return max((e for e in gazetteer.candidates(name) if e.kind == "city"), key=lambda e: e.population)

    assert largest("Madrid").admin1 == "ES-MD"  # ISO: "Madrid, Comunidad de"
    assert largest("Dhaka").admin1 == "BD-C"  # the towns' source: "Dhaka Division"


def test_name_variants_give_the_usual_short_forms():
    assert [name_key(v) for v in name_variants("Saint Paris")] == ["saint paris", "st. paris", "st paris"]
    assert list(name_variants("Dover")) == ["Dover"]


def test_a_city_unit_holds_the_city_of_its_name(gazetteer):
    """ISO calls Moscow Oblast plain "Moscow" in English; the city is in Moskva, the unit of its own."""
    cities = lambda name: {e.admin1 for e in gazetteer.candidates(name) if e.kind == "city" and e.country == "RUS"}  # noqa: E731
    assert "RU-MOW" in cities("Moscow") and "RU-MOS" not in cities("Moscow")
    assert cities("Podolsk") == {"RU-MOS"}
