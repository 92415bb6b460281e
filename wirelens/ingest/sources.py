"""Paths to Ingested items: walk directories, read files or stdin, pick each reader, drop duplicates."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from wirelens.errors import InputError
from wirelens.ingest.decode import decode_bytes
from wirelens.ingest.html import read_html
from wirelens.ingest.jsonl import read_jsonl
from wirelens.ingest.records import Ingested, InputFormat, ReadOptions
from wirelens.ingest.text import read_text
from wirelens.settings import Settings

_STDIN = "-"
_FORMATS_BY_EXTENSION: dict[str, InputFormat] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_HTML_TAG = re.compile(r"<(?:!doctype|html|body)\b", re.IGNORECASE)


def read_articles(paths: list[str], options: ReadOptions, settings: Settings) -> Iterator[Ingested]:
    """One Ingested per article or failure in `paths` (files, directories, "-" for stdin), in order.

    Failures are items, not exceptions, so one bad article is reported and the rest still run.
    An article already read in this run comes out as a "duplicate of <first origin>" error.
    """
    first_origin: dict[str, str] = {}
    for item in _read_paths(paths, options, settings):
        if item.article is not None:
            if item.article.id in first_origin:
                duplicate = InputError(item.origin, f"duplicate of {first_origin[item.article.id]}")
                item = Ingested(item.origin, None, duplicate)
            else:
                first_origin[item.article.id] = item.origin
        yield item


def _read_paths(paths: list[str], options: ReadOptions, settings: Settings) -> Iterator[Ingested]:
    for name in paths:
        if name == _STDIN:
            data = sys.stdin.buffer.read()
            yield from _read_data(data, "<stdin>", options.input_format, options, settings)
            continue
        path = Path(name)
        for file in _walk(path) if path.is_dir() else [path]:
            yield from _read_file(file, options, settings)


def _walk(directory: Path) -> list[Path]:
    # Only known extensions: other files in a directory (images, notes, .DS_Store) were not
    # named as inputs, so they are skipped rather than reported as failures.
    return sorted(
        path for path in directory.rglob("*") if path.suffix.lower() in _FORMATS_BY_EXTENSION and path.is_file()
    )


def _read_file(path: Path, options: ReadOptions, settings: Settings) -> Iterator[Ingested]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Ingested(origin, None, InputError(origin, (error.strerror or str(error)).lower()))
        return
    input_format = options.input_format
    if input_format == "auto":
        input_format = _FORMATS_BY_EXTENSION.get(path.suffix.lower(), "auto")
    yield from _read_data(data, origin, input_format, options, settings)


def _read_data(
    data: bytes, origin: str, input_format: InputFormat, options: ReadOptions, settings: Settings
) -> Iterator[Ingested]:
    try:
        text = decode_bytes(data, origin)
    except InputError as error:
        # A file that cannot be decoded is one failure, even when it would have held many articles.
        yield Ingested(origin, None, error)
        return
    if input_format == "auto":
        input_format = _sniff(text)
    if input_format == "jsonl":
        yield from read_jsonl(text, origin, options, settings)
        return
    reader = read_html if input_format == "html" else read_text
    try:
        yield Ingested(origin, reader(text, origin, options, settings), None)
    except InputError as error:
        yield Ingested(origin, None, error)


def _sniff(text: str) -> InputFormat:
    # Only html or text: JSONL is read when a file's extension or the input format says so.
    return "html" if text.lstrip().startswith("<") and _HTML_TAG.search(text) else "text"
