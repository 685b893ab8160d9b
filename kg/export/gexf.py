"""GEXF 1.3 (``http://gexf.net/1.3``), the format Gephi reads, written with lxml.

What a file holds: declared, typed node and edge attributes (ids are the attribute names);
``mode="dynamic"`` with ``timeformat="date"`` and one ``<spell>`` per interval, so Gephi's
timeline plays the events; edge ``kind`` for parallel edges of different event types; labels,
``weight``, ``viz:color`` (actor or event type), ``viz:size`` (shared events) and
``viz:position`` (a seeded spring layout); node ids are the actors' and events' IRIs. Files
validate against the GEXF 1.3 RELAX NG schema (tests/export/schemas/gexf-1.3/).

Limits: attributes are static (one value for the whole time range; only existence is dynamic);
values are str/int/float/bool, and anything else is written as a string. networkx's writer is
not used: it puts ``name`` on ``<graph>``, writes a wrong XSI namespace for 1.3, turns an edge
attribute ``type`` into the direction and crashes on None, dates and lists.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
from lxml import etree

from kg.export.style import edge_color, layout, node_color, node_sizes

__all__ = ["GEXF_NS", "VIZ_NS", "write_gexf"]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
RESERVED = {"label", "kind", "spells", "weight"}


def _tag(name: str) -> str:
    return f"{{{GEXF_NS}}}{name}"


def _attr_type(values: list[Any]) -> str:
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "long"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _declare(graph_el: etree._Element, cls: str, items: list[dict[str, Any]]) -> dict[str, str]:
    """``<attributes class=…>`` for every key the items carry; returns key -> GEXF type."""
    values: dict[str, list[Any]] = {}
    for data in items:
        for key, value in data.items():
            if key in RESERVED or value is None:
                continue
            values.setdefault(key, []).append(value)
    types = {key: _attr_type(vals) for key, vals in sorted(values.items())}
    if types:
        attributes = etree.SubElement(graph_el, _tag("attributes"), {"class": cls, "mode": "static"})
        for key, kind in types.items():
            etree.SubElement(attributes, _tag("attribute"), id=key, title=key, type=kind)
    return types


def _format(value: Any, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    return str(value)


def _values(element: etree._Element, types: dict[str, str], data: dict[str, Any]) -> None:
    present = [(k, data[k]) for k in types if data.get(k) is not None]
    if not present:
        return
    values = etree.SubElement(element, _tag("attvalues"))
    for key, value in present:
        etree.SubElement(values, _tag("attvalue"), {"for": key, "value": _format(value, types[key])})


def _spells(element: etree._Element, spells: list[tuple[str, str]]) -> None:
    if spells:
        parent = etree.SubElement(element, _tag("spells"))
        for start, end in spells:
            etree.SubElement(parent, _tag("spell"), start=start, end=end)


def _color(element: etree._Element, rgb: tuple[int, int, int]) -> None:
    etree.SubElement(element, f"{{{VIZ_NS}}}color", r=str(rgb[0]), g=str(rgb[1]), b=str(rgb[2]))


def write_gexf(graph: nx.Graph, path: Path) -> Path:
    """Write ``graph`` (a :mod:`kg.export.network` graph) to ``path`` as GEXF 1.3."""
    dynamic = any(d.get("spells") for _, d in graph.nodes(data=True)) or any(
        d.get("spells") for *_, d in graph.edges(data=True)
    )
    root = etree.Element(_tag("gexf"), nsmap={None: GEXF_NS, "viz": VIZ_NS}, version="1.3")
    meta = etree.SubElement(root, _tag("meta"), lastmodifieddate=date.today().isoformat())
    etree.SubElement(meta, _tag("creator")).text = "kg"
    etree.SubElement(meta, _tag("description")).text = str(graph.graph.get("name", "kg graph"))
    graph_el = etree.SubElement(
        root, _tag("graph"), defaultedgetype="directed" if graph.is_directed() else "undirected", idtype="string"
    )
    if dynamic:
        graph_el.set("mode", "dynamic")
        graph_el.set("timeformat", "date")
        if graph.graph.get("start"):
            graph_el.set("start", graph.graph["start"])
            graph_el.set("end", graph.graph["end"])
    else:
        graph_el.set("mode", "static")
    node_types = _declare(graph_el, "node", [d for _, d in graph.nodes(data=True)])
    edge_types = _declare(graph_el, "edge", [d for *_, d in graph.edges(data=True)])

    sizes = node_sizes(graph)
    positions = layout(graph)
    nodes = etree.SubElement(graph_el, _tag("nodes"), count=str(graph.number_of_nodes()))
    for node, data in graph.nodes(data=True):
        el = etree.SubElement(nodes, _tag("node"), id=str(node), label=str(data.get("label", node)))
        _values(el, node_types, data)
        _spells(el, data.get("spells", []))
        _color(el, node_color(data))
        etree.SubElement(el, f"{{{VIZ_NS}}}size", value=f"{sizes[node]:g}")
        x, y = positions[node]
        etree.SubElement(el, f"{{{VIZ_NS}}}position", x=f"{x:g}", y=f"{y:g}", z="0")

    edges = etree.SubElement(graph_el, _tag("edges"), count=str(graph.number_of_edges()))
    for n, (a, b, key, data) in enumerate(_edges(graph)):
        el = etree.SubElement(edges, _tag("edge"), id=str(key if key is not None else n), source=str(a), target=str(b),
                              weight=f"{float(data.get('weight', 1.0)):g}")
        if data.get("label"):
            el.set("label", str(data["label"]))
        if data.get("kind"):
            el.set("kind", str(data["kind"]))
        _values(el, edge_types, data)
        _spells(el, data.get("spells", []))
        if data.get("event_type") or data.get("kind"):
            _color(el, edge_color(data))
    path.parent.mkdir(parents=True, exist_ok=True)
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return path


def _edges(graph: nx.Graph) -> list[tuple[Any, Any, Any, dict[str, Any]]]:
    if graph.is_multigraph():
        return list(graph.edges(keys=True, data=True))
    return [(a, b, None, d) for a, b, d in graph.edges(data=True)]
