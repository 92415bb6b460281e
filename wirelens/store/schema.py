"""The store's tables: one SQLAlchemy Core schema for SQLite and PostgreSQL alike.

Each record table keeps the record exactly as published in `record` (JSON), from which
`Store.get` rebuilds the Analysis, plus copies of the scalar fields users filter and sort by.
A scalar column says where its value sits in the published record with `info={"path": ...}`
(by default its own name), so one generic function fills every table.

Only portable types here (String, Text, Integer, Float, DateTime, JSON): SQLite-only parts
(FTS5, pragmas) live in `sqlite.py`.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, Float, ForeignKey, Integer, MetaData, String, Table, Text

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String, primary_key=True),
    Column("source_id", String),
    Column("url", Text),
    Column("outlet", String, index=True),
    Column("title", Text),
    # A string, not a DateTime: `published` is a date or a datetime as the source gave it, and
    # must come back unchanged.
    Column("published", String, index=True),
    Column("published_source", String, nullable=False),
    Column("language", String),
    Column("text", Text, nullable=False),
    # When the article was first stored: the order of `Store.analyses()`; a re-save keeps it.
    Column("ingested_at", DateTime(timezone=True), nullable=False, index=True),
)


def _record_table(name: str, *columns: Column, keyed_by_id: bool = True) -> Table:
    """A table of one kind of record, keyed by (article_id, id), or (article_id, seq) if it has no id."""
    key = [Column("id", String, primary_key=True)] if keyed_by_id else []
    return Table(
        name,
        metadata,
        Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        *key,
        # The record's place in its list: ids sort as strings (s10 < s2), so order needs its own column.
        Column("seq", Integer, nullable=False, primary_key=not keyed_by_id),
        *columns,
        Column("record", JSON, nullable=False),
    )


def _at(name: str, type_, *path: str | int, index: bool = False) -> Column:
    """A scalar column copied from `path` inside the published record."""
    return Column(name, type_, index=index, info={"path": path})


actors = _record_table(
    "actors",
    Column("name", Text, index=True),
    Column("kind", String),
    Column("country", String, index=True),
    Column("sector", String),
    Column("role", Text),
    Column("registry_id", String, index=True),
)

places = _record_table(
    "places",
    Column("name", Text, index=True),
    Column("kind", String),
    Column("country", String, index=True),
    Column("admin1", String),
    Column("lat", Float),
    Column("lon", Float),
    Column("gazetteer_id", String),
)

times = _record_table(
    "times",
    Column("text", Text),
    Column("type", String),
    Column("value", String, index=True),
    Column("anchor", String),
    _at("span_start", Integer, "span", 0),
    _at("span_end", Integer, "span", 1),
)

statements = _record_table(
    "statements",
    Column("speaker", String),
    Column("addressee", String),
    Column("act", String, index=True),
    Column("mode", String),
    Column("evidence", String, index=True),
    _at("cue_text", Text, "cue", "text"),
    _at("cue_lemma", String, "cue", "lemma", index=True),
    _at("content_text", Text, "content", "text"),
    # The extent of the content: from the start of its first span to the end of its last.
    _at("content_start", Integer, "content", "spans", 0, 0),
    _at("content_end", Integer, "content", "spans", -1, 1),
    Column("time", String),
)

events = _record_table(
    "events",
    Column("type", String, index=True),
    Column("status", String, index=True),
    Column("mode", String),
    Column("cameo", String),
    _at("trigger_text", Text, "trigger", "text"),
    _at("trigger_start", Integer, "trigger", "span", 0),
    _at("trigger_end", Integer, "trigger", "span", 1),
    Column("place", String),
    Column("time", String),
)

relations = _record_table(
    "relations",
    Column("type", String, index=True),
    # `from` is an SQL keyword: the columns are from_id and to_id.
    _at("from_id", String, "from"),
    _at("to_id", String, "to"),
    keyed_by_id=False,
)

positions = _record_table(
    "positions",
    Column("actor", String),
    Column("issue", Text, index=True),
    Column("stance", String, index=True),
    Column("statement", String),
    Column("text", Text),
    _at("span_start", Integer, "span", 0),
    _at("span_end", Integer, "span", 1),
    keyed_by_id=False,
)

# The record tables in Analysis field order; each table is named after its Analysis field.
RECORD_TABLES: tuple[Table, ...] = (actors, places, times, statements, events, relations, positions)

# The actor registry (link/registry.py): one row per real-world actor of the corpus, the entry
# as published in `record`. Not a record table: it belongs to the corpus, not to one article.
registry = Table(
    "registry",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", Text, index=True),
    Column("kind", String),
    Column("country", String, index=True),
    Column("record", JSON, nullable=False),
)
