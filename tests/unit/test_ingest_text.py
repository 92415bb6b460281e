from pathlib import Path

from wirelens.ingest import ReadOptions, article_id, read_articles
from wirelens.settings import Settings

ENGLISH = (Path(__file__).parents[1] / "fixtures" / "ingest" / "article.txt").read_text(encoding="utf-8")
SETTINGS = Settings()


def test_text_file_with_options(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ENGLISH.replace("\n", "\r\n").encode("utf-8"))
    options = ReadOptions(url="https://example.com/a", outlet="Reuters", title="Drones", published="2025-12-29")
    [item] = read_articles([str(path)], options, SETTINGS)
    article = item.article
    assert item.error is None and item.origin == str(path)
    assert article.text == ENGLISH  # byte-order mark dropped, CRLF made LF
    assert article.id == article_id(ENGLISH)
    assert (article.url, article.outlet, article.title) == ("https://example.com/a", "Reuters", "Drones")
    assert (article.published, article.published_source) == ("2025-12-29", "given")
    assert article.language == "en" and article.source_id is None


def test_text_file_without_published(tmp_path):
    path = tmp_path / "a.text"
    path.write_text(ENGLISH, encoding="utf-8")
    [item] = read_articles([str(path)], ReadOptions(), SETTINGS)
    assert (item.article.published, item.article.published_source) == (None, "unknown")


def test_cp1252_file(tmp_path):
    text = "Lavrov called the Ukrainian denial “absurd” at a café in Genève on Monday."
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    [item] = read_articles([str(path)], ReadOptions(), SETTINGS)
    assert item.article.text == text


def test_utf16_file_with_bom(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(ENGLISH.encode("utf-16"))
    [item] = read_articles([str(path)], ReadOptions(), SETTINGS)
    assert item.article.text == ENGLISH
