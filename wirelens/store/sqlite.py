"""SQLite specifics, applied only when the store's dialect is sqlite: connection pragmas and FTS5.

The FTS5 tables are not in `schema.metadata` (virtual tables exist only in SQLite); the repository
keeps them in step with the record tables, inside the transaction of every save and delete.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import JSON, Connection, Engine, Row, String, event, text

from ..model import Analysis

_FTS_TABLES = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(article_id UNINDEXED, title, text)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts"
    " USING fts5(article_id UNINDEXED, statement_id UNINDEXED, content)",
)


def set_pragmas_on_connect(engine: Engine) -> None:
    """Have every new connection of `engine` use WAL and enforce foreign keys."""
    event.listen(engine, "connect", _set_pragmas)


def _set_pragmas(dbapi_connection, _connection_record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers (the API) go on while a batch run writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    # SQLite enforces foreign keys, and so ON DELETE CASCADE, only on connections that ask.
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_fts(conn: Connection) -> None:
    """Create the FTS5 tables over article text and statement content, if missing."""
    for ddl in _FTS_TABLES:
        conn.exec_driver_sql(ddl)


def index_fts(conn: Connection, analysis: Analysis) -> None:
    """Add the article and its statements to the FTS5 tables."""
    article = analysis.article
    conn.execute(
        text("INSERT INTO articles_fts (article_id, title, text) VALUES (:article_id, :title, :text)"),
        {"article_id": article.id, "title": article.title or "", "text": article.text},
    )
    if analysis.statements:
        conn.execute(
            text(
                "INSERT INTO statements_fts (article_id, statement_id, content)"
                " VALUES (:article_id, :statement_id, :content)"
            ),
            [
                {"article_id": article.id, "statement_id": s.id, "content": s.content.text}
                for s in analysis.statements
            ],
        )


def unindex_fts(conn: Connection, article_id: str) -> None:
    """Remove an article and its statements from the FTS5 tables."""
    # A scan of each FTS table (FTS5 indexes no UNINDEXED column): the repository calls this only
    # for an article that is already stored, so a first save of a batch never pays it.
    for table in ("articles_fts", "statements_fts"):
        conn.execute(text(f"DELETE FROM {table} WHERE article_id = :article_id"), {"article_id": article_id})


def match_statements(conn: Connection, words: Sequence[str], limit: int) -> list[Row]:
    """(article_id, record) of the statements whose content holds every word, best match first."""
    # Each word quoted as an FTS5 string: user text such as `Putin's` or `AND` is never parsed
    # as query syntax, and the meaning (all words) is the same as the LIKE fallback's.
    expression = " ".join('"' + word.replace('"', '""') + '"' for word in words)
    return list(
        conn.execute(
            text(
                "SELECT s.article_id, s.record FROM statements_fts AS f"
                " JOIN statements AS s ON s.article_id = f.article_id AND s.id = f.statement_id"
                " WHERE statements_fts MATCH :expression ORDER BY f.rank LIMIT :limit"
            ).columns(article_id=String, record=JSON),
            {"expression": expression, "limit": limit},
        )
    )
