"""Build and validate one Article: its id, its normalized text and the checks every reader shares."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from hashlib import sha256

from spacy.lang.en.stop_words import STOP_WORDS

from wirelens.errors import InputError
from wirelens.model import Article, PublishedSource
from wirelens.settings import Settings

# Below this many words a function-word share says too little to call a text non-English
# (a headline or a dateline can have none), so shorter texts pass the language check.
_MIN_WORDS_FOR_LANGUAGE = 40
_WORD = re.compile(r"[^\W\d_]+")
_WHITESPACE = re.compile(r"\s+")


def article_id(text: str) -> str:
    """The article's stable id: "sha256:" + hex digest of its NFC text with whitespace collapsed.

    Collapsing whitespace and normalizing to NFC make the same story, re-ingested from a copy with
    other line breaks or composed accents, get the same id.
    """
    normalized = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return "sha256:" + sha256(normalized.encode("utf-8")).hexdigest()


def make_article(
    text: str,
    *,
    source: str,
    settings: Settings,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    published: str | None = None,
    published_source: PublishedSource = "given",
    source_id: str | None = None,
) -> Article:
    """An English Article of `text`, its line breaks made `\\n`; the rest of the text is kept as is.

    `published_source` says where `published` came from; without `published` it is "unknown".

    Raises:
        InputError: naming `source`, when the text is empty, longer than `settings.max_chars`,
            not English, or `published` is not an ISO date or datetime.
    """
    # Only line breaks are normalized: every span downstream indexes into this exact string.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_text(text, source, settings)
    if published is not None:
        _check_published(published, source)
    return Article(
        id=article_id(text),
        source_id=source_id,
        url=url,
        outlet=outlet,
        title=title,
        published=published,
        published_source=published_source if published is not None else "unknown",
        language="en",
        text=text,
    )


def _check_text(text: str, source: str, settings: Settings) -> None:
    if not text.strip():
        raise InputError(source, "empty text" if not text else "text is only whitespace")
    if len(text) > settings.max_chars:
        raise InputError(
            source,
            f"text is {len(text):,} characters, over the limit of {settings.max_chars:,}; "
            "raise it with --max-chars",
        )
    # A share of English stop words, not a language-id model: all we need is English-or-not,
    # and spaCy's stop list is already installed, so this adds no dependency and no model.
    words = _WORD.findall(text.lower())
    if len(words) >= _MIN_WORDS_FOR_LANGUAGE:
        share = sum(word in STOP_WORDS for word in words) / len(words)
        if share < settings.min_english_share:
            raise InputError(
                source,
                f"not English (English function words {share:.0%} of {len(words)} words); "
                "wirelens analyzes English text",
            )


def _check_published(published: str, source: str) -> None:
    # datetime.fromisoformat also takes a bare date ("2025-12-29") and, since 3.11, a "Z" suffix.
    try:
        datetime.fromisoformat(published)
    except ValueError:
        raise InputError(
            source,
            f"published {published!r} is not an ISO date or datetime "
            "(e.g. 2025-12-29 or 2025-12-29T14:05:00Z)",
        ) from None
