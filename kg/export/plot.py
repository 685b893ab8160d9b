"""A static figure of the network (PNG, SVG or PDF) with matplotlib, legend included.

Nodes are coloured by actor or event type and sized by shared events; edges are coloured by
event type and widened by weight, parallel edges drawn as arcs; the best-connected nodes are
labelled. The layout is kg's seeded spring layout, so the same store gives the same picture.

Limits: meant for a glance or a README, not for analysis (use Gephi); labels are only drawn
for the ``max_labels`` nodes with most shared events; beyond a few thousand nodes it is slow.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError
from kg.export.style import (
    ACTOR_COLORS,
    EVENT_COLORS,
    edge_color,
    hex_color,
    layout,
    node_color,
    node_sizes,
)

__all__ = ["write_plot"]

FORMATS = {".png", ".svg", ".pdf"}


def write_plot(graph: nx.Graph, path: Path, *, title: str | None = None, width: float = 11.0, height: float = 8.0,
               dpi: int = 150, max_labels: int = 40) -> Path:
    """Draw ``graph`` to ``path``; the suffix (.png, .svg, .pdf) chooses the format."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"cannot draw a {suffix or 'suffix-less'} file; name the output .png, .svg or .pdf", source=path)
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    pos = {n: (x, -y) for n, (x, y) in layout(graph).items()}  # the layout's y grows downwards, as on screens
    sizes = node_sizes(graph, smallest=40.0, largest=900.0)
    fig, ax = plt.subplots(figsize=(width, height), dpi=dpi)
    try:
        ax.set_axis_off()
        seen: dict[tuple[str, str], int] = defaultdict(int)
        items = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((a, b, None, d) for a, b, d in graph.edges(data=True))
        for a, b, _key, data in items:
            pair = (min(str(a), str(b)), max(str(a), str(b)))
            index = seen[pair]
            seen[pair] += 1
            rad = 0.0 if index == 0 else (0.12 * ((index + 1) // 2)) * (1 if index % 2 else -1)
            ax.add_patch(FancyArrowPatch(
                pos[a], pos[b], arrowstyle="-|>" if graph.is_directed() else "-", mutation_scale=8,
                connectionstyle=f"arc3,rad={rad}", color=hex_color(edge_color(data)), alpha=0.75,
                linewidth=0.8 + 0.9 * float(data.get("weight", 1.0)) ** 0.5, zorder=1,
            ))
        nodes = list(graph)
        ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=[sizes[n] for n in nodes],
                   c=[hex_color(node_color(graph.nodes[n])) for n in nodes], edgecolors="white", linewidths=0.8, zorder=2,
                   marker="o")
        strength = dict(graph.degree(weight="weight"))
        for node in sorted(nodes, key=lambda n: (-strength[n], str(n)))[:max_labels]:
            x, y = pos[node]
            ax.annotate(str(graph.nodes[node].get("label", node)), (x, y), xytext=(0, 7 + sizes[node] ** 0.5 / 2),
                        textcoords="offset points", ha="center", va="bottom", fontsize=8, zorder=3,
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})
        used_nodes = {str(d.get("actor_type") or d.get("event_type")) for _, d in graph.nodes(data=True)}
        used_edges = {str(d.get("event_type") or d.get("kind")) for *_, d in graph.edges(data=True)}
        handles = [Line2D([], [], marker="o", linestyle="", markersize=8, color=hex_color(c), label=t)
                   for t, c in ACTOR_COLORS.items() if t in used_nodes]
        handles += [Line2D([], [], marker="o", linestyle="", markersize=8, color=hex_color(c), label=f"{t} (event)")
                    for t, c in EVENT_COLORS.items() if t in used_nodes]
        handles += [Line2D([], [], linewidth=2.5, color=hex_color(c), label=t) for t, c in EVENT_COLORS.items() if t in used_edges]
        if handles:
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9,
                      title="colour = type", title_fontsize=9)
        name = title or str(graph.graph.get("name", "kg network"))
        span = f", {graph.graph['start']} – {graph.graph['end']}" if graph.graph.get("start") else ""
        ax.set_title(f"{name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges{span}", fontsize=11)
        ax.margins(0.08)
        ax.set_aspect("equal", adjustable="datalim")
        fig.tight_layout()
        fig.savefig(str(path), metadata=_metadata(suffix))
    finally:
        plt.close(fig)
    return path


def _metadata(suffix: str) -> dict[str, Any]:
    """No software version or date in the file, so the same graph gives the same bytes."""
    if suffix == ".png":
        return {"Software": None}
    if suffix == ".svg":
        return {"Date": None}
    return {"CreationDate": None, "Producer": None}
