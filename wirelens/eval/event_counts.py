"""Casualty and size scores of type-matched events: PLOVER gold records `dead`, `injured` and
`size` as numbers, or as words ("Tens of thousands", "group") that are left out here.

Per field, P = predicted values equal to the gold number / values predicted where the gold has a
number or nothing; R = the same / gold numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Event
from .metrics import prf

__all__ = ["FIELDS", "CountScores"]

FIELDS = ("dead", "injured", "size")


@dataclass
class _Field:
    matched: int = 0
    predicted: int = 0
    gold: int = 0


@dataclass
class CountScores:
    fields: dict[str, _Field] = field(default_factory=lambda: {name: _Field() for name in FIELDS})

    def add(self, predicted: Event, gold: dict[str, Any]) -> None:
        """Counts one type-matched pair of a predicted event and a gold PLOVER event."""
        for name, counts in self.fields.items():
            want = _number(gold.get(name))
            if gold.get(name) not in (None, "") and want is None:
                continue  # a count in words: not comparable to a number
            got = getattr(predicted, name)
            counts.gold += want is not None
            counts.predicted += got is not None
            counts.matched += got is not None and want is not None and got.value == want

    def lines(self) -> list[str]:
        lines = []
        for name, c in self.fields.items():
            if c.gold or c.predicted:
                scores = prf(c.matched, c.predicted, c.gold)
                lines.append(f"{name:<21}P {scores.precision:.3f}  R {scores.recall:.3f}  ({c.matched} of {c.gold} gold, {c.predicted} predicted)")
        return lines


def _number(value: Any) -> float | None:
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None
