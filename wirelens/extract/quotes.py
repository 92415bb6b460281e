"""Quoted passages of a text: the character spans between quotation marks."""

from __future__ import annotations

import re
from typing import NamedTuple

_OPENING = {"“", "„", "«", "``"}
_CLOSING = {"”", "»"}
# Marks that open and close alike; the New York Times writes quotations between two apostrophes.
_STRAIGHT = {'"', "''"}
_MARK = re.compile(r"''|``|[“”„«»\"\n]")


class Quote(NamedTuple):
    start: int
    end: int
    closed: bool

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def find_quotes(text: str) -> list[Quote]:
    """Inner spans of the quotations in `text`, in order.

    Straight and curly marks both count. A quotation left open runs to the end of its paragraph:
    wire copy drops closing marks ("as “state terrorism, warning ...") and reopens a quotation that
    continues into the next paragraph without closing the first.
    """
    quotes = []
    start: int | None = None
    for match in _MARK.finditer(text):
        mark, i = match.group(), match.start()
        if start is None and (mark in _OPENING or mark in _STRAIGHT):
            start = match.end()
        elif start is not None and (mark in _CLOSING or mark in _STRAIGHT):
            if i > start:
                quotes.append(Quote(start, i, closed=True))
            start = None
        elif start is not None and mark == "\n":
            if i > start:
                quotes.append(Quote(start, i, closed=False))
            start = None
    if start is not None and start < len(text.rstrip()):
        quotes.append(Quote(start, len(text.rstrip()), closed=False))
    return quotes


def quoted_share(spans: list[tuple[int, int]], quotes: list[Quote], text: str) -> float:
    """The share of the non-space characters of `spans` that lie inside a quotation."""
    inside = total = 0
    for start, end in spans:
        for i in range(start, end):
            if text[i].isspace():
                continue
            total += 1
            inside += any(q.start <= i < q.end for q in quotes)
    return inside / total if total else 0.0
