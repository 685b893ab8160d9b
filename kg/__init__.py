"""kg: knowledge graphs of political events from German news.

The public API is small and stage-shaped, so a notebook can use any step alone::

    import kg
    doc = kg.extract_text("Wien – Kanzler Christian Stocker traf am Montag Präsident Macron.")
    kg.build(["examples/"], store="kg-store")
    rows = kg.query("queries/calls.rq", store="kg-store")

Attributes are imported lazily, so ``import kg`` stays fast for the command line.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_API = {
    "extract_text": "kg.api",
    "extract_file": "kg.api",
    "extract_articles": "kg.api",
    "read_articles": "kg.ingest",
    "build": "kg.api",
    "query": "kg.api",
    "export": "kg.api",
    "Store": "kg.store",
    "load_pipeline": "kg.nlp",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
