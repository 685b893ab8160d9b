"""What every store writes the same way: build runs, and the graph of one article.

The embedded store (:mod:`kg.store`) and a remote SPARQL store (:mod:`kg.store.remote`) differ
only in how they send an update and read a digest; both inherit the rest from here.
"""

from __future__ import annotations

from typing import Any

from rdflib import URIRef

from kg.rdf.mapping import document_graph, new_run, run_graph
from kg.rdf.namespace import KG
from kg.rdf.terms import RUNS_GRAPH, article_iri, graph_iri


class GraphWriter:
    """Shared writing logic; subclasses provide ``_update``, ``_digest`` and ``_check_writable``."""

    def _update(self, sparql: str) -> None:
        raise NotImplementedError

    def _digest(self, name: URIRef, article: URIRef) -> str | None:
        raise NotImplementedError

    def _check_writable(self) -> None:
        raise NotImplementedError

    def new_run(self, *, pipeline: str | None) -> dict[str, str]:
        """Describe this build run; its node is written with the first changed article."""
        return new_run(pipeline)

    def _write_run(self, run: dict[str, str], pipeline: str | None) -> URIRef:
        node, g = run_graph(run, pipeline)
        if not run.get("written"):
            self._update(f"INSERT DATA {{ GRAPH <{RUNS_GRAPH}> {{ {g.serialize(format='nt')} }} }}")
            run["written"] = "1"
        return node

    def _changed_graph(self, result: Any, run: dict[str, str] | None) -> tuple[URIRef, str] | None:
        """(graph name, N-Triples) of the article, or None when the store already has this content."""
        self._check_writable()
        graph = document_graph(result)
        name = graph_iri(result.id)
        article = article_iri(result.id)
        digest = next(graph.objects(article, KG.contentDigest))
        if self._digest(name, article) == str(digest):
            return None
        if run is not None:
            graph.add((article, KG.extractedBy, self._write_run(run, result.pipeline)))
        return name, graph.serialize(format="nt")
