"""Affiliation on the seed article and on short sentences, through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from wirelens.extract.affiliation import affiliation_of
from wirelens.extract.knowledge import default_knowledge


def _actor(seed, name):
    return next(a for a in seed.actors if a.name == name)


def _at(seed, phrase, occurrence=0):
    text = seed.article.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return next(a for a in seed.actors if any(s <= start < e for s, e in a.mentions))


@pytest.mark.parametrize(
    ("name", "kind", "country", "sector", "role"),
    [
        ("Donald Trump", "person", "USA", "GOV", "President"),
        ("Volodymyr Zelenskiy", "person", "UKR", "GOV", "President"),
        ("Sergei Lavrov", "person", "RUS", "GOV", "Foreign Minister"),
        ("Reuters", "organization", None, "JRN", None),
    ],
)
def test_seed_actors_have_their_country_sector_and_role(seed, name, kind, country, sector, role):
    actor = _actor(seed, name)
    assert (actor.kind, actor.country, actor.sector, actor.role) == (kind, country, sector, role)


def test_seed_putin_resolves_from_his_surname_by_actor_knowledge(seed):
    putin = _at(seed, "Putin raised")
    assert (putin.country, putin.sector) == ("RUS", "GOV")


def test_seed_commanders_take_the_country_of_who_told_them(seed):
    commanders = _actor(seed, "commanders")
    assert (commanders.country, commanders.sector) == ("RUS", "MIL")


@pytest.mark.parametrize(
    ("phrase", "kind", "country", "sector"),
    [
        ("Ukraine’s foreign minister", "unnamed", "UKR", "GOV"),
        ("A senior Russian commander", "unnamed", "RUS", "MIL"),
        ("Moscow also claims", "country", "RUS", "GOV"),
        ("Kyiv pull", "country", "UKR", "GOV"),
    ],
)
def test_seed_unnamed_actors_and_capitals_standing_for_governments(seed, phrase, kind, country, sector):
    # An unnamed actor's role stays the extractor's head word ("minister"): affiliation fills
    # only what is open.
    actor = _at(seed, phrase)
    assert (actor.kind, actor.country, actor.sector) == (kind, country, sector)


def test_seed_pronouns_join_their_speakers(seed):
    assert _at(seed, "He said there were no injuries").name == "Sergei Lavrov"
    assert _at(seed, "He has also indicated").name == "Donald Trump"


def test_seed_european_countries_are_an_actor(seed):
    europeans = _actor(seed, "European countries")
    assert (europeans.kind, europeans.country) == ("group", "EUR")


def _affiliation(nlp, sentence, phrase, on=None):
    doc = nlp(sentence)
    start = sentence.index(phrase)
    return affiliation_of(doc.char_span(start, start + len(phrase), alignment_mode="expand"), default_knowledge(), on)


@pytest.mark.parametrize(
    ("sentence", "phrase", "country", "sector", "role"),
    [
        ("Marta Silva, Brazil's agriculture minister, said the harvest was late.", "Marta Silva", "BRA", "GOV", "Agriculture Minister"),
        ("Ordinary Uzbeks queued for bread.", "Ordinary Uzbeks", "UZB", "CVL", None),
        ("The speaker of the Knesset called a vote.", "The speaker of the Knesset", "ISR", "LEG", "Speaker"),
        ("Striking dock workers in Rotterdam blocked the port.", "Striking dock workers in Rotterdam", "NLD", "LAB", None),
        ("A navy cook was hurt.", "A navy cook", None, "MIL", None),
        ("The rebel ELN force attacked a base.", "The rebel ELN force", "COL", "REB", None),
        ("A former Kremlin official said so.", "A former Kremlin official", "RUS", "ELI", None),
        ("He said so.", "He", None, None, None),
    ],
)
def test_affiliation_reads_modifiers_appositions_attachments_and_role_words(nlp, sentence, phrase, country, sector, role):
    found = _affiliation(nlp, sentence, phrase)
    assert (found.country, found.sector, found.role) == (country, sector, role)


def test_text_wins_over_knowledge_and_knowledge_fills_the_rest(nlp):
    # The file says Lavrov is Russia's Foreign Minister; the text's "former" makes him an elite.
    found = _affiliation(nlp, "Former minister Sergei Lavrov spoke.", "Former minister Sergei Lavrov")
    assert (found.country, found.sector) == ("RUS", "ELI")
    alone = _affiliation(nlp, "Lavrov spoke.", "Lavrov", on=date(2025, 12, 29))
    assert (alone.name, alone.country, alone.sector, alone.role) == ("Sergei Lavrov", "RUS", "GOV", "Foreign Minister")
