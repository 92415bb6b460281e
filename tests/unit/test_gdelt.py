"""GDELT 2.0 event-table rows of an analysis."""

from wirelens.model import Actor, Analysis, Event
from wirelens.store.gdelt import GDELT_COLUMNS, WIRELENS_COLUMNS, gdelt_rows


def _rows(analysis: Analysis) -> list[dict[str, str]]:
    return [dict(zip(GDELT_COLUMNS + WIRELENS_COLUMNS, row, strict=True)) for row in gdelt_rows(analysis)]


def test_gdelt_has_its_61_columns_first():
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[26] == "EventCode" and GDELT_COLUMNS[-1] == "SOURCEURL"


def test_the_claimed_attack_of_the_seed(seed):
    [attack] = [r for r in _rows(seed) if r["TriggerText"] == "attack"]
    assert (attack["Actor1Code"], attack["Actor2Code"], attack["Actor2Name"]) == (
        "UKR",
        "RUSGOV",
        "Putin",
    )
    assert (attack["EventRootCode"], attack["QuadClass"], attack["GoldsteinScale"]) == (
        "19",
        "4",
        "-10.0",
    )
    assert (
        attack["ActionGeo_Type"],
        attack["ActionGeo_CountryCode"],
        attack["ActionGeo_ADM1Code"],
    ) == ("5", "RUS", "RU-NGR")
    assert (attack["Day"], attack["FractionDate"]) == (
        "20251228",
        "2025.9890",
    )  # day 362: 361 days done
    assert (attack["Status"], attack["DisputedBy"]) == ("claimed", "s12,s14")
    text = seed.article.text
    assert text[int(attack["TriggerStart"]) : int(attack["TriggerEnd"])] == "attack"


def test_one_row_per_actor_recipient_pair(seed):
    actors = [
        Actor(id=f"a{i}", name=n, kind="country", country=c)
        for i, (n, c) in enumerate([("A", "FRA"), ("B", "DEU"), ("C", "ITA")])
    ]
    event = seed.events[0].model_copy(update={"actor": ["a0", "a1"], "recipient": ["a2"], "cameo": "040"})
    analysis = seed.model_copy(update={"actors": actors, "events": [event]})
    assert [(r["Actor1CountryCode"], r["Actor2CountryCode"]) for r in _rows(analysis)] == [
        ("FRA", "ITA"),
        ("DEU", "ITA"),
    ]


def test_intergovernmental_bodies_are_known_groups(seed):
    actors = [Actor(id="a0", name="NATO", kind="organization", country="NATO")]
    event: Event = seed.events[0].model_copy(update={"actor": ["a0"], "recipient": []})
    [row] = _rows(seed.model_copy(update={"actors": actors, "events": [event]}))
    assert (
        row["Actor1Code"],
        row["Actor1CountryCode"],
        row["Actor1KnownGroupCode"],
    ) == ("NATO", "", "NATO")
