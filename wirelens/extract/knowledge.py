"""Actor knowledge: who a bare name is (`data/actors.toml`, plus a user's file).

"Putin" alone says nothing of Russia in the text; the curated file says he is Russia's President
since 2012. Each row of the file is one office held over dates, so one person may have several
rows; what an actor was on a date is the office that covers it. Text always wins: callers use
knowledge only for what the text does not say.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, get_args

import jellyfish

from ..errors import ConfigError
from ..model import ActorKind
from .names import fold, sound_key

# Sections of the file and the kind of actor their rows are, unless a row says otherwise.
_SECTIONS: dict[str, ActorKind] = {"people": "person", "organizations": "organization", "groups": "group"}
# Words of a name that do not identify it: "the PAN" is "PAN", "al-Sisi" is "Sisi".
_LEADING_WORDS = ("the ", "al ", "al-", "el-", "el ")
# A surname matched by sound must also be spelt alike: Metaphone codes of one word collide
# ("Drian" and "Tehran" are both TRN, "Martin" and "Mauritania" both MRTN), while spellings of
# one name stay close (Zelenskiy/Zelensky 0.98, Lukashenka/Lukashenko 0.96 Jaro-Winkler).
_MIN_SURNAME_SOUND = 4
_MIN_SURNAME_LIKENESS = 0.9
# PLOVER codes former office holders as elites, whatever office they held.
_FORMER_SECTOR = "ELI"


@dataclass(frozen=True)
class Tenure:
    """One office held between two dates (either open)."""

    role: str | None
    sector: str | None
    start: date | None = None
    end: date | None = None
    country: str | None = None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Standing:
    """What an actor was on a date: role, sector and the country (or IGO) of the office, and
    whether the office was already left."""

    role: str | None
    sector: str | None
    country: str | None = None
    former: bool = False


@dataclass
class Entry:
    """One real-world actor of the file: names, country (of its first row), offices over time
    (each with its own country: Mark Rutte was the Netherlands' Prime Minister, then NATO's
    Secretary General)."""

    name: str
    kind: ActorKind
    country: str | None
    aliases: tuple[str, ...] = ()
    tenures: list[Tenure] = field(default_factory=list)

    def standing(self, on: date | None = None) -> Standing:
        """The office held on `on`: the one covering that date; after the last office ended, that
        office as a former one (sector ELI); without a date, the latest office."""
        if not self.tenures:
            return Standing(None, None, self.country)
        latest = max(self.tenures, key=lambda t: t.start or date.min)
        if on is None:
            return Standing(latest.role, latest.sector, latest.country)
        current = [t for t in self.tenures if t.covers(on)]
        if current:
            chosen = max(current, key=lambda t: t.start or date.min)
            return Standing(chosen.role, chosen.sector, chosen.country)
        ended = [t for t in self.tenures if t.end is not None and t.end < on]
        if ended:
            last = max(ended, key=lambda t: t.end or date.min)
            if self.kind != "person":
                return Standing(last.role, last.sector, last.country)
            return Standing(last.role, _FORMER_SECTOR, last.country, former=True)
        return Standing(None, None, self.country)


class Knowledge:
    """The entries of one or more actor files, looked up by name, alias, surname or sound."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self._by_name: dict[str, list[Entry]] = defaultdict(list)
        self._by_sound: dict[str, list[Entry]] = defaultdict(list)
        self._by_surname: dict[str, list[Entry]] = defaultdict(list)
        self._by_acronym: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            for name in (entry.name, *entry.aliases):
                if _is_acronym(name):
                    # "WHO", "PAN", "RAW": acronyms are also words, so they match only in capitals.
                    self._by_acronym[_acronym(name)].append(entry)
                    continue
                key = _key(name)
                self._by_name[key].append(entry)
                if len(key.split()) > 1:
                    self._by_sound[sound_key(key)].append(entry)
                    if entry.kind == "person":
                        surname = key.split()[-1]
                        self._by_surname[surname].append(entry)
                        if len(sound_key(surname)) >= _MIN_SURNAME_SOUND:
                            self._by_surname[sound_key(surname)].append(entry)

    def lookup(self, name: str, on: date | None = None, country: str | None = None, fuzzy: bool = True) -> Entry | None:
        """The one entry `name` denotes: by full name or alias, then by the sound of a name of
        two words or more (Zelenskiy, Zelensky, Zelenskyy), then, for one word, as a person's
        surname. Several candidates are narrowed to those in office on `on`, then to those of
        `country` (the text's); a name still ambiguous resolves to nothing. With `fuzzy` off,
        only the full name, an alias or an acronym count."""
        key = _key(name)
        if not key:
            return None
        candidates = self._by_acronym.get(_acronym(name)) if _is_acronym(name) else None
        if not candidates:
            candidates = self._by_name.get(key)
        if not candidates and fuzzy and len(key.split()) > 1:
            candidates = self._by_sound.get(sound_key(key))
        if not candidates and fuzzy and len(key.split()) == 1:
            # A surname alone, as spelt in the file, else as it sounds ("Zelenskyy").
            candidates = self._by_surname.get(key) or [
                e for e in self._by_surname.get(sound_key(key), []) if _spelt_alike(key, e)
            ]
        return _narrow(list({id(e): e for e in candidates or []}.values()), on, country)


def _spelt_alike(surname: str, entry: Entry) -> bool:
    return any(
        jellyfish.jaro_winkler_similarity(surname, fold(name).split()[-1]) >= _MIN_SURNAME_LIKENESS
        for name in (entry.name, *entry.aliases)
    )


def _narrow(candidates: list[Entry], on: date | None, country: str | None) -> Entry | None:
    if len(candidates) > 1 and on is not None:
        serving = [e for e in candidates if any(t.covers(on) for t in e.tenures)]
        candidates = serving or candidates
    if len(candidates) > 1 and country is not None:
        candidates = [e for e in candidates if e.country == country] or candidates
    return candidates[0] if len(candidates) == 1 else None


def _acronym(name: str) -> str:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return "".join(words).replace(".", "")


def _is_acronym(name: str) -> bool:
    letters = _acronym(name)
    return 1 < len(letters) <= 6 and letters.replace("&", "").replace("-", "").isalnum() and letters.isupper()


def _key(name: str) -> str:
    key = fold(name)
    for word in _LEADING_WORDS:
        if key.startswith(word):
            key = key[len(word):]
    return key


def load_knowledge(extra: Path | None = None) -> Knowledge:
    """The knowledge shipped with the package, with the rows of the user's file `extra` after it.

    A user's row for a name the package knows replaces the package's offices for that name.

    Raises:
        ConfigError: `extra` cannot be read or is not an actor file of this form.
    """
    entries = dict(_packaged())
    if extra is not None:
        try:
            text = extra.read_text("utf-8")
        except OSError as err:
            raise ConfigError(f"{extra}: cannot read the actor file ({err.strerror})") from err
        for key, entry in _parse(text, str(extra)).items():
            entries[key] = entry
    return Knowledge(list(entries.values()))


@cache
def default_knowledge() -> Knowledge:
    """The knowledge shipped with the package alone, built once per process."""
    return load_knowledge()


@cache
def _packaged() -> dict[str, Entry]:
    return _parse(resources.files(__package__).joinpath("data/actors.toml").read_text("utf-8"), "actors.toml")


def _parse(text: str, source: str) -> dict[str, Entry]:
    """Entries by folded name: the rows of one name merged into one entry with several tenures."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{source}: not TOML ({err})") from err
    entries: dict[str, Entry] = {}
    for section, kind in _SECTIONS.items():
        for row in data.get(section, []):
            _add_row(entries, row, kind, source)
    return entries


def _add_row(entries: dict[str, Entry], row: dict[str, Any], kind: ActorKind, source: str) -> None:
    if not isinstance(row, dict) or not isinstance(row.get("name"), str):
        raise ConfigError(f"{source}: every actor row needs a name, e.g. {{ name = \"Vladimir Putin\", country = \"RUS\" }}")
    row_kind = row.get("kind", kind)
    if row_kind not in get_args(ActorKind):
        raise ConfigError(f"{source}: {row['name']}: kind {row_kind!r} is not one of {', '.join(get_args(ActorKind))}")
    key = fold(row["name"])
    entry = entries.get(key)
    if entry is None:
        entry = entries[key] = Entry(row["name"], row_kind, row.get("country"), tuple(row.get("aliases", ())))
    else:
        entry.aliases = tuple(dict.fromkeys((*entry.aliases, *row.get("aliases", ()))))
    if row.get("role") or row.get("sector"):
        entry.tenures.append(
            Tenure(row.get("role"), row.get("sector"), row.get("from"), row.get("until"), row.get("country", entry.country))
        )
