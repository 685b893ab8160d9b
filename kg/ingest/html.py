"""HTML pages: the article's main text, headline and date, found by trafilatura.

trafilatura (https://trafilatura.readthedocs.io) drops navigation, footers, scripts, reader
comments and tables and keeps the article's paragraphs; it works on the page as given and
never fetches anything. kg turns its result into plain text the other stages know: the
headline, a blank line, then one paragraph per block (paragraph, heading, list item), blank
lines between them, so the dateline and sentence logic work as on a text file.

Limits: offsets (and ``Article.offset_map``) refer to that text, not to the markup; the date
is the publication date from the page's metadata (meta tags, JSON-LD, ``<time>``), without a
time of day, read as midnight Vienna time; a page where trafilatura finds no text is rejected.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from kg.errors import InputError
from kg.ingest.article import Article, content_id
from kg.ingest.formats import find_dateline, parse_published
from kg.ingest.normalize import clean_field, normalize_text

HTML_SUFFIXES = {".html", ".htm"}
# <!DOCTYPE html> or <html ...> first, after an optional XML declaration and comments
HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TITLE_MAX = 300


def looks_like_html(text: str) -> bool:
    """True when the text starts as an HTML document does (doctype or ``<html>`` tag)."""
    return HTML_START.match(text[:4096].lstrip("\ufeff")) is not None


def parse_html(text: str, *, source: str, doc_id: str | None = None) -> Article:
    """An Article from a decoded HTML page; :class:`InputError` when it holds no article text."""
    import trafilatura  # imported here: only HTML input needs it

    with _quiet("trafilatura", "htmldate"):  # its "discarding data: None" says less than our reason
        page = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    body = page.text if page is not None and page.text else ""
    paragraphs = [line.strip() for line in body.splitlines() if clean_field(line).strip()]
    if not paragraphs:
        raise InputError("HTML page without article text (trafilatura found none); save the article as a .txt file", source=source)
    title = clean_field(page.title).strip() if page is not None and page.title else ""
    title = title if 0 < len(title) <= TITLE_MAX and "\n" not in title else ""
    if title and clean_field(paragraphs[0]) == title:
        paragraphs = paragraphs[1:]  # the page's <h1>, already the headline
    built = "\n\n".join(([title] if title else []) + paragraphs)
    clean, offsets = normalize_text(built)
    date = page.date if page is not None and page.date and ISO_DATE.fullmatch(page.date) else None
    return Article(
        id=doc_id or content_id(built, "html"),
        text=clean,
        source=source,
        title=title or None,
        published=parse_published(date, source=source),
        url=_field(page.url if page is not None else None),
        agency=_field(page.sitename if page is not None else None),
        dateline=find_dateline(clean, len(title) + 2 if title else 0),
        title_span=(0, len(title)) if title else None,
        offset_map=offsets,
    )


@contextmanager
def _quiet(*names: str) -> Iterator[None]:
    """Only errors from these loggers while the block runs; their levels are restored after."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(logger.getEffectiveLevel(), logging.ERROR))
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def _field(value: str | None) -> str | None:
    cleaned = clean_field(value).strip() if value else ""
    return cleaned or None


__all__ = ["HTML_SUFFIXES", "looks_like_html", "parse_html"]
