"""Quantities in a phrase: counts ("91 long-range drones"), measures ("about 15 km", "$5 billion"),
shares ("around three-quarters of the territory", "about a fifth", "30 percent") and vague counts
("tens of thousands of students"), each with the bound the text puts on it ("at least 156").

Read off the parse rather than with a number-parsing library: what makes a quantity here is its
place in the phrase (the noun a numeral counts, the whole a share is taken of), which such libraries
do not see; the words they would add (spelled numbers, scales, fractions) are the few tables below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from ..model import Bound, Quantity, Statement

__all__ = ["counted", "number_value", "quantities_in", "quantity_at", "stated"]

# Spelled numbers up to twenty cover most counts written in words in wire copy (style guides
# spell out one to nine); larger counts are written in digits.
_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_WORDS |= {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 10**12,
}
# Abbreviated scales, written after the digits ("$300bn", "£1.3m", "5 bn"): only read there.
_SUFFIXES = {
    "k": 1_000,
    "m": 1_000_000,
    "m.": 1_000_000,
    "mn": 1_000_000,
    "bn": 10**9,
    "b": 10**9,
    "tn": 10**12,
    "trn": 10**12,
}
# Digits only: float() would also read "nan", "inf" and "1e5" as numbers.
_DIGITS = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_ABBREVIATED = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)(" + "|".join(re.escape(s) for s in sorted(_SUFFIXES, key=len, reverse=True)) + r")"
)
# A share named by its denominator: "a fifth", "three-quarters", "two thirds", "half".
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
              "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
# Counts that name only an order of magnitude ("dozens of", "thousands of"): the least they mean.
_VAGUE = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 10**9,
}
_MULTIPLES = {"tens": 10, "hundreds": 100}
# Units by lemma and symbol; currencies by ISO 4217 code.
_UNITS = {
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "mi", "metre": "m", "meter": "m",
    "percent": "%", "%": "%", "tonne": "t", "ton": "t", "kg": "kg", "kilogram": "kg",
    "dollar": "USD", "$": "USD", "euro": "EUR", "€": "EUR", "£": "GBP", "barrel": "bbl",
}  # fmt: skip
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}
# The dollars that are not US dollars, by the word before them ("2.20 Canadian dollars").
_DOLLARS = {
    "canadian": "CAD",
    "australian": "AUD",
    "zealand": "NZD",
    "kong": "HKD",
    "singapore": "SGD",
    "taiwan": "TWD",
}
# The words that bound a number, read backwards from it ("at least 156": "least", then "at").
_BOUNDS: dict[tuple[str, ...], Bound] = {
    ("about",): "about", ("around",): "about", ("some",): "about", ("nearly",): "about",
    ("almost",): "about", ("roughly",): "about", ("approximately",): "about", ("estimated", "an"): "about",
    ("least", "at"): "at_least", ("than", "more"): "more_than", ("over",): "more_than",
    ("than", "fewer"): "less_than", ("than", "less"): "less_than", ("under",): "less_than",
    ("to", "up"): "at_most", ("most", "at"): "at_most",
}  # fmt: skip


def _is_numeral(token: Token) -> bool:
    return (
        token.pos_ == "NUM"
        or token.lower_ in _WORDS
        or token.lower_ in _SCALES
        or _ABBREVIATED.fullmatch(token.lower_) is not None
    )


def number_value(token: Token) -> float | None:
    """The value of a number phrase headed by `token` ("91", "1,200", "three", "5 billion",
    "2.5 million", "$300bn")."""
    text = token.lower_.replace(",", "")
    if text in _SCALES:
        factors = [_digits(c) for c in token.children if c.dep_ in {"compound", "nummod"} and c.i < token.i]
        return (factors[0] if factors and factors[0] is not None else 1.0) * _SCALES[text]
    value = _digits(token)
    if value is not None and (scale := _scale_after(token)) is not None:
        value *= _SCALES.get(scale.lower_) or _SUFFIXES[scale.lower_]
    return value


def _digits(token: Token) -> float | None:
    """The value a token writes by itself ("1,200", "three", "300bn")."""
    text = token.lower_.replace(",", "")
    if (abbreviated := _ABBREVIATED.fullmatch(text)) is not None:
        return float(abbreviated.group(1)) * _SUFFIXES[abbreviated.group(2)]
    if _DIGITS.fullmatch(text):
        return float(text)
    value = _WORDS.get(text)
    return None if value is None else float(value)


def _scale_after(token: Token) -> Token | None:
    """The scale word right after a number ("5 billion", "$300 m"), if it belongs to it."""
    if token.i + 1 >= len(token.doc):
        return None
    following = token.nbor(1)
    if following.lower_ not in _SCALES and following.lower_ not in _SUFFIXES:
        return None
    return following if following.i == token.head.i or following.head.i in {token.i, token.head.i} else None


def quantity_at(token: Token) -> Quantity | None:
    """The quantity whose number phrase `token` heads or whose noun `token` is, if any."""
    if token.ent_type_ in {"DATE", "TIME"}:
        return None  # "February 2022", "December 28": numbers in dates are times.
    word = token.lower_
    if _is_numeral(token) and not _inside_number(token):
        return _numeral(token)
    if token.lemma_.lower() in _FRACTIONS or word in _FRACTIONS:
        return _share(token)
    if word in _VAGUE and _of(token) is not None:
        return _vague(token)
    return None


def quantities_in(tokens: Iterable[Token]) -> list[Quantity]:
    """The quantities among `tokens`, in text order, each once."""
    found: dict[tuple[int, int], Quantity] = {}
    for token in tokens:
        if (quantity := quantity_at(token)) is not None:
            found.setdefault(quantity.span, quantity)
    return list(found.values())


def stated(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """`statements` with the quantities their content states ("holds around three-quarters of
    the territory"): the numbers a fact-checker checks."""
    return [s.model_copy(update={"quantities": quantities_in(_content_tokens(doc, s))}) for s in statements]


def _content_tokens(doc: Doc, statement: Statement) -> Iterator[Token]:
    for start, end in statement.content.spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            yield from span


def counted(noun: Token) -> Quantity | None:
    """The count a noun phrase gives its noun ("at least 156 people", "tens of thousands of
    students", "killing one"), whatever its dependency."""
    if _is_numeral(noun):
        return _numeral(noun)
    if noun.lower_ in _VAGUE and _of(noun) is not None:
        return _vague(noun)
    numerals = [c for c in noun.children if c.dep_ == "nummod" and _is_numeral(c)]
    if numerals:
        return _numeral(numerals[0])
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _VAGUE:
        return _vague(noun.head.head)
    return None


def _inside_number(token: Token) -> bool:
    """Whether `token` is a part of a bigger number ("5" in "5 billion")."""
    head = token.head
    return head.i != token.i and token.dep_ in {"compound", "nummod", "quantmod"} and _is_numeral(head)


def _numeral(numeral: Token) -> Quantity | None:
    value = number_value(numeral)
    if value is None:
        return None
    noun = numeral.head if numeral.dep_ == "nummod" and numeral.head.pos_ in {"NOUN", "PROPN"} else None
    if noun is not None and noun.lower_ in _SUFFIXES:
        numeral, noun = noun, None  # "1.3 m.": the scale is part of the number
    if noun is None:
        # The sign right before the digits, whatever the parser hangs it on ("$300m").
        first = _first_of(numeral)
        sign = first.nbor(-1) if first.i > 0 and first.nbor(-1).lower_ in _CURRENCY_SIGNS else None
        unit = _CURRENCY_SIGNS[sign.lower_] if sign is not None else None
        start = sign or first
        return _quantity(start, _scale_after(numeral) or numeral, value, unit=unit, item=None)
    if (denominator := _FRACTIONS.get(noun.lemma_.lower(), _FRACTIONS.get(noun.lower_))) is not None:
        return _quantity(
            _first_of(numeral),
            noun,
            round(100 * value / denominator, 2),
            unit="%",
            item=_item(_of(noun)),
        )
    unit = _UNITS.get(noun.lemma_.lower(), _UNITS.get(noun.lower_))
    if unit == "USD":
        unit = next((_DOLLARS[c.lower_] for c in noun.lefts if c.lower_ in _DOLLARS), unit)
    if unit is not None:
        return _quantity(_first_of(numeral), noun, value, unit=unit, item=_item(_of(noun)))
    modifiers = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.i > numeral.i]
    start = min([_first_of(numeral), *(m.left_edge for m in modifiers)], key=lambda t: t.i)
    return _quantity(start, noun, value, unit=None, item=_item(noun, after=numeral))


def _share(noun: Token) -> Quantity | None:
    """A share without a numeral: "a fifth of the country", "half of the votes"."""
    if any(c.dep_ == "nummod" for c in noun.children):
        return None  # "three-quarters": the numeral heads it.
    determiners = [c for c in noun.lefts if c.lower_ in {"a", "an", "one"}]
    if not determiners and noun.lemma_.lower() != "half":
        return None  # "the third of the month", "a quarter" as a place.
    whole = _of(noun)
    if whole is None and noun.lemma_.lower() != "half":
        return None
    denominator = _FRACTIONS.get(noun.lemma_.lower(), _FRACTIONS.get(noun.lower_, 2))
    start = determiners[0] if determiners else noun
    return _quantity(start, noun, round(100 / denominator, 2), unit="%", item=_item(whole))


def _vague(noun: Token) -> Quantity:
    """An order of magnitude: "thousands of students", "tens of thousands of", "dozens of"."""
    multiples = [c for c in noun.lefts if c.lower_ in _MULTIPLES]
    value = _VAGUE[noun.lower_] * (_MULTIPLES[multiples[0].lower_] if multiples else 1)
    start = multiples[0] if multiples else noun
    quantity = _quantity(start, noun, float(value), unit=None, item=_item(_of(noun)))
    # The text says no more than a magnitude: it is at least that, unless a bound says otherwise.
    return quantity if quantity.bound else quantity.model_copy(update={"bound": "at_least"})


def _of(noun: Token) -> Token | None:
    """The whole after "of" ("a fifth of the country" -> country)."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _item(noun: Token | None, after: Token | None = None) -> str | None:
    """A noun with the adjectives and nouns before it ("long-range drones", "university students")."""
    if noun is None or noun.pos_ == "PRON":
        return None
    modifiers = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and (after is None or c.i > after.i)]
    start = min([noun.i, *(m.left_edge.i for m in modifiers)])
    return noun.doc[start : noun.i + 1].text


def _first_of(numeral: Token) -> Token:
    """The first token of a number phrase ("5" of "5 billion")."""
    return min(
        [numeral, *(c for c in numeral.lefts if c.dep_ in {"compound", "nummod"})],
        key=lambda t: t.i,
    )


def _quantity(start: Token, end: Token, value: float, unit: str | None, item: str | None) -> Quantity:
    bound, start = _bound_before(start)
    return Quantity(
        span=(start.idx, end.idx + len(end.text)),
        value=value,
        unit=unit,
        item=item,
        bound=bound,
    )


def _bound_before(start: Token) -> tuple[Bound | None, Token]:
    """The bounding words right before a quantity, and the token its span then starts at."""
    doc = start.doc
    for words, bound in _BOUNDS.items():
        first = start.i - len(words)
        if first >= 0 and all(doc[start.i - 1 - k].lower_ == w for k, w in enumerate(words)):
            return bound, doc[first]
    return None, start
