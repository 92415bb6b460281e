"""Stored records written out as JSONL, CSV or Parquet, one row a record."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any, Literal, get_args

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import ConfigError
from ..store.repository import RecordKind, Store, record_columns
from .gdelt import GDELT_COLUMNS, WIRELENS_COLUMNS, gdelt_rows
from .plover import plover_records

ExportFormat = Literal["jsonl", "csv", "parquet", "gdelt", "plover"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)
# Formats of event data that other tools read: events only, one article's analysis at a time.
EVENT_FORMATS = ("gdelt", "plover")

Output = str | os.PathLike[str] | IO[str] | IO[bytes]


def export_records(store: Store, what: RecordKind, fmt: ExportFormat, out: Output) -> int:
    """Write every stored record of kind `what` to `out` in `fmt`; return the number of rows written.

    JSONL keeps nested values (spans, lists, objects) as JSON; CSV and Parquet are flat, each nested
    value a JSON string in its cell. `gdelt` (GDELT 2.0 event-table TSV with a header row, one row
    per actor-recipient pair) and `plover` (PLOVER JSONL records) write events only. `out` is a file
    path, or for all but Parquet also an open text or binary stream (left open).

    Raises:
        ConfigError: an unknown `what` or `fmt`, Parquet asked of a stream, or an event format asked
            of other records.
    """
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    if fmt in EVENT_FORMATS:
        if what != "events":
            raise ConfigError(f"{fmt} export: the {fmt} format holds events, not {what}; use --what events")
        with _text_output(out) as stream:
            return _write_events(store, fmt, stream)
    if fmt == "parquet" and not isinstance(out, (str, os.PathLike)):
        raise ConfigError(
            f"parquet export of {what}: cannot write Parquet to a stream such as stdout; "
            "give a file path, or choose jsonl or csv"
        )
    # Both check `what` before the output is opened, so a bad call leaves no empty file behind.
    columns = record_columns(what)
    rows = store.records(what)
    if fmt == "parquet":
        return _write_parquet(rows, columns, out)
    with _text_output(out) as stream:
        if fmt == "jsonl":
            return _write_jsonl(rows, stream)
        return _write_csv(rows, columns, stream)


def _write_events(store: Store, fmt: str, stream: IO[str]) -> int:
    written = 0
    if fmt == "gdelt":
        writer = csv.writer(
            stream,
            delimiter="\t",
            lineterminator="\n",
            quoting=csv.QUOTE_NONE,
            escapechar="\\",
        )
        writer.writerow(GDELT_COLUMNS + WIRELENS_COLUMNS)
        for analysis in store.analyses():
            for row in gdelt_rows(analysis):
                writer.writerow([_one_line(cell) for cell in row])
                written += 1
        return written
    for analysis in store.analyses():
        written += _write_jsonl(plover_records(analysis), stream)
    return written


def _one_line(cell: str) -> str:
    """A cell without tabs or line breaks, which would break the TSV's rows (GDELT has no quoting)."""
    return " ".join(cell.split()) if any(c in cell for c in "\t\r\n") else cell


def _write_jsonl(rows: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    written = 0
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        written += 1
    return written


def _write_csv(rows: Iterable[dict[str, Any]], columns: list[str], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=columns)
    writer.writeheader()
    written = 0
    for row in rows:
        writer.writerow(_flatten(row))
        written += 1
    return written


def _write_parquet(rows: Iterable[dict[str, Any]], columns: list[str], path: str | os.PathLike[str]) -> int:
    # Columns from the record model, not from the rows: an export of no rows still has them.
    flat = [_flatten(row) for row in rows]
    table = pa.Table.from_pydict({column: [row[column] for row in flat] for column in columns})
    pq.write_table(table, path)
    return len(flat)


def _flatten(row: dict[str, Any]) -> dict[str, Any]:
    """`row` with each list or object as a JSON string, so that it fits one cell."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
        for key, value in row.items()
    }


@contextmanager
def _text_output(out: Output) -> Iterator[IO[str]]:
    """A text stream writing to `out`: a file opened (and closed) here, or the caller's stream."""
    if isinstance(out, (str, os.PathLike)):
        # newline="": the csv module writes its own line endings, and JSONL lines end in \n anywhere.
        with open(out, "w", encoding="utf-8", newline="") as stream:
            yield stream
    elif isinstance(out, io.TextIOBase):
        yield out
    else:
        stream = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        try:
            yield stream
        finally:
            stream.flush()
            # Detached, not closed: the binary stream (stdout's buffer, say) stays the caller's.
            stream.detach()
