"""The actor registry: one identity per real-world actor across the articles of a corpus.

An article's actors get a `registry_id` that is the same wherever the same actor appears:
- a name the knowledge file knows takes that entry's identity ("Putin", "Vladimir Putin");
- other names merge by spelling and by sound ("Zelenskiy", "Zelensky", "Zelenskyy");
- a surname alone joins the one person of the corpus with that surname ("Petrenko" after
  "Ivan Petrenko"); when two share it, it stays apart rather than guess;
- countries and their governments' metonyms are the country ("Moscow", "Russia").
Unnamed actors ("a senior commander") are particular to their article and get no identity.

Each entry keeps the names seen, and the roles the actor held in each article (role, sector,
country and the article's date), so roles over time can be read back. The registry is pure:
the store loads its entries, calls `link`, and saves the entries that changed.
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, Field

from ..extract.countries import country_name
from ..extract.knowledge import Knowledge
from ..extract.names import fold, sound_key
from ..model import Actor, ActorKind, Analysis

_NAMED_KINDS = {"person", "organization", "group", "country"}


class RoleSeen(BaseModel):
    """A role an actor was given in one article."""

    article_id: str
    published: str | None = None
    role: str | None = None
    sector: str | None = None
    country: str | None = None


class RegistryEntry(BaseModel):
    """One real-world actor of the corpus."""

    id: str
    name: str = Field(description="the fullest name seen, or the knowledge file's name")
    kind: ActorKind
    country: str | None = None
    variants: list[str] = Field(default_factory=list, description="every name the actor was seen under")
    roles: list[RoleSeen] = Field(default_factory=list, description="roles per article, in the order stored")

    def roles_over_time(self) -> list[RoleSeen]:
        """The roles seen, by article date (undated last)."""
        return sorted(self.roles, key=lambda r: (r.published is None, r.published or ""))


class Registry:
    """The registry entries of a corpus, indexed for linking the actors of further articles."""

    def __init__(self, entries: list[RegistryEntry] | None = None, knowledge: Knowledge | None = None):
        self._knowledge = knowledge
        self._entries: dict[str, RegistryEntry] = {}
        self._by_key: dict[str, str] = {}
        self._by_surname: dict[str, set[str]] = {}
        for entry in entries or []:
            self._add(entry)

    @property
    def entries(self) -> list[RegistryEntry]:
        return list(self._entries.values())

    def get(self, registry_id: str) -> RegistryEntry | None:
        return self._entries.get(registry_id)

    def link(self, analysis: Analysis) -> tuple[Analysis, list[RegistryEntry]]:
        """The analysis with `registry_id` set on each named actor, and the entries it created
        or changed (to be saved)."""
        published = _date(analysis.article.published)
        changed: dict[str, RegistryEntry] = {}
        actors: list[Actor] = []
        for actor in analysis.actors:
            entry = self._entry_for(actor, published)
            if entry is None:
                actors.append(actor)
                continue
            self._record(entry, actor, analysis.article.id, analysis.article.published)
            changed[entry.id] = entry
            actors.append(actor.model_copy(update={"registry_id": entry.id}))
        return analysis.model_copy(update={"actors": actors}), list(changed.values())

    def _entry_for(self, actor: Actor, published: date | None) -> RegistryEntry | None:
        if actor.kind not in _NAMED_KINDS:
            return None
        if actor.kind == "country" and actor.country:
            # "Moscow" (the government) and "Russia" are one actor, named after the country.
            return self._find_or_create(f"country:{actor.country}", country_name(actor.country), actor)
        known = self._knowledge.lookup(actor.name, published, actor.country) if self._knowledge else None
        if known is not None:
            return self._find_or_create(f"known:{fold(known.name)}", known.name, actor)
        words = fold(actor.name).split()
        if actor.kind == "person" and len(words) == 1:
            same = self._by_surname.get(words[0], set()) | self._by_surname.get(sound_key(words[0]), set())
            if len(same) == 1:
                return self._entries[next(iter(same))]
        for key in _keys(actor.name):
            if key in self._by_key:
                return self._entries[self._by_key[key]]
        if actor.kind == "person" and len(words) > 1:
            # A person first seen by surname alone ("Petrenko"), now with the full name.
            alone = self._entries.get(self._by_key.get(f"name:{words[-1]}", ""))
            if alone is not None and alone.kind == "person" and len(alone.name.split()) == 1:
                return alone
        return self._find_or_create(f"name:{fold(actor.name)}", actor.name, actor)

    def _find_or_create(self, key: str, name: str, actor: Actor) -> RegistryEntry:
        if key in self._by_key:
            return self._entries[self._by_key[key]]
        entry = RegistryEntry(id=self._new_id(name), name=name, kind=actor.kind, country=actor.country)
        self._add(entry, key)
        return entry

    def _new_id(self, name: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "actor"
        candidate, n = base, 1
        while candidate in self._entries:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def _add(self, entry: RegistryEntry, key: str | None = None) -> None:
        self._entries[entry.id] = entry
        for name in [entry.name, *entry.variants]:
            self._index(entry, name)
        if key is not None:
            self._by_key[key] = entry.id
        if entry.kind == "country" and entry.country:
            self._by_key[f"country:{entry.country}"] = entry.id
        known = self._knowledge.lookup(entry.name, fuzzy=False) if self._knowledge else None
        if known is not None:
            self._by_key.setdefault(f"known:{fold(known.name)}", entry.id)

    def _index(self, entry: RegistryEntry, name: str) -> None:
        for key in _keys(name):
            self._by_key.setdefault(key, entry.id)
        words = fold(name).split()
        if entry.kind == "person" and len(words) > 1:
            for surname in (words[-1], sound_key(words[-1])):
                self._by_surname.setdefault(surname, set()).add(entry.id)

    def _record(self, entry: RegistryEntry, actor: Actor, article_id: str, published: str | None) -> None:
        if actor.name not in entry.variants:
            entry.variants.append(actor.name)
            self._index(entry, actor.name)
        known = self._knowledge is not None and self._knowledge.lookup(entry.name, fuzzy=False) is not None
        if entry.kind == "person" and len(actor.name.split()) > len(entry.name.split()) and not known:
            entry.name = actor.name
        entry.country = entry.country or actor.country
        if actor.role or actor.sector:
            seen = RoleSeen(article_id=article_id, published=published, role=actor.role, sector=actor.sector, country=actor.country)
            if seen not in entry.roles:
                entry.roles.append(seen)


def _keys(name: str) -> list[str]:
    """Keys under which two spellings of a name meet: the folded name, and its sound for names
    of two words or more (one word's sound is too coarse to identify anyone)."""
    folded = fold(name)
    keys = [f"name:{folded}"]
    if len(folded.split()) > 1:
        keys.append(f"sound:{sound_key(folded)}")
    return keys


def _date(published: str | None) -> date | None:
    if not published:
        return None
    return date.fromisoformat(published[:10])
