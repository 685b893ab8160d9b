"""JSON in graphology's serialisation format (``Graph.from(json)`` / ``graph.import(json)``).

The shape graphology documents: ``{"attributes": {...}, "options": {"type", "multi",
"allowSelfLoops"}, "nodes": [{"key", "attributes"}], "edges": [{"key", "source", "target",
"undirected", "attributes"}]}``. Node attributes carry what sigma.js and Gephi Lite draw
(``label``, ``x``, ``y``, ``size``, ``color``) beside kg's own; an element's time intervals are
``intervals``, a list of ``[start, end]`` ISO dates.

Limits: graphology has no timeline, so ``intervals`` is plain data for your own code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.style import edge_color, hex_color, layout, node_color, node_sizes

__all__ = ["graphology_data", "write_json"]


def _attrs(data: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in data.items() if k != "spells" and v is not None}
    if data.get("spells"):
        out["intervals"] = [list(s) for s in data["spells"]]
    return out


def graphology_data(graph: nx.Graph) -> dict[str, Any]:
    """``graph`` as a dict in graphology's serialisation format."""
    sizes = node_sizes(graph)
    positions = layout(graph)
    nodes = []
    for node, data in graph.nodes(data=True):
        attrs = _attrs(data)
        attrs.setdefault("label", str(node))
        attrs.update(x=positions[node][0], y=positions[node][1], size=sizes[node], color=hex_color(node_color(data)))
        nodes.append({"key": str(node), "attributes": attrs})
    items = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((a, b, None, d) for a, b, d in graph.edges(data=True))
    edges = []
    for n, (a, b, key, data) in enumerate(items):
        attrs = _attrs(data)
        attrs["color"] = hex_color(edge_color(data))
        edge = {"key": str(key if key is not None else n), "source": str(a), "target": str(b), "attributes": attrs}
        if not graph.is_directed():
            edge["undirected"] = True
        edges.append(edge)
    meta = {k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float, bool))}
    return {
        "attributes": meta,
        "options": {"type": "directed" if graph.is_directed() else "undirected", "multi": graph.is_multigraph(),
                    "allowSelfLoops": any(a == b for a, b in graph.edges())},
        "nodes": nodes,
        "edges": edges,
    }


def write_json(graph: nx.Graph, path: Path) -> Path:
    """Write ``graph`` to ``path`` as graphology JSON."""
    path.write_text(json.dumps(graphology_data(graph), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
