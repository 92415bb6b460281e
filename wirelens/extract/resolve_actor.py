"""Resolving one actor string, alone or in its sentence: `wirelens actor` and `eval actors`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime

import dateparser
from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan

from ..errors import InputError
from ..model import ActorKind
from .affiliation import COMMANDING_SECTORS, Affiliation, affiliation_of, commander_of
from .knowledge import Knowledge

_KINDS: dict[str, ActorKind] = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}


@dataclass(frozen=True)
class ActorQuery:
    """An actor string, the sentence it was found in (optional) and the date it refers to."""

    text: str
    context: str | None = None
    on: date | None = None


@dataclass(frozen=True)
class ResolvedActor:
    """Who an actor string names, as `wirelens actor` prints it."""

    name: str
    kind: ActorKind
    country: str | None
    sector: str | None
    role: str | None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


def resolve_actors(queries: Iterable[ActorQuery], nlp: Language, knowledge: Knowledge, batch_size: int = 64) -> Iterator[ResolvedActor]:
    """Each query resolved, in order; the texts are parsed in batches by `nlp.pipe`."""
    queries = list(queries)
    texts = [_parsed_text(q) for q in queries]
    contexts = [q.context if q.context and q.text.strip() not in q.context else "" for q in queries]
    docs = nlp.pipe(texts, batch_size=batch_size)
    context_docs = nlp.pipe(contexts, batch_size=batch_size)
    for query, doc, context in zip(queries, docs, context_docs, strict=True):
        yield resolve_in(doc, query, knowledge, context if len(context) else None)


def resolve_in(doc: Doc, query: ActorQuery, knowledge: Knowledge, context: Doc | None = None) -> ResolvedActor:
    """The actor `query.text` names in `doc` (its own text, or the context sentence holding it);
    `context` is a separately parsed sentence that only lends a country."""
    text = query.text.strip()
    start = doc.text.find(text)
    mention = doc.char_span(start, start + len(text), alignment_mode="expand") if start >= 0 else None
    if mention is None or not text:
        raise InputError(repr(query.text), "no actor text to resolve; give a name or a noun phrase")
    found = affiliation_of(mention, knowledge, query.on, context=context[:] if context is not None else None)
    if found.country is None:
        found = found.otherwise(_commanders_country(mention, knowledge, query.on))
    label = mention.root.ent_type_
    kind = found.kind or _KINDS.get(label) or _unlabelled_kind(mention)
    return ResolvedActor(found.name or text, kind, found.country, found.sector, found.role)


def _commanders_country(mention: SpacySpan, knowledge: Knowledge, on: date | None) -> Affiliation:
    """The country of who orders or tells the actor, if a government or military actor."""
    subject = commander_of(mention)
    if subject is None:
        return Affiliation()
    doc = subject.doc
    commander = affiliation_of(doc[subject.left_edge.i : subject.i + 1], knowledge, on)
    return Affiliation(country=commander.country) if commander.sector in COMMANDING_SECTORS else Affiliation()


def _unlabelled_kind(mention: SpacySpan) -> ActorKind:
    """A name the model did not label: an acronym is an organisation ("SONNA"), another proper
    name a person; a common noun phrase an unnamed actor ("a senior commander")."""
    if mention.root.pos_ != "PROPN":
        return "unnamed"
    return "organization" if mention.root.text.isupper() else "person"


def _parsed_text(query: ActorQuery) -> str:
    if query.context and query.text.strip() and query.text.strip() in query.context:
        return query.context
    return query.text.strip()


def as_date(value: str | date | None, today: date) -> date | None:
    """A date from ISO or words ("2022-01-10", "10 May 2015", "today"), relative to `today`.

    Raises:
        InputError: `value` is not a date.
    """
    if value is None or isinstance(value, date) or not value.strip():
        return value or None
    parsed = dateparser.parse(value, settings={"RELATIVE_BASE": _midday(today), "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        raise InputError(repr(value), "not a date; give an ISO date such as 2025-12-29")
    return parsed.date()


def _midday(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12)
