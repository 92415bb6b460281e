"""The reporting lexicon (data/cues.toml), loaded once: cue verbs, hedges, evidence remarks."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    negated_acts: dict[str, str]
    denial_complements: frozenset[str]
    hedges: frozenset[str]
    evidence: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def lexicon() -> Lexicon:
    """The reporting lexicon shipped with the package."""
    data = tomllib.loads(resources.files(__package__).joinpath("data/cues.toml").read_text("utf-8"))
    evidence = tuple(
        (status, re.compile(rf"\b{pattern}\b", re.IGNORECASE))
        for status, patterns in data["evidence"].items()
        for pattern in patterns
    )
    return Lexicon(
        verbs=data["verbs"],
        negated_acts=data["negation"],
        denial_complements=frozenset(data["denial_complements"]["words"]),
        hedges=frozenset(data["hedges"]["words"]),
        evidence=evidence,
    )
