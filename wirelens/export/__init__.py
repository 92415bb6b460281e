"""The export stage: stored analyses written out as tables (JSONL, CSV, Parquet) and as the event
data other tools read (GDELT-style TSV, PLOVER JSONL), through the CAMEO view of events."""

from .records import EVENT_FORMATS, EXPORT_FORMATS, export_records

__all__ = ["export_records", "EXPORT_FORMATS", "EVENT_FORMATS"]
