"""Places: one record per place the article names, resolved to kind, codes and coordinates.

Names come from the gazetteer ruler (`nlp.toponyms`), which has fixed the model's labels and
attached each name's candidate places, plus the model's GPE/LOC/FAC entities the gazetteer does not
know (kept, unresolved). `extract.geocode` picks each name's place in the context of the others;
mentions resolved to the same place are one record ("Kiev" and "Kyiv").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..model import Place, PlaceKind
from ..nlp.extensions import TOPONYMS
from ..nlp.gazetteer import Entry, name_key, open_gazetteer
from ..nlp.toponyms import CUES
from .countries import country_of
from .geocode import Toponym, resolve_toponyms
from .lexicon import lexicon
from .outlet import url_toponyms
from .site_country import site_country

# GPE may be a country, a region or a city: the label alone cannot say which, so kind stays open.
_KINDS: dict[str, PlaceKind | None] = {"GPE": None, "LOC": "region", "FAC": "facility"}
# A GPE or LOC the gazetteer does not know is more often no place ("Saakashvili", "Farrin") than
# a place, unless a word of it names a kind of place ("Lake Lanier", "Readington Township"):
# without the others detection F1 rises on LGL (0.816 -> 0.827), TR-News (0.878 -> 0.890) and
# GeoVirus (0.865 -> 0.872). Facilities stay: the gazetteer has none.
_PLACE_WORDS = frozenset(CUES) | frozenset(
    "township river lake island islands mountain mountains park valley bay sea ocean gulf creek street road avenue airport".split()
)
# "Moscow also claims", "Kyiv denied": a government acting through its capital or country name.
_ACTING_VERBS = frozenset(
    "claim demand accuse deny reject insist warn threaten agree refuse want annex invade attack "
    "respond retaliate announce sanction urge call offer propose".split()
)
# "urged Moscow to", "Mexico City asked Washington": a government addressed through its capital or
# country name; not any object ("attacked Kyiv" is the city).
_ADDRESSING_VERBS = frozenset("ask urge warn accuse blame criticize criticise condemn tell press pressure thank praise".split())
# "Moscow's stance", "Russia's forces": the possessor is the state, not the ground.
_STATE_NOUNS = frozenset(
    "government forces force army military troops stance position ministry officials leadership "
    "allies demand demands claim claims decision response policy regime authorities envoy".split()
)
# Prepositions that attach a place to an event: "attacked ... in the Novgorod region".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "on", "from", "across", "over", "into", "outside", "inside", "around"})


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    label: str
    toponym: Toponym


def extract_places(doc: Doc, url: str | None = None) -> list[Place]:
    """One Place per distinct place the document names, mentions in order of first mention.

    The article's `url`, when given, informs the choice of places (`extract.outlet`).
    """
    mentions = _names(doc)
    resolved = resolve_toponyms([m.toponym for m in mentions], _url_context(url))
    places: dict[str, Place] = {}
    for mention, entry in zip(mentions, resolved):
        key = entry.id if entry is not None else mention.text.lower()
        place = places.get(key)
        if place is None:
            place = places[key] = _place(f"p{len(places) + 1}", mention, entry)
        place.mentions.append((mention.start, mention.end))
    return list(places.values())


def geocoding_input(doc: Doc, url: str | None = None) -> tuple[list[tuple[int, int]], list[Toponym], list[Toponym]]:
    """What `extract_places` hands the geocoder: the character spans of the names it resolves in
    context, their toponyms, and the URL's names and site country as context (for fitting
    `geocode.WEIGHTS`)."""
    names = _names(doc)
    return [(m.start, m.end) for m in names], [m.toponym for m in names], _url_context(url)


def _url_context(url: str | None) -> list[Toponym]:
    """The names of the article's URL, and its site's country, as context for the geocoder."""
    if not url:
        return []
    gazetteer = open_gazetteer()
    country = site_country(url)
    entry = gazetteer.entry(f"iso3166-1:{country}") if country else None
    return [*url_toponyms(url, gazetteer), *([Toponym(entry.name, None, (entry,), site_country=True)] if entry else [])]


def _qualify(mentions: list[_Mention], text: str, listed: list[bool]) -> list[_Mention]:
    """Each name followed by ", <unit>" ("Paris, Tenn.", "Surrey, England") gets that unit's
    candidates, unless both are units of a list ("Virginia, Washington, West Virginia and Wyoming")."""
    for mention, following, in_list in zip(mentions, mentions[1:], listed):
        if text[mention.end : following.start] in {", ", ","}:
            units = tuple(e for e in following.toponym.candidates if e.kind in {"admin1", "country"})
            kinds = {e.kind for e in units}
            if in_list and any(e.kind in kinds for e in mention.toponym.candidates):
                continue
            mention.toponym = replace(mention.toponym, within=units)
    return mentions


# What joins the names of a list: "Oregon and Washington", "Washington-Moscow flights".
_AND_JOINERS = frozenset({"and", "or", ", and", ", or", "-", "\u2013", "/"})
_PAIR_JOINERS = frozenset({"-", "\u2013", "/"})


def _list_joins(mentions: list[_Mention], text: str) -> list[bool]:
    """For each pair of neighbouring names, whether they are items of one list ("Oregon and
    Washington"). A comma joins a list only before a later "and" or "or": "Seattle and Spokane,
    Washington" lists two cities and qualifies the second by its state."""
    gaps = [text[m.end : n.start].strip() for m, n in zip(mentions, mentions[1:])]
    joins = [gap in _AND_JOINERS for gap in gaps]
    for k in range(len(gaps) - 2, -1, -1):
        if gaps[k] == "," and joins[k + 1] and gaps[k + 1] not in _PAIR_JOINERS:
            joins[k] = True
    return joins


def _with_peers(mentions: list[_Mention], joins: list[bool]) -> list[_Mention]:
    """Each name of a list ("Virginia, Washington, West Virginia and Wyoming") gets the others as peers."""
    start = 0
    for k in range(len(mentions)):
        if k == len(joins) or not joins[k]:
            group = mentions[start : k + 1]
            for mention in group if len(group) > 1 else ():
                peers = frozenset(name_key(m.text) for m in group) - {name_key(mention.text)}
                mention.toponym = replace(mention.toponym, peers=peers)
            start = k + 1
    return mentions


def _names(doc: Doc) -> list[_Mention]:
    """The document's place names, each qualified by a unit right after it and with its list's peers."""
    mentions = _mentions(doc)
    joins = _list_joins(mentions, doc.text)
    return _with_peers(_qualify(mentions, doc.text, joins), joins)


def _place(place_id: str, mention: _Mention, entry: Entry | None) -> Place:
    if entry is None:
        return Place(id=place_id, name=mention.text, kind=_KINDS.get(mention.label))
    return Place(
        id=place_id, name=mention.text, kind=entry.kind, country=entry.country, admin1=entry.admin1,
        lat=entry.lat, lon=entry.lon, gazetteer_id=entry.id,
    )


def _mentions(doc: Doc) -> list[_Mention]:
    """The ruler's toponyms, then the model's place entities it did not cover, in text order."""
    mentions: list[_Mention] = []
    covered: set[int] = set()
    for start, end, cue, entries in doc._.get(TOPONYMS) or []:
        span = doc[start:end]
        if _opens_demonym(span):
            continue
        candidates = tuple(Entry(*e) for e in entries)
        toponym = Toponym(span.text, cue, candidates, acting=is_metonymic(span))
        mentions.append(_Mention(span.start_char, span.end_char, span.text, span.label_ or "GPE", toponym))
        covered.update(range(start, end))
    for ent in doc.ents:
        if ent.label_ not in _KINDS or any(i in covered for i in range(ent.start, ent.end)):
            continue
        if ent.label_ in {"GPE", "LOC"} and not any(t.lower_ in _PLACE_WORDS for t in ent):
            continue
        words = ent.text.split()
        # "the United States" and "United States" are one place; the name drops the article.
        if words[0].lower() == "the" and len(words) > 1:
            start_char = ent.start_char + ent.text.index(words[1])
        else:
            start_char = ent.start_char
        text = doc.text[start_char : ent.end_char]
        mentions.append(_Mention(start_char, ent.end_char, text, ent.label_, Toponym(text, None, ())))
    return sorted(mentions, key=lambda m: m.start)


def _opens_demonym(span: SpacySpan) -> bool:
    """Whether the name and the word after it are a demonym ("Sri" of "the Sri Lankan army"): a
    demonym is no place mention, and its first word names a town elsewhere."""
    following = span.doc[span.end : span.end + 1]
    if not following or not following[0].is_title:
        return False
    found = country_of(f"{span.text} {following.text}")
    return found is not None and found.kind == "demonym"


def is_metonymic(span: SpacySpan) -> bool:
    """Whether a place name stands for its government: the subject of a speech, claim or demand
    verb ("Moscow also claims the Donbas"), the one such a verb addresses ("urged Moscow to"), or
    the possessor of its forces or stance ("Moscow's stance"). Such a name is still a place
    mention; actors may treat it as the government."""
    root = span.root
    head = root.head
    if root.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
        return head.lemma_ in _ACTING_VERBS or head.lemma_ in lexicon().verbs
    if root.dep_ == "dobj":
        return head.lemma_ in _ADDRESSING_VERBS
    if root.dep_ == "poss":
        return head.lemma_.lower() in _STATE_NOUNS
    return False


def place_at(token_or_span: Token | SpacySpan, places: list[Place], doc: Doc) -> Place | None:
    """The place governing a word: the object of a locative preposition attached to it, to its
    object or, failing those, to its head ("attack Putin's residence in the Novgorod region" ->
    Novgorod Oblast)."""
    token = token_or_span.root if isinstance(token_or_span, SpacySpan) else token_or_span
    # The word itself, its object ("attack Putin's residence in ..."), then its clause's verb.
    objects = [child for child in token.children if child.dep_ == "dobj"]
    for anchor in (token, *objects, token.head):
        for child in anchor.children:
            if child.dep_ != "prep" or child.lower_ not in _PLACE_PREPOSITIONS:
                continue
            for obj in child.children:
                if obj.dep_ == "pobj" and (place := _place_in(obj, places)) is not None:
                    return place
        if anchor.head is anchor:
            break
    return None


def _place_in(head: Token, places: list[Place]) -> Place | None:
    """The place mentioned in the noun phrase of `head` (the head itself or its modifiers)."""
    start, end = head.left_edge.idx, head.idx + len(head.text)
    for place in places:
        if any(start <= s and e <= end for s, e in place.mentions):
            return place
    return None
