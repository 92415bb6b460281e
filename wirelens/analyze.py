"""`analyze(article, nlp) -> Analysis`: the one per-article entry point (DESIGN.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .model import Analysis, Article
from .nlp import parse


def analyze_doc(article: Article, doc: Doc) -> Analysis:
    """The analysis of an article whose text has already been parsed into `doc`."""
    return Analysis(article=article)


def analyze(article: Article, nlp: Language) -> Analysis:
    """The analysis of one article: actors, places, times and statements, spans into its text."""
    return analyze_doc(article, nlp(article.text))


def analyze_batch(articles: Iterable[Article], nlp: Language, batch_size: int = 32, workers: int = 1) -> Iterator[Analysis]:
    """Analyses of many articles in input order, parsed in batches (and processes) by `nlp.pipe`."""
    for doc, article in parse(articles, nlp, batch_size=batch_size, workers=workers):
        yield analyze_doc(article, doc)
