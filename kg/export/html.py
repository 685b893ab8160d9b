"""One self-contained interactive page (vis-network through pyvis): search, colour by type, hover.

The page has everything inline, pyvis's copy of vis-network included, and a Content Security
Policy that forbids every network request, so it opens offline, from a mail attachment or a
file share. Hovering a node shows the actor's type, country, offices and events; hovering an
edge shows its event type, dates, the roles of both actors and the evidence sentences; a click
puts the full text in the side panel. The legend switches actor and event types on and off.

Why pyvis and not ipysigma: ipysigma writes its page through ipywidgets' ``embed_minimal_html``,
which loads require.js, the widget manager and ipysigma's JavaScript from CDNs at view time;
pyvis ships vis-network and can inline it. pyvis's own template still links Bootstrap from a
CDN, so kg renders pyvis's network data with its own template (``templates/network.html.j2``).

Limits: positions come from kg's seeded spring layout (physics is off, nodes can be dragged);
a few thousand nodes stay usable, far more get slow; no timeline (use the GEXF in Gephi).
"""

from __future__ import annotations

import json
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

__all__ = ["render_html", "write_html"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
MAX_EVIDENCE = 4


def _short(sentence: str, limit: int = 280) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def _node_title(data: dict[str, Any]) -> str:
    lines = [str(data.get("label", ""))]
    if data.get("node_kind") == "event" or data.get("event_type") and not data.get("actor_type"):
        head = [str(data.get("event_type", "")), str(data.get("date", "")), str(data.get("status", ""))]
        lines.append(" · ".join(x for x in head if x))
        if data.get("participants"):
            lines.append(f"Participants: {data['participants']}")
        if data.get("place"):
            lines.append(f"Place: {data['place']}")
        evidence = [s for s in str(data.get("evidence", "")).split(" | ") if s]
    else:
        head = [str(data.get("actor_type", "")), str(data.get("country", ""))]
        lines.append(" · ".join(x for x in head if x))
        if data.get("roles"):
            lines.append(f"Offices: {data['roles']}")
        if data.get("events"):
            lines.append(f"{data['events']} events ({data.get('event_types', '')}), {data.get('first_date', '')} – {data.get('last_date', '')}")
        if data.get("mentions"):
            lines.append(f"{data['mentions']} mentions")
        evidence = []
    lines += [f"• {_short(s)}" for s in evidence[:MAX_EVIDENCE]]
    if len(evidence) > MAX_EVIDENCE:
        lines.append(f"… {len(evidence) - MAX_EVIDENCE} more (click)")
    return "\n".join(x for x in lines if x)


def _edge_title(graph: nx.Graph, a: Any, b: Any, data: dict[str, Any]) -> str:
    la, lb = graph.nodes[a].get("label", a), graph.nodes[b].get("label", b)
    lines = [f"{la} – {lb}"]
    kind = data.get("event_type") or data.get("kind") or ""
    weight = data.get("weight", 1.0)
    lines.append(f"{kind} × {weight:g}".strip(" ×") if kind else f"weight {weight:g}")
    if data.get("dates"):
        lines.append(f"Dates: {data['dates']}")
    elif data.get("first_date"):
        lines.append(f"Dates: {data['first_date']} – {data['last_date']}")
    if data.get("status"):
        lines.append(f"Status: {data['status']}")
    if data.get("roles"):
        lines.append(f"Roles: {data['roles']}")
    if data.get("role"):
        lines.append(f"Role: {data['role']}")
    if data.get("shared_actors"):
        lines.append(f"Shared actors: {data['shared_actors']}")
    evidence = [s for s in str(data.get("evidence", "")).split(" | ") if s]
    lines += [f"• {_short(s)}" for s in evidence[:MAX_EVIDENCE]]
    if len(evidence) > MAX_EVIDENCE:
        lines.append(f"… {len(evidence) - MAX_EVIDENCE} more (click)")
    return "\n".join(lines)


def _group(data: dict[str, Any]) -> str:
    return str(data.get("actor_type") or data.get("event_type") or data.get("node_kind") or "other")


def _details(data: dict[str, Any]) -> dict[str, str]:
    return {k: str(v) for k, v in sorted(data.items()) if k != "spells" and v not in (None, "")}


def render_html(graph: nx.Graph, *, title: str | None = None) -> str:
    """The page for ``graph`` as a string."""
    try:
        from jinja2 import ChoiceLoader, Environment, FileSystemLoader
        from pyvis.edge import Edge
        from pyvis.network import Network
    except ImportError as e:  # pragma: no cover - pyvis is a dependency
        raise ExportError(f"--format html needs pyvis: {e}; install kg again (pip install -e .)") from e

    sizes = node_sizes(graph, smallest=8.0, largest=34.0)
    positions = layout(graph)
    net = Network(directed=graph.is_directed(), heading=title or str(graph.graph.get("name", "kg network")),
                  cdn_resources="in_line", height="100%", width="100%")
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        net.add_node(str(node), label=str(data.get("label", node)), title=_node_title(data),
                     color=hex_color(node_color(data)), size=sizes[node], x=x, y=y, kgType=_group(data),
                     shape="dot" if data.get("node_kind") != "event" else "diamond",
                     kg=_details(data))
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    items = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((a, b, None, d) for a, b, d in graph.edges(data=True))
    for n, (a, b, key, data) in enumerate(items):
        pair = (str(min(str(a), str(b))), str(max(str(a), str(b))))
        index = parallel[pair]
        parallel[pair] += 1
        options: dict[str, Any] = {
            "id": str(key if key is not None else n), "title": _edge_title(graph, a, b, data),
            "color": hex_color(edge_color(data)) if (data.get("event_type") or data.get("kind")) else "#9a9a9a",
            "width": round(1.0 + 1.5 * float(data.get("weight", 1.0)) ** 0.5, 2),
            "smooth": {"enabled": index > 0, "type": "curvedCW" if index % 2 else "curvedCCW",
                       "roundness": 0.15 * ((index + 1) // 2)},
            "kgType": str(data.get("event_type") or data.get("kind") or ""),
            "kg": _details(data),
        }
        net.edges.append(Edge(str(a), str(b), graph.is_directed(), **options).options)
    net.set_options("""{"physics": {"enabled": false},
        "interaction": {"hover": true, "tooltipDelay": 120, "multiselect": false, "navigationButtons": false},
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {"selectionWidth": 2, "hoverWidth": 1.5}}""")
    env = Environment(loader=ChoiceLoader([FileSystemLoader(str(TEMPLATES)), net.templateEnv.loader]),
                      autoescape=False)
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": True}  # tojson still escapes < > & '
    net.templateEnv = env
    net.path = "network.html.j2"
    node_groups = {_group(d) for _, d in graph.nodes(data=True)}
    edge_groups = {str(d.get("event_type") or "") for *_, d in graph.edges(data=True)} - node_groups
    legend = [{"name": t, "color": hex_color(c), "kind": "actor"} for t, c in ACTOR_COLORS.items() if t in node_groups]
    legend += [{"name": t, "color": hex_color(c), "kind": "event"} for t, c in EVENT_COLORS.items() if t in node_groups]
    legend += [{"name": t, "color": hex_color(c), "kind": "edge"} for t, c in EVENT_COLORS.items() if t in edge_groups]
    net.heading = title or str(graph.graph.get("name", "kg network"))
    html = net.generate_html()
    # generate_html fills pyvis's variables; kg's template reads its extras from these markers.
    extras = {"legend": legend,
              "meta": {k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float, bool))}}
    blob = json.dumps(extras, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return html.replace("/*KG_EXTRAS*/null", blob, 1)


def write_html(graph: nx.Graph, path: Path) -> Path:
    """Write the interactive page for ``graph`` to ``path``."""
    path.write_text(render_html(graph), encoding="utf-8")
    return path
