"""The reporting lexicon (data/cues.toml), loaded once: cue verbs, hedges, evidence remarks."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path


# The learned cue table (`wirelens train cues` writes it); a path, so that retraining an editable
# install updates the table the package reads.
LEARNED_CUES = Path(__file__).parent / "data" / "learned_cues.json"
# A verb the gold data shows heading a cue at least this often, per occurrence, is taken as a cue
# (`wirelens train attribution` learns the rates; the threshold was chosen on the train split).
CUE_RATE = 0.3
# How many occurrences the verb's overall rate counts for against a frame's own.
FRAME_PRIOR_WEIGHT = 10


@dataclass(frozen=True)
class LearnedCue:
    """What the train split says of a cue verb: how often it is one, and which of its
    dependents hold the content (`ccomp`, `dobj`, `prep:for` ...), most common first."""

    rate: float
    frames: dict[str, float]
    relations: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    nouns: dict[str, str]
    attitudes: frozenset[str]
    learned: dict[str, LearnedCue]
    negated_acts: dict[str, str]
    describing_verbs: frozenset[str]
    describing_acts: dict[str, str]
    threat_words: frozenset[str]
    hedges: frozenset[str]
    evidence: tuple[tuple[str, re.Pattern[str]], ...]

    def act_of(self, lemma: str, frame: str | None = None) -> str | None:
        """The act a cue verb performs, or None when it is no cue. A curated verb with a clause
        after it ("believed an agreement could be close") is always one; otherwise the verb must
        be a cue often enough on the train split, in this frame when the split has seen it in it.
        The act comes from the curated table, else `other`."""
        if lemma in self.verbs and frame is not None and ("c" in frame.split("+")[0] or "k" in frame.split("+")[0]):
            return self.verbs[lemma]
        learned = self.learned.get(lemma)
        if learned is not None:
            rate = learned.frames.get(frame, learned.rate) if frame is not None else learned.rate
            if rate < CUE_RATE:
                return None
            return self.verbs.get(lemma, "other")
        return self.verbs.get(lemma)

    def relations(self, lemma: str) -> tuple[str, ...]:
        learned = self.learned.get(lemma)
        return learned.relations if learned is not None else ()


def _smoothed(cued: int, seen: int, prior: float) -> float:
    """A frame's cue rate drawn toward its verb's rate, so that a frame seen a few times cannot
    make a verb a cue on its own ("attempted to", 4 cues in 12)."""
    return (cued + FRAME_PRIOR_WEIGHT * prior) / (seen + FRAME_PRIOR_WEIGHT)


@cache
def lexicon() -> Lexicon:
    """The reporting lexicon shipped with the package."""
    data = tomllib.loads(resources.files(__package__).joinpath("data/cues.toml").read_text("utf-8"))
    learned = json.loads(LEARNED_CUES.read_text("utf-8"))["verbs"]
    evidence = tuple(
        (status, re.compile(rf"\b{pattern}\b", re.IGNORECASE))
        for status, patterns in data["evidence"].items()
        for pattern in patterns
    )
    return Lexicon(
        verbs=data["verbs"],
        nouns=data["nouns"],
        attitudes=frozenset(data["attitudes"]["words"]),
        learned={
            lemma: LearnedCue(
                entry["cues"] / entry["seen"],
                {frame: _smoothed(cued, seen, entry["cues"] / entry["seen"]) for frame, (cued, seen) in entry["frames"].items()},
                tuple(entry["content"]),
            )
            for lemma, entry in learned.items()
        },
        negated_acts=data["negation"],
        describing_verbs=frozenset(data["describing"]["verbs"]),
        describing_acts={
            word: act for act, words in data["describing"].items() if act != "verbs" for word in words
        },
        threat_words=frozenset(data["threat"]["words"]),
        hedges=frozenset(data["hedges"]["words"]),
        evidence=evidence,
    )
