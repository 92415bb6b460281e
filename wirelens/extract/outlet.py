"""Where an article's URL says it is from: place names in its host and path.

A local paper's host ("columbuslocalnews.com") or section ("/dublin_news/") names the area it
covers, which its text rarely repeats: "Dublin" in a story of the Columbus paper is Dublin, Ohio.
These names only inform the choice of the text's places (`geocode.resolve_toponyms(context=...)`);
they are not mentions of the text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..nlp.gazetteer import Entry, Gazetteer, name_key
from .geocode import Toponym

# A word of a URL is a place name only as a known, sizeable place: URL words are mostly common
# words ("news", "story", "local"), which name some hamlet somewhere.
_URL_CITY_POPULATION = 10_000
_MIN_LETTERS = 4
# The host is one run of words ("columbuslocalnews"): its place name is a prefix or a suffix.
_MIN_HOST_PART = 5
_HOST_NOISE = frozenset({"www", "com", "org", "net", "news", "edu", "gov", "co", "uk"})


def url_toponyms(url: str | None, gazetteer: Gazetteer) -> list[Toponym]:
    """The place names of a URL's host and path, each with its sizeable candidates."""
    if not url:
        return []
    parts = urlsplit(url if "//" in url else f"//{url}")
    words = [w for w in re.split(r"[^a-z]+", parts.path.lower()) if len(w) >= _MIN_LETTERS]
    for label in (parts.hostname or "").split("."):
        if label in _HOST_NOISE:
            continue
        words.append(label)
        words += [label[:n] for n in range(_MIN_HOST_PART, len(label))]
        words += [label[n:] for n in range(1, len(label) - _MIN_HOST_PART + 1)]
    found: dict[str, Toponym] = {}
    for word in words:
        # Own names only: alternate names ("Mosco", "Metro") are too loose for a bare word.
        candidates = tuple(e for e in gazetteer.lookup(word) if _sizeable(e) and name_key(e.name) == word)
        if candidates and word not in found:
            found[word] = Toponym(word, None, candidates)
    return list(found.values())


def _sizeable(entry: Entry) -> bool:
    return entry.kind == "admin1" or (entry.kind == "city" and entry.population >= _URL_CITY_POPULATION)
