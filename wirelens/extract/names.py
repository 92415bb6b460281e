"""Name keys: the forms under which two spellings of one name compare equal."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jellyfish

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_NON_WORD = re.compile(r"[^\w'.]+")


# Names recur across the mentions and articles of a run: folding each once pays off.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """`text` lower-cased, without diacritics, curly quotes or a possessive 's, its words
    separated by single spaces ("Khürelsükh’s" -> "khurelsukh")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = re.sub(r"'s\b", "", plain)
    return " ".join(_NON_WORD.sub(" ", plain).split())


@lru_cache(maxsize=1 << 16)
def sound_key(name: str) -> str:
    """The Metaphone code of each word of `name`: Zelenskiy, Zelensky and Zelenskyy share
    one key, as do Lukashenko and Lukashenka. Only for names of two words or more: one word's
    code alone is too coarse (Putin and Patten collide)."""
    return " ".join(jellyfish.metaphone(word) for word in fold(name).replace(".", " ").split())
