"""What an extraction result depends on, as one digest per article (``kg:sourceDigest``).

``kg build`` compares it with the stored one *before* analysing an article: when the input
and the engine are the same, the stored graph is what extraction would write again, and the
article is skipped. A rerun after a killed build therefore only analyses what is missing.

The engine fingerprint covers kg's version and the source of the stages that shape a graph
(kg/extract, kg/nlp, kg/rdf, kg/identity), the language data, the NER model's metadata, the
``--model`` given, and the explicit actor aliases: change any of them and every article is
analysed again. Automatic surname links are left out on purpose; ``kg.identity.reconcile``
re-extracts the articles a new link affects.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from kg.ingest import Article

PACKAGE = Path(__file__).resolve().parent.parent
ENGINE_PARTS = ("extract", "nlp", "rdf", "identity", "lang", "models")
ENGINE_SUFFIXES = {".py", ".yml", ".yaml", ".tsv", ".txt", ".json", ".cfg"}


@functools.lru_cache(maxsize=8)
def engine_fingerprint(model: str | None = None) -> str:
    """SHA-256 over kg's version and the files that decide what extraction writes."""
    from kg import __version__

    digest = hashlib.sha256(f"kg {__version__}\nmodel {model or ''}\n".encode())
    for part in ENGINE_PARTS:
        for path in sorted((PACKAGE / part).rglob("*")):
            if path.is_file() and path.suffix in ENGINE_SUFFIXES and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(PACKAGE)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def aliases_fingerprint(aliases: Any) -> str:
    """The explicit merges, renames and splits of an :class:`kg.extract.aliases.Aliases`."""
    explicit = {"into": aliases.into, "labels": aliases.labels, "distinct": sorted(sorted(pair) for pair in aliases.distinct)}
    return hashlib.sha256(json.dumps(explicit, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def source_digest(article: Article, engine: str) -> str:
    """SHA-256 over the article as read and the engine (``engine_fingerprint`` + aliases)."""
    fields = [article.id, article.text, article.title or "", article.published.isoformat() if article.published else "",
              article.url or "", article.agency or "", article.lang or "", engine]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()
