"""The Article record every later stage reads.

Offsets in kg always index ``Article.text``: the decoded input (the whole file for text input,
the ``text`` field for JSONL, the headline and paragraphs kg took from an HTML page) after the
Unicode clean-up of :mod:`kg.ingest.normalize` (NFC, invisible format and control characters
removed). That same text is what the graph stores (``nif:isString``), so every stored offset
can be checked against it. ``Article.offset_map`` leads back to offsets in the input as read.

Parts that are not article prose (the wire header, picture credits) are listed in
``skip_spans`` and blanked, not cut, before analysis, so offsets never shift.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from kg.ingest.normalize import OffsetMap


@dataclass(frozen=True)
class Article:
    """One news article, decoded, with its header fields parsed."""

    id: str
    text: str
    source: str
    title: str | None = None
    published: datetime | None = None
    url: str | None = None
    agency: str | None = None
    lang: str = "de"
    dateline: str | None = None
    title_span: tuple[int, int] | None = None
    skip_spans: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    offset_map: OffsetMap | None = field(default=None, compare=False, repr=False)

    def input_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets into ``text`` (a mention, a sentence) as offsets into the input as read."""
        if self.offset_map is None:
            return start, end
        return self.offset_map.span(start, end)

    def analysis_text(self) -> str:
        """The text with header and credit lines blanked to spaces: same length, same offsets."""
        if not self.skip_spans:
            return self.text
        chars = list(self.text)
        for start, end in self.skip_spans:
            for i in range(start, end):
                if chars[i] not in "\r\n":
                    chars[i] = " "
        return "".join(chars)


@dataclass(frozen=True)
class IngestFailure:
    """A document that could not be read; the build reports it and goes on."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def content_id(text: str, prefix: str = "doc") -> str:
    """A stable id from the content, for inputs that bring none."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{prefix}-{digest}"
