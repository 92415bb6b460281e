"""Events as GDELT 2.0 event-table rows, so that event-data workflows built on GDELT can read them.

The 61 GDELT columns come first, in GDELT's order and with its names; wirelens' own columns follow
(the event's status, who claims and who disputes it, the trigger's character offsets). One row per
actor-recipient pair, as GDELT and PETRARCH code them. Where GDELT's conventions cannot be kept, the
values say so by their form:
- geographic country codes are ISO 3166-1 alpha-3 ("RUS"), not FIPS 10-4 ("RS", which in ISO is
  Serbia), and ADM1 codes ISO 3166-2 ("RU-NGR"), not FIPS ("RS52");
- GlobalEventID is the article id and the event id ("<sha256>:e4"), not a number;
- AvgTone, ADM2 codes, actor geography and DATEADDED are left empty: nothing computes them.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from ..model import Actor, Analysis, Event, Place

__all__ = ["GDELT_COLUMNS", "WIRELENS_COLUMNS", "gdelt_rows"]

_ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]  # fmt: skip
_GEO_FIELDS = [
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
]
GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS), *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS), *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS), "DATEADDED", "SOURCEURL",
]  # fmt: skip
WIRELENS_COLUMNS = [
    "PloverType",
    "PloverMode",
    "Status",
    "ClaimedBy",
    "DisputedBy",
    "TriggerStart",
    "TriggerEnd",
    "TriggerText",
]
# Intergovernmental bodies: GDELT codes them as known groups, not countries.
_KNOWN_GROUPS = frozenset({"UNO", "EUR", "NATO", "IGO", "AFR", "ASA", "WST", "MEA"})
# GDELT's geographic resolution types.
_COUNTRY, _US_STATE, _US_CITY, _WORLD_CITY, _WORLD_STATE = 1, 2, 3, 4, 5


def gdelt_rows(analysis: Analysis) -> Iterator[list[str]]:
    """One row of GDELT_COLUMNS + WIRELENS_COLUMNS per event and actor-recipient pair."""
    actors = {a.id: a for a in analysis.actors}
    places = {p.id: p for p in analysis.places}
    lead_end = _lead_end(analysis.article.text)
    for event in analysis.events:
        if event.cameo is None:
            continue  # GDELT rows are CAMEO-coded; an event without a code has no row.
        day = _day(event, analysis)
        place = places.get(event.place) if event.place else None
        for actor, recipient in _pairs(event, actors):
            yield [
                f"{analysis.article.id}:{event.id}", *_dates(day),
                *_actor(actor, event.actor_country), *_actor(recipient, event.recipient_country),
                "1" if event.trigger.span[0] < lead_end else "0",
                event.cameo, event.cameo[:3], event.cameo[:2], _text(event.quad_class), _text(event.goldstein),
                str(1 + len(event.mentions)), "1", "1", "",
                *[""] * len(_GEO_FIELDS), *[""] * len(_GEO_FIELDS), *_geo(place),
                "", analysis.article.url or "",
                event.type, event.mode or "", event.status, ",".join(event.claimed_by), ",".join(event.disputed_by),
                str(event.trigger.span[0]), str(event.trigger.span[1]), event.trigger.text,
            ]  # fmt: skip


def _pairs(event: Event, actors: dict[str, Actor]) -> list[tuple[Actor | None, Actor | None]]:
    sources = [actors.get(i) for i in event.actor] or [None]
    targets = [actors.get(i) for i in event.recipient] or [None]
    return [(s, t) for s in sources for t in targets]


def _actor(actor: Actor | None, countries: list[str]) -> list[str]:
    """The ten actor columns. An actor without a record (a state named only by its demonym) still
    has the event's country for its side, when the side has exactly one."""
    country = actor.country if actor is not None else (countries[0] if len(countries) == 1 else None)
    group = country if country in _KNOWN_GROUPS else None
    national = None if group else country
    sector = actor.sector if actor is not None else None
    code = f"{group or national or ''}{sector or ''}"
    name = actor.name if actor is not None else ""
    return [code, name, national or "", group or "", "", "", "", sector or "", "", ""]


def _geo(place: Place | None) -> list[str]:
    if place is None or place.lat is None or place.lon is None:
        return [""] * len(_GEO_FIELDS)
    return [str(_geo_type(place)), place.name, place.country or "", place.admin1 or "", "",
            str(place.lat), str(place.lon), place.gazetteer_id or ""]  # fmt: skip


def _geo_type(place: Place) -> int:
    american = place.country == "USA"
    if place.kind == "country":
        return _COUNTRY
    if place.kind in {"admin1", "region"}:
        return _US_STATE if american else _WORLD_STATE
    return _US_CITY if american else _WORLD_CITY


def _day(event: Event, analysis: Analysis) -> str | None:
    """The event's own day when the text fixes one (a range gives its first day), else the
    publication day, as GDELT dates events by their report."""
    times = {t.id: t for t in analysis.times}
    value = times[event.time].value if event.time in times else ""
    first = value.split("/")[0][:10]
    try:
        return datetime.date.fromisoformat(first).isoformat()
    except ValueError:
        pass
    published = analysis.article.published
    return published[:10] if published else None


def _dates(day: str | None) -> list[str]:
    """Day (YYYYMMDD), MonthYear (YYYYMM), Year and FractionDate: the year plus the share of it
    completed before that day."""
    if day is None:
        return ["", "", "", ""]
    date = datetime.date.fromisoformat(day)
    fraction = (date.timetuple().tm_yday - 1) / 365
    return [
        date.strftime("%Y%m%d"),
        date.strftime("%Y%m"),
        str(date.year),
        f"{date.year + fraction:.4f}",
    ]


def _lead_end(text: str) -> int:
    """Where the lead paragraph ends: GDELT marks events found there as root events."""
    stripped = text.lstrip()
    start = len(text) - len(stripped)
    end = stripped.find("\n\n")
    return start + end if end >= 0 else len(text)


def _text(value: float | None) -> str:
    return "" if value is None else str(value)
