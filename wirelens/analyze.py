"""`analyze(article, nlp) -> Analysis`: the one per-article entry point (DESIGN.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc

from .extract.actors import extract_actors
from .extract.affiliation import affiliate_actors
from .extract.cues import find_cues
from .extract.events import extract_events
from .extract.knowledge import Knowledge, default_knowledge
from .extract.places import extract_places
from .extract.relations import extract_relations
from .extract.quantities import stated
from .extract.statements import extract_statements
from .extract.times import extract_times
from .extract.timex import infer_published
from .model import Analysis, Article
from .nlp import parse


def analyze_doc(article: Article, doc: Doc, knowledge: Knowledge | None = None) -> Analysis:
    """The analysis of an article whose text has already been parsed into `doc`; `knowledge`
    (the packaged actor file by default) tells who bare names are."""
    article = _with_published(article, doc)
    cues = find_cues(doc)
    published = _published_date(article)
    actors = affiliate_actors(doc, extract_actors(doc, cues), published, knowledge or default_knowledge())
    times = extract_times(doc, published)
    places = extract_places(doc, article.url)
    statements = stated(doc, extract_statements(doc, cues, actors, times))
    events = extract_events(doc, actors, places, times, statements)
    return Analysis(
        article=article,
        actors=actors,
        places=places,
        times=times,
        statements=statements,
        events=events,
        relations=extract_relations(events, statements),
    )


def _with_published(article: Article, doc: Doc) -> Article:
    """The article, with the publication date inferred from its text when it has none."""
    if article.published is not None:
        return article
    inferred = infer_published(doc)
    if inferred is None:
        return article
    return article.model_copy(update={"published": inferred.isoformat(), "published_source": "inferred"})


def _published_date(article: Article) -> date | None:
    if article.published is None:
        return None
    return datetime.fromisoformat(article.published).date()


def analyze(article: Article, nlp: Language, knowledge: Knowledge | None = None) -> Analysis:
    """The analysis of one article: actors, places, times and statements, spans into its text."""
    return analyze_doc(article, nlp(article.text), knowledge)


def analyze_batch(
    articles: Iterable[Article], nlp: Language, batch_size: int = 32, workers: int = 1, knowledge: Knowledge | None = None
) -> Iterator[Analysis]:
    """Analyses of many articles in input order, parsed in batches (and processes) by `nlp.pipe`."""
    for doc, article in parse(articles, nlp, batch_size=batch_size, workers=workers):
        yield analyze_doc(article, doc, knowledge)
