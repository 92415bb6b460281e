"""Quantities in an event's phrase: "91 long-range drones" -> value 91, item "long-range drones".

Numerals only, as the parser marks them (`nummod` on a noun); spelled-out fractions ("about a
fifth") are left for later."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..model import Quantity

# Spelled numbers up to twenty cover most counts written in words in wire copy (style guides
# spell out one to nine); larger counts are written in digits.
_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def number_value(token: Token) -> float | None:
    """The value of a numeral token ("91", "1,200", "three"), with a following scale word."""
    text = token.lower_.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        value = _WORDS.get(text)
    if value is None:
        return None
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in _SCALES and following.head.i == token.head.i:
        value *= _SCALES[following.lower_]
    return float(value)


def quantities_in(tokens: Iterable[Token]) -> list[Quantity]:
    """The counted things among `tokens`: a numeral modifying a noun."""
    found: list[Quantity] = []
    for token in tokens:
        # "February 2022", "December 28": numbers in dates are times, not quantities.
        if token.dep_ != "nummod" or token.head.pos_ not in {"NOUN", "PROPN"} or token.ent_type_ in {"DATE", "TIME"}:
            continue
        value = number_value(token)
        if value is None:
            continue
        noun = token.head
        modifiers = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.i > token.i]
        start = min([token.i, *(m.left_edge.i for m in modifiers)])
        item_start = min([noun.i, *(m.left_edge.i for m in modifiers)])
        doc = token.doc
        found.append(
            Quantity(
                span=(doc[start].idx, noun.idx + len(noun.text)),
                value=value,
                item=doc[item_start : noun.i + 1].text,
            )
        )
    return found
