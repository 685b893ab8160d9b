"""Exports: the actor network for Gephi (GEXF, GraphML) and dumps of the store (Turtle, N-Quads, TriG).

Formats are looked up by name and their modules imported lazily, as rdflib's plugin table does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError

NETWORK_FORMATS = {"gexf": ".gexf", "graphml": ".graphml"}
DUMP_FORMATS = {"ttl": ".ttl", "nq": ".nq", "trig": ".trig", "nt": ".nt"}
FORMATS = tuple(NETWORK_FORMATS) + tuple(DUMP_FORMATS)


def export_store(store: Any, fmt: str, output: Path, *, types: tuple[str, ...] | None = None) -> Path:
    """Write ``store`` as ``fmt`` to ``output`` (a file, or a folder to put ``graph.<ext>`` in)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    suffix = NETWORK_FORMATS.get(fmt) or DUMP_FORMATS[fmt]
    if output.is_dir():
        output = output / f"{'actor-network' if fmt in NETWORK_FORMATS else 'graph'}{suffix}"
    output.parent.mkdir(parents=True, exist_ok=True)
    if fmt in DUMP_FORMATS:
        store.dump(output, fmt)
        return output
    from kg.export.network import actor_network

    graph = actor_network(store, types=types)
    if fmt == "gexf":
        from kg.export.gexf import write_gexf

        return write_gexf(graph, output)
    nx.write_graphml(graph, str(output))
    return output


__all__ = ["DUMP_FORMATS", "FORMATS", "NETWORK_FORMATS", "export_store"]
