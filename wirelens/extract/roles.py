"""Role words: the sector lexicon (`data/sectors.toml`) and the role text of a noun phrase.

Phrases of the lexicon match spaCy lemmas or lower-case words of adjacent tokens, longest first
("national guard" before "guard", "prime minister" before "minister").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

_SMALL_WORDS = {"of", "the", "for", "and", "to"}
# Longest phrase of the sector lexicon, in words ("chief of the general staff").
_MAX_PHRASE = 5


@dataclass(frozen=True)
class RoleLexicon:
    """The sections of data/sectors.toml."""

    sectors: dict[tuple[str, ...], str]
    leaders: frozenset[str]
    generic: frozenset[str]
    former: frozenset[str]
    titles: frozenset[tuple[str, ...]]
    role_modifiers: frozenset[str]
    commanding: frozenset[str]


@cache
def role_lexicon() -> RoleLexicon:
    """The role lexicon shipped with the package."""
    data = tomllib.loads(resources.files(__package__).joinpath("data/sectors.toml").read_text("utf-8"))
    return RoleLexicon(
        sectors={tuple(phrase.split()): sector for sector, phrases in data["sectors"].items() for phrase in phrases},
        leaders=frozenset(data["leaders"]["words"]),
        generic=frozenset(data["generic"]["words"]),
        former=frozenset(data["former"]["words"]),
        titles=frozenset(tuple(title.split()) for title in data["titles"]["words"]),
        role_modifiers=frozenset(data["role_modifiers"]["words"]),
        commanding=frozenset(data["commanding"]["verbs"]),
    )


def phrase_sector(tokens: list[Token], anchor: Token) -> str | None:
    """The sector of the longest lexicon phrase among `tokens` that holds `anchor`."""
    sectors = role_lexicon().sectors
    position = tokens.index(anchor)
    for length in range(_MAX_PHRASE, 0, -1):
        for start in range(max(0, position - length + 1), min(position, len(tokens) - length) + 1):
            window = tokens[start : start + length]
            if not adjacent(window):
                continue
            for key in _keys(window):
                if key in sectors:
                    return sectors[key]
    return None


def _keys(window: list[Token]) -> list[tuple[str, ...]]:
    """The window as lemmas and as lower-case words ("troops" -> troop; "armed" stays armed)."""
    return list(dict.fromkeys([tuple(lemma(t) for t in window), tuple(t.lower_ for t in window)]))


def lemma(token: Token) -> str:
    """The token's lemma, lower-case."""
    return token.lemma_.lower()


def phrase_length(tokens: list[Token], start: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """The length of the longest phrase of `phrases` starting at tokens[start], or 0."""
    for length in range(min(_MAX_PHRASE, len(tokens) - start), 0, -1):
        if any(key in phrases for key in _keys(tokens[start : start + length])):
            return length
    return 0


def role_text(tokens: list[Token], head: Token | None) -> str | None:
    """The role text: a title nearest the head with the words that qualify it
    ("Foreign Minister", "Deputy Prime Minister", "Secretary of State")."""
    lexicon = role_lexicon()
    # A title may open a person's name as the model labels it ("King Charles"), never end it
    # ("Tom King").
    usable = [t for t in tokens if t.ent_type_ != "PERSON" or (t.ent_iob_ == "B" and phrase_length([t], 0, lexicon.titles))]
    order = sorted(range(len(usable)), key=lambda k: (usable[k] != head, abs(usable[k].i - (head.i if head is not None else 0))))
    for k in order:
        # The longest title holding the word: "Secretary-General", not its "General".
        spans = [(start, phrase_length(usable, start, lexicon.titles)) for start in range(max(0, k - _MAX_PHRASE + 1), k + 1)]
        covering = [(start, length) for start, length in spans if start + length > k and adjacent(usable[start : start + length])]
        if covering:
            start, length = covering[0]
            end = start + length
            while start > 0 and usable[start - 1].lower_ in lexicon.role_modifiers and usable[start - 1].i == usable[start].i - 1:
                start -= 1
            return _title_case(usable[start:end])
    return None


def _title_case(tokens: list[Token]) -> str:
    """The role as a title, singular: "foreign minister" and "commanders" -> "Foreign Minister", "Commander"."""
    words = [t.lemma_ if t.tag_ in {"NNS", "NNPS"} and t == tokens[-1] else t.text for t in tokens]
    text = " ".join(w if w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:] for w in words)
    return text.replace(" - ", "-")




def adjacent(tokens: list[Token]) -> bool:
    """Whether the tokens follow one another in the doc, with no gap."""
    return all(b.i - a.i == 1 for a, b in zip(tokens, tokens[1:], strict=False))
