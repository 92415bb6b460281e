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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..nlp.gazetteer import Entry, name_key

# The score of a candidate is a weighted sum of these features (see `candidate_features`).
FEATURES = (
    "population",  # log10 of the population
    "country", "admin1",  # the kind of place
    "capital", "continent", "curated_region", "county",  # the feature code
    "cue",  # fits the cue word ("the Zaporizhzhia region")
    "primary_name",  # the name is the place's own, not an alternate name
    "qualified",  # inside the unit right after the name ("Paris, Tenn.")
    "admin1_votes", "country_votes",  # the other names' readings lie in its admin1 / country
    "same_country", "same_admin1", "nearby",  # the other names' chosen places
)
# Fitted by `eval.geo_fit` (a conditional logit: softmax over a name's candidates, a candidate
# within 161 km of the gold point is right) on the ambiguous names of LGL, TR-News and GeoVirus
# together, with the cue and the qualifier held at 4 and 6 (too rare in the gold to fit; they are
# the rules). Share of ambiguous names resolved right, LGL / TR-News / GeoVirus: these
# weights 0.817 / 0.940 / 0.953; fitted on LGL alone 0.816 / 0.928 / 0.936 (they carry over);
# fitted on TR-News and GeoVirus 0.788 / 0.948 / 0.966 (local US news needs LGL's weight on
# state context). Refit after changing a feature, and check all three.
WEIGHTS = dict(zip(FEATURES, (1.26, 1.11, 1.44, -1.27, 0.16, 0.44, -0.32, 4.00, 1.05, 6.00, 1.23, 0.31, 1.84, 1.06, 1.14)))
_VOTE_CAP = 4.0
NEARBY_KM = 150.0
_ROUNDS = 2
# A unit whose point lies this near a city of its name that has this many people is that city's
# unit (Moscow Oblast around Moscow); New York State's point is 311 km from the city.
_SAME_PLACE_KM = 50.0
_CITY_STATE_POPULATION = 500_000
_FEATURE_CODES = {"PPLC": "capital", "CONT": "continent", "RGN": "curated_region", "ADM2": "county"}


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


def _prior_features(entry: Entry, toponym: Toponym) -> dict[str, float]:
    """The document-free features of a candidate: population, kind, cue word, exact name, qualifier."""
    features = {"population": math.log10(entry.population + 10)}
    if entry.kind in {"country", "admin1"}:
        features[entry.kind] = 1.0
    if (code := _FEATURE_CODES.get(entry.feature)) is not None:
        features[code] = 1.0
    if toponym.cue is not None and _fits_cue(entry, toponym.cue):
        features["cue"] = 1.0
    if name_key(entry.name) == name_key(toponym.text):
        features["primary_name"] = 1.0
    if _qualified(entry, toponym):
        features["qualified"] = 1.0
    return features


def _score(features: dict[str, float]) -> float:
    return sum(WEIGHTS[name] * value for name, value in features.items())


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
    return [
        max(scored, key=lambda pair: _score(pair[1]))[0] if scored else None
        for scored in candidate_features(toponyms, context)
    ]


def candidate_features(
    toponyms: Sequence[Toponym], context: Sequence[Toponym] = ()
) -> list[list[tuple[Entry, dict[str, float]]]]:
    """Every toponym's candidates, each with its features (non-zero ones only) in the context of
    the places chosen for the others after the last round: what `WEIGHTS` scores, and what they
    were fitted on."""
    toponyms = [_without_namesake_units(t) for t in toponyms]
    keys = [(name_key(t.text), t.cue) for t in toponyms]
    groups = {key: t for key, t in zip(keys, toponyms)}
    order = list(groups)
    distinct = [groups[key] for key in order]
    # The context's names are read at their most populous place (a paper is named after the largest
    # Columbus) and stay fixed; a name the text also has is left to the text.
    named = {name for name, _ in order}
    extra = [t for t in context if name_key(t.text) not in named and t.candidates]
    fixed = [max(t.candidates, key=lambda e: e.population) for t in extra]
    admin1_votes = _Votes.of(distinct, lambda e: e.admin1)
    country_votes = _Votes.of(distinct, lambda e: e.country)
    priors = [
        [
            {**_prior_features(e, t), **admin1_votes.features("admin1_votes", e.admin1 if e.kind != "admin1" else None, i),
             **country_votes.features("country_votes", e.country if e.kind != "country" else None, i)}
            for e in t.candidates
        ]
        for i, t in enumerate(distinct)
    ]
    everyone = [*distinct, *extra]
    chosen = [_best(t.candidates, [_score(f) for f in fs]) for t, fs in zip(distinct, priors)]
    features = priors
    for _ in range(_ROUNDS):
        features = [
            [{**f, **_context(e, i, everyone, [*chosen, *fixed])} for e, f in zip(t.candidates, fs)]
            for i, (t, fs) in enumerate(zip(distinct, priors))
        ]
        chosen = [_best(t.candidates, [_score(f) for f in fs]) for t, fs in zip(distinct, features)]
    by_key = {key: list(zip(t.candidates, fs)) for key, t, fs in zip(order, distinct, features)}
    return [by_key[key] for key in keys]


def _without_namesake_units(toponym: Toponym) -> Toponym:
    """The toponym without the first-level units that are the same place as a city of the name
    ("Moscow", "Kyiv", "Vienna": a city and the unit around it): the name means the city unless
    a cue word says the unit ("the Kyiv region")."""
    if toponym.cue == "admin1":
        return toponym
    cities = [e for e in toponym.candidates if e.kind == "city" and e.population >= _CITY_STATE_POPULATION]
    kept = tuple(
        e for e in toponym.candidates
        if e.kind != "admin1" or not any(haversine_km(c.lat, c.lon, e.lat, e.lon) <= _SAME_PLACE_KM for c in cities)
    )
    return replace(toponym, candidates=kept)


def _qualified(entry: Entry, toponym: Toponym) -> bool:
    """Whether a candidate lies inside the unit that qualifies the name ("Paris, Tenn.")."""
    if not toponym.within:
        return False
    units = {q.admin1 for q in toponym.within if q.kind == "admin1"}
    countries = {q.country for q in toponym.within if q.kind == "country"}
    return (entry.admin1 in units and entry.kind != "admin1") or (entry.country in countries and entry.kind != "country")


@dataclass(frozen=True)
class _Votes:
    """How strongly the document's names, taken together, point at each unit (admin1 or country).

    Every distinct name spreads one vote evenly over the units its candidates lie in, whatever
    their size: a local story naming five towns of one state gives that state five partial votes
    even when each town shares its name with a larger place elsewhere, and a name with one reading
    ("Ohio", "Cuyahoga Falls") gives a whole vote. Votes are counted before any choice, so a famous
    namesake chosen by its prior cannot drag the document abroad.
    """

    totals: dict[str, float]
    own: list[dict[str, float]]

    @classmethod
    def of(cls, toponyms: Sequence[Toponym], unit_of: Callable[[Entry], str | None]) -> _Votes:
        totals: dict[str, float] = {}
        own: list[dict[str, float]] = []
        for toponym in toponyms:
            units = {unit for e in toponym.candidates if (unit := unit_of(e))}
            share = {unit: 1.0 / len(units) for unit in units}
            for unit, vote in share.items():
                totals[unit] = totals.get(unit, 0.0) + vote
            own.append(share)
        return cls(totals, own)

    def features(self, name: str, unit: str | None, index: int) -> dict[str, float]:
        """The other names' votes (capped) for `unit`, the unit of a candidate of toponym `index`."""
        if not unit:
            return {}
        votes = self.totals.get(unit, 0.0) - self.own[index].get(unit, 0.0)
        return {name: min(votes, _VOTE_CAP)} if votes > 0 else {}


def _best(candidates: tuple[Entry, ...], scores: list[float]) -> Entry | None:
    if not candidates:
        return None
    return candidates[max(range(len(scores)), key=scores.__getitem__)]


def _context(entry: Entry, index: int, toponyms: Sequence[Toponym], chosen: list[Entry | None]) -> dict[str, float]:
    """Support from the other names of the document: same country, same admin1, nearby."""
    own = name_key(toponyms[index].text)
    others = [c for j, c in enumerate(chosen) if c is not None and name_key(toponyms[j].text) != own and c.id != entry.id]
    features: dict[str, float] = {}
    if entry.country and any(c.country == entry.country for c in others):
        features["same_country"] = 1.0
    if entry.admin1 and entry.kind != "admin1" and any(c.admin1 == entry.admin1 for c in others):
        features["same_admin1"] = 1.0
    if entry.kind in {"city", "region"} and any(
        c.kind in {"city", "region"} and haversine_km(entry.lat, entry.lon, c.lat, c.lon) <= NEARBY_KM for c in others
    ):
        features["nearby"] = 1.0
    return features
