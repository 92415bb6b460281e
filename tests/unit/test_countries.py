from __future__ import annotations

import pytest

from wirelens.extract.countries import CountryName, country_name, country_of


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ukraine", CountryName("UKR", "country")),
        ("Ukraine’s", CountryName("UKR", "country")),
        ("Russian", CountryName("RUS", "demonym")),
        ("Kazakhs", CountryName("KAZ", "demonym")),
        ("Moscow", CountryName("RUS", "capital")),
        ("Kyiv", CountryName("UKR", "capital")),
        ("U.S.", CountryName("USA", "country")),
        ("US", CountryName("USA", "country")),
        ("Rakhine", CountryName("MMR", "province")),
        ("Shanghai", CountryName("CHN", "city")),
        ("Georgia", CountryName("GEO", "country")),
        # The people of Somalia, not Ethiopia's Somali Region.
        ("Somali", CountryName("SOM", "demonym")),
    ],
)
def test_names_demonyms_capitals_cities_and_provinces_point_to_their_country(name, expected):
    assert country_of(name) == expected


@pytest.mark.parametrize("word", ["us", "usa band", "police", "president", "Mechanism"])
def test_common_words_and_lower_case_codes_name_no_country(word):
    assert country_of(word) is None


def test_a_plural_counts_only_for_demonyms():
    assert country_of("Brazilians") == CountryName("BRA", "demonym")
    assert country_of("Moscows") is None


def test_country_names_are_the_short_ones_and_other_codes_stay():
    assert country_name("RUS") == "Russia"
    assert country_name("NATO") == "NATO"
