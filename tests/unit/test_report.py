"""The terminal report: what it shows, and article text printed as text, never as markup."""

from __future__ import annotations

import io

from rich.console import Console

from wirelens import Settings, analyze
from wirelens.ingest import make_article
from wirelens.report import print_report


def rendered(analysis) -> str:
    out = io.StringIO()
    print_report(analysis, Console(file=out, width=140))
    return out.getvalue()


def test_report_lists_statements_times_places_actors(seed):
    text = rendered(seed)
    for heading in ("Statements (", "Times (", "Places (", "Actors (", "Events ("):
        assert heading in text
    assert "Sergei Lavrov" in text and "none_provided" in text and "2025-12-28/2025-12-29" in text
    assert "RU-NGR" in text and "50.45, 30.52" in text  # places with codes and coordinates
    assert "Foreign Minister" in text and "MIL" in text  # actors with role and sector
    assert "ASSAULT" in text and "claimed" in text  # events with their status


def test_markup_in_the_article_is_printed_literally(nlp):
    article = make_article("Officials said [bold red]the bridge[/] was destroyed.", source="t", settings=Settings())
    text = rendered(analyze(article, nlp))
    assert "[bold red]the bridge[/]" in text
