"""The gazetteer entity ruler: finds place names, fixes the small model's labels for them.

The small English model tags "Kyiv" and "Luhansk" PERSON and "Crimea" ORG, and misses some
places altogether. This component looks every capitalised word run up in the gazetteer (longest
match first), decides with the model's labels, part of speech, cue words and population priors
whether each match is a place, writes the accepted ones into `doc.ents` (GPE or LOC) and leaves
their candidate places in `doc._.wirelens_toponyms` for `extract.places` to resolve.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .extensions import TOPONYMS, register_extensions
from .gazetteer import Entry, Gazetteer, name_key, name_variants, open_gazetteer

_MAX_WORDS = 6
# Lower-case words inside a multi-word place name ("Stratford upon Avon", "Rio de Janeiro").
_CONNECTORS = frozenset(
    {"of", "the", "de", "del", "la", "le", "du", "des", "es", "au", "aux", "el", "al", "upon", "on", "sur", "am", "-", "'s", "’s"}
)
# Head nouns that tell which kind of place a name is: "the Novgorod region", "the city of X".
CUES: dict[str, str] = {
    **dict.fromkeys(("region", "oblast", "province", "state", "governorate", "prefecture", "territory"), "admin1"),
    **dict.fromkeys(("county", "parish", "district", "borough"), "county"),
    **dict.fromkeys(("city", "town", "village", "capital", "port", "suburb"), "city"),
}
# Nouns a town's name modifies as its people's or bodies' ("a Gainesville man", "Danbury police").
_RESIDENT_NOUNS = frozenset(
    "man woman boy girl teen teenager resident native couple family student police officer official "
    "firefighter mayor council school".split()
)
# Verbs whose subject speaks: a small town that does is a person named like it ("Bingham said").
_SPEECH_VERBS = frozenset("say tell add ask explain note specify recall admit reply insist write describe".split())
# The words the gazetteer's second-level units end with ("Laurel County", "Rapides Parish").
_COUNTY_WORDS = ("county", "parish", "borough")
_NOUN_PHRASE_DEPS = frozenset({"conj", "compound", "nmod", "amod", "appos"})
# A name inside a person's name is part of it ("Jordan" in "Michael Jordan"). A name inside an
# organisation's ("the Ohio Department of Transportation") is a place mention, as LGL and TR-News
# annotate it, but the entity stays the organisation's.
_PERSON_LABELS = frozenset({"PERSON", "NORP"})
# Labels that say a span is no place at all.
_NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Labels the small model also gives large places ("Kyiv" PERSON, "Aleppo" NORP in TR-News): a
# span so labelled is a place only if it is a large one. Demonyms ("Russian", NORP) are no
# gazetteer names and so no places.
_OTHER_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "LANGUAGE"})
# A name the model did not tag a place is taken only when it can hardly be anything else: a
# country, a first-level unit, a region, or a city this large. Smaller towns named like people
# or words ("Male", "Jordan", "Of") need the model's GPE/LOC label or a cue word.
STRONG_POPULATION = 100_000
OPENING_POPULATION = 10_000
# Not ORG: "Washington Post", "Boston Scientific" name no place (LGL: precision -0.018, recall +0.019).
_OPENED_LABELS = frozenset({"GPE", "LOC", "FAC"})
MILLION = 1_000_000


@dataclass(frozen=True)
class Evidence:
    """What the document says about one gazetteer match."""

    label: str  # the model's label of exactly this span, "" if none
    enclosing: str  # the label of a longer entity holding the span, "" if none
    proper: bool  # every word is a proper noun (or the model tagged the span)
    cue: str | None  # admin1 | county | city, from a nearby head noun
    seen_as_place: bool  # the same name is tagged GPE/LOC elsewhere in the document
    in_person_name: bool  # the name ends a longer PERSON name in the document ("Michael Jordan")
    common_word: bool = False  # the text also uses the word in lower case ("Man", "Valley")
    opens_entity: str = ""  # the label of a longer entity the span opens ("Guernsey County Courthouse")
    after_in: bool = False  # the name is the object of "in" ("lives in Frankston")
    of_residents: bool = False  # the name modifies a word for its people or bodies ("a Gainesville man")
    speaks: bool = False  # the name is the subject of a speech verb in the document ("Bingham said")
    adjective: bool = False  # one word the parser takes for an adjective ("the Olympic champion")


def is_toponym(entries: tuple[Entry, ...], evidence: Evidence) -> bool:
    """Whether a gazetteer match is a place mention (the ruler's acceptance policy).

    `entries` are the candidates the name has as its primary name (alternate names are
    too noisy to stand alone: "Hamas" is an alternate name of Hamm).
    """
    # "Anderson County" names a county also where the model takes "Anderson County Sheriff John
    # Skipper" for a person or "the Edgar County Board" for an organisation.
    county = any(e.feature == "ADM2" and e.name.split()[-1].lower() in _COUNTY_WORDS for e in entries)
    if (evidence.enclosing in _PERSON_LABELS and not county) or evidence.label in _NOT_PLACE_LABELS or evidence.adjective:
        return False
    # "Bingham said", "Brent told CTV": a name that speaks is a person's, unless a government
    # speaks through it: a country's, a state's, a capital's or a city of a million's ("Canberra said").
    if evidence.speaks and not any(
        e.kind in {"country", "admin1"} or e.feature == "PPLC" or (e.kind == "city" and e.population >= MILLION) for e in entries
    ):
        return False
    if evidence.label in {"GPE", "LOC", "FAC"} or (county and evidence.enclosing in {"PERSON", "ORG"}):
        return True
    if not evidence.proper or evidence.in_person_name or evidence.common_word:
        return False
    if evidence.cue is not None or (evidence.seen_as_place and entries):
        return True
    # "the Guernsey County Courthouse", "the Ohio Department of Transportation": a unit or a
    # sizeable town opening a longer name is the place that name belongs to (the gold sets
    # annotate it); smaller matches inside names are mostly words ("Street", "Hall", "Ridge").
    if evidence.opens_entity in _OPENED_LABELS and any(
        e.kind in {"country", "admin1"} or e.feature == "ADM2" or e.population >= OPENING_POPULATION for e in entries
    ):
        return True
    # "in Frankston": what the model calls a person or an organisation right after "in" is a
    # place when the gazetteer knows a town of the name.
    if (evidence.after_in or evidence.of_residents) and evidence.label in {"PERSON", "ORG"} and entries:
        return True
    # A name the model calls a person or an organisation ("Lincoln", "Toyota") must be a
    # country, a first-level unit or a city of a million: "Kyiv" as PERSON is one.
    least = MILLION if evidence.label in _OTHER_NAME_LABELS else STRONG_POPULATION
    return any(
        e.kind == "country" or e.feature in {"CONT", "RGN"} or (e.kind == "admin1" and e.population >= STRONG_POPULATION)
        or e.population >= least
        for e in entries
    )


def merge_ents(existing: tuple[Span, ...], toponyms: list[Span]) -> list[Span]:
    """The document's entities with the toponyms in: a toponym replaces every entity it overlaps."""
    taken = {i for span in toponyms for i in range(span.start, span.end)}
    kept = [ent for ent in existing if not any(i in taken for i in range(ent.start, ent.end))]
    return sorted(kept + toponyms, key=lambda span: span.start)


def cue_of(span: Span) -> str | None:
    """The kind of place a nearby head noun names: "the Novgorod region" -> admin1,
    "the Donetsk and Luhansk regions" -> admin1, "the city of X" / "a city called X" -> city."""
    doc = span.doc
    following = span.end
    # Skip the rest of a coordination: "Zaporizhzhia and Kherson regions".
    while following < len(doc) and (doc[following].pos_ == "PROPN" or doc[following].lower_ in {"and", ","}):
        following += 1
    if following < len(doc) and (cue := CUES.get(doc[following].lemma_.lower())) is not None:
        return cue
    # Up the noun phrase only: "Luhansk" (conj) -> "Donetsk" (nmod) -> "regions"; not through a
    # preposition ("the Novgorod region, west of Moscow" says nothing of Moscow).
    token = span.root
    while token.dep_ in _NOUN_PHRASE_DEPS and token.head is not token:
        token = token.head
        if token.pos_ == "NOUN" and (cue := CUES.get(token.lemma_.lower())) is not None:
            return cue
    # "the city of X" (the noun right before "of"); "a city, also called X" (a few words back).
    before = span.start - 1
    reach = {"of": 1, "called": 4, "named": 4}.get(doc[before].lower_, 0) if before >= 0 else 0
    for token in doc[max(0, before - reach) : before]:
        if token.pos_ == "NOUN" and (cue := CUES.get(token.lemma_.lower())) is not None:
            return cue
    return "city" if _opens_dateline(span) else None


# What follows a dateline's place: "WASHINGTON (Reuters) -", "MANSFIELD — The council ...".
_DATELINE_MARKS = frozenset({"(", "-", "--", "---", "\u2014", "\u2013"})


def _opens_dateline(span: Span) -> bool:
    """Whether the name is a dateline, which names the city a story was filed from (in LGL and
    TR-News, 92 of 95 dateline places are towns or cities): it opens a sentence and a dash or
    an agency in brackets follows, maybe after a unit ("PARIS, Tenn. --")."""
    doc = span.doc
    if not (span.start == 0 or doc[span.start].is_sent_start or doc[span.start - 1].is_space):
        return False
    following = span.end
    if following < len(doc) and doc[following].text == ",":
        following += 2
    return following < len(doc) and doc[following].text in _DATELINE_MARKS


class Toponyms:
    """The `wirelens_toponyms` component: gazetteer matches -> place entities and candidates."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        register_extensions()
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        return self.set_annotations(doc, matches)

    def match(self, doc: Doc) -> list[tuple[Span, tuple[Entry, ...]]]:
        """Longest gazetteer matches over runs of capitalised words, left to right."""
        found: list[tuple[Span, tuple[Entry, ...]]] = []
        i = 0
        while i < len(doc):
            if not _capitalised(doc[i]):
                i += 1
                continue
            for n in range(min(_MAX_WORDS, len(doc) - i), 0, -1):
                span = doc[i : i + n]
                if not _capitalised(span[-1]) or not all(_capitalised(t) or t.lower_ in _CONNECTORS for t in span):
                    continue
                entries = self.gazetteer.lookup(name_key(span.text)) + self._county_readings(span)
                if entries:
                    found.append((span, entries))
                    i += n
                    break
            else:
                i += 1
        return found

    def _county_readings(self, span: Span) -> tuple[Entry, ...]:
        """The counties a name means before a county cue: "Cooke, Grayson and Love counties"
        names Cooke County, which the gazetteer knows only by its full name."""
        key = name_key(span.text)
        if key.split()[-1] in _COUNTY_WORDS:
            return ()
        readings = tuple(e for word in _COUNTY_WORDS for e in self.gazetteer.lookup(f"{key} {word}"))
        return readings if readings and cue_of(span) == "county" else ()

    def set_annotations(self, doc: Doc, matches: list[tuple[Span, tuple[Entry, ...]]]) -> Doc:
        """Accept matches by `is_toponym`, write them into doc.ents and doc._.wirelens_toponyms."""
        labels = {(ent.start, ent.end): ent.label_ for ent in doc.ents}
        place_keys = {name_key(ent.text) for ent in doc.ents if ent.label_ in {"GPE", "LOC"}}
        person_words = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
        lower_words = {t.text for t in doc if t.text.islower()}
        speakers = {name_key(span.text) for span, _ in matches if _speaks(span)}
        evidence = [
            Evidence(
                label=labels.get((span.start, span.end), ""),
                enclosing=_enclosing_label(span),
                opens_entity=_opened_label(span),
                after_in=span.start > 0 and doc[span.start - 1].lower_ == "in",
                of_residents=span.root.dep_ == "compound" and span.root.head.lemma_.lower() in _RESIDENT_NOUNS,
                speaks=name_key(span.text) in speakers,
                adjective=len(span) == 1 and span[0].pos_ == "ADJ",
                # An untagged all-capitals short word is an acronym ("PA", "IRS") more often than a place.
                proper=(all(t.pos_ == "PROPN" or t.lower_ in _CONNECTORS for t in span) or bool(span[0].ent_type_))
                and not (span.text.isupper() and len(span.text) <= 4 and not span[0].ent_type_),
                cue=cue_of(span),
                seen_as_place=name_key(span.text) in place_keys,
                in_person_name=len(span) == 1 and span.text in person_words,
                common_word=len(span) == 1 and span.text.lower() in lower_words,
            )
            for span, _ in matches
        ]
        primary = [_by_primary_name(span, entries) for span, entries in matches]
        # One sense per document: a name accepted once ("Kyiv" untagged) is accepted where the
        # model mislabels it ("Kyiv" PERSON).
        place_keys |= {name_key(span.text) for (span, _), e, p in zip(matches, evidence, primary) if is_toponym(p, e)}
        accepted: list[Span] = []
        records: list[list] = []
        for (span, entries), e, p in zip(matches, evidence, primary):
            e = replace(e, seen_as_place=name_key(span.text) in place_keys and not e.in_person_name)
            if not is_toponym(p, e):
                continue
            if e.enclosing in {"", "GPE", "LOC", "FAC"}:
                label = e.label if e.label in {"GPE", "LOC", "FAC"} else _label_for(entries)
                accepted.append(Span(doc, span.start, span.end, label=label))
            records.append([span.start, span.end, e.cue, [list(x) for x in entries]])
        doc.ents = merge_ents(doc.ents, accepted)
        doc._.set(TOPONYMS, records)
        return doc


def _speaks(span: Span) -> bool:
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH_VERBS


def _capitalised(token: Token) -> bool:
    # "d'Ivoire", "l'Aquila": an elided article before the capital.
    return token.text[:1].isupper() or (token.text[:2].lower() in {"d'", "l'", "d’", "l’"} and token.text[2:3].isupper())


def _by_primary_name(span: Span, entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Candidates whose own name this is, or its short form ("St. Paris"); countries and units keep
    all their (curated) names, and so does a place a dotted abbreviation names ("D.C.", "L.A.")."""
    key = name_key(span.text)
    if "." in key.rstrip("."):
        return entries
    return tuple(
        e for e in entries
        if e.kind in {"country", "admin1"} or e.feature in {"RGN", "CONT"} or key in {name_key(v) for v in name_variants(e.name)}
    )


def _opened_label(span: Span) -> str:
    """The label of a longer entity that starts with the span (after a leading "the")."""
    for ent in span.doc.ents:
        start = ent.start + (ent[0].lower_ == "the")
        if start == span.start and span.end < ent.end:
            return ent.label_
    return ""


def _enclosing_label(span: Span) -> str:
    for ent in span.doc.ents:
        if ent.start <= span.start and span.end <= ent.end and (ent.start, ent.end) != (span.start, span.end):
            return ent.label_
    return ""


def _label_for(entries: tuple[Entry, ...]) -> str:
    likeliest = max(entries, key=lambda e: e.population)
    return "GPE" if likeliest.kind in {"country", "admin1", "city"} else "LOC"


NAME = "wirelens_toponyms"


@Language.factory(
    NAME,
    assigns=["doc.ents", f"doc._.{TOPONYMS}"],
    requires=["doc.ents", "token.pos", "token.lemma", "token.dep"],
    default_config={"directory": None},
)
def make_toponyms(nlp: Language, name: str, directory: str | None) -> Toponyms:
    """The gazetteer ruler; `directory` holds the gazetteer cache (default: the environment's)."""
    return Toponyms(open_gazetteer(Path(directory) if directory else None))
