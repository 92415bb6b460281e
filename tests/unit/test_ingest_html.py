import shutil
from pathlib import Path

import pytest

from wirelens.errors import InputError
from wirelens.ingest import ReadOptions, read_articles, read_html
from wirelens.settings import Settings

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
SETTINGS = Settings()


def test_news_page_text_and_metadata(tmp_path):
    page = shutil.copy(FIXTURES / "news.html", tmp_path / "news.html")
    [item] = read_articles([str(page)], ReadOptions(), SETTINGS)
    article = item.article
    assert item.error is None and item.origin == str(page)
    assert article.title == "Russia says Ukraine tried to attack Putin residence; Kyiv denies it"
    assert article.outlet == "Reuters"
    assert article.url == (
        "https://www.reuters.com/world/europe/russia-says-ukraine-tried-attack-putin-residence-2025-12-29/"
    )
    assert (article.published, article.published_source) == ("2025-12-29", "metadata")
    assert "Lavrov provided no evidence to support the claim." in article.text
    for boilerplate in ("Business", "Oil prices edge higher", "minimum of 15 minutes", "dataLayer"):
        assert boilerplate not in article.text


def test_given_options_override_page_metadata():
    html = (FIXTURES / "news.html").read_text(encoding="utf-8")
    options = ReadOptions(published="2025-12-30", outlet="Wire", title="Headline")
    article = read_html(html, "news.html", options, SETTINGS)
    assert (article.published, article.published_source) == ("2025-12-30", "given")
    assert (article.outlet, article.title) == ("Wire", "Headline")


def test_malformed_html_still_extracts():
    html = (
        "<html><head><title>Talks stall</title><body><div><p>Negotiators from both sides said on Tuesday that "
        "the talks had stalled over the question of territory, and that no new meeting had been set. "
        "<p>Officials in Kyiv said the <b>proposal was not acceptable</i> to them <div>and would be rejected"
    )
    article = read_html(html, "broken.html", ReadOptions(), SETTINGS)
    assert "the talks had stalled over the question of territory" in article.text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html><head><title>Empty</title></head><body></body></html>",
        "<html><head><script>var x = 1;</script><style>p { color: red }</style></head><body><img src='a.png'></body></html>",
        "<<<>>></p></div><//",
    ],
)
def test_no_article_text(html):
    with pytest.raises(InputError) as caught:
        read_html(html, "page.html", ReadOptions(), SETTINGS)
    assert str(caught.value) == (
        "page.html: no article text found in the HTML; if it is plain text, try --input-format text"
    )
