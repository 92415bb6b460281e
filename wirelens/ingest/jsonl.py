"""JSON Lines: one article object per line; a bad line fails alone and the other lines go on."""

from __future__ import annotations

import json
from collections.abc import Iterator

from wirelens.errors import InputError
from wirelens.ingest.articles import make_article
from wirelens.ingest.records import Ingested, ReadOptions
from wirelens.model import Article
from wirelens.settings import Settings

_STRING_FIELDS = ("published", "url", "title", "outlet")
_JSON_TYPES = {
    list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"
}


def read_jsonl(text: str, source: str, options: ReadOptions, settings: Settings) -> Iterator[Ingested]:
    """One Ingested per non-blank line of a decoded JSONL input, its origin `source:line`.

    Fields used: `text` (required), `id` (kept as `source_id`), `published`, `url`, `title`,
    `outlet`; others are ignored, since exports from other tools carry fields of their own.
    The options fill in fields a line lacks.
    """
    # Split on "\n" only: str.splitlines also breaks at U+2028 and U+0085, which JSON allows
    # unescaped inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        origin = f"{source}:{number}"
        try:
            yield Ingested(origin, _read_line(line, origin, options, settings), None)
        except InputError as error:
            yield Ingested(origin, None, error)


def _read_line(line: str, origin: str, options: ReadOptions, settings: Settings) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(origin, f"invalid JSON ({error.msg}: column {error.colno})") from None
    if not isinstance(obj, dict):
        kind = _JSON_TYPES[type(obj)]
        raise InputError(origin, f"a JSON {kind}, not an object; each line must be one article object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(origin, 'no "text" string; each line needs the article text in "text"')
    fields = {name: _string(obj, name, origin) for name in _STRING_FIELDS}
    return make_article(
        text,
        source=origin,
        settings=settings,
        source_id=_source_id(obj, origin),
        url=fields["url"] or options.url,
        outlet=fields["outlet"] or options.outlet,
        title=fields["title"] or options.title,
        published=fields["published"] or options.published,
        published_source="metadata" if fields["published"] else "given",
    )


def _string(obj: dict, name: str, origin: str) -> str | None:
    value = obj.get(name)
    if value is not None and not isinstance(value, str):
        raise InputError(origin, f'"{name}" must be a string, not {json.dumps(value)}')
    return value


def _source_id(obj: dict, origin: str) -> str | None:
    value = obj.get("id")
    # Numeric ids are common in exported datasets: kept as their decimal string. (bool is an int.)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if value is not None and not isinstance(value, str):
        raise InputError(origin, f'"id" must be a string or an integer, not {json.dumps(value)}')
    return value
