"""wirelens: who said what, about whom, when and where, on what evidence, and who disputes it."""

from .analyze import analyze, analyze_batch
from .model import Analysis, Article
from .nlp import load_pipeline
from .settings import Settings

__all__ = ["analyze", "analyze_batch", "load_pipeline", "Settings", "Article", "Analysis"]
