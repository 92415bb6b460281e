"""Actors of the seed article: one record per actor, surnames and pronouns joined to it."""

from __future__ import annotations

from wirelens.extract.actors import extract_actors
from wirelens.extract.cues import find_cues


def actor(seed, name):
    return next(a for a in seed.actors if a.name == name)


def mention_texts(seed, seed_text, name):
    return [seed_text[s:e] for s, e in actor(seed, name).mentions]


def test_surnames_join_the_full_name(seed, seed_text):
    assert {"Sergei Lavrov", "Lavrov"} <= set(mention_texts(seed, seed_text, "Sergei Lavrov"))
    assert {"Volodymyr Zelenskiy", "Zelenskiy"} <= set(mention_texts(seed, seed_text, "Volodymyr Zelenskiy"))
    assert sum(a.name.endswith("Trump") for a in seed.actors) == 1


def test_titles_become_roles(seed):
    assert actor(seed, "Sergei Lavrov").role == "Foreign Minister"
    assert actor(seed, "Donald Trump").role == "President"


def test_unnamed_speakers_are_actors(seed):
    commander = actor(seed, "A senior Russian commander")
    assert commander.kind == "unnamed"
    assert commander.role == "Commander"
    minister = actor(seed, "Ukraine’s foreign minister")
    assert (minister.kind, minister.role) == ("unnamed", "Foreign Minister")


def test_he_follows_the_last_subject(seed, seed_text):
    he_said = seed_text.index("He said there were no injuries")
    assert (he_said, he_said + 2) in actor(seed, "Sergei Lavrov").mentions
    he_indicated = seed_text.index("He has also indicated")
    assert (he_indicated, he_indicated + 2) in actor(seed, "Donald Trump").mentions


def test_ids_follow_the_text_and_mentions_point_at_names(nlp):
    doc = nlp("Officials in Kyiv met Sergei Lavrov. Lavrov said the talks went well.")
    actors = extract_actors(doc, find_cues(doc))
    assert [a.id for a in actors] == [f"a{n}" for n in range(1, len(actors) + 1)]
    lavrov = next(a for a in actors if a.name == "Sergei Lavrov")
    assert [doc.text[s:e] for s, e in lavrov.mentions] == ["Sergei Lavrov", "Lavrov"]


def test_a_definite_description_is_the_last_person_with_that_title(nlp):
    doc = nlp(
        "Russian Foreign Minister Sergei Lavrov met officials in Ankara. The minister said the talks had failed. "
        "Later, a senior Turkish minister said nothing had changed."
    )
    mentions = {a.name: [doc.text[s:e] for s, e in a.mentions] for a in extract_actors(doc, find_cues(doc))}
    assert mentions["Sergei Lavrov"] == ["Sergei Lavrov", "The minister"]
    assert mentions["a senior Turkish minister"] == ["a senior Turkish minister"]


def test_it_and_its_join_the_state_that_is_the_subject_of_their_sentence(nlp):
    text = (
        "Russia controls about a fifth of the country, including Crimea, which it annexed in 2014. "
        "Moscow has demanded that Kyiv pull its forces out. It was not clear when."
    )
    doc = nlp(text)
    mentions = {a.name: [doc.text[s:e] for s, e in a.mentions] for a in extract_actors(doc, find_cues(doc))}
    assert mentions["Russia"] == ["Russia", "it"]
    assert mentions["Kyiv"] == ["Kyiv", "its"]


def test_a_description_running_into_a_name_is_that_actor(nlp):
    doc = nlp("The Islamist militant group Boko Haram said it carried out the raid.")
    mentions = {a.name: [doc.text[s:e] for s, e in a.mentions] for a in extract_actors(doc, find_cues(doc))}
    assert mentions["Boko Haram"][:2] == ["The Islamist militant group", "Boko Haram"]
    assert "The Islamist militant group" not in mentions
