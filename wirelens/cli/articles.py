"""The commands on articles and the store: analyze, ingest, report, export, schema."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..analyze import analyze_batch
from ..errors import ConfigError
from ..extract.knowledge import Knowledge, load_knowledge
from ..ingest import Ingested, ReadOptions, read_articles
from ..model import Analysis, json_schema
from ..nlp import load_pipeline
from ..report import print_report
from ..settings import Settings
from .edge import edge, stderr
from .options import DEFAULTS, ActorsFile, BatchSize, Database, Verbose, Workers


class OutputFormat(str, Enum):
    auto = "auto"
    json = "json"
    jsonl = "jsonl"
    table = "table"


class InputFormatOption(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"
    plover = "plover"


class ExportWhat(str, Enum):
    articles = "articles"
    statements = "statements"
    events = "events"
    actors = "actors"
    places = "places"
    times = "times"
    relations = "relations"
    positions = "positions"


Paths = Annotated[list[str], typer.Argument(help="files, directories (read recursively) or - for stdin")]
Published = Annotated[Optional[str], typer.Option(help="publication date (ISO) of the articles; overrides page metadata")]
Url = Annotated[Optional[str], typer.Option(help="source URL of the article")]
Outlet = Annotated[Optional[str], typer.Option(help="outlet that published the article")]
Title = Annotated[Optional[str], typer.Option(help="title of the article")]
InputFormat = Annotated[InputFormatOption, typer.Option("--input-format", help="how to read inputs; auto goes by extension")]
MaxChars = Annotated[int, typer.Option(help="longest article text accepted, in characters")]


@edge
def analyze(
    paths: Paths,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json (one article), jsonl (many), table (report); auto picks")] = OutputFormat.auto,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="write here instead of stdout")] = None,
    published: Published = None,
    url: Url = None,
    outlet: Outlet = None,
    title: Title = None,
    input_format: InputFormat = InputFormatOption.auto,
    max_chars: MaxChars = DEFAULTS.max_chars,
    batch_size: BatchSize = DEFAULTS.batch_size,
    workers: Workers = DEFAULTS.workers,
    actors: ActorsFile = None,
    verbose: Verbose = False,
) -> None:
    """Analyze articles and print their analyses (JSON, JSONL or a readable table).

    JSONL output has one line per input article in input order; an article that could not be read
    gives a line {"origin": ..., "error": ...} in its place, so lines stay aligned with the input.
    """
    settings = replace(DEFAULTS, max_chars=max_chars, batch_size=batch_size, workers=workers)
    options = ReadOptions(url=url, outlet=outlet, title=title, published=published, input_format=input_format.value)
    chosen = _choose_format(format, paths)
    failures = 0
    knowledge = load_knowledge(actors)
    with _open_output(output) as out:
        console = _console(out)
        for item, analysis in _analyzed(paths, options, settings, knowledge):
            if item.error is not None:
                failures += 1
                if chosen == "jsonl":
                    out.write(json.dumps({"origin": item.origin, "error": item.error.reason}) + "\n")
            elif chosen == "table":
                print_report(analysis, console)
            else:
                out.write(analysis.to_json(indent=2 if chosen == "json" else None) + "\n")
    if failures:
        raise typer.Exit(2)


@edge
def ingest(
    paths: Paths,
    db: Database = DEFAULTS.database_url,
    published: Published = None,
    url: Url = None,
    outlet: Outlet = None,
    title: Title = None,
    input_format: InputFormat = InputFormatOption.auto,
    max_chars: MaxChars = DEFAULTS.max_chars,
    batch_size: BatchSize = DEFAULTS.batch_size,
    workers: Workers = DEFAULTS.workers,
    actors: ActorsFile = None,
    verbose: Verbose = False,
) -> None:
    """Analyze articles and store their analyses; re-ingesting an article replaces its analysis."""
    from ..store import open_store

    settings = replace(DEFAULTS, max_chars=max_chars, batch_size=batch_size, workers=workers, database_url=db)
    options = ReadOptions(url=url, outlet=outlet, title=title, published=published, input_format=input_format.value)
    stored = statements = failures = 0
    knowledge = load_knowledge(actors)
    with open_store(settings.database_url) as store:
        for item, analysis in _analyzed(paths, options, settings, knowledge):
            if item.error is not None:
                failures += 1
                continue
            store.save(store.link_actors(analysis, knowledge))
            stored += 1
            statements += len(analysis.statements)
        total, shown = store.count("articles"), store.url
    stderr.print(
        f"stored {stored} article(s) with {statements} statement(s) in {shown}; "
        f"{total} article(s) in the store" + (f"; {failures} input(s) skipped" if failures else ""),
        markup=False, highlight=False,
    )
    if failures:
        raise typer.Exit(2)


@edge
def report(
    db: Database = DEFAULTS.database_url,
    article: Annotated[Optional[str], typer.Option(help="id of one stored article (default: all)")] = None,
    verbose: Verbose = False,
) -> None:
    """Print a readable report of stored analyses: statements, times, places, actors."""
    from ..store import open_store

    console = _console(sys.stdout)
    with open_store(db) as store:
        if article is not None:
            analysis = store.get(article)
            if analysis is None:
                raise ConfigError(f"no article {article!r} in {store.url}; `wirelens export --what articles` lists them")
            print_report(analysis, console)
            return
        for analysis in store.analyses():
            print_report(analysis, console)


@edge
def export(
    db: Database = DEFAULTS.database_url,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="output format")] = ExportFormat.jsonl,
    what: Annotated[Optional[ExportWhat], typer.Option(help="which records [default: statements; events for gdelt and plover]")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="file to write (required for parquet)")] = None,
    verbose: Verbose = False,
) -> None:
    """Export stored records as JSONL, CSV or Parquet; events also as GDELT TSV or PLOVER JSONL."""
    from ..export import EVENT_FORMATS, export_records
    from ..store import open_store

    kind = what.value if what is not None else "events" if format.value in EVENT_FORMATS else "statements"
    with open_store(db) as store:
        target = str(output) if output is not None else sys.stdout
        rows = export_records(store, kind, format.value, target)
    stderr.print(f"exported {rows} {kind} row(s)", markup=False, highlight=False)


@edge
def schema(verbose: Verbose = False) -> None:
    """Print the JSON Schema of an analysis (wirelens/1), generated from the records."""
    typer.echo(json.dumps(json_schema(), indent=2))


def _choose_format(chosen: OutputFormat, paths: list[str]) -> str:
    if chosen is not OutputFormat.auto:
        return chosen.value
    single = len(paths) == 1 and paths[0] != "-" and not Path(paths[0]).is_dir()
    return "json" if single and Path(paths[0]).suffix.lower() not in {".jsonl", ".ndjson"} else "jsonl"


def _analyzed(
    paths: list[str], options: ReadOptions, settings: Settings, knowledge: Knowledge | None = None
) -> Iterator[tuple[Ingested, Analysis | None]]:
    """Each input item with its analysis (None for a failed item, reported on stderr), in order."""
    items = list(read_articles(paths, options, settings))
    for item, analysis in zip(items, _analyze_items(items, settings, knowledge), strict=True):
        if item.error is not None:
            stderr.print(f"wirelens: {item.error}", markup=False, highlight=False)
        yield item, analysis


def _analyze_items(items: list[Ingested], settings: Settings, knowledge: Knowledge | None) -> Iterator[Analysis | None]:
    """The analysis of each item (None for failed items), in order, with a progress bar on
    multi-article runs."""
    articles = [item.article for item in items if item.article is not None]
    if not articles:
        yield from (None for _ in items)
        return
    nlp = load_pipeline(settings)
    analyses = analyze_batch(articles, nlp, batch_size=settings.batch_size, workers=settings.workers, knowledge=knowledge)
    with Progress(
        TextColumn("analyzing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=stderr, transient=True, disable=len(articles) < 2,
    ) as progress:
        task = progress.add_task("analyze", total=len(articles))
        for item in items:
            if item.article is None:
                yield None
                continue
            yield next(analyses)
            progress.advance(task)


def _console(out: TextIO) -> Console:
    # a pipe or file has no width of its own; rich would assume 80 columns and squeeze the tables
    return Console(file=out) if out.isatty() else Console(file=out, width=120)


@contextmanager
def _open_output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8") as out:
        yield out
