"""Parsers for the text layouts kg reads: APA wire stories, plain text, JSONL records.

Each parser turns decoded text into an :class:`Article`. Layout knowledge (header pattern,
credit lines, dateline) is about the wire format, not the language, so it lives here. Every
parser first cleans the text up (:func:`kg.ingest.normalize.normalize_text`) and keeps the map
back to the input on the Article; ids made from the content hash the input as read, so they
are the same as before the clean-up existed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

from kg.errors import InputError
from kg.ingest.article import Article, IngestFailure, content_id
from kg.ingest.normalize import OffsetMap, clean_field, normalize_text

VIENNA = ZoneInfo("Europe/Vienna")

# news/APA/Mittwoch, 12.02.25, 19:00:58
WIRE_HEADER = re.compile(
    r"^news/(?P<agency>[A-Za-z]+)/(?P<weekday>[^,\n]+),\s*"
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2,4}),\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*$"
)
SOURCE_LINE = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}\s*$")
# APA/APA/GETTY IMAGES NORTH AMERICA/AL DRAGO, APA/APA/dpa/Kay Nietfeld
CREDIT_LINE = re.compile(r"^(?:APA|AFP|AP|dpa|REUTERS|EPA)(?:-[A-Z]+)?/[^\n]*/[^\n]*$")
# "Wien – ", "Moskau/Kiew – ", "Washington/Moskau – " at the start of the body or after the teaser;
# also in capitals and with the agency: "HAMBURG - ", "BRÜSSEL/WIEN (APA) - "; never a date's month ("am 6. Oktober – ";
# a year may end the sentence before: "… Juli 2011. Traun – ")
DATELINE = re.compile(
    r"(?:^|(?<=[.!?“\"]\s))(?<![\s(]\d\.\s)(?<![\s(]\d\d\.\s)(?P<place>[A-ZÄÖÜ](?:[\w\-]*|\w{0,2}\.)(?:[ /][A-ZÄÖÜ](?:[\w\-]*|\w{0,2}\.)){0,3})"
    r"(?:\s\((?P<agency>[A-Za-z][\w/.-]{0,20})\))?\s[–—-]\s(?=[A-ZÄÖÜ„\"])",
    re.MULTILINE,
)


def _lines_with_offsets(text: str) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        yield pos, pos + len(content), content
        pos += len(line)


def find_dateline(text: str, start: int = 0, limit: int = 600) -> str | None:
    """The dateline places ("Moskau/Kiew") near the start of the body, if there is one."""
    match = DATELINE.search(text, start, min(len(text), start + limit))
    return match.group("place") if match else None


def looks_like_wire(text: str) -> bool:
    """True when one of the first three lines is an APA-style ``news/AGENCY/...`` header."""
    head = [line for line in text.lstrip("\ufeff").splitlines()[:3]]
    return any(WIRE_HEADER.match(line.strip()) for line in head)


def parse_wire(text: str, *, source: str, doc_id: str | None = None) -> Article:
    """Parse an APA wire story: source line, header, headline, paragraphs, credit lines."""
    clean, offsets = normalize_text(text)
    return _parse_wire(clean, offsets, source=source, doc_id=doc_id, input_text=text)


def _parse_wire(text: str, offsets: OffsetMap, *, source: str, doc_id: str | None, input_text: str) -> Article:
    skip: list[tuple[int, int]] = []
    published: datetime | None = None
    agency: str | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    body_start: int | None = None
    for start, end, line in _lines_with_offsets(text):
        stripped = line.strip().lstrip("\ufeff")
        if not stripped:
            continue
        if published is None and title is None:
            header = WIRE_HEADER.match(stripped)
            if header:
                published = _header_datetime(header, source)
                agency = header.group("agency")
                skip.append((start, end))
                continue
            if SOURCE_LINE.match(stripped):
                skip.append((start, end))
                continue
        if CREDIT_LINE.match(stripped):
            skip.append((start, end))
            continue
        if title is None:
            lead = start + line.index(stripped)
            title, title_span = stripped, (lead, lead + len(stripped))  # without trailing blanks
            continue
        if body_start is None:
            body_start = start
    if published is None:
        raise InputError("no wire header line 'news/AGENCY/Weekday, DD.MM.YY, HH:MM:SS' found", source=source)
    return Article(
        id=doc_id or content_id(input_text, "apa" if agency == "APA" else "wire"),
        text=text,
        source=source,
        title=title,
        published=published,
        agency=agency,
        dateline=find_dateline(text, body_start or 0),
        title_span=title_span,
        skip_spans=tuple(skip),
        offset_map=offsets,
    )


def _header_datetime(match: re.Match[str], source: str) -> datetime:
    year = int(match.group("y"))
    year += 2000 if year < 100 else 0
    try:
        return datetime(
            year, int(match.group("m")), int(match.group("d")),
            int(match.group("H")), int(match.group("M")), int(match.group("S") or 0),
            tzinfo=VIENNA,
        )
    except ValueError as e:
        raise InputError(f"wire header has an impossible date or time ({e})", source=source) from e


def parse_plain(text: str, *, source: str, doc_id: str | None = None) -> Article:
    """Plain text: a short first line followed by a blank line is the headline; optional dateline."""
    clean, offsets = normalize_text(text)
    return _parse_plain(clean, offsets, source=source, doc_id=doc_id, input_text=text)


def _parse_plain(text: str, offsets: OffsetMap, *, source: str, doc_id: str | None, input_text: str) -> Article:
    lines = text.lstrip("\ufeff").split("\n", 2)
    title = title_span = None
    body_start = 0
    offset = len(text) - len(text.lstrip("\ufeff"))
    if len(lines) >= 3 and lines[1].strip() == "" and 0 < len(lines[0].strip()) <= 200:
        first = lines[0].rstrip("\r")
        title = first.strip()
        lead = offset + first.index(title)
        title_span = (lead, lead + len(title))
        body_start = offset + len(lines[0]) + len(lines[1]) + 2
    return Article(
        id=doc_id or content_id(input_text),
        text=text,
        source=source,
        title=title,
        title_span=title_span,
        dateline=find_dateline(text, body_start),
        offset_map=offsets,
    )


def parse_text(text: str, *, source: str, doc_id: str | None = None) -> Article:
    """Dispatch a text document to the wire or the plain parser."""
    clean, offsets = normalize_text(text)
    parse = _parse_wire if looks_like_wire(clean) else _parse_plain
    return parse(clean, offsets, source=source, doc_id=doc_id, input_text=text)


def parse_published(value: object, *, source: str) -> datetime | None:
    """ISO 8601 date or datetime from a JSONL ``published`` field; naive times are Vienna time."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"'published' must be an ISO 8601 string, got {type(value).__name__}", source=source)
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(value), datetime.min.time())
        except ValueError as e:
            raise InputError(f"'published' is not an ISO 8601 date: {value!r}", source=source) from e
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=VIENNA)


def parse_jsonl(text: str, *, source: str, first_line: int = 1) -> Iterator[Article | IngestFailure]:
    """One article per JSON line; a broken line is reported with its number, the rest still load."""
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.strip():
            yield parse_jsonl_line(line, where=f"{source}:{number}")


def parse_jsonl_line(line: str, *, where: str) -> Article | IngestFailure:
    """One JSON Lines record (``where`` is ``file:line``) as an article, or the reason it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return IngestFailure(where, f"malformed JSON ({e.msg} at column {e.colno})")
    if not isinstance(record, dict):
        return IngestFailure(where, "each line must be a JSON object with a 'text' field")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return IngestFailure(where, "missing or empty 'text' field")
    try:
        published = parse_published(record.get("published"), source=where)
    except InputError as e:
        return IngestFailure(where, e.reason)
    clean, offsets = normalize_text(body)
    if not clean.strip():
        return IngestFailure(where, "the 'text' field holds only invisible or control characters")
    given_id = _optional_str(record.get("id"))
    return Article(
        id=given_id or content_id(body),
        text=clean,
        source=where,
        title=_optional_str(record.get("title")),
        published=published,
        url=_optional_str(record.get("url")),
        agency=_optional_str(record.get("source")),
        lang=_optional_str(record.get("lang")) or "de",
        dateline=find_dateline(clean),
        offset_map=offsets,
    )


def _optional_str(value: object) -> str | None:
    """A JSONL field as clean text (see :mod:`kg.ingest.normalize`), or None when absent or empty."""
    text = clean_field(str(value)) if value is not None else ""
    return text or None
