"""PLOVER records of an analysis."""

from wirelens.export.plover import plover_records


def test_plover_records_of_the_seed(seed):
    records = list(plover_records(seed))
    assert len(records) == len(seed.events)
    [attack] = [r for r in records if r["event_text"] == "attack"]
    assert (attack["event_code"], attack["mode"], attack["cameo_code"]) == (
        "ASSAULT",
        "drone",
        "190",
    )
    assert [a["code"] for a in attack["source_actors"]] == ["UKR"]
    assert attack["location"]["admin1"] == "RU-NGR" and attack["date"] == "2025-12-28/2025-12-29"
    assert (attack["status"], attack["claimed_by"]) == ("claimed", ["s8"])


def test_a_side_known_only_by_its_countries(seed):
    event = seed.events[0].model_copy(update={"actor": [], "actor_country": ["HUN", "ROU"]})
    [record] = plover_records(seed.model_copy(update={"events": [event]}))
    assert [(a["text"], a["code"]) for a in record["source_actors"]] == [
        (None, "HUN"),
        (None, "ROU"),
    ]


def test_acts_plover_does_not_code_have_no_record(seed):
    untyped = seed.events[0].model_copy(update={"type": None, "cameo": "020"})
    assert list(plover_records(seed.model_copy(update={"events": [untyped]}))) == []
