"""The store stage: analyses in SQLite (default) or any database SQLAlchemy reaches, and their export."""

from .export import EVENT_FORMATS, EXPORT_FORMATS, export_records
from .repository import RECORD_KINDS, StatementHit, Store, open_store, record_columns

__all__ = [
    "open_store",
    "Store",
    "StatementHit",
    "RECORD_KINDS",
    "record_columns",
    "export_records",
    "EXPORT_FORMATS",
    "EVENT_FORMATS",
]
