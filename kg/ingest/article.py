"""The Article record every later stage reads.

Offsets in kg always index ``Article.text``, the decoded input exactly as read (the whole file
for text input, the ``text`` field for JSONL). Parts that are not article prose (the wire
header, picture credits) are listed in ``skip_spans`` and blanked, not cut, before analysis,
so offsets never shift.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime


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
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return f"{prefix}-{digest}"
