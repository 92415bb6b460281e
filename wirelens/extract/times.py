"""Times: every temporal expression of an article as a TIMEX3 record (DATE, TIME, DURATION, SET).

The machinery lives in `extract/timex/`: patterns find the expressions, the parse gives the tense
of their clause, and each is resolved against the publication date or against the time mentioned
just before it (the focus: "A day earlier" after "Monday morning" is the Sunday), which `anchor`
records. Without a publication date, relative expressions keep unresolved values (XXXX-XX-XX).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from ..model import Timex
from .timex import Reference, find_mentions, normalize, tense_at
from .timex.points import Point

__all__ = ["extract_times"]


def extract_times(doc: Doc, published: date | None) -> list[Timex]:
    """Every temporal expression of `doc` as a Timex in text order, ids t1, t2, ..., resolved
    against `published` (None: unknown) and the focus of the text."""
    times: list[Timex] = []
    focus: tuple[Point, str] | None = None
    for mention in find_mentions(doc.text):
        reference = Reference(published, tense_at(doc, mention.start, mention.end), focus[0] if focus else None)
        resolution = normalize(mention, reference)
        timex_id = f"t{len(times) + 1}"
        anchor = focus[1] if resolution.anchor == "focus" and focus else resolution.anchor
        times.append(Timex(id=timex_id, span=(mention.start, mention.end), text=mention.text,
                           type=resolution.type, value=resolution.value, anchor=anchor))
        # Times resolved from the focus do not become it: "a year earlier" twice in a row both
        # count from the quarter reported, not from each other.
        if resolution.point is not None and resolution.anchor != "focus":
            focus = (resolution.point, timex_id)
    return times
