"""Places: one record per distinct place name the article mentions, every mention listed.

A first extractor over the model's entity labels; the places issue adds the gazetteer that
corrects them ("Kyiv" tagged PERSON) and resolves each place to codes and coordinates.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Place, PlaceKind

# GPE may be a country, a region or a city: the label alone cannot say which, so kind stays open.
_KINDS: dict[str, PlaceKind | None] = {"GPE": None, "LOC": "region", "FAC": "facility"}


def extract_places(doc: Doc) -> list[Place]:
    """One Place per distinct name of a GPE, LOC or FAC entity, in order of first mention."""
    places: dict[str, Place] = {}
    for ent in doc.ents:
        if ent.label_ not in _KINDS:
            continue
        words = ent.text.split()
        # "the United States" and "United States" are one place; the name drops the article.
        if words[0].lower() == "the" and len(words) > 1:
            start_char = ent.start_char + ent.text.index(words[1])
        else:
            start_char = ent.start_char
        name = doc.text[start_char : ent.end_char]
        place = places.get(name.lower())
        if place is None:
            place = places[name.lower()] = Place(id=f"p{len(places) + 1}", name=name, kind=_KINDS[ent.label_])
        place.mentions.append((start_char, ent.end_char))
    return list(places.values())
