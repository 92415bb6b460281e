"""The store stage: analyses in SQLite (default) or any database SQLAlchemy reaches."""

from .repository import RECORD_KINDS, StatementHit, Store, open_store, record_columns

__all__ = [
    "open_store",
    "Store",
    "StatementHit",
    "RECORD_KINDS",
    "record_columns",
]
