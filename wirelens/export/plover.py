"""Events as PLOVER records, in the form of PLOVER's gold-standard records (`event_code`,
`source_actors` and `target_actors` with text, code and sector, `mode`, `location`, `dead`,
`injured`, `size`), so that tools reading PLOVER data read ours; wirelens adds what PLOVER has no
field for: the article, the date, the CAMEO code, the epistemic status, who claims and who
disputes the event, and the trigger's character offsets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Actor, Analysis, Quantity

__all__ = ["plover_records"]

PLOVER_VERSION = "PLOVER-2021"


def plover_records(analysis: Analysis) -> Iterator[dict[str, Any]]:
    """One PLOVER record per event of `analysis` that PLOVER codes (not CAMEO's statements and
    appeals, which have no PLOVER type)."""
    article = analysis.article
    actors = {a.id: a for a in analysis.actors}
    places = {p.id: p for p in analysis.places}
    times = {t.id: t for t in analysis.times}
    for event in analysis.events:
        if event.type is None:
            continue
        place = places.get(event.place) if event.place else None
        yield {
            "id": f"{article.id}:{event.id}",
            "article_id": article.id,
            "url": article.url,
            "date": times[event.time].value if event.time in times else article.published,
            "event_code": event.type,
            "ontology": PLOVER_VERSION,
            "mode": event.mode,
            "cameo_code": event.cameo,
            "source_actors": _actors(event.actor, event.actor_country, actors),
            "target_actors": _actors(event.recipient, event.recipient_country, actors),
            "event_text": event.trigger.text,
            "location": None if place is None else {
                "name": place.name, "country": place.country, "admin1": place.admin1,
                "lat": place.lat, "lon": place.lon, "gazetteer_id": place.gazetteer_id,
            },
            "dead": _count(event.dead),
            "injured": _count(event.injured),
            "size": _count(event.size),
            "status": event.status,
            "claimed_by": event.claimed_by,
            "disputed_by": event.disputed_by,
            "span": list(event.trigger.span),
        }  # fmt: skip


def _actors(ids: list[str], countries: list[str], actors: dict[str, Actor]) -> list[dict[str, Any]]:
    """The side's actors with their country code and sector; a side known only by its countries
    ("Hungarian and Romanian officials") lists those."""
    found = [actors[i] for i in ids if i in actors]
    if found:
        return [{"text": a.name, "code": a.country, "sector": a.sector, "actor_id": a.id} for a in found]
    return [{"text": None, "code": country, "sector": None, "actor_id": None} for country in countries]


def _count(quantity: Quantity | None) -> int | None:
    return None if quantity is None else int(quantity.value)
