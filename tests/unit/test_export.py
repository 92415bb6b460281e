"""Export of stored records as JSONL, CSV, Parquet, GDELT and PLOVER, to files and streams."""

from __future__ import annotations

import csv
import io
import json
import sys

import pyarrow.parquet as pq
import pytest
from samples import seed_analysis

from wirelens.errors import ConfigError
from wirelens.export import export_records
from wirelens.export.gdelt import GDELT_COLUMNS, WIRELENS_COLUMNS
from wirelens.store import RECORD_KINDS, open_store, record_columns


@pytest.fixture
def analysis():
    return seed_analysis()


@pytest.fixture
def store(tmp_path, analysis):
    with open_store(f"sqlite:///{tmp_path / 'wirelens.db'}") as store:
        store.save(analysis)
        yield store


def _expected_rows(analysis, what):
    return 1 if what == "articles" else len(getattr(analysis, what))


def _read(path, fmt):
    """The rows of an exported file, as the usual reader of its format gives them."""
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "csv":
        with path.open(newline="", encoding="utf-8") as stream:
            return list(csv.DictReader(stream))
    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("what", RECORD_KINDS)
def test_every_kind_exports_one_row_a_record_with_its_columns(store, analysis, tmp_path, what, fmt):
    path = tmp_path / f"{what}.{fmt}"
    written = export_records(store, what, fmt, path)
    rows = _read(path, fmt)
    assert written == len(rows) == _expected_rows(analysis, what)
    assert [list(row) for row in rows] == [record_columns(what)] * written
    assert {row["article_id"] for row in rows} == {analysis.article.id}


def test_jsonl_keeps_nested_values(store, analysis, tmp_path):
    path = tmp_path / "statements.jsonl"
    export_records(store, "statements", "jsonl", path)
    first = _read(path, "jsonl")[0]
    assert first["content"] == analysis.statements[0].content.model_dump(mode="json")
    assert first["cue"]["lemma"] == "say"
    # UTF-8 as is, not \u escapes: the en dash of "December 28–29".
    assert "28–29" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_flat_formats_hold_nested_values_as_json_strings(store, analysis, tmp_path, fmt):
    path = tmp_path / f"statements.{fmt}"
    export_records(store, "statements", fmt, path)
    first, second = _read(path, fmt)
    assert json.loads(first["content"]) == analysis.statements[0].content.model_dump(mode="json")
    assert json.loads(first["sentence"]) == list(analysis.statements[0].sentence)
    assert json.loads(second["hedges"]) == [{"span": list(analysis.statements[1].hedges[0].span), "text": "any such"}]
    assert first["act"] == "claim"


def test_csv_leaves_missing_values_empty(store, tmp_path):
    path = tmp_path / "statements.csv"
    export_records(store, "statements", "csv", path)
    first = _read(path, "csv")[0]
    assert first["addressee"] == first["time"] == ""


def test_parquet_keeps_numbers_as_numbers(store, tmp_path):
    path = tmp_path / "places.parquet"
    export_records(store, "places", "parquet", path)
    (place,) = pq.read_table(path).to_pylist()
    assert (place["lat"], place["lon"]) == (58.5, 31.27)


def test_jsonl_and_csv_write_to_text_and_binary_streams(store):
    text = io.StringIO()
    assert export_records(store, "statements", "jsonl", text) == 2
    binary = io.BytesIO()
    assert export_records(store, "statements", "csv", binary) == 2
    # Both streams stay open for the caller.
    assert text.getvalue().count("\n") == 2
    header, *rows = binary.getvalue().decode("utf-8").splitlines()
    assert header.split(",") == record_columns("statements")
    assert len(rows) == 2


@pytest.mark.parametrize("out", [sys.stdout, io.BytesIO()], ids=["stdout", "bytes"])
def test_parquet_to_a_stream_is_a_config_error(store, out):
    with pytest.raises(ConfigError, match="cannot write Parquet to a stream such as stdout; give a file path"):
        export_records(store, "statements", "parquet", out)


def test_unknown_format_lists_the_formats(store, tmp_path):
    path = tmp_path / "out.xml"
    with pytest.raises(ConfigError, match=r"unknown export format 'xml'; expected one of jsonl, csv, parquet"):
        export_records(store, "statements", "xml", path)
    assert not path.exists()


def test_unknown_kind_lists_the_kinds_and_leaves_no_file(store, tmp_path):
    path = tmp_path / "quotes.csv"
    with pytest.raises(ConfigError, match=r"unknown kind of record 'quotes'; expected one of articles, actors"):
        export_records(store, "quotes", "csv", path)
    assert not path.exists()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_an_empty_store_exports_the_columns_and_no_rows(tmp_path, fmt):
    path = tmp_path / f"events.{fmt}"
    with open_store(f"sqlite:///{tmp_path / 'empty.db'}") as store:
        assert export_records(store, "events", fmt, path) == 0
    if fmt == "csv":
        assert path.read_text(encoding="utf-8").splitlines() == [",".join(record_columns("events"))]
    else:
        assert pq.read_table(path).column_names == record_columns("events")


def test_an_empty_store_exports_a_gdelt_header_and_no_plover_records(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'empty.db'}") as store:
        gdelt, plover = io.StringIO(), io.StringIO()
        assert export_records(store, "events", "gdelt", gdelt) == 0
        assert export_records(store, "events", "plover", plover) == 0
    assert gdelt.getvalue().splitlines() == ["\t".join(GDELT_COLUMNS + WIRELENS_COLUMNS)]
    assert plover.getvalue() == ""


def test_gdelt_cells_hold_no_tabs_or_line_breaks(store, analysis, tmp_path):
    """GDELT files have no quoting: a tab or newline in a name would shift or split the row."""
    actors = [a.model_copy(update={"name": "Sergei\tLavrov\nRUS"}) if a.name == "Sergei Lavrov" else a for a in analysis.actors]
    store.save(analysis.model_copy(update={"actors": actors}))
    path = tmp_path / "events.tsv"
    rows = export_records(store, "events", "gdelt", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == rows + 1 and {len(line.split("\t")) for line in lines} == {len(GDELT_COLUMNS + WIRELENS_COLUMNS)}
    assert any("Sergei Lavrov RUS" in line for line in lines)
