"""GraphML, for Gephi, yEd, igraph and Cytoscape, written by networkx from a flattened copy.

Every attribute is a str/int/float/bool, so networkx's writer never meets a None, a list or an
rdflib term (it would crash or write them as ``str(list)``). The time intervals become a string
attribute ``timeset`` in Gephi's interval-set syntax (``<[2025-03-18, 2025-03-18]>``) and the
edge kind a plain attribute ``kind``; edge ids are kg's stable edge keys.

Limits: GraphML has no timeline of its own, so Gephi reads ``timeset`` as a text column (use
the GEXF file to play the timeline); no colours, sizes or positions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.network import format_intervals

__all__ = ["flat_graph", "write_graphml"]


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if value is None:
            continue
        if key == "spells":
            if value:
                out["timeset"] = format_intervals(value)
            continue
        if isinstance(value, (list, tuple, set)):
            value = "; ".join(str(v) for v in value)
        elif not isinstance(value, (str, int, float, bool)):
            value = str(value)
        out[key] = value
    return out


def flat_graph(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` with only str/int/float/bool attributes."""
    flat = graph.__class__()
    flat.graph.update({k: v for k, v in _flat(graph.graph).items()})
    flat.add_nodes_from((n, _flat(d)) for n, d in graph.nodes(data=True))
    if graph.is_multigraph():
        flat.add_edges_from((a, b, k, _flat(d)) for a, b, k, d in graph.edges(keys=True, data=True))
    else:
        flat.add_edges_from((a, b, _flat(d)) for a, b, d in graph.edges(data=True))
    return flat


def write_graphml(graph: nx.Graph, path: Path) -> Path:
    """Write ``graph`` to ``path`` as GraphML."""
    nx.write_graphml(flat_graph(graph), str(path), encoding="utf-8", prettyprint=True)
    return path
