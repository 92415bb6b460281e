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
from .timex.resolve import resolve_mentions

__all__ = ["extract_times"]


def extract_times(doc: Doc, published: date | None) -> list[Timex]:
    """Every temporal expression of `doc` as a Timex in text order, ids t1, t2, ..., resolved
    against `published` (None: unknown) and the focus of the text."""
    times: list[Timex] = []
    for index, item in enumerate(resolve_mentions(doc, published)):
        resolution, mention = item.resolution, item.mention
        anchor = f"t{item.focus_index + 1}" if item.focus_index is not None else resolution.anchor
        times.append(Timex(id=f"t{index + 1}", span=(mention.start, mention.end), text=mention.text,
                           type=resolution.type, value=resolution.value, anchor=anchor))
    return times
