"""A readable report of one analysis for the terminal: statements, times, places, actors, events."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .model import Analysis

_CONTENT_WIDTH = 90


def render_report(analysis: Analysis) -> Group:
    """The report of `analysis` as a rich renderable. Article text is printed as text, never markup."""
    article = analysis.article
    names = {actor.id: actor.name for actor in analysis.actors}
    heading = Text.assemble(
        (article.title or article.url or "(untitled article)", "bold"),
        f"\n{article.id}\npublished {article.published or 'unknown'} ({article.published_source})",
        f" · {article.outlet}" if article.outlet else "",
    )
    statements = Table(title=f"Statements ({len(analysis.statements)})", title_justify="left", expand=False)
    for column in ("id", "speaker", "cue", "act / mode", "evidence"):
        # only the id never wraps: on a narrow terminal the others wrap rather than push the
        # content column off the edge
        statements.add_column(column, no_wrap=column == "id", overflow="fold", max_width=20)
    statements.add_column("content", overflow="fold", ratio=1, min_width=20)
    for s in analysis.statements:
        speaker = names.get(s.speaker) if s.speaker else None
        if speaker is None and s.speaker_span is not None:
            speaker = article.text[s.speaker_span[0] : s.speaker_span[1]] + " (?)"
        statements.add_row(
            s.id, Text(speaker or "—"), Text(s.cue.text), f"{s.act}\n{s.mode}", s.evidence, Text(_shorten(s.content.text))
        )
    times = Table(title=f"Times ({len(analysis.times)})", title_justify="left")
    for column in ("id", "text", "type", "value", "anchor"):
        times.add_column(column)
    for t in analysis.times:
        times.add_row(t.id, Text(t.text), t.type, t.value, t.anchor or "")
    places = Table(title=f"Places ({len(analysis.places)})", title_justify="left")
    for column in ("id", "name", "kind", "country", "admin1", "lat, lon", "mentions"):
        places.add_column(column)
    for p in analysis.places:
        where = f"{p.lat:.2f}, {p.lon:.2f}" if p.lat is not None and p.lon is not None else ""
        places.add_row(p.id, Text(p.name), p.kind or "", p.country or "", p.admin1 or "", where, str(len(p.mentions)))
    actors = Table(title=f"Actors ({len(analysis.actors)})", title_justify="left")
    for column in ("id", "name", "kind", "country", "sector", "role", "mentions"):
        actors.add_column(column)
    for a in analysis.actors:
        actors.add_row(a.id, Text(a.name), a.kind, a.country or "", a.sector or "", Text(a.role or ""), str(len(a.mentions)))
    events = Table(title=f"Events ({len(analysis.events)})", title_justify="left")
    for column in ("id", "type / mode", "trigger", "actor → recipient", "status", "claimed by", "disputed by"):
        events.add_column(column, overflow="fold")
    for e in analysis.events:
        parties = f"{', '.join(names.get(a, a) for a in e.actor) or '—'} → {', '.join(names.get(r, r) for r in e.recipient) or '—'}"
        events.add_row(
            e.id, f"{e.type}\n{e.mode}" if e.mode else e.type, Text(e.trigger.text), Text(parties), e.status,
            " ".join(e.claimed_by), " ".join(e.disputed_by),
        )
    return Group(heading, statements, times, places, actors, events)


def print_report(analysis: Analysis, console: Console) -> None:
    console.print(render_report(analysis))
    console.print()


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 2 * _CONTENT_WIDTH else text[: 2 * _CONTENT_WIDTH - 1] + "…"
