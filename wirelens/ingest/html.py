"""HTML pages: the article text and metadata that trafilatura extracts."""

from __future__ import annotations

import trafilatura

from wirelens.errors import InputError
from wirelens.ingest.articles import make_article
from wirelens.ingest.records import ReadOptions
from wirelens.model import Article
from wirelens.settings import Settings

# Without extensive search htmldate reads dates only from the page's markup (meta tags, JSON-LD,
# <time>, the URL); with it, it also guesses from dates in the body text, which would make a date
# mentioned in the story pass for a publication date labelled "metadata".
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def read_html(html: str, source: str, options: ReadOptions, settings: Settings) -> Article:
    """The article of a decoded HTML page named `source`, with the page's title, date, site and URL.

    An option the user gave (`--published`, `--url` ...) overrides what the page says: it names
    this one page, unlike the defaults it gives for the lines of a JSONL file.

    Raises:
        InputError: naming `source`, when no article text is found or it cannot be an article.
    """
    document = trafilatura.bare_extraction(
        html,
        url=options.url,
        with_metadata=True,
        # Reader comments are not the article; what they say would be attributed to the outlet.
        include_comments=False,
        date_extraction_params=_DATE_PARAMS,
    )
    # We depart from trafilatura here: it returns None (or empty text) for "nothing found",
    # where we raise with the reason and the fix.
    if document is None or not (document.text or "").strip():
        raise InputError(
            source, "no article text found in the HTML; if it is plain text, try --input-format text"
        )
    return make_article(
        document.text,
        source=source,
        settings=settings,
        url=options.url or document.url,
        outlet=options.outlet or document.sitename,
        title=options.title or document.title,
        published=options.published or document.date,
        published_source="given" if options.published else "metadata",
    )
