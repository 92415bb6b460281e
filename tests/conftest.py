"""Shared fixtures: the real spaCy pipeline (loaded once per run), the seed article, ../shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirelens import Settings, analyze, load_pipeline
from wirelens.ingest import make_article

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "examples" / "seed-article.txt"
# Research data lives beside the clone (../shared), never in the repo.
SHARED = REPO.parent / "shared"


def shared_file(relative: str) -> Path:
    """A file of ../shared, or a skip saying what is missing."""
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(f"{path} is absent: clone the project beside ../shared to run this test")
    return path


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline(Settings())


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(nlp, seed_text):
    """The analysis of the seed article, published 2025-12-29."""
    article = make_article(seed_text, source=str(SEED), settings=Settings(), published="2025-12-29")
    return analyze(article, nlp)
