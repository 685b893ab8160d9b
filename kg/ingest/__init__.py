"""Ingest: files, folders, JSONL, HTML pages and stdin become :class:`Article` records."""

from kg.ingest.article import Article, IngestFailure, content_id
from kg.ingest.formats import parse_jsonl, parse_text
from kg.ingest.html import looks_like_html, parse_html
from kg.ingest.normalize import OffsetMap, normalize_text
from kg.ingest.reader import DEFAULT_MAX_BYTES, count_documents, decode, read_articles

__all__ = [
    "Article",
    "DEFAULT_MAX_BYTES",
    "IngestFailure",
    "OffsetMap",
    "content_id",
    "count_documents",
    "decode",
    "looks_like_html",
    "normalize_text",
    "parse_html",
    "parse_jsonl",
    "parse_text",
    "read_articles",
]
