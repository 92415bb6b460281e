"""The reporting lexicon (data/cues.toml), loaded once: cue verbs, hedges, evidence remarks."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


# A verb the gold data shows heading a cue at least this often, per occurrence, is taken as a cue
# (`wirelens train attribution` learns the rates; the threshold was chosen on the train split).
CUE_RATE = 0.3


@dataclass(frozen=True)
class LearnedCue:
    """What the train split says of a cue verb: how often it is one, and which of its
    dependents hold the content (`ccomp`, `dobj`, `prep:for` ...), most common first."""

    rate: float
    relations: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    learned: dict[str, LearnedCue]
    negated_acts: dict[str, str]
    denial_complements: frozenset[str]
    hedges: frozenset[str]
    evidence: tuple[tuple[str, re.Pattern[str]], ...]

    def act_of(self, lemma: str) -> str | None:
        """The act a cue verb performs: from the curated table, else `other` for a verb the
        train split shows to be a cue often enough; None for a verb that is no cue."""
        if lemma in self.verbs:
            return self.verbs[lemma]
        learned = self.learned.get(lemma)
        return "other" if learned is not None and learned.rate >= CUE_RATE else None

    def relations(self, lemma: str) -> tuple[str, ...]:
        learned = self.learned.get(lemma)
        return learned.relations if learned is not None else ()


@cache
def lexicon() -> Lexicon:
    """The reporting lexicon shipped with the package."""
    files = resources.files(__package__)
    data = tomllib.loads(files.joinpath("data/cues.toml").read_text("utf-8"))
    learned = json.loads(files.joinpath("data/learned_cues.json").read_text("utf-8"))["verbs"]
    evidence = tuple(
        (status, re.compile(rf"\b{pattern}\b", re.IGNORECASE))
        for status, patterns in data["evidence"].items()
        for pattern in patterns
    )
    return Lexicon(
        verbs=data["verbs"],
        learned={
            lemma: LearnedCue(entry["cues"] / entry["seen"], tuple(entry["content"]))
            for lemma, entry in learned.items()
        },
        negated_acts=data["negation"],
        denial_complements=frozenset(data["denial_complements"]["words"]),
        hedges=frozenset(data["hedges"]["words"]),
        evidence=evidence,
    )
