"""Exports: networks for Gephi and the browser (GEXF, GraphML, CSV, JSON, HTML, PNG/SVG/PDF) and
dumps of the store (Turtle, N-Quads, TriG, N-Triples).

Formats are looked up by name and their modules imported lazily, as rdflib's plugin table does:
``NETWORK_FORMATS`` maps a name to ``(module, function, suffix)``; each writer takes the
networkx graph that :func:`kg.export.network.build_network` returns and a path.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from kg.errors import ExportError

NETWORK_FORMATS: dict[str, tuple[str, str, str]] = {
    "gexf": ("kg.export.gexf", "write_gexf", ".gexf"),
    "graphml": ("kg.export.graphml", "write_graphml", ".graphml"),
    "csv": ("kg.export.csv", "write_csv", ".csv"),
    "json": ("kg.export.json", "write_json", ".json"),
    "html": ("kg.export.html", "write_html", ".html"),
    "png": ("kg.export.plot", "write_plot", ".png"),
    "svg": ("kg.export.plot", "write_plot", ".svg"),
    "pdf": ("kg.export.plot", "write_plot", ".pdf"),
}
DUMP_FORMATS = {"ttl": ".ttl", "nq": ".nq", "trig": ".trig", "nt": ".nt"}
FORMATS = tuple(NETWORK_FORMATS) + tuple(DUMP_FORMATS)
DEFAULT_NAMES = {"actors": "actor-network", "bipartite": "actor-event-network", "events": "event-network",
                 "query": "query-network"}


def _target(output: Path, name: str, suffix: str) -> Path:
    """``output`` itself, or ``output/<name><suffix>`` when it is (or looks like) a folder."""
    if output.is_dir() or (not output.suffix and not output.exists()):
        return output / f"{name}{suffix}"
    return output


def export_store(
    store: Any,
    fmt: str,
    output: Path,
    *,
    projection: str = "actors",
    types: tuple[str, ...] | str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_weight: float | None = None,
    actor: str | None = None,
    depth: int = 1,
    query: str | Path | None = None,
    title: str | None = None,
) -> Path:
    """Write ``store`` as ``fmt`` to ``output`` (a file, or a folder to put the default name in).

    For the network formats the keyword options choose the projection and filter it (see
    :class:`kg.export.network.NetworkOptions`); the dump formats write every triple and take
    no options.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    output = Path(output)
    if fmt in DUMP_FORMATS:
        path = _target(output, "graph", DUMP_FORMATS[fmt])
        path.parent.mkdir(parents=True, exist_ok=True)
        store.dump(path, fmt)
        return path
    from kg.export.network import NetworkOptions, build_network

    if isinstance(types, str):
        types = tuple(t for t in types.split(","))
    options = NetworkOptions(projection=projection, types=types, since=since, until=until, min_weight=min_weight,
                             actor=actor, depth=depth, query=query)
    graph = build_network(store, options)
    if title:
        graph.graph["name"] = title
    module, function, suffix = NETWORK_FORMATS[fmt]
    path = _target(output, DEFAULT_NAMES[graph.graph.get("projection", "actors")], suffix)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = getattr(importlib.import_module(module), function)
    try:
        return writer(graph, path)  # type: ignore[no-any-return]
    except OSError as e:
        raise ExportError(f"cannot write: {e.strerror or e}; choose another --output", source=path) from e


__all__ = ["DEFAULT_NAMES", "DUMP_FORMATS", "FORMATS", "NETWORK_FORMATS", "export_store"]
