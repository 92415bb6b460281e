"""`analyze(article, nlp) -> Analysis`: the one per-article entry point (DESIGN.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc

from .extract.actors import extract_actors
from .extract.cues import find_cues
from .extract.places import extract_places
from .extract.statements import extract_statements
from .extract.times import extract_times
from .model import Analysis, Article
from .nlp import parse


def analyze_doc(article: Article, doc: Doc) -> Analysis:
    """The analysis of an article whose text has already been parsed into `doc`."""
    cues = find_cues(doc)
    actors = extract_actors(doc, cues)
    times = extract_times(doc, _published_date(article))
    return Analysis(
        article=article,
        actors=actors,
        places=extract_places(doc, article.url),
        times=times,
        statements=extract_statements(doc, cues, actors, times),
    )


def _published_date(article: Article) -> date | None:
    if article.published is None:
        return None
    return datetime.fromisoformat(article.published).date()


def analyze(article: Article, nlp: Language) -> Analysis:
    """The analysis of one article: actors, places, times and statements, spans into its text."""
    return analyze_doc(article, nlp(article.text))


def analyze_batch(articles: Iterable[Article], nlp: Language, batch_size: int = 32, workers: int = 1) -> Iterator[Analysis]:
    """Analyses of many articles in input order, parsed in batches (and processes) by `nlp.pipe`."""
    for doc, article in parse(articles, nlp, batch_size=batch_size, workers=workers):
        yield analyze_doc(article, doc)
