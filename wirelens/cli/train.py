"""`wirelens train ...`: the tables the pipeline ships with, learned again from gold data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..extract.event_lexicon import EVENTS_TABLE
from ..extract.lexicon import LEARNED_CUES
from ..jsonl import load_jsonl
from ..nlp import load_pipeline
from .edge import edge, require_files
from .options import DEFAULTS, Verbose

train_app = typer.Typer(no_args_is_help=True, help="Learn from gold data what the pipeline ships with.")


@train_app.command("cues")
@edge
def train_cues(
    gold: Annotated[Path, typer.Option(help="attributions JSONL (PolNeAR form), the train split")],
    docs: Annotated[Path, typer.Option(help="docs JSONL of the same documents")],
    out: Annotated[Path, typer.Option("--out", "-o", help="where to write the cue table")] = LEARNED_CUES,
    verbose: Verbose = False,
) -> None:
    """Learn the reporting-cue table (cue rates per verb and frame, content relations) from gold."""
    from ..train.cues import learn_cues, write_table

    require_files(gold, docs)
    table = learn_cues(load_jsonl(docs), load_jsonl(gold), load_pipeline(DEFAULTS))
    write_table(table, out)
    typer.echo(f"{len(table['verbs'])} cue verbs from {table['learned_from']} -> {out}")


@train_app.command("events-table")
@edge
def train_events_table(
    crosswalk: Annotated[Path, typer.Option(help="CAMEO->PLOVER crosswalk JSONL (cameo2plover_2021.jsonl)")],
    codes: Annotated[Path, typer.Option(help="CAMEO codes JSONL with quad classes and Goldstein scores")],
    out: Annotated[Path, typer.Option("--out", "-o", help="where to write the table")] = EVENTS_TABLE,
    verbose: Verbose = False,
) -> None:
    """Build the CAMEO -> PLOVER table (type, mode, quad class, score) the event coder ships with."""
    from ..train.events_table import build_events_table, write_events_table

    require_files(crosswalk, codes)
    table = build_events_table(load_jsonl(crosswalk), load_jsonl(codes))
    write_events_table(table, out)
    typer.echo(f"{len(table['codes'])} CAMEO codes -> {out}")
