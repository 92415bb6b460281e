import json
from pathlib import Path

from wirelens.ingest import ReadOptions, read_articles
from wirelens.settings import Settings

ENGLISH = (Path(__file__).parents[1] / "fixtures" / "ingest" / "article.txt").read_text(encoding="utf-8")
SETTINGS = Settings()


def _line(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_lines_with_fields_and_option_defaults(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        _line(id=17, text=ENGLISH, published="2025-12-29", url="https://example.com/1", title="Drones", outlet="Wire")
        + "\n\n   \n"
        + _line(id="b-2", text="Zelenskiy denied the claim on Monday.")
        + "\n",
        encoding="utf-8",
    )
    options = ReadOptions(outlet="Default Outlet", published="2025-12-30")
    first, second = read_articles([str(feed)], options, SETTINGS)
    assert first.origin == f"{feed}:1" and first.error is None
    assert first.article.source_id == "17"
    assert (first.article.published, first.article.published_source) == ("2025-12-29", "metadata")
    assert (first.article.url, first.article.title, first.article.outlet) == ("https://example.com/1", "Drones", "Wire")
    assert first.article.text == ENGLISH
    assert second.origin == f"{feed}:4"  # blank lines skipped, numbering kept
    assert second.article.source_id == "b-2"
    assert (second.article.outlet, second.article.published) == ("Default Outlet", "2025-12-30")
    assert second.article.published_source == "given"


def test_bad_lines_fail_alone(tmp_path):
    feed = tmp_path / "feed.ndjson"
    feed.write_text(
        "\n".join(
            [
                _line(text="Lavrov spoke on Monday."),
                '{"text": "unterminated',
                '["not", "an", "object"]',
                _line(id="x", title="no text here"),
                _line(text="   "),
                _line(text="Kyiv denied it.", published="Dec 29"),
                _line(text="Kyiv denied it.", url=7),
                _line(text="Talks resume on Friday."),
            ]
        ),
        encoding="utf-8",
    )
    items = list(read_articles([str(feed)], ReadOptions(), SETTINGS))
    texts = [item.article.text for item in items if item.article]
    assert texts == ["Lavrov spoke on Monday.", "Talks resume on Friday."]
    assert [str(item.error) for item in items if item.error] == [
        f"{feed}:2: invalid JSON (Unterminated string starting at: column 10)",
        f"{feed}:3: a JSON array, not an object; each line must be one article object",
        f'{feed}:4: no "text" string; each line needs the article text in "text"',
        f"{feed}:5: text is only whitespace",
        f"{feed}:6: published 'Dec 29' is not an ISO date or datetime (e.g. 2025-12-29 or 2025-12-29T14:05:00Z)",
        f'{feed}:7: "url" must be a string, not 7',
    ]


def test_binary_jsonl_is_one_error_for_the_file(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"text": "a"}\n' + bytes(range(256)))
    [item] = read_articles([str(feed)], ReadOptions(), SETTINGS)
    assert item.origin == str(feed) and item.article is None
    assert str(item.error) == f"{feed}: binary data, not text (a NUL byte at offset 14)"
