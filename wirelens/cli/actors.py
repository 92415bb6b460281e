"""The `actor` command: who an actor string names."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ConfigError
from ..extract.knowledge import load_knowledge
from ..extract.resolve_actor import ActorQuery, as_date, resolve_actors
from ..jsonl import parse_record
from ..nlp import load_pipeline
from .edge import edge, require_files
from .options import DEFAULTS, ActorsFile, Verbose


@edge
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
    for resolved in resolve_actors(queries, load_pipeline(DEFAULTS), knowledge):
        typer.echo(json.dumps(resolved.as_dict(), ensure_ascii=False))


def _jsonl_lines(path: Path) -> list[str]:
    require_files(path)
    return path.read_text("utf-8").splitlines()


def _actor_query(line: str, number: int, path: Path, today: datetime.date) -> ActorQuery:
    record = parse_record(line, f"{path}:{number}", "actor_text", '{"actor_text": ..., "context": ..., "date": ...}')
    return ActorQuery(record["actor_text"], record.get("context") or None, as_date(record.get("date"), today))
