from pathlib import Path

import pytest

from wirelens.errors import InputError
from wirelens.ingest import article_id, make_article
from wirelens.settings import Settings

ENGLISH = (Path(__file__).parents[1] / "fixtures" / "ingest" / "article.txt").read_text(encoding="utf-8")
GERMAN = (
    "Der russische Außenminister Sergej Lawrow hat am Montag behauptet, die Ukraine habe versucht, "
    "die Residenz von Präsident Wladimir Putin im Gebiet Nowgorod mit 91 Langstreckendrohnen anzugreifen. "
    "Lawrow legte keine Beweise für die Behauptung vor. Der ukrainische Präsident Wolodymyr Selenskyj "
    "bestritt, dass die Ukraine eine solche Operation geplant habe, und sagte, die Geschichte sei "
    "erfunden worden, um die Friedensgespräche zu untergraben."
)
SETTINGS = Settings()


def test_article_id_ignores_whitespace_and_unicode_composition():
    reflowed = "  " + ENGLISH.replace("\n\n", "\n  \n").replace(" ", "  \t") + "\n\n"
    assert article_id(reflowed) == article_id(ENGLISH)
    assert article_id("Café opens") == article_id("Cafe\u0301 opens")  # NFC: é composed or not
    assert article_id(ENGLISH).startswith("sha256:") and len(article_id(ENGLISH)) == 7 + 64
    assert article_id(ENGLISH) != article_id(ENGLISH.replace("91", "92"))


def test_make_article_keeps_text_but_line_breaks():
    text = "\r\n" + ENGLISH.replace("\n", "\r\n") + "\r"
    article = make_article(text, source="a.txt", settings=SETTINGS, url="https://example.com/a")
    assert article.text == "\n" + ENGLISH + "\n"
    assert article.id == article_id(ENGLISH)
    assert article.language == "en"
    assert article.url == "https://example.com/a"
    assert (article.published, article.published_source) == (None, "unknown")


def test_published_is_kept_with_its_source():
    article = make_article(
        ENGLISH, source="a.txt", settings=SETTINGS, published="2025-12-29T14:05:00Z", published_source="metadata"
    )
    assert (article.published, article.published_source) == ("2025-12-29T14:05:00Z", "metadata")


def test_empty_text():
    with pytest.raises(InputError, match=r"^a\.txt: empty text$"):
        make_article("", source="a.txt", settings=SETTINGS)


def test_whitespace_only_text():
    with pytest.raises(InputError, match=r"^a\.txt: text is only whitespace$"):
        make_article(" \n\t\r\n ", source="a.txt", settings=SETTINGS)


def test_text_over_max_chars():
    with pytest.raises(InputError) as caught:
        make_article(ENGLISH, source="big.txt", settings=Settings(max_chars=100))
    assert str(caught.value) == (
        f"big.txt: text is {len(ENGLISH):,} characters, over the limit of 100; raise it with --max-chars"
    )


def test_not_english():
    with pytest.raises(InputError) as caught:
        make_article(GERMAN, source="de.txt", settings=SETTINGS)
    assert str(caught.value) == (
        "de.txt: not English (English function words 2% of 59 words); wirelens analyzes English text"
    )


def test_short_texts_skip_the_language_check():
    assert make_article("Lawrow bestreitet Angriff", source="t.txt", settings=SETTINGS).language == "en"


@pytest.mark.parametrize("published", ["29/12/2025", "yesterday", "2025-13-01"])
def test_bad_published_date(published):
    with pytest.raises(InputError) as caught:
        make_article(ENGLISH, source="a.txt", settings=SETTINGS, published=published)
    assert str(caught.value) == (
        f"a.txt: published {published!r} is not an ISO date or datetime (e.g. 2025-12-29 or 2025-12-29T14:05:00Z)"
    )
