"""Find and decode inputs: files, folders (recursive), ``-`` for stdin.

Decoding is strict about what it cannot read (binary, unknown encodings) and says so in one
line naming the file, so a build can report it and go on with the other documents. HTML pages
(``.html``/``.htm``, or any file that starts with ``<!DOCTYPE html>`` or ``<html>``) go
through :mod:`kg.ingest.html`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.article import Article, IngestFailure
from kg.ingest.formats import parse_jsonl, parse_jsonl_line, parse_text
from kg.ingest.html import HTML_SUFFIXES, looks_like_html, parse_html

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
STORE_MARKER = "kg-store.txt"  # written by kg.store into every store folder
BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
}


def decode(data: bytes, *, source: str) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 with a warning."""
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"binary input ({what}), not text", source=source)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"broken UTF-16 text ({e.reason} at byte {e.start})", source=source) from e
    if b"\x00" in data:
        raise InputError("binary input (contains NUL bytes), not text", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8, UTF-16 or cp1252 text (byte {e.start})", source=source) from e
    log.warning("%s: not UTF-8; read as cp1252 (Windows-1252)", source)
    return text


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Expand folders recursively (sorted; hidden files and kg store folders skipped); ``-`` stays as stdin."""
    for item in paths:
        if str(item) == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            stores = {p.parent for p in path.rglob(STORE_MARKER)}  # never read a kg store as articles
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    if any(store in child.parents for store in stores):
                        continue
                    if child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES and child.name != "README.md":
                        yield child
        else:
            yield path


def count_documents(paths: Iterable[str | Path]) -> int | None:
    """How many documents the inputs hold (JSONL lines counted), for a progress bar; None for stdin."""
    total = 0
    for path in iter_paths(paths):
        if path == "-":
            return None
        assert isinstance(path, Path)
        if path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


def read_articles(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestFailure]:
    """Every article in the given inputs, or an :class:`IngestFailure` per unreadable one.

    Streams: one file is read at a time, so memory stays flat however large the corpus.
    """
    for path in iter_paths(paths):
        source = "<stdin>" if path == "-" else str(path)
        if isinstance(path, Path) and path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
            yield from _stream_jsonl(path, source=source, max_bytes=max_bytes)
            continue
        try:
            data = _read_bytes(path, source=source, max_bytes=max_bytes)
            text = decode(data, source=source)
        except InputError as e:
            yield IngestFailure(source, e.reason)
            continue
        if not text.strip():
            yield IngestFailure(source, "empty file, skipped")
            continue
        if _is_jsonl(path, text):
            yield from parse_jsonl(text, source=source)
            continue
        parse = parse_html if _is_html(path, text) else parse_text
        try:
            article = parse(text, source=source)
        except InputError as e:
            yield IngestFailure(source, e.reason)
            continue
        if not article.text.strip():
            yield IngestFailure(source, "only invisible or control characters, no text; skipped")
            continue
        yield article


def _stream_jsonl(path: Path, *, source: str, max_bytes: int) -> Iterator[Article | IngestFailure]:
    """A JSON Lines file line by line: memory stays flat for any file size; ``max_bytes`` applies per line.

    UTF-8 (a BOM allowed), with cp1252 as the fallback for a line that is not UTF-8. Binary
    files and UTF-16 are recognised from the first bytes and handled as a whole file.
    """
    with path.open("rb") as handle:
        head = handle.read(8192)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head or any(head.startswith(m) for m in BINARY_MAGIC):
            try:
                text = decode(_read_bytes(path, source=source, max_bytes=max_bytes), source=source)
            except InputError as e:
                yield IngestFailure(source, e.reason)
                return
            yield from parse_jsonl(text, source=source)
            return
        handle.seek(0)
        warned = found = False
        for number, raw in enumerate(handle, start=1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            found = True
            where = f"{source}:{number}"
            if len(raw) > max_bytes:
                yield IngestFailure(where, f"line is {len(raw):,} bytes, over the limit of {max_bytes:,} (raise --max-bytes)")
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line = raw.decode("cp1252")
                except UnicodeDecodeError as e:
                    yield IngestFailure(where, f"not UTF-8 or cp1252 text (byte {e.start})")
                    continue
                if not warned:
                    log.warning("%s: not UTF-8; read as cp1252 (Windows-1252)", source)
                    warned = True
            yield parse_jsonl_line(line, where=where)
        if not found:
            yield IngestFailure(source, "empty file, skipped")


def _read_bytes(path: Path | str, *, source: str, max_bytes: int) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        assert isinstance(path, Path)
        if not path.exists():
            raise InputError("no such file or folder", source=source)
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size:,} bytes, over the limit of {max_bytes:,} (raise --max-bytes)", source=source)
        data = path.read_bytes()
    if len(data) > max_bytes:
        raise InputError(f"input is over the limit of {max_bytes:,} bytes (raise --max-bytes)", source=source)
    return data


def _is_jsonl(path: Path | str, text: str) -> bool:
    if isinstance(path, Path) and path.suffix.lower() in JSONL_SUFFIXES:
        return True
    if isinstance(path, Path) and path.suffix.lower() in HTML_SUFFIXES:
        return False
    return text.lstrip("\ufeff \t\r\n").startswith("{")


def _is_html(path: Path | str, text: str) -> bool:
    return (isinstance(path, Path) and path.suffix.lower() in HTML_SUFFIXES) or looks_like_html(text)
