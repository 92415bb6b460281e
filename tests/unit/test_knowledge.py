from __future__ import annotations

import tomllib
from datetime import date
from importlib import resources

import pycountry
import pytest

from wirelens.errors import ConfigError
from wirelens.extract.knowledge import default_knowledge, load_knowledge

IGO_CODES = {"UNO", "EUR", "NATO", "IGO", "XKX"}
SECTORS = {"GOV", "MIL", "REB", "PRM", "PTY", "LEG", "JUD", "COP", "SPY", "JRN", "CRM", "SOC", "PRE", "HLH", "BUS", "REF", "REL", "MED"}


def test_bare_surnames_and_transliterations_resolve_to_one_person():
    knowledge = default_knowledge()
    assert knowledge.lookup("Putin").name == "Vladimir Putin"
    for spelling in ("Zelenskiy", "Zelenskyy", "Volodymyr Zelenskyy", "Zelensky"):
        assert knowledge.lookup(spelling).name == "Volodymyr Zelensky"
    assert knowledge.lookup("Lukashenka").name == "Alexander Lukashenko"


def test_office_on_a_date_and_former_office_holders():
    merkel = default_knowledge().lookup("Angela Merkel")
    assert merkel.standing(date(2020, 1, 1)).sector == "GOV"
    later = merkel.standing(date(2022, 1, 10))
    assert (later.role, later.sector, later.former) == ("Chancellor", "ELI", True)
    rutte = default_knowledge().lookup("Mark Rutte")
    assert rutte.standing(date(2020, 1, 1)).country == "NLD"
    assert rutte.standing(date(2025, 1, 1)).country == "NATO"


def test_acronyms_match_only_in_capitals():
    knowledge = default_knowledge()
    assert knowledge.lookup("WHO").country == "UNO"
    assert knowledge.lookup("who") is None
    assert knowledge.lookup("the PAN").country == "MEX"


def test_a_surname_shared_by_two_people_needs_the_date_to_resolve():
    knowledge = default_knowledge()
    assert knowledge.lookup("Rajapaksa") is None
    assert knowledge.lookup("Rajapaksa", on=date(2010, 1, 1)).name == "Mahinda Rajapaksa"


def test_short_metaphone_codes_do_not_pass_for_surnames():
    # "Tehran" and "Drian" (Le Drian) share the code TRN.
    assert default_knowledge().lookup("TEHRAN") is None


def test_a_user_file_adds_actors_and_replaces_the_packaged_rows_of_a_name(tmp_path):
    own = tmp_path / "actors.toml"
    own.write_text(
        'people = [\n'
        '  { name = "Ivan Petrenko", country = "UKR", role = "Mayor", sector = "GOV" },\n'
        '  { name = "Vladimir Putin", country = "RUS", role = "Director of the FSB", sector = "SPY", from = 1998-07-25, until = 1999-08-09 },\n'
        ']\n',
        encoding="utf-8",
    )
    knowledge = load_knowledge(own)
    assert knowledge.lookup("Petrenko").standing().role == "Mayor"
    assert knowledge.lookup("Putin").standing().sector == "SPY"


@pytest.mark.parametrize(
    ("content", "message"),
    [("people = [ { country = \"RUS\" } ]", "needs a name"), ("people = [", "not TOML"),
     ('people = [ { name = "X", kind = "robot" } ]', "kind 'robot'")],
)
def test_a_bad_user_file_is_a_config_error(tmp_path, content, message):
    own = tmp_path / "actors.toml"
    own.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_knowledge(own)


def test_a_missing_user_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the actor file"):
        load_knowledge(tmp_path / "nope.toml")


def test_every_packaged_row_has_a_known_country_sector_and_ordered_dates():
    data = tomllib.loads(resources.files("wirelens.extract").joinpath("data/actors.toml").read_text("utf-8"))
    countries = {c.alpha_3 for c in pycountry.countries} | IGO_CODES
    for section in ("people", "organizations", "groups"):
        for row in data[section]:
            assert row.get("country") is None or row["country"] in countries, row
            assert row.get("sector") is None or row["sector"] in SECTORS, row
            if "from" in row and "until" in row:
                assert row["from"] < row["until"], row


def test_a_surname_matched_by_sound_must_also_be_spelt_alike():
    # "Mauritania" and "Martin" (Micheál Martin) share the Metaphone code MRTN.
    assert default_knowledge().lookup("Mauritania") is None
    assert default_knowledge().lookup("Martin", fuzzy=False) is None
