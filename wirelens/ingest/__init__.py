"""The ingest stage: files, directories and stdin in; validated Article records out.

`read_articles` is the one entry point; each reader (`read_text`, `read_html`, `read_jsonl`) takes
decoded text and is usable alone.
"""

from wirelens.ingest.articles import article_id, make_article
from wirelens.ingest.decode import decode_bytes
from wirelens.ingest.html import read_html
from wirelens.ingest.jsonl import read_jsonl
from wirelens.ingest.records import Ingested, InputFormat, ReadOptions
from wirelens.ingest.sources import read_articles
from wirelens.ingest.text import read_text

__all__ = [
    "read_articles",
    "ReadOptions",
    "Ingested",
    "InputFormat",
    "article_id",
    "make_article",
    "decode_bytes",
    "read_text",
    "read_html",
    "read_jsonl",
]
