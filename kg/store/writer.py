"""What every store writes the same way: build runs, and the graph of one article.

The embedded store (:mod:`kg.store`) and a remote SPARQL store (:mod:`kg.store.remote`) differ
only in how they send an update and read a digest; both inherit the rest from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rdflib import URIRef

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

    def _source_digest(self, name: URIRef, article: URIRef) -> str | None:
        raise NotImplementedError

    def stored_source_digest(self, doc_id: str) -> str | None:
        """The ``kg:sourceDigest`` of a completely stored article (see :mod:`kg.extract.fingerprint`)."""
        return self._source_digest(graph_iri(doc_id), article_iri(doc_id))

    def new_run(self, *, pipeline: str | None) -> dict[str, str]:
        """Describe this build run; its node is written with the first changed article."""
        from kg.rdf.mapping import new_run

        return new_run(pipeline)

    def _changed_graph(self, result: Any, run: dict[str, str] | None) -> ChangedGraph | None:
        """What to write for the article, or None when the store already has this content."""
        # imported here: the mapping needs kg.extract (and spaCy), which readers never load
        from kg.rdf.mapping import map_document, run_graph, run_triple

        self._check_writable()
        mapped = map_document(result)
        name = URIRef(mapped.name.value)
        old = self._digest(name, URIRef(mapped.article.value))
        if old == mapped.digest:
            return None
        run_triples = None
        extra = []
        if run is not None:
            extra.append(run_triple(mapped, run))
            if not run.get("written"):
                run_triples = run_graph(run, result.pipeline)[1].serialize(format="nt")
        return ChangedGraph(name, mapped.ntriples(*extra), run_triples, replaces=old is not None)

    def _replace_update(self, changed: ChangedGraph, *, drop_orphan_runs: bool = True) -> str:
        """One SPARQL update that replaces the article's graph, with the run's node if new.

        One request, so a store that runs an update as one transaction (Oxigraph, Fuseki) never
        holds a run without its first article, nor half an article, whenever the writer stops.
        A replaced graph may have been the last one written by an older run: unless
        ``drop_orphan_runs`` is False, that run's node goes in the same update, as
        ``remove_document`` does.
        """
        parts = []
        if changed.run_triples:
            parts.append(f"INSERT DATA {{ GRAPH <{RUNS_GRAPH}> {{ {changed.run_triples} }} }}")
        parts.append(f"DROP SILENT GRAPH <{changed.name}>")
        parts.append(f"INSERT DATA {{ GRAPH <{changed.name}> {{ {changed.body} }} }}")
        if changed.replaces and drop_orphan_runs:
            parts.append(ORPHAN_RUNS)
        return " ;\n".join(parts)

    @staticmethod
    def _written(changed: ChangedGraph, run: dict[str, str] | None) -> None:
        """Remember that the run's node is in the store, once the update that held it succeeded."""
        if run is not None and changed.run_triples:
            run["written"] = "1"


@dataclass(frozen=True)
class ChangedGraph:
    """An article graph to write: its name, N-Triples, and the run's N-Triples if not yet stored."""

    name: URIRef
    body: str
    run_triples: str | None
    replaces: bool


# Runs that no article graph names any more (kg:extractedBy), deleted with the graph that was
# their last: the runs graph describes the runs the stored articles came from, nothing else.
ORPHAN_RUNS = (
    f"DELETE {{ GRAPH <{RUNS_GRAPH}> {{ ?run ?p ?o }} }} WHERE {{ GRAPH <{RUNS_GRAPH}> {{ ?run ?p ?o }} "
    f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?article <{KG.extractedBy}> ?run }} }} }}"
)
