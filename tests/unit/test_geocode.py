"""Choosing a place per name: priors, cue words and document context."""

from __future__ import annotations

import pytest

from wirelens.extract.geocode import Toponym, candidate_features, haversine_km, resolve_toponyms
from wirelens.nlp.gazetteer import Entry

PARIS_FR = Entry("geonames:2988507", "Paris", "city", "PPLC", "FRA", "FR-IDF", 48.85, 2.35, 2_138_551)
PARIS_TX = Entry("geonames:4717560", "Paris", "city", "PPL", "USA", "US-TX", 33.66, -95.56, 24_782)
TEXAS = Entry("iso3166-2:US-TX", "Texas", "admin1", "ADM1", "USA", "US-TX", 31.3, -99.4, 25_000_000)
OBLAST = Entry("iso3166-2:UA-23", "Zaporizhzhia", "admin1", "ADM1", "UKR", "UA-23", 47.42, 35.92, 1_356_353)
CITY = Entry("geonames:687700", "Zaporizhzhia", "city", "PPL", "UKR", "UA-23", 47.85, 35.12, 710_052)


def test_haversine_of_one_degree_of_latitude():
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.2, abs=0.1)


def test_without_context_the_larger_place_wins():
    assert resolve_toponyms([Toponym("Paris", None, (PARIS_TX, PARIS_FR))]) == [PARIS_FR]


def test_the_documents_state_brings_its_town():
    toponyms = [Toponym("Paris", None, (PARIS_TX, PARIS_FR)), Toponym("Texas", None, (TEXAS,))]
    assert resolve_toponyms(toponyms) == [PARIS_TX, TEXAS]


def test_a_cue_word_picks_the_kind():
    assert resolve_toponyms([Toponym("Zaporizhzhia", "admin1", (CITY, OBLAST))]) == [OBLAST]
    assert resolve_toponyms([Toponym("Zaporizhzhia", "city", (CITY, OBLAST))]) == [CITY]


def test_a_name_without_candidates_stays_unresolved():
    assert resolve_toponyms([Toponym("Kelleyland", None, ())]) == [None]


DUBLIN_IE = Entry("geonames:2964574", "Dublin", "city", "PPLC", "IRL", "IE-L", 53.33, -6.25, 1_024_027)
DUBLIN_OH = Entry("geonames:4509884", "Dublin", "city", "PPL", "USA", "US-OH", 40.10, -83.11, 45_098)
COLUMBUS_OH = Entry("geonames:4509177", "Columbus", "city", "PPL", "USA", "US-OH", 39.96, -83.00, 913_175)
TENNESSEE = Entry("iso3166-2:US-TN", "Tennessee", "admin1", "ADM1", "USA", "US-TN", 35.86, -86.35, 6_000_000)
PARIS_TN = Entry("geonames:4647963", "Paris", "city", "PPL", "USA", "US-TN", 36.30, -88.33, 10_156)


def test_a_qualifying_unit_binds_the_name():
    paris = Toponym("Paris", None, (PARIS_FR, PARIS_TX, PARIS_TN), within=(TENNESSEE,))
    assert resolve_toponyms([paris]) == [PARIS_TN]


def test_the_urls_place_brings_the_local_town_but_is_no_mention():
    dublin = Toponym("Dublin", None, (DUBLIN_IE, DUBLIN_OH))
    assert resolve_toponyms([dublin]) == [DUBLIN_IE]
    assert resolve_toponyms([dublin], context=[Toponym("columbus", None, (COLUMBUS_OH,))]) == [DUBLIN_OH]


def test_a_context_name_the_text_has_is_left_to_the_text():
    dublin = Toponym("Dublin", None, (DUBLIN_IE, DUBLIN_OH))
    assert resolve_toponyms([dublin], context=[Toponym("dublin", None, (DUBLIN_OH,))]) == [DUBLIN_IE]


MOSCOW = Entry("geonames:524901", "Moscow", "city", "PPLC", "RUS", "RU-MOW", 55.75, 37.62, 10_381_222)
MOSCOW_OBLAST = Entry("iso3166-2:RU-MOS", "Moscow", "admin1", "ADM1", "RUS", "RU-MOS", 55.5, 37.9, 24_633_401)


def test_a_unit_at_the_point_of_its_city_is_the_city_unless_a_cue_says_the_unit():
    assert resolve_toponyms([Toponym("Moscow", None, (MOSCOW_OBLAST, MOSCOW))]) == [MOSCOW]
    assert resolve_toponyms([Toponym("Moscow", "admin1", (MOSCOW_OBLAST, MOSCOW))]) == [MOSCOW_OBLAST]


HENRY_TN = Entry("admin2:US/Tennessee/Henry County", "Henry County", "region", "ADM2", "USA", "US-TN", 36.32, -88.30, 10_150)
HENRY_GA = Entry("admin2:US/Georgia/Henry County", "Henry County", "region", "ADM2", "USA", "US-GA", 33.45, -84.15, 64_781)


def test_two_ambiguous_names_that_lie_together_pick_each_other():
    paris = Toponym("Paris", None, (PARIS_TX, PARIS_TN))
    henry = Toponym("Henry County", None, (HENRY_GA, HENRY_TN))
    assert resolve_toponyms([paris]) == [PARIS_TX]
    assert resolve_toponyms([paris, henry]) == [PARIS_TN, HENRY_TN]


def test_names_that_hold_one_another_are_no_evidence_for_each_other():
    dublin_city = Entry("admin2:IE/Leinster/Dublin City", "Dublin City", "region", "ADM2", "IRL", "IE-L", 53.35, -6.26, 1_239_798)
    toponyms = [
        Toponym("Dublin", None, (DUBLIN_IE, DUBLIN_OH)), Toponym("Dublin City", None, (dublin_city,)),
        Toponym("Columbus", None, (COLUMBUS_OH,)),
    ]
    features = candidate_features(toponyms)
    (_, ie), (_, oh) = features[0]
    assert "same_country" not in ie and "nearby" not in ie and "near_names" not in ie
    assert oh["near_names"] == 1 and oh["same_admin1"] == 1.0


def test_votes_count_and_share_the_other_names():
    toponyms = [Toponym("Paris", None, (PARIS_FR, PARIS_TX)), Toponym("Texas", None, (TEXAS,)), Toponym("Lyon", None, ())]
    (_, fr), (_, tx) = candidate_features(toponyms)[0]
    assert tx["admin1_votes"] == 1.0 and tx["admin1_share"] == 1.0
    assert "admin1_votes" not in fr and "country_share" not in fr


WA_STATE = Entry("iso3166-2:US-WA", "State of Washington", "admin1", "ADM1", "USA", "US-WA", 47.29, -120.21, 6_364_506)
WA_DC = Entry("geonames:4140963", "Washington", "city", "PPLC", "USA", "US-DC", 38.90, -77.04, 689_545)
USA = Entry("iso3166-1:USA", "United States", "country", "PCLI", "USA", None, 39.83, -98.58, 331_000_000)
CHINA = Entry("iso3166-1:CHN", "China", "country", "PCLI", "CHN", None, 35.80, 104.43, 1_400_000_000)
OREGON = Entry("iso3166-2:US-OR", "Oregon", "admin1", "ADM1", "USA", "US-OR", 43.93, -120.56, 3_500_000)


def test_a_capital_of_a_named_country_in_world_news_beats_its_namesake_unit():
    washington = Toponym("Washington", None, (WA_STATE, WA_DC))
    world = [washington, Toponym("US", None, (USA,)), Toponym("China", None, (CHINA,))]
    assert resolve_toponyms(world)[0] == WA_DC
    features = dict(candidate_features(world)[0])
    assert features[WA_DC]["named_capital"] == 1.0 and features[WA_DC]["world_capital"] == 1.0
    assert "named_capital" not in features[WA_STATE]


def test_a_capital_name_that_acts_is_the_capital():
    assert resolve_toponyms([Toponym("Washington", None, (WA_STATE, WA_DC), acting=True)]) == [WA_DC]


def test_names_listed_together_share_their_kind():
    washington = Toponym("Washington", None, (WA_STATE, WA_DC), peers=frozenset({"oregon"}))
    oregon = Toponym("Oregon", None, (OREGON,), peers=frozenset({"washington"}))
    features = dict(candidate_features([oregon, washington, Toponym("US", None, (USA,))])[1])
    assert features[WA_STATE]["peer_kind"] == 1.0 and "peer_kind" not in features[WA_DC]
    mentions = [Toponym("Washington", None, (WA_STATE, WA_DC)), Toponym("Washington", None, (WA_STATE, WA_DC), acting=True)]
    assert resolve_toponyms(mentions) == [WA_DC, WA_DC]


def test_countries_and_units_own_all_their_names():
    texas = Entry("iso3166-2:US-TX", "The Lone Star State", "admin1", "ADM1", "USA", "US-TX", 31.3, -99.4, 25_000_000)
    features = dict(candidate_features([Toponym("Texas", None, (texas, PARIS_TX))])[0])
    assert features[texas]["primary_name"] == 1.0 and "primary_name" not in features[PARIS_TX]


LONDON_GB = Entry("geonames:2643743", "London", "city", "PPLC", "GBR", "GB-ENG", 51.51, -0.13, 8_961_989)
LONDON_ON = Entry("geonames:6058560", "London", "city", "PPL", "CAN", "CA-ON", 42.98, -81.23, 422_324)
CANADA = Entry("iso3166-1:CAN", "Canada", "country", "PCLI", "CAN", None, 60.0, -95.0, 35_540_419)


def test_the_country_of_the_articles_site_informs_the_choice():
    london = Toponym("London", None, (LONDON_GB, LONDON_ON))
    site = Toponym("Canada", None, (CANADA,), site_country=True)
    features = dict(candidate_features([london], context=[site])[0])
    assert features[LONDON_ON]["site_country"] == 1.0 and "site_country" not in features[LONDON_GB]
