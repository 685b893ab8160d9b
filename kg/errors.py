"""Typed errors. Each message names the file (or input) and says what to do.

The CLI turns these into one line, ``Error: <file>: <reason>``, and exit code 1.
"""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base class for every error kg raises on purpose."""

    def __init__(self, message: str, *, source: str | Path | None = None) -> None:
        self.source = str(source) if source is not None else None
        self.reason = message
        super().__init__(f"{self.source}: {message}" if self.source else message)


class InputError(KgError):
    """An input file or stream could not be read as an article."""


class LanguageDataError(KgError):
    """A file under kg/lang/<code>/ is missing or malformed."""


class PipelineError(KgError):
    """A spaCy pipeline could not be loaded or lacks what kg needs."""


class StoreError(KgError):
    """The graph store could not be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query is malformed or failed to run."""


class ExportError(KgError):
    """An export format or its options are unusable."""
