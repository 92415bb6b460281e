"""Relations between the statements of an article (DESIGN.md, "relations"), read off its events:
a denial that disputes an event `denies` each claim of it; an accusation by the same denier,
made after the claim, `responds_to` it ("Zelenskiy denied ... and accused Moscow of setting the
stage for strikes"). A first version: statements that answer no coded event are not linked.
"""

from __future__ import annotations

from ..model import Event, Relation, RelationType, Statement

# Statement acts that assert an event, and so can be denied or answered.
_ASSERTING = frozenset({"claim", "accusation", "assessment"})


def extract_relations(events: list[Event], statements: list[Statement]) -> list[Relation]:
    """The denies and responds_to relations, in event order, each once."""
    by_id = {s.id: s for s in statements}
    found: dict[tuple[str, str, str], Relation] = {}
    for event in events:
        claims = [by_id[i] for i in event.claimed_by if by_id[i].act in _ASSERTING]
        for denial in (by_id[i] for i in event.disputed_by):
            for claim in claims:
                _add(found, "denies", denial, claim)
                for answer in _accusations_by(denial.speaker, claim, statements):
                    _add(found, "responds_to", answer, claim)
    return list(found.values())


def _accusations_by(speaker: str | None, claim: Statement, statements: list[Statement]) -> list[Statement]:
    if speaker is None:
        return []
    return [s for s in statements if s.act == "accusation" and s.speaker == speaker and s.cue.span[0] > claim.cue.span[0]]


def _add(found: dict[tuple[str, str, str], Relation], kind: RelationType, source: Statement, target: Statement) -> None:
    if source.id != target.id:
        found.setdefault((kind, source.id, target.id), Relation(type=kind, from_=source.id, to=target.id))
