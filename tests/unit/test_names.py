from __future__ import annotations

from wirelens.extract.names import fold, sound_key


def test_fold_drops_case_diacritics_curly_quotes_and_possessives():
    assert fold("Khürelsükh’s") == "khurelsukh"
    assert fold("  Jean-Yves   Le Drian ") == "jean yves le drian"
    assert fold("U.S.") == "u.s."


def test_transliterations_share_a_sound_key_and_other_names_do_not():
    assert sound_key("Volodymyr Zelenskiy") == sound_key("Volodymyr Zelenskyy") == sound_key("Volodymyr Zelensky")
    assert sound_key("Alexander Lukashenko") == sound_key("Alexander Lukashenka")
    assert sound_key("Vladimir Putin") != sound_key("Vladimir Patrushev")
