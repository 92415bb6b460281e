"""`wirelens eval TASK --gold FILE`: the pipeline scored against gold data."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Annotated

import typer

from ..extract.knowledge import load_knowledge
from ..nlp import load_pipeline
from .edge import edge, require_files
from .options import DEFAULTS, ActorsFile, BatchSize, Limit, PredOut, Verbose, Workers

eval_app = typer.Typer(no_args_is_help=True, help="Score the pipeline against gold data.")


@eval_app.command("attribution")
@edge
def eval_attribution(
    gold: Annotated[Path, typer.Option(help="attributions JSONL (PolNeAR form)")],
    docs: Annotated[Path, typer.Option(help="docs JSONL of the same documents")],
    pred_out: PredOut = None,
    merge_same_cue: Annotated[bool, typer.Option(help="merge predictions sharing a cue before scoring")] = False,
    batch_size: BatchSize = DEFAULTS.batch_size,
    workers: Workers = DEFAULTS.workers,
    verbose: Verbose = False,
) -> None:
    """Attribution P/R/F1 (content and joint) of the pipeline on a PolNeAR-form gold set."""
    from ..eval.attribution import evaluate_attribution, format_scores

    require_files(gold, docs)
    nlp = load_pipeline(DEFAULTS)
    scores = evaluate_attribution(
        docs, gold, nlp, batch_size=batch_size, workers=workers, pred_out=pred_out, merge_same_cue=merge_same_cue
    )
    typer.echo(format_scores(scores))


@eval_app.command("time")
@edge
def eval_time(
    gold: Annotated[Path, typer.Option(help="TimeML gold JSONL: {doc_id, dct, text, timexes} a line")],
    limit: Limit = None,
    pred_out: PredOut = None,
    batch_size: BatchSize = DEFAULTS.batch_size,
    workers: Workers = DEFAULTS.workers,
    verbose: Verbose = False,
) -> None:
    """Time tagging scores (span P/R/F1 relaxed and strict, type accuracy, value F1) on TimeML gold."""
    from ..eval.time import evaluate_time, format_scores

    require_files(gold)
    nlp = load_pipeline(DEFAULTS)
    scores = evaluate_time(gold, nlp, limit=limit, batch_size=batch_size, workers=workers, pred_out=pred_out)
    typer.echo(format_scores(scores))


@eval_app.command("actors")
@edge
def eval_actors(
    gold: Annotated[Path, typer.Option(help="actor resolution JSONL ({actor_text, context, date, expected_country, expected_code_1})")],
    pred_out: PredOut = None,
    actors: ActorsFile = None,
    verbose: Verbose = False,
) -> None:
    """Country and sector accuracy of actor resolution on a gold set."""
    from ..eval.actors import evaluate_actors, format_scores

    require_files(gold)
    scores = evaluate_actors(gold, load_pipeline(DEFAULTS), load_knowledge(actors), datetime.date.today(), pred_out=pred_out)
    typer.echo(format_scores(scores))


@eval_app.command("geo")
@edge
def eval_geo(
    gold: Annotated[Path, typer.Option(help="geoparsing gold JSONL (LGL / TR-News / GeoVirus form)")],
    limit: Limit = None,
    batch_size: BatchSize = DEFAULTS.batch_size,
    workers: Workers = DEFAULTS.workers,
    verbose: Verbose = False,
) -> None:
    """Toponym detection P/R/F1, acc@161 and end-to-end acc@161 of the pipeline on a geo gold set."""
    from ..eval.geo import evaluate_geo, format_geo_scores

    require_files(gold)
    nlp = load_pipeline(DEFAULTS)
    typer.echo(format_geo_scores(evaluate_geo(gold, nlp, limit=limit, batch_size=batch_size, workers=workers)))


@eval_app.command("events")
@edge
def eval_events(
    gold: Annotated[Path, typer.Option(help="event gold JSONL: {text, events} a line (PLOVER or CAMEO coded)")],
    split: Annotated[str | None, typer.Option(help="score only the records of this split (ConfliBERT's 'test')")] = None,
    pred_out: PredOut = None,
    verbose: Verbose = False,
) -> None:
    """Event type P/R/F1 (PLOVER), CAMEO root or class P/R/F1 and actor/recipient country accuracy on event gold."""
    from ..eval.events import evaluate_events, format_scores

    require_files(gold)
    typer.echo(format_scores(evaluate_events(gold, load_pipeline(DEFAULTS), pred_out=pred_out, split=split)))
