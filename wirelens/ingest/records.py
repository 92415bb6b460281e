"""What the ingest stage takes and gives: ReadOptions in, one Ingested per article or failure out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from wirelens.errors import ConfigError, InputError
from wirelens.model import Article

InputFormat = Literal["auto", "text", "html", "jsonl"]


@dataclass(frozen=True)
class ReadOptions:
    """Options the user gives for a run: article metadata, and the input format ("auto": by extension)."""

    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    input_format: InputFormat = "auto"

    def __post_init__(self) -> None:
        if self.input_format not in get_args(InputFormat):
            choices = ", ".join(get_args(InputFormat))
            raise ConfigError(f"unknown input format {self.input_format!r}; choose one of {choices}")


@dataclass(frozen=True)
class Ingested:
    """One result of a run: the article read from `origin` ("a.txt", "feed.jsonl:3"), or why not."""

    origin: str
    article: Article | None
    error: InputError | None
