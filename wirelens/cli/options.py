"""The options several commands share, and the defaults they start from."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..settings import Settings

DEFAULTS = Settings()

BatchSize = Annotated[int, typer.Option(help="articles per nlp.pipe batch")]
Workers = Annotated[int, typer.Option(help="worker processes for parsing (nlp.pipe n_process)")]
Database = Annotated[str, typer.Option("--db", help="SQLAlchemy URL of the store")]
PredOut = Annotated[Optional[Path], typer.Option(help="also write the predictions here (JSONL)")]
Limit = Annotated[Optional[int], typer.Option(help="score only the first N documents")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="print tracebacks of errors")]
ActorsFile = Annotated[
    Optional[Path], typer.Option("--actors", help="your own actor knowledge file (TOML, the form of the packaged actors.toml)")
]
