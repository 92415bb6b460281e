"""Events as GDELT 2.0 event-table rows, so that event-data workflows built on GDELT can read them.

The rows are the CAMEO view of the events (export/cameo.py), which is what GDELT's rows
mean: one dyad each, an act reported as having happened. An attack someone else only claims is
that claimer's accusation (112), dated and placed by the statement, not the attack GDELT would
code. The 61 GDELT columns come first, in GDELT's order and with its names; wirelens' own columns
follow (the event behind the row, its PLOVER type, status, who claims and who disputes it, the
statement a row stands for, and the character offsets of its trigger or cue). Where GDELT's
conventions cannot be kept, the values say so by their form:
- geographic country codes are ISO 3166-1 alpha-3 ("RUS"), not FIPS 10-4 ("RS", which in ISO is
  Serbia), and ADM1 codes ISO 3166-2 ("RU-NGR"), not FIPS ("RS52");
- GlobalEventID is the article id, the event id and the row's number among that event's dyads
  ("<sha256>:e4.1"), not a number;
- AvgTone, ADM2 codes, actor geography and DATEADDED are left empty: nothing computes them.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterator

from ..model import Actor, Analysis, Place
from .cameo import Party, cameo_records

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
WIRELENS_COLUMNS = ["Event", "PloverType", "PloverMode", "Status", "ClaimedBy", "DisputedBy", "Statement",
                    "TriggerStart", "TriggerEnd", "TriggerText"]  # fmt: skip
# Intergovernmental bodies: GDELT codes them as known groups, not countries.
_KNOWN_GROUPS = frozenset({"UNO", "EUR", "NATO", "IGO", "AFR", "ASA", "WST", "MEA"})
# GDELT's geographic resolution types.
_COUNTRY, _US_STATE, _US_CITY, _WORLD_CITY, _WORLD_STATE = 1, 2, 3, 4, 5


def gdelt_rows(analysis: Analysis) -> Iterator[list[str]]:
    """One row of GDELT_COLUMNS + WIRELENS_COLUMNS per CAMEO record of `analysis`."""
    actors = {a.id: a for a in analysis.actors}
    events = {e.id: e for e in analysis.events}
    statements = {s.id: s for s in analysis.statements}
    places = {p.id: p for p in analysis.places}
    times = {t.id: t.value for t in analysis.times}
    lead_end = _lead_end(analysis.article.text)
    rows_of: Counter[str] = Counter()
    for record in cameo_records(analysis.events, analysis.statements, analysis.actors):
        event = events[record.event]
        rows_of[event.id] += 1
        statement = statements.get(record.statement) if record.statement else None
        # A row that stands for a statement (an accusation) is that statement's act: its cue, its time.
        trigger = statement.cue if statement is not None else event.trigger
        when = statement.time if statement is not None else event.time
        place = places.get(event.place) if event.place and statement is None else None
        yield [
            f"{analysis.article.id}:{event.id}.{rows_of[event.id]}", *_dates(_day(times.get(when or ""), analysis.article.published)),
            *_actor(record.source, actors), *_actor(record.target, actors),
            "1" if trigger.span[0] < lead_end else "0",
            record.code, record.code[:3], record.root, _text(record.quad_class), _text(record.goldstein),
            str(1 + len(event.mentions)), "1", "1", "",
            *[""] * len(_GEO_FIELDS), *[""] * len(_GEO_FIELDS), *_geo(place),
            "", analysis.article.url or "",
            event.id, event.type or "", event.mode or "", event.status, ",".join(event.claimed_by),
            ",".join(event.disputed_by), record.statement or "", str(trigger.span[0]), str(trigger.span[1]), trigger.text,
        ]  # fmt: skip


def _actor(party: Party | None, actors: dict[str, Actor]) -> list[str]:
    """The ten actor columns of one side: an actor of the article, or a country alone."""
    actor = actors.get(party.actor) if party is not None and party.actor else None
    country = party.country if party is not None else None
    group = country if country in _KNOWN_GROUPS else None
    national = None if group else country
    sector = actor.sector if actor is not None else None
    code = f"{group or national or ''}{sector or ''}"
    return [code, actor.name if actor is not None else "", national or "", group or "", "", "", "", sector or "", "", ""]


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


def _day(value: str | None, published: str | None) -> str | None:
    """The day of an act when its time value fixes one (a range gives its first day), else the
    publication day, as GDELT dates events by their report."""
    try:
        return datetime.date.fromisoformat((value or "").split("/")[0][:10]).isoformat()
    except ValueError:
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
