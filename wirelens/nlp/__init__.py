"""The spaCy pipeline: model loading and batch parsing."""

from .pipeline import load_pipeline, parse

__all__ = ["load_pipeline", "parse"]
