"""JSON Lines files of records (gold data, query files): read whole, or a line at a time with
errors that name the line. Articles have their own reader (`ingest/jsonl.py`), which turns a bad
line into an error item instead of raising."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import InputError


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file, one per non-blank line."""
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def parse_record(line: str, where: str, required: str, form: str) -> dict[str, Any]:
    """One line of a JSONL file as an object with the string field `required`; an InputError
    naming `where` (file:line) and the expected `form` otherwise."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(where, f"not JSON ({err.msg})") from err
    if not isinstance(record, dict) or not isinstance(record.get(required), str):
        raise InputError(where, f"expected {form}")
    return record
