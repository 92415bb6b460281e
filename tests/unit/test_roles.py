from __future__ import annotations

import pytest

from wirelens.extract.roles import adjacent, phrase_sector, role_lexicon, role_text

PLOVER_SECTORS = {"GOV", "MIL", "PRM", "REB", "LEG", "JUD", "PTY", "COP", "SPY", "CVL", "BUS", "LAB", "AGR", "EDU", "REL", "REF", "MED", "JRN", "CRM", "SOC", "PRE"}


def test_the_lexicon_names_plover_sectors_in_lower_case_phrases():
    lexicon = role_lexicon()
    assert set(lexicon.sectors.values()) <= PLOVER_SECTORS
    assert all(word == word.lower() for phrase in lexicon.sectors for word in phrase)
    assert all(word == word.lower() for phrase in lexicon.titles for word in phrase)


@pytest.mark.parametrize(
    ("text", "anchor", "sector"),
    [("the Saudi National Guard", "Guard", "MIL"), ("Russian troops", "troops", "MIL"), ("the Guard", "Guard", None),
     ("two lawmakers", "lawmakers", "LEG"), ("unidentified gunmen", "gunmen", "REB")],
)
def test_the_longest_phrase_holding_the_word_gives_the_sector(nlp, text, anchor, sector):
    doc = nlp(text)
    tokens = list(doc)
    assert phrase_sector(tokens, next(t for t in tokens if t.text == anchor)) == sector


@pytest.mark.parametrize(
    ("text", "head", "role"),
    [("Russian Foreign Minister Sergei Lavrov", "Lavrov", "Foreign Minister"),
     ("the deputy prime minister", "minister", "Deputy Prime Minister"),
     ("US Secretary of State Marco Rubio", "Rubio", "Secretary of State"),
     ("three commanders", "commanders", "Commander"), ("the farmers", "farmers", None),
     ("U.N. Secretary-General Kofi Annan", "Annan", "Secretary-General"),
     ("British Defence Secretary Tom King", "King", "Defence Secretary")],
)
def test_role_text_is_the_title_nearest_the_head_with_its_qualifiers(nlp, text, head, role):
    tokens = list(nlp(text))
    assert role_text(tokens, next(t for t in tokens if t.text == head)) == role


def test_adjacent_tokens(nlp):
    doc = nlp("one two three")
    assert adjacent([doc[0], doc[1]]) and not adjacent([doc[0], doc[2]])
