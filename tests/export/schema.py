"""The GEXF 1.3 RELAX NG check the export tests share (a helper module, not fixtures).

The schema ships with the tests (tests/export/schemas/gexf-1.3/, CC BY 4.0, see its README),
so the check runs on every machine, with or without the team's shared folder.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

SCHEMA = Path(__file__).resolve().parent / "schemas" / "gexf-1.3" / "gexf.rng"


@lru_cache(maxsize=1)
def gexf_schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA)))


def gexf_errors(path: Path) -> list[str]:
    """Schema errors of the file at ``path`` (empty when it is valid GEXF 1.3)."""
    schema = gexf_schema()
    if schema.validate(etree.parse(str(path))):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]
