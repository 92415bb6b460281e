"""Plain text: the whole input is one article; its metadata comes only from the options."""

from __future__ import annotations

from wirelens.ingest.articles import make_article
from wirelens.ingest.records import ReadOptions
from wirelens.model import Article
from wirelens.settings import Settings


def read_text(text: str, source: str, options: ReadOptions, settings: Settings) -> Article:
    """The article of a decoded plain-text input named `source`.

    Raises:
        InputError: naming `source`, when the text cannot be an article (see `make_article`).
    """
    return make_article(
        text,
        source=source,
        settings=settings,
        url=options.url,
        outlet=options.outlet,
        title=options.title,
        published=options.published,
    )
