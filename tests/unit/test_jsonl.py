from __future__ import annotations

import pytest

from wirelens.errors import InputError
from wirelens.jsonl import load_jsonl, parse_record


def test_load_jsonl_skips_blank_lines(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"a": 1}\n\n{"a": 2}\n', encoding="utf-8")
    assert load_jsonl(path) == [{"a": 1}, {"a": 2}]


def test_parse_record_names_the_line_and_the_expected_form():
    assert parse_record('{"text": "x"}', "f.jsonl:1", "text", "{text}") == {"text": "x"}
    with pytest.raises(InputError, match="f.jsonl:2.*not JSON"):
        parse_record("{oops", "f.jsonl:2", "text", "{text}")
    with pytest.raises(InputError, match=r"f.jsonl:3.*expected \{text\}"):
        parse_record('{"text": 3}', "f.jsonl:3", "text", "{text}")
