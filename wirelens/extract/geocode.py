"""Geocoding: choosing, for each place name of a document, the place of the gazetteer it means.

A candidate's score adds a prior (how large and how prominent the place is) to what the document
says: a cue word ("the Zaporizhzhia region" is the oblast), the countries and first-level units
the other names of the document resolve to, and how near the candidate lies to them ("Paris"
in an article about Lamar County, Texas is Paris, Texas). Before any choice, every name votes
for the first-level units its readings lie in, and a unit right after a name ("Paris, Tenn.")
binds it; the other context is computed from a first pass and the choice made again with it, twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..nlp.gazetteer import Entry, name_key

# Weights of the score, set as a set on LGL and checked on TR-News and GeoVirus (see
# `wirelens eval geo`); change them together and re-run all three.
_KIND_BONUS = {"country": 2.0, "admin1": 1.0, "city": 0.0, "region": 0.0}
_FEATURE_BONUS = {"PPLC": 1.5, "CONT": 3.0, "RGN": 3.0, "ADM2": -0.5}
_CUE_BONUS = 4.0
_PRIMARY_NAME_BONUS = 0.5
_SAME_COUNTRY_BONUS = 3.0
_SAME_ADMIN1_BONUS = 2.5
_NEARBY_BONUS = 1.0
_QUALIFIED_BONUS = 6.0
# Checked on all three files: votes of 0.5 (cap 4) help LGL and TR-News, cost GeoVirus a little.
_ADMIN1_VOTE = 0.5
_VOTE_CAP = 4.0
NEARBY_KM = 150.0
_ROUNDS = 2


@dataclass(frozen=True)
class Toponym:
    """One place name of a document with the places it may refer to."""

    text: str
    cue: str | None  # admin1 | county | city
    candidates: tuple[Entry, ...]
    # The places a qualifier right after the name may be: "Paris, Tenn." -> Tennessee's candidates.
    within: tuple[Entry, ...] = ()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def prior(entry: Entry, toponym: Toponym) -> float:
    """The document-free score of a candidate: population, kind, cue word, exact name."""
    score = math.log10(entry.population + 10)
    score += _KIND_BONUS.get(entry.kind, 0.0) + _FEATURE_BONUS.get(entry.feature, 0.0)
    if toponym.cue is not None and _fits_cue(entry, toponym.cue):
        score += _CUE_BONUS
    if name_key(entry.name) == name_key(toponym.text):
        score += _PRIMARY_NAME_BONUS
    return score


def _fits_cue(entry: Entry, cue: str) -> bool:
    if cue == "admin1":
        return entry.kind == "admin1" or entry.feature == "RGN"
    if cue == "county":
        return entry.feature == "ADM2"
    return entry.kind == "city"


def resolve_toponyms(toponyms: Sequence[Toponym], context: Sequence[Toponym] = ()) -> list[Entry | None]:
    """The place each toponym most likely refers to, in the context of the others (None: no candidate).

    `context` holds names that tell where the article is about but are no mentions of it (the
    words of its URL: a local paper's host or section). One sense per document: mentions with the
    same name and cue get the same place.
    """
    keys = [(name_key(t.text), t.cue) for t in toponyms]
    groups = {key: t for key, t in zip(keys, toponyms)}
    order = list(groups)
    distinct = [groups[key] for key in order]
    # The context's names are read at their likeliest place (a paper is named after the largest
    # Columbus) and stay fixed; a name the text also has is left to the text.
    named = {name for name, _ in order}
    extra = [t for t in context if name_key(t.text) not in named]
    fixed = [_best(t.candidates, [prior(e, t) for e in t.candidates]) for t in extra]
    support = _Support.of(distinct)
    priors = [
        [prior(e, t) + _qualified(e, t) + support.bonus(e, i) for e in t.candidates]
        for i, t in enumerate(distinct)
    ]
    everyone = [*distinct, *extra]
    chosen = [_best(t.candidates, p) for t, p in zip(distinct, priors)]
    for _ in range(_ROUNDS):
        chosen = [
            _best(t.candidates, [p + _context(e, i, everyone, [*chosen, *fixed]) for e, p in zip(t.candidates, ps)])
            for i, (t, ps) in enumerate(zip(distinct, priors))
        ]
    by_key = dict(zip(order, chosen))
    return [by_key[key] for key in keys]


def _qualified(entry: Entry, toponym: Toponym) -> float:
    """A large bonus for a candidate inside the unit that qualifies the name ("Paris, Tenn.")."""
    if not toponym.within:
        return 0.0
    units = {q.admin1 for q in toponym.within if q.kind == "admin1"}
    countries = {q.country for q in toponym.within if q.kind == "country"}
    inside = (entry.admin1 in units and entry.kind != "admin1") or (entry.country in countries and entry.kind != "country")
    return _QUALIFIED_BONUS if inside else 0.0


@dataclass(frozen=True)
class _Support:
    """How strongly the document's names, taken together, point at each first-level unit.

    Every distinct name spreads one vote evenly over the units its candidates lie in, whatever
    their size: a local story naming five towns of one state gives that state five partial votes
    even when each town shares its name with a larger place elsewhere, and a name with one reading
    ("Ohio", "Cuyahoga Falls") gives a whole vote. Votes are counted before any choice, so a famous
    namesake chosen by its prior cannot drag the document abroad.
    """

    totals: dict[str, float]
    own: list[dict[str, float]]

    @classmethod
    def of(cls, toponyms: Sequence[Toponym]) -> _Support:
        totals: dict[str, float] = {}
        own: list[dict[str, float]] = []
        for toponym in toponyms:
            units = {e.admin1 for e in toponym.candidates if e.admin1}
            share = {unit: 1.0 / len(units) for unit in units}
            for unit, vote in share.items():
                totals[unit] = totals.get(unit, 0.0) + vote
            own.append(share)
        return cls(totals, own)

    def bonus(self, entry: Entry, index: int) -> float:
        """The votes of the other names for the unit of a candidate (of toponym `index`) inside it."""
        if not entry.admin1 or entry.kind == "admin1":
            return 0.0
        votes = self.totals.get(entry.admin1, 0.0) - self.own[index].get(entry.admin1, 0.0)
        return _ADMIN1_VOTE * min(votes, _VOTE_CAP)


def _best(candidates: tuple[Entry, ...], scores: list[float]) -> Entry | None:
    if not candidates:
        return None
    return candidates[max(range(len(scores)), key=scores.__getitem__)]


def _context(entry: Entry, index: int, toponyms: Sequence[Toponym], chosen: list[Entry | None]) -> float:
    """Support from the other names of the document: same country, same admin1, nearby."""
    own = name_key(toponyms[index].text)
    others = [c for j, c in enumerate(chosen) if c is not None and name_key(toponyms[j].text) != own and c.id != entry.id]
    score = 0.0
    if entry.country and any(c.country == entry.country for c in others):
        score += _SAME_COUNTRY_BONUS
    if entry.admin1 and entry.kind != "admin1" and any(c.admin1 == entry.admin1 for c in others):
        score += _SAME_ADMIN1_BONUS
    if entry.kind in {"city", "region"} and any(
        c.kind in {"city", "region"} and haversine_km(entry.lat, entry.lon, c.lat, c.lon) <= NEARBY_KM for c in others
    ):
        score += _NEARBY_BONUS
    return score
