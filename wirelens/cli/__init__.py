"""The `wirelens` command: analyze, ingest, report, export, schema, actor, eval, train.

The CLI is an edge: it builds Settings and options once, calls `read_articles` and `analyze_batch`
like any user of the package, and turns errors into one line on stderr (`edge.py`).
"""

from __future__ import annotations

import typer

from .actors import actor
from .articles import analyze, export, ingest, report, schema
from .evaluate import eval_app
from .train import train_app

__all__ = ["app"]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Who said what, about whom, when and where, on what evidence: structured records from news articles.",
)
for command in (analyze, ingest, report, export, schema, actor):
    app.command()(command)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")
