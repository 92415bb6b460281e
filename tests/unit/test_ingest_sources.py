import io
import json
import shutil
from pathlib import Path

import pytest

from wirelens.errors import ConfigError
from wirelens.ingest import ReadOptions, read_articles
from wirelens.settings import Settings

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
ENGLISH = (FIXTURES / "article.txt").read_text(encoding="utf-8")
SETTINGS = Settings()


def _errors(items) -> list[str]:
    return [str(item.error) for item in items if item.error]


def test_directory_is_walked_recursively_in_order(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Lavrov spoke in Moscow on Monday.", encoding="utf-8")
    (tmp_path / "b" / "deep" / "page.HTM").write_text((FIXTURES / "news.html").read_text(), encoding="utf-8")
    (tmp_path / "b" / "feed.jsonl").write_text(json.dumps({"text": "Kyiv denied it."}) + "\n", encoding="utf-8")
    (tmp_path / "b" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.md").write_text("# not an input", encoding="utf-8")
    items = list(read_articles([str(tmp_path)], ReadOptions(), SETTINGS))
    assert [item.origin for item in items] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "deep" / "page.HTM"),
        f"{tmp_path / 'b' / 'feed.jsonl'}:1",
    ]
    assert _errors(items) == []
    assert items[1].article.outlet == "Reuters"


def test_unknown_extension_is_sniffed(tmp_path):
    page = shutil.copy(FIXTURES / "news.html", tmp_path / "story.php")
    plain = tmp_path / "story.dat"
    plain.write_text("<b> is how the wire marks bold, the editor said on Monday.", encoding="utf-8")
    page_item, plain_item = read_articles([str(page), str(plain)], ReadOptions(), SETTINGS)
    assert page_item.article.outlet == "Reuters"
    assert plain_item.article.text.startswith("<b> is how")


def test_input_format_overrides_extension(tmp_path):
    path = shutil.copy(FIXTURES / "news.html", tmp_path / "news.html")
    [item] = read_articles([str(path)], ReadOptions(input_format="text"), SETTINGS)
    assert item.article.text.startswith("<!DOCTYPE html>")


def test_unknown_input_format():
    with pytest.raises(ConfigError, match=r"unknown input format 'xml'; choose one of auto, text, html, jsonl"):
        ReadOptions(input_format="xml")


def test_stdin_is_sniffed(monkeypatch):
    page = (FIXTURES / "news.html").read_bytes()
    monkeypatch.setattr("sys.stdin", type("Stdin", (), {"buffer": io.BytesIO(page)})())
    [item] = read_articles(["-"], ReadOptions(), SETTINGS)
    assert item.origin == "<stdin>"
    assert item.article.outlet == "Reuters"


def test_stdin_with_input_format(monkeypatch):
    lines = b'{"text": "Kyiv denied it."}\n{"text": "Moscow repeated it."}\n'
    monkeypatch.setattr("sys.stdin", type("Stdin", (), {"buffer": io.BytesIO(lines)})())
    items = list(read_articles(["-"], ReadOptions(input_format="jsonl"), SETTINGS))
    assert [(item.origin, item.article.text) for item in items] == [
        ("<stdin>:1", "Kyiv denied it."),
        ("<stdin>:2", "Moscow repeated it."),
    ]


def test_missing_path_is_an_item_and_the_run_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    items = list(read_articles([str(missing), str(good)], ReadOptions(), SETTINGS))
    assert _errors(items) == [f"{missing}: no such file or directory"]
    assert items[1].article.text == ENGLISH


def test_bad_files_are_reported_and_the_rest_processed(tmp_path):
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-blank.txt").write_text(" \n\n\t", encoding="utf-8")
    (tmp_path / "3-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "4-good.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "5-nothing.html").write_text("<html><body></body></html>", encoding="utf-8")
    items = list(read_articles([str(tmp_path)], ReadOptions(), Settings()))
    assert _errors(items) == [
        f"{tmp_path / '1-empty.txt'}: empty text",
        f"{tmp_path / '2-blank.txt'}: text is only whitespace",
        f"{tmp_path / '3-image.txt'}: binary data, not text (a NUL byte at offset 8)",
        f"{tmp_path / '5-nothing.html'}: no article text found in the HTML; if it is plain text, try --input-format text",
    ]
    assert [item.article.text for item in items if item.article] == [ENGLISH]


def test_huge_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    [item] = read_articles([str(path)], ReadOptions(), Settings(max_chars=200))
    assert str(item.error) == (
        f"{path}: text is {len(ENGLISH):,} characters, over the limit of 200; raise it with --max-chars"
    )


def test_duplicates_in_one_run(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(ENGLISH, encoding="utf-8")
    copy = tmp_path / "b.txt"
    copy.write_text(ENGLISH.replace("\n\n", "\n\n\n") + "\n", encoding="utf-8")  # same text, reflowed
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "Talks resume on Friday."}) + "\n" + json.dumps({"text": ENGLISH}) + "\n")
    items = list(read_articles([str(first), str(copy), str(feed), str(first)], ReadOptions(), SETTINGS))
    assert [item.origin for item in items] == [str(first), str(copy), f"{feed}:1", f"{feed}:2", str(first)]
    assert items[0].article.text == ENGLISH
    assert _errors(items) == [
        f"{copy}: duplicate of {first}",
        f"{feed}:2: duplicate of {first}",
        f"{first}: duplicate of {first}",
    ]
