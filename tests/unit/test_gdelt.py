"""GDELT 2.0 event-table rows of an analysis."""

from wirelens.export.gdelt import GDELT_COLUMNS, WIRELENS_COLUMNS, gdelt_rows
from wirelens.model import Actor, Analysis


def _rows(analysis: Analysis) -> list[dict[str, str]]:
    return [dict(zip(GDELT_COLUMNS + WIRELENS_COLUMNS, row, strict=True)) for row in gdelt_rows(analysis)]


def test_gdelt_has_its_61_columns_first():
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[26] == "EventCode" and GDELT_COLUMNS[-1] == "SOURCEURL"


def test_a_claimed_attack_is_the_claimers_accusation(seed):
    """GDELT would code Lavrov's claim as Ukraine's attack; its CAMEO row is Lavrov's accusation."""
    [row] = [r for r in _rows(seed) if r["TriggerText"] == "said" and r["EventCode"] == "112"]
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor2Code"]) == ("RUSGOV", "Sergei Lavrov", "UKR")
    assert (row["EventRootCode"], row["QuadClass"], row["GoldsteinScale"]) == ("11", "3", "-2.0")
    assert (row["Event"], row["PloverType"], row["Status"], row["DisputedBy"]) == ("e4", "ASSAULT", "claimed", "s12,s14")
    assert (row["Day"], row["FractionDate"]) == ("20251229", "2025.9918")  # day 363: 362 days done
    assert row["ActionGeo_ADM1Code"] == ""  # where the attack was is not where it was claimed
    assert not [r for r in _rows(seed) if r["EventRootCode"] == "19" and r["Status"] == "claimed"]
    statement = next(s for s in seed.statements if s.id == row["Statement"])
    assert seed.article.text[int(row["TriggerStart"]) : int(row["TriggerEnd"])] == statement.cue.text


def test_an_asserted_act_is_placed_and_dated_by_its_event(seed):
    [visit] = [r for r in _rows(seed) if r["TriggerText"] == "met"][:1]
    assert (visit["EventCode"], visit["ActionGeo_ADM1Code"], visit["ActionGeo_Type"], visit["Day"]) == ("040", "US-FL", "2", "20251228")


def _one_event(seed, **update) -> Analysis:
    event = seed.events[0].model_copy(update={"cameo": "190", "status": "asserted", "actor_country": [], "recipient_country": [], **update})
    return seed.model_copy(update={"events": [event]})


def test_one_row_per_actor_recipient_pair(seed):
    actors = [Actor(id=f"a{i}", name=n, kind="country", country=c) for i, (n, c) in enumerate([("A", "FRA"), ("B", "DEU"), ("C", "ITA")])]
    analysis = _one_event(seed, actor=["a0", "a1"], recipient=["a2"]).model_copy(update={"actors": actors})
    rows = _rows(analysis)
    assert [(r["Actor1CountryCode"], r["Actor2CountryCode"]) for r in rows] == [("FRA", "ITA"), ("DEU", "ITA")]
    assert len({r["GlobalEventID"] for r in rows}) == 2


def test_intergovernmental_bodies_are_known_groups(seed):
    actors = [Actor(id="a0", name="NATO", kind="organization", country="NATO")]
    [row] = _rows(_one_event(seed, actor=["a0"], recipient=[]).model_copy(update={"actors": actors}))
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1KnownGroupCode"]) == ("NATO", "", "NATO")


def test_an_act_of_no_one_named_has_no_row(seed):
    assert _rows(_one_event(seed, actor=[], recipient=[])) == []
