"""Colours, sizes and the layout that every visual export shares (GEXF ``viz``, JSON, HTML, PNG).

One palette for all outputs, so an actor type has the same colour in Gephi, in the browser and
in the README picture. Limits: the layout is networkx's ForceAtlas 2 (seeded, per connected
component, spring layout above 1,500 nodes), computed at export time: seconds for a few
thousand nodes; Gephi users can run their own layout on top of it.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

__all__ = ["ACTOR_COLORS", "EVENT_COLORS", "FALLBACK_COLOR", "edge_color", "hex_color", "layout", "node_color", "node_sizes"]

# Colour-blind-safe (Okabe-Ito) for the four actor types, a muted set for the event types.
ACTOR_COLORS: dict[str, tuple[int, int, int]] = {
    "Person": (0, 114, 178),
    "Organization": (230, 159, 0),
    "Country": (0, 158, 115),
    "Place": (204, 121, 167),
}
EVENT_COLORS: dict[str, tuple[int, int, int]] = {
    "Call": (86, 180, 233),
    "Visit": (213, 94, 0),
    "Meeting": (117, 112, 179),
    "Agreement": (27, 158, 119),
    "Invitation": (240, 228, 66),
    "Negotiation": (166, 118, 29),
    "Statement": (153, 153, 153),
}
FALLBACK_COLOR = (127, 127, 127)


def hex_color(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def node_color(data: dict[str, Any]) -> tuple[int, int, int]:
    """Actors by actor type, events by event type, anything else grey."""
    if data.get("actor_type") in ACTOR_COLORS:
        return ACTOR_COLORS[data["actor_type"]]
    return EVENT_COLORS.get(str(data.get("event_type")), FALLBACK_COLOR)


def edge_color(data: dict[str, Any]) -> tuple[int, int, int]:
    """Edges by the event type they stand for (a Call edge is blue everywhere)."""
    return EVENT_COLORS.get(str(data.get("event_type") or data.get("kind")), FALLBACK_COLOR)


def node_sizes(graph: nx.Graph, *, smallest: float = 6.0, largest: float = 30.0) -> dict[Any, float]:
    """Size by weighted degree (the number of shared events), square-root scaled."""
    strength = dict(graph.degree(weight="weight"))
    top = max(strength.values(), default=0) or 1
    return {n: round(smallest + (largest - smallest) * math.sqrt(strength[n] / top), 2) for n in graph}


def _component_layout(component: nx.Graph) -> dict[Any, tuple[float, float]]:
    """ForceAtlas 2 (Gephi's layout) with overlap prevention, seeded; spring layout when large."""
    n = component.number_of_nodes()
    if n == 1:
        return {next(iter(component)): (0.0, 0.0)}
    if n <= 1500:
        start = nx.circular_layout(component)
        pos = nx.forceatlas2_layout(component, pos=start, max_iter=300, seed=42, scaling_ratio=4.0,
                                    node_size={v: 1.0 for v in component})
    else:
        pos = nx.spring_layout(component, k=2.2 / math.sqrt(n), seed=42, iterations=100, method="force", weight=None)
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    spread = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    size = 1.4 * math.sqrt(n)  # bigger components get more room
    return {node: (float(x) / spread * size, float(y) / spread * size) for node, (x, y) in pos.items()}


def layout(graph: nx.Graph, *, scale: float = 100.0) -> dict[Any, tuple[float, float]]:
    """A seeded layout per connected component, components packed in rows by size.

    Same graph, same picture. Laying out components one by one keeps small islands from being
    pushed to the far edges, as one spring layout of a disconnected graph does.
    """
    if graph.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph, key=str))
    for a, b, data in graph.edges(data=True):
        if a != b:
            w = float(data.get("weight", 1.0))
            simple.add_edge(a, b, weight=simple.get_edge_data(a, b, {"weight": 0.0})["weight"] + w)
    components = sorted((sorted(c, key=str) for c in nx.connected_components(simple)), key=lambda c: (-len(c), str(c[0])))
    boxes = []
    for nodes in components:
        pos = _component_layout(simple.subgraph(nodes))
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        boxes.append((pos, min(xs), min(ys), max(xs) - min(xs) + 1.0, max(ys) - min(ys) + 1.0))
    row_width = max(boxes[0][3], math.sqrt(sum(b[3] * b[4] for b in boxes)) * 1.2)
    out: dict[Any, tuple[float, float]] = {}
    x0 = y0 = row_height = 0.0
    for pos, left, top, width, height in boxes:
        if x0 > 0 and x0 + width > row_width:
            x0, y0, row_height = 0.0, y0 + row_height + 0.6, 0.0
        for node, (x, y) in pos.items():
            out[node] = (round((x0 + x - left) * scale, 2), round((y0 + y - top) * scale, 2))
        x0 += width + 0.6
        row_height = max(row_height, height)
    return out
