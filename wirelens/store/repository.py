"""The store: analyses saved to, read back from and searched in any database SQLAlchemy reaches."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Literal, get_args

from pydantic import BaseModel
from sqlalchemy import Connection, Engine, Select, Table, create_engine, func, make_url, select
from sqlalchemy.exc import ArgumentError, DBAPIError

from ..errors import ConfigError
from ..extract.knowledge import Knowledge
from ..link.registry import Registry, RegistryEntry
from ..model import Analysis, Article, Statement
from . import sqlite
from .schema import RECORD_TABLES, articles, metadata, registry, statements

RecordKind = Literal[
    "articles", "actors", "places", "times", "statements", "events", "relations", "positions"
]
RECORD_KINDS: tuple[str, ...] = get_args(RecordKind)

# Articles' own fields but `id`, which each exported row carries as `article_id`.
_ARTICLE_FIELDS = [name for name in Article.model_fields if name != "id"]
# The order of analyses() and of exported rows: first stored first, the id breaking ties.
_STORE_ORDER = (articles.c.ingested_at, articles.c.id)
# Rows fetched at a time when streaming an export (server-side cursors on PostgreSQL).
_EXPORT_BATCH = 1000


@dataclass(frozen=True)
class StatementHit:
    """A statement found by `Store.search`, with the id of the article it is in."""

    article_id: str
    statement: Statement


def open_store(url: str) -> Store:
    """The store at `url` (any SQLAlchemy URL), its tables created if missing.

    Raises:
        ConfigError: the URL cannot be parsed, its driver is not installed, or the database cannot
            be opened or written; the message shows the URL with its password hidden.
    """
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as err:  # ValueError: a port that is not a number
        raise ConfigError(
            f"database URL {_hide_password(url)!r}: not an SQLAlchemy URL; "
            "use the form dialect+driver://user:password@host/database, e.g. sqlite:///wirelens.db"
        ) from err
    shown = parsed.render_as_string(hide_password=True)
    try:
        engine = create_engine(parsed)
    except (ArgumentError, ImportError) as err:
        raise ConfigError(
            f"database URL {shown!r}: no usable database driver ({err}); "
            "install the driver the URL names, or use sqlite:///FILE"
        ) from err
    if engine.dialect.name == "sqlite":
        sqlite.set_pragmas_on_connect(engine)
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            if engine.dialect.name == "sqlite":
                sqlite.create_fts(conn)
    except DBAPIError as err:
        engine.dispose()
        raise ConfigError(
            f"database {shown!r}: cannot open it or create its tables ({err.orig}); "
            "check that the database exists, is reachable and is writable"
        ) from err
    return Store(engine)


class Store:
    """Analyses in a database: save, get, list, search, and flat records for export.

    Build it with `open_store(url)`; use it as a context manager, or call `close()`.
    """

    def __init__(self, engine: Engine):
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._registry: Registry | None = None

    @property
    def url(self) -> str:
        """The database URL, its password hidden, for messages."""
        return self._engine.url.render_as_string(hide_password=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the store's database connections."""
        self._engine.dispose()

    def save(self, analysis: Analysis) -> None:
        """Store `analysis`, replacing all that was stored for its article, in one transaction."""
        article_id = analysis.article.id
        with self._engine.begin() as conn:
            first_stored = conn.scalar(select(articles.c.ingested_at).where(articles.c.id == article_id))
            if first_stored is not None:
                self._delete(conn, article_id)
            conn.execute(
                articles.insert(),
                {**analysis.article.model_dump(), "ingested_at": first_stored or datetime.now(timezone.utc)},
            )
            for table in RECORD_TABLES:
                records = getattr(analysis, table.name)
                rows = [_row(table, article_id, seq, record) for seq, record in enumerate(records)]
                if rows:
                    conn.execute(table.insert(), rows)
            if self._sqlite:
                sqlite.index_fts(conn, analysis)

    def link_actors(self, analysis: Analysis, knowledge: Knowledge | None = None) -> Analysis:
        """The analysis with each named actor's `registry_id` from the store's actor registry,
        whose entries this updates (names seen, roles over time). Save the result with `save`.

        The registry is read once per Store; another process linking into the same database at
        the same time may create a second entry for an actor both meet first.
        """
        if self._registry is None:
            with self._engine.connect() as conn:
                entries = [RegistryEntry.model_validate(record) for record in conn.scalars(select(registry.c.record))]
            self._registry = Registry(entries, knowledge)
        linked, changed = self._registry.link(analysis)
        with self._engine.begin() as conn:
            for entry in changed:
                row = {"id": entry.id, "name": entry.name, "kind": entry.kind, "country": entry.country,
                       "record": entry.model_dump(mode="json")}
                conn.execute(registry.delete().where(registry.c.id == entry.id))
                conn.execute(registry.insert(), row)
        return linked

    def registry_entry(self, registry_id: str) -> RegistryEntry | None:
        """The registry entry of one actor identity, or None."""
        with self._engine.connect() as conn:
            record = conn.scalar(select(registry.c.record).where(registry.c.id == registry_id))
        return None if record is None else RegistryEntry.model_validate(record)

    def delete(self, article_id: str) -> bool:
        """Remove an article and its whole analysis; False if it was not stored."""
        with self._engine.begin() as conn:
            return self._delete(conn, article_id)

    def get(self, article_id: str) -> Analysis | None:
        """The analysis stored for `article_id`, equal to the one saved; None if there is none."""
        with self._engine.connect() as conn:
            return _load(conn, article_id)

    def analyses(self) -> Iterator[Analysis]:
        """Every stored analysis, in the order the articles were first stored."""
        with self._engine.connect() as conn:
            for article_id in conn.scalars(select(articles.c.id).order_by(*_STORE_ORDER)).all():
                analysis = _load(conn, article_id)
                # None when another process deleted the article since the ids were read.
                if analysis is not None:
                    yield analysis

    def article_ids(self) -> list[str]:
        """The ids of the stored articles, in the order the articles were first stored."""
        with self._engine.connect() as conn:
            return list(conn.scalars(select(articles.c.id).order_by(*_STORE_ORDER)))

    def count(self, table_name: str) -> int:
        """The number of rows in one of the store's tables."""
        table = metadata.tables.get(table_name)
        if table is None:
            raise ConfigError(
                f"count: no table {table_name!r} in the store; expected one of {', '.join(metadata.tables)}"
            )
        with self._engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(table))

    def search(self, query: str, limit: int = 20) -> list[StatementHit]:
        """Statements whose content holds every word of `query`, at most `limit` of them.

        On SQLite, FTS5 matches whole words (case and diacritics folded) and ranks by bm25; on other
        databases, a case-insensitive substring match orders hits as the store does. A query of no
        words finds nothing.
        """
        if limit < 1:
            raise ConfigError(f"search limit {limit}: must be 1 or more")
        words = query.split()
        if not words:
            return []
        with self._engine.connect() as conn:
            if self._sqlite:
                rows = sqlite.match_statements(conn, words, limit)
            else:
                rows = conn.execute(_like_statements(words).limit(limit)).all()
        return [StatementHit(row.article_id, Statement.model_validate(row.record)) for row in rows]

    def records(self, what: RecordKind) -> Iterator[dict[str, Any]]:
        """One row a record of one kind, for export: `article_id`, then the record's fields as published.

        Raises:
            ConfigError: `what` is not one of RECORD_KINDS (checked at the call, not at the first row).
        """
        _check_kind(what)
        return self._records(what)

    def _records(self, what: str) -> Iterator[dict[str, Any]]:
        with self._engine.connect() as conn:
            if what == "articles":
                query = select(articles).order_by(*_STORE_ORDER)
                for row in conn.execute(query.execution_options(yield_per=_EXPORT_BATCH)).mappings():
                    yield {"article_id": row["id"], **{name: row[name] for name in _ARTICLE_FIELDS}}
            else:
                table = metadata.tables[what]
                query = (
                    select(table.c.article_id, table.c.record)
                    .join(articles)
                    .order_by(*_STORE_ORDER, table.c.seq)
                )
                for row in conn.execute(query.execution_options(yield_per=_EXPORT_BATCH)):
                    yield {"article_id": row.article_id, **row.record}

    def _delete(self, conn: Connection, article_id: str) -> bool:
        if self._sqlite:
            sqlite.unindex_fts(conn, article_id)
        # The record tables follow by ON DELETE CASCADE.
        return conn.execute(articles.delete().where(articles.c.id == article_id)).rowcount > 0


def record_columns(what: RecordKind) -> list[str]:
    """The keys of each row `Store.records(what)` yields, in order (a CSV header, say)."""
    _check_kind(what)
    if what == "articles":
        return ["article_id", *_ARTICLE_FIELDS]
    # The record model is the item type of the Analysis field of that name: list[Statement] ...
    model: type[BaseModel] = get_args(Analysis.model_fields[what].annotation)[0]
    return ["article_id", *(field.alias or name for name, field in model.model_fields.items())]


def _check_kind(what: str) -> None:
    if what not in RECORD_KINDS:
        raise ConfigError(f"unknown kind of record {what!r}; expected one of {', '.join(RECORD_KINDS)}")


def _load(conn: Connection, article_id: str) -> Analysis | None:
    article = conn.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
    if article is None:
        return None
    data: dict[str, Any] = {"article": {name: article[name] for name in Article.model_fields}}
    for table in RECORD_TABLES:
        query = select(table.c.record).where(table.c.article_id == article_id).order_by(table.c.seq)
        data[table.name] = list(conn.scalars(query))
    return Analysis.model_validate(data)


def _row(table: Table, article_id: str, seq: int, record: BaseModel) -> dict[str, Any]:
    """The row of `record` in `table`: the published record, and the scalars its columns copy."""
    published = record.model_dump(by_alias=True, mode="json")
    row: dict[str, Any] = {"article_id": article_id, "seq": seq, "record": published}
    for column in table.columns:
        if column.name not in row:
            row[column.name] = _dig(published, column.info.get("path", (column.name,)))
    return row


def _dig(value: Any, path: tuple[str | int, ...]) -> Any:
    """The value at `path` (keys and list indexes) in a published record; None where it stops short."""
    for step in path:
        if isinstance(value, dict) and isinstance(step, str):
            value = value.get(step)
        elif isinstance(value, list) and isinstance(step, int) and -len(value) <= step < len(value):
            value = value[step]
        else:
            return None
    return value


def _like_statements(words: list[str]) -> Select:
    """The fallback of FTS5 search on databases without it: every word a substring of the content."""
    conditions = [statements.c.content_text.ilike(f"%{_escape_like(word)}%", escape="\\") for word in words]
    return (
        select(statements.c.article_id, statements.c.record)
        .join(articles)
        .where(*conditions)
        .order_by(*_STORE_ORDER, statements.c.seq)
    )


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _hide_password(url: str) -> str:
    """An unparseable `url` with whatever sits between `user:` and `@` shown as ***."""
    return re.sub(r"(//[^/@:]*:)[^/@]*@", r"\1***@", url)
