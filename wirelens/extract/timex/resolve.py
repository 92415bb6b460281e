"""Every expression of a parsed text with its value, resolved in text order against the
publication date and the focus (the time mentioned just before)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from .anchor import tense_at
from .normalize import Reference, Resolution, Tense, normalize
from .patterns import Mention, find_mentions
from .points import Point


@dataclass(frozen=True)
class Resolved:
    """One expression: what was found, the tense of its clause, its value, and the index of the
    expression it was resolved from (None: from publication, or absolute)."""

    mention: Mention
    tense: Tense
    resolution: Resolution
    focus_index: int | None


def resolve_mentions(doc: Doc, published: date | None) -> list[Resolved]:
    """The expressions of `doc` in text order, resolved against `published` (None: unknown)."""
    resolved: list[Resolved] = []
    focus: tuple[Point, int] | None = None
    for mention in find_mentions(doc.text):
        tense = tense_at(doc, mention.start, mention.end)
        resolution = normalize(mention, Reference(published, tense, focus[0] if focus else None))
        from_focus = resolution.anchor == "focus" and focus is not None
        resolved.append(Resolved(mention, tense, resolution, focus[1] if from_focus and focus else None))
        # Times resolved from the focus do not become it: "a year earlier" twice in a row both
        # count from the quarter reported, not from each other.
        if resolution.point is not None and resolution.anchor != "focus":
            focus = (resolution.point, len(resolved) - 1)
    return resolved
