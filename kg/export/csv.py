"""Node and edge tables in Gephi's spreadsheet conventions (Data Laboratory > Import Spreadsheet).

``<name>-nodes.csv`` has ``Id``, ``Label``, ``timeset`` and one column per attribute;
``<name>-edges.csv`` has ``Source``, ``Target``, ``Type`` (Undirected or Directed), ``Kind``
(Gephi's edge type for parallel edges), ``Id``, ``Label``, ``Weight``, ``timeset`` and the
attributes. ``timeset`` is the column Gephi keeps an element's time in (its Data Laboratory
calls it *Interval*): an interval set such as ``<[2025-03-18, 2025-03-18]; [2025-03-20, 2025-03-20]>``,
which Gephi's importer recognises, so the timeline plays from the tables too.

Limits: comma-separated UTF-8 without a byte-order mark; multi-line text is put on one line
(evidence sentences are joined with `` | ``); no colours or positions (Gephi's spreadsheet import
has no columns for them).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.network import format_intervals

__all__ = ["table_paths", "write_csv"]

NODE_FIRST = ["Id", "Label", "timeset"]
EDGE_FIRST = ["Source", "Target", "Type", "Kind", "Id", "Label", "Weight", "timeset"]
SKIP = {"label", "kind", "weight", "spells"}


def table_paths(path: Path) -> tuple[Path, Path]:
    """The node and edge tables written for ``path`` (``net.csv`` -> ``net-nodes.csv``, ``net-edges.csv``)."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    for tail in ("-nodes", "-edges"):
        stem = stem.removesuffix(tail)
    return path.with_name(f"{stem}-nodes.csv"), path.with_name(f"{stem}-edges.csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(value)
    return " ".join(str(value).splitlines())


def _write(path: Path, first: list[str], rows: list[dict[str, Any]]) -> None:
    extra = sorted({k for row in rows for k in row} - set(first))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=first + extra, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})


def write_csv(graph: nx.Graph, path: Path) -> Path:
    """Write the node and edge tables beside ``path``; returns the node table's path."""
    nodes_path, edges_path = table_paths(path)
    nodes = []
    for node, data in graph.nodes(data=True):
        row = {"Id": node, "Label": data.get("label", node), "timeset": format_intervals(data.get("spells", []))}
        row.update({k: v for k, v in data.items() if k not in SKIP})
        nodes.append(row)
    edges = []
    items = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((a, b, None, d) for a, b, d in graph.edges(data=True))
    for n, (a, b, key, data) in enumerate(items):
        row = {
            "Source": a, "Target": b, "Type": "Directed" if graph.is_directed() else "Undirected",
            "Kind": data.get("kind", ""), "Id": key if key is not None else n, "Label": data.get("label", ""),
            "Weight": float(data.get("weight", 1.0)), "timeset": format_intervals(data.get("spells", [])),
        }
        row.update({k: v for k, v in data.items() if k not in SKIP})
        edges.append(row)
    _write(nodes_path, NODE_FIRST, nodes)
    _write(edges_path, EDGE_FIRST, edges)
    return nodes_path
