"""The record every cue finder returns."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass(frozen=True)
class CueMatch:
    """A reporting cue and what the parse says about it. Token ranges are [start, end)."""

    cue: tuple[int, int]
    lemma: str
    act: str
    speaker: Token | None
    addressee: Token | None
    content: tuple[int, int] | None
