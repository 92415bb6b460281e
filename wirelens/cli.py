"""The `wirelens` command: analyze, ingest, report, export, schema, eval.

The CLI is an edge: it builds Settings and options once, calls `read_articles` and `analyze_batch`
like any user of the package, and turns errors into one line on stderr (exit 2 for bad input or
usage, 1 for anything else; the traceback only with --verbose).
"""

from __future__ import annotations

import datetime
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import Annotated, Optional, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .analyze import analyze_batch
from .errors import ConfigError, WirelensError
from .extract.event_lexicon import EVENTS_TABLE
from .extract.knowledge import Knowledge, load_knowledge
from .extract.lexicon import LEARNED_CUES
from .extract.resolve_actor import ActorQuery, as_date, resolve_actors
from .ingest import Ingested, ReadOptions, read_articles
from .jsonl import load_jsonl, parse_record
from .model import Analysis, json_schema
from .nlp import load_pipeline
from .report import print_report
from .settings import Settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Who said what, about whom, when and where, on what evidence: structured records from news articles.",
)
eval_app = typer.Typer(no_args_is_help=True, help="Score the pipeline against gold data.")
app.add_typer(eval_app, name="eval")
train_app = typer.Typer(no_args_is_help=True, help="Learn from gold data what the pipeline ships with.")
app.add_typer(train_app, name="train")

_stderr = Console(stderr=True, soft_wrap=True)
_DEFAULTS = Settings()


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
BatchSize = Annotated[int, typer.Option(help="articles per nlp.pipe batch")]
Workers = Annotated[int, typer.Option(help="worker processes for parsing (nlp.pipe n_process)")]
Database = Annotated[str, typer.Option("--db", help="SQLAlchemy URL of the store")]
PredOut = Annotated[Optional[Path], typer.Option(help="also write the predictions here (JSONL)")]
Limit = Annotated[Optional[int], typer.Option(help="score only the first N documents")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="print tracebacks of errors")]
ActorsFile = Annotated[
    Optional[Path], typer.Option("--actors", help="your own actor knowledge file (TOML, the form of the packaged actors.toml)")
]


def _edge(command: Callable) -> Callable:
    """Turn errors into one line on stderr and an exit code, once, at the edge."""

    @wraps(command)
    def run(*args, verbose: bool = False, **kwargs):
        try:
            return command(*args, **kwargs)
        except typer.Exit:
            raise
        except WirelensError as error:
            if verbose:
                _stderr.print_exception()
            _stderr.print(f"wirelens: {error}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        except Exception as error:  # the one place that catches everything: the process edge
            if verbose:
                _stderr.print_exception()
            _stderr.print(f"wirelens: unexpected error: {type(error).__name__}: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from None

    return run


@app.command()
@_edge
def analyze(
    paths: Paths,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json (one article), jsonl (many), table (report); auto picks")] = OutputFormat.auto,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="write here instead of stdout")] = None,
    published: Published = None,
    url: Url = None,
    outlet: Outlet = None,
    title: Title = None,
    input_format: InputFormat = InputFormatOption.auto,
    max_chars: MaxChars = _DEFAULTS.max_chars,
    batch_size: BatchSize = _DEFAULTS.batch_size,
    workers: Workers = _DEFAULTS.workers,
    actors: ActorsFile = None,
    verbose: Verbose = False,
) -> None:
    """Analyze articles and print their analyses (JSON, JSONL or a readable table).

    JSONL output has one line per input article in input order; an article that could not be read
    gives a line {"origin": ..., "error": ...} in its place, so lines stay aligned with the input.
    """
    settings = replace(_DEFAULTS, max_chars=max_chars, batch_size=batch_size, workers=workers)
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


@app.command()
@_edge
def ingest(
    paths: Paths,
    db: Database = _DEFAULTS.database_url,
    published: Published = None,
    url: Url = None,
    outlet: Outlet = None,
    title: Title = None,
    input_format: InputFormat = InputFormatOption.auto,
    max_chars: MaxChars = _DEFAULTS.max_chars,
    batch_size: BatchSize = _DEFAULTS.batch_size,
    workers: Workers = _DEFAULTS.workers,
    actors: ActorsFile = None,
    verbose: Verbose = False,
) -> None:
    """Analyze articles and store their analyses; re-ingesting an article replaces its analysis."""
    from .store import open_store

    settings = replace(_DEFAULTS, max_chars=max_chars, batch_size=batch_size, workers=workers, database_url=db)
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
    _stderr.print(
        f"stored {stored} article(s) with {statements} statement(s) in {shown}; "
        f"{total} article(s) in the store" + (f"; {failures} input(s) skipped" if failures else ""),
        markup=False, highlight=False,
    )
    if failures:
        raise typer.Exit(2)


@app.command()
@_edge
def report(
    db: Database = _DEFAULTS.database_url,
    article: Annotated[Optional[str], typer.Option(help="id of one stored article (default: all)")] = None,
    verbose: Verbose = False,
) -> None:
    """Print a readable report of stored analyses: statements, times, places, actors."""
    from .store import open_store

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


@app.command()
@_edge
def export(
    db: Database = _DEFAULTS.database_url,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="output format")] = ExportFormat.jsonl,
    what: Annotated[Optional[ExportWhat], typer.Option(help="which records [default: statements; events for gdelt and plover]")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="file to write (required for parquet)")] = None,
    verbose: Verbose = False,
) -> None:
    """Export stored records, one row a record, as JSONL, CSV or Parquet; events also as GDELT-style
    TSV or PLOVER JSONL."""
    from .store import EVENT_FORMATS, export_records, open_store

    kind = what.value if what is not None else "events" if format.value in EVENT_FORMATS else "statements"
    with open_store(db) as store:
        target = str(output) if output is not None else sys.stdout
        rows = export_records(store, kind, format.value, target)
    _stderr.print(f"exported {rows} {kind} row(s)", markup=False, highlight=False)


@app.command()
@_edge
def schema(verbose: Verbose = False) -> None:
    """Print the JSON Schema of an analysis (wirelens/1), generated from the records."""
    typer.echo(json.dumps(json_schema(), indent=2))


@eval_app.command("attribution")
@_edge
def eval_attribution(
    gold: Annotated[Path, typer.Option(help="attributions JSONL (PolNeAR form)")],
    docs: Annotated[Path, typer.Option(help="docs JSONL of the same documents")],
    pred_out: PredOut = None,
    merge_same_cue: Annotated[bool, typer.Option(help="merge predictions sharing a cue before scoring")] = False,
    batch_size: BatchSize = _DEFAULTS.batch_size,
    workers: Workers = _DEFAULTS.workers,
    verbose: Verbose = False,
) -> None:
    """Attribution P/R/F1 (content and joint) of the pipeline on a PolNeAR-form gold set."""
    from .eval.attribution import evaluate_attribution, format_scores

    _require_files(gold, docs)
    nlp = load_pipeline(_DEFAULTS)
    scores = evaluate_attribution(
        docs, gold, nlp, batch_size=batch_size, workers=workers, pred_out=pred_out, merge_same_cue=merge_same_cue
    )
    typer.echo(format_scores(scores))


@eval_app.command("time")
@_edge
def eval_time(
    gold: Annotated[Path, typer.Option(help="TimeML gold JSONL: {doc_id, dct, text, timexes} a line")],
    limit: Limit = None,
    pred_out: PredOut = None,
    batch_size: BatchSize = _DEFAULTS.batch_size,
    workers: Workers = _DEFAULTS.workers,
    verbose: Verbose = False,
) -> None:
    """Time tagging scores (span P/R/F1 relaxed and strict, type accuracy, value F1) on TimeML gold."""
    from .eval.time import evaluate_time, format_scores

    _require_files(gold)
    nlp = load_pipeline(_DEFAULTS)
    scores = evaluate_time(gold, nlp, limit=limit, batch_size=batch_size, workers=workers, pred_out=pred_out)
    typer.echo(format_scores(scores))


@app.command()
@_edge
def actor(
    text: Annotated[Optional[str], typer.Argument(help="the actor as written: a name or a noun phrase")] = None,
    context: Annotated[Optional[str], typer.Option(help="the sentence the actor was found in")] = None,
    date: Annotated[Optional[str], typer.Option("--date", help="the date the text refers to (ISO or words, e.g. today)")] = None,
    input: Annotated[
        Optional[Path], typer.Option("--input", help="JSONL of {actor_text, context, date}: one JSON line out per line in")
    ] = None,
    actors: ActorsFile = None,
    verbose: Verbose = False,
) -> None:
    """Print who an actor string names as JSON: name, kind, country, sector, role."""
    if (text is None) == (input is None):
        raise ConfigError("give either an actor TEXT or --input FILE.jsonl")
    today = datetime.date.today()
    if input is not None:
        queries = [_actor_query(line, n, input, today) for n, line in enumerate(_jsonl_lines(input), 1)]
    else:
        queries = [ActorQuery(text or "", context, as_date(date, today))]
    knowledge = load_knowledge(actors)
    for resolved in resolve_actors(queries, load_pipeline(_DEFAULTS), knowledge):
        typer.echo(json.dumps(resolved.as_dict(), ensure_ascii=False))


def _jsonl_lines(path: Path) -> list[str]:
    _require_files(path)
    return path.read_text("utf-8").splitlines()


def _actor_query(line: str, number: int, path: Path, today: datetime.date) -> ActorQuery:
    record = parse_record(line, f"{path}:{number}", "actor_text", '{"actor_text": ..., "context": ..., "date": ...}')
    return ActorQuery(record["actor_text"], record.get("context") or None, as_date(record.get("date"), today))


@eval_app.command("actors")
@_edge
def eval_actors(
    gold: Annotated[Path, typer.Option(help="actor resolution JSONL ({actor_text, context, date, expected_country, expected_code_1})")],
    pred_out: PredOut = None,
    actors: ActorsFile = None,
    verbose: Verbose = False,
) -> None:
    """Country and sector accuracy of actor resolution on a gold set."""
    from .eval.actors import evaluate_actors, format_scores

    _require_files(gold)
    scores = evaluate_actors(gold, load_pipeline(_DEFAULTS), load_knowledge(actors), datetime.date.today(), pred_out=pred_out)
    typer.echo(format_scores(scores))


def _require_files(*paths: Path) -> None:
    for path in paths:
        if not path.is_file():
            raise ConfigError(f"{path}: no such file")


@train_app.command("cues")
@_edge
def train_cues(
    gold: Annotated[Path, typer.Option(help="attributions JSONL (PolNeAR form), the train split")],
    docs: Annotated[Path, typer.Option(help="docs JSONL of the same documents")],
    out: Annotated[Path, typer.Option("--out", "-o", help="where to write the cue table")] = LEARNED_CUES,
    verbose: Verbose = False,
) -> None:
    """Learn the reporting-cue table (cue rates per verb and frame, content relations) from gold."""
    from .train.cues import learn_cues, write_table

    _require_files(gold, docs)
    table = learn_cues(load_jsonl(docs), load_jsonl(gold), load_pipeline(_DEFAULTS))
    write_table(table, out)
    typer.echo(f"{len(table['verbs'])} cue verbs from {table['learned_from']} -> {out}")


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
            _stderr.print(f"wirelens: {item.error}", markup=False, highlight=False)
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
        console=_stderr, transient=True, disable=len(articles) < 2,
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



@eval_app.command("geo")
@_edge
def eval_geo(
    gold: Annotated[Path, typer.Option(help="geoparsing gold JSONL (LGL / TR-News / GeoVirus form)")],
    limit: Limit = None,
    batch_size: BatchSize = _DEFAULTS.batch_size,
    workers: Workers = _DEFAULTS.workers,
    verbose: Verbose = False,
) -> None:
    """Toponym detection P/R/F1, acc@161 and end-to-end acc@161 of the pipeline on a geo gold set."""
    from .eval.geo import evaluate_geo, format_geo_scores

    _require_files(gold)
    nlp = load_pipeline(_DEFAULTS)
    typer.echo(format_geo_scores(evaluate_geo(gold, nlp, limit=limit, batch_size=batch_size, workers=workers)))


@eval_app.command("events")
@_edge
def eval_events(
    gold: Annotated[Path, typer.Option(help="event gold JSONL: {text, events} a line (PLOVER or CAMEO coded)")],
    pred_out: PredOut = None,
    verbose: Verbose = False,
) -> None:
    """Event type P/R/F1 (PLOVER), CAMEO root P/R/F1 and actor/recipient country accuracy on event gold."""
    from .eval.events import evaluate_events, format_scores

    _require_files(gold)
    typer.echo(format_scores(evaluate_events(gold, load_pipeline(_DEFAULTS), pred_out=pred_out)))


@train_app.command("events-table")
@_edge
def train_events_table(
    crosswalk: Annotated[Path, typer.Option(help="CAMEO->PLOVER crosswalk JSONL (cameo2plover_2021.jsonl)")],
    codes: Annotated[Path, typer.Option(help="CAMEO codes JSONL with quad classes and Goldstein scores")],
    out: Annotated[Path, typer.Option("--out", "-o", help="where to write the table")] = EVENTS_TABLE,
    verbose: Verbose = False,
) -> None:
    """Build the CAMEO -> PLOVER table (type, mode, quad class, score) the event coder ships with."""
    from .train.events_table import build_events_table, write_events_table

    _require_files(crosswalk, codes)
    table = build_events_table(load_jsonl(crosswalk), load_jsonl(codes))
    write_events_table(table, out)
    typer.echo(f"{len(table['codes'])} CAMEO codes -> {out}")
