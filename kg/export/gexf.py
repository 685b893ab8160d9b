"""GEXF 1.3 (``http://gexf.net/1.3``), the format Gephi reads, written with lxml.

Limits: static graph with node/edge attributes and ``viz`` colour and size (timeline spells
are added by issue #5's exporter); undirected edges; attribute values are str/int/float.
networkx's own writer is not used because its output fails Gephi's schema (it puts ``name``
on ``<graph>`` and crashes on None values).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import networkx as nx
from lxml import etree

__all__ = ["write_gexf"]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
COLORS = {"Person": (31, 119, 180), "Organization": (255, 127, 14), "Country": (44, 160, 44), "Place": (148, 103, 189)}
TYPES = {str: "string", int: "integer", float: "double", bool: "boolean"}


def _declare(parent: etree._Element, cls: str, graph_items: list[dict]) -> dict[str, str]:
    keys: dict[str, type] = {}
    for data in graph_items:
        for key, value in data.items():
            if key in ("label", "weight") or value is None:
                continue
            keys.setdefault(key, type(value))
    attributes = etree.SubElement(parent, f"{{{GEXF_NS}}}attributes", {"class": cls})
    ids = {}
    for n, (key, kind) in enumerate(sorted(keys.items())):
        ids[key] = str(n)
        etree.SubElement(attributes, f"{{{GEXF_NS}}}attribute", {"id": str(n), "title": key, "type": TYPES.get(kind, "string")})
    return ids


def _values(parent: etree._Element, ids: dict[str, str], data: dict) -> None:
    values = etree.SubElement(parent, f"{{{GEXF_NS}}}attvalues")
    for key, attr_id in ids.items():
        value = data.get(key)
        if value is None:
            continue
        etree.SubElement(values, f"{{{GEXF_NS}}}attvalue", {"for": attr_id, "value": str(value).lower() if isinstance(value, bool) else str(value)})


def write_gexf(graph: nx.Graph, path: Path) -> Path:
    """Write ``graph`` (nodes with ``label``/``actor_type``, edges with ``weight``) as GEXF 1.3."""
    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS, "viz": VIZ_NS}, version="1.3")
    meta = etree.SubElement(root, f"{{{GEXF_NS}}}meta", lastmodifieddate=date.today().isoformat())
    etree.SubElement(meta, f"{{{GEXF_NS}}}creator").text = "kg"
    etree.SubElement(meta, f"{{{GEXF_NS}}}description").text = str(graph.graph.get("name", "kg graph"))
    g = etree.SubElement(root, f"{{{GEXF_NS}}}graph", defaultedgetype="undirected", mode="static")
    node_ids = _declare(g, "node", [d for _, d in graph.nodes(data=True)])
    edge_ids = _declare(g, "edge", [d for _, _, d in graph.edges(data=True)])
    nodes = etree.SubElement(g, f"{{{GEXF_NS}}}nodes")
    degree = dict(graph.degree(weight="weight"))
    for node, data in graph.nodes(data=True):
        el = etree.SubElement(nodes, f"{{{GEXF_NS}}}node", id=str(node), label=str(data.get("label", node)))
        _values(el, node_ids, data)
        r, gr, b = COLORS.get(str(data.get("actor_type")), (127, 127, 127))
        etree.SubElement(el, f"{{{VIZ_NS}}}color", r=str(r), g=str(gr), b=str(b))
        etree.SubElement(el, f"{{{VIZ_NS}}}size", value=f"{5.0 + 2.0 * float(degree.get(node, 0)):.1f}")
    edges = etree.SubElement(g, f"{{{GEXF_NS}}}edges")
    for n, (a, b, data) in enumerate(graph.edges(data=True)):
        el = etree.SubElement(edges, f"{{{GEXF_NS}}}edge", id=str(n), source=str(a), target=str(b),
                              weight=f"{float(data.get('weight', 1.0)):g}")
        if data.get("event_types"):
            el.set("label", str(data["event_types"]))
        _values(el, edge_ids, data)
    path.parent.mkdir(parents=True, exist_ok=True)
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return path
