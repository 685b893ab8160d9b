"""Bulk loading: many articles at once through Oxigraph's bulk loader (``kg build --bulk``, ``--dask``).

The transactional path (:meth:`kg.store.Store.add_document`) parses one SPARQL update per
article. For large ingests, articles are instead written to an N-Quads shard file and handed
to :meth:`pyoxigraph.Store.bulk_load`, which builds the store's files directly. The graph is
the same as the transactional path writes (tests/store/test_bulk.py compares them).

Crash safety without transactions: the bulk loader is not atomic, so each article's content
digest (``kg:contentDigest``, what tells a later build that an article is already stored) is
held back from the shard and written, with the run's node, in one transaction after the shard
has loaded. An article whose load was interrupted therefore has no digest, and the next build
drops its graph and writes it again: rerunning a killed build completes it.

A shard is plain N-Quads (one named graph per article), so the same files feed another
store's bulk loader, e.g. Virtuoso's ``ld_dir('shards', '*.nq', NULL); rdf_loader_run();``.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import URIRef

from kg.rdf.mapping import map_document, run_graph, run_triple
from kg.rdf.terms import RUNS_GRAPH, article_iri
from kg.store.writer import ORPHAN_RUNS

if TYPE_CHECKING:
    from kg.extract.model import DocumentResult
    from kg.store import Store

# Articles per shard (~230,000 quads of news). Oxigraph's bulk loader holds a whole batch in
# memory while it sorts it: a 5,000-article shard (1.2M quads) peaked at 1.1 GB in the building
# process and left 500–800 MB behind, 1,000-article shards stay near 200 MB at the same speed
# per quad (bench/README.md). Small shards also mean a crash costs little.
SHARD_ARTICLES = 1000


@dataclass
class ArticleQuads:
    """One article, ready to load: its graph as N-Quads with the digest triple held back."""

    doc_id: str
    source: str
    graph: str
    digest: str
    body: str  # N-Quads lines of the article graph, without kg:contentDigest
    digest_quad: str  # the kg:contentDigest (and kg:sourceDigest) quads, written after the body has loaded
    pipeline: str
    actors: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)


def article_quads(result: "DocumentResult", run: dict[str, str]) -> ArticleQuads:
    """The quads the transactional path would write for ``result`` in ``run`` (aliases applied before)."""
    mapped = map_document(result)
    body = mapped.nquads([*mapped.triples, run_triple(mapped, run)])
    # the digests are also what lets a later build skip the article: written after the body has loaded
    digest_quad = mapped.nquads(mapped.digests)
    return ArticleQuads(
        doc_id=result.id, source=result.source, graph=mapped.name.value, digest=mapped.digest, body=body,
        digest_quad=digest_quad, pipeline=result.pipeline,
        actors=[a.id for a in result.actors], event_types=[e.type for e in result.events],
    )


class BulkLoader:
    """Collect articles into N-Quads shards and bulk-load each (see module docstring).

    Use as a context manager, or call :meth:`close`: the last shard loads there.
    ``keep_shards`` keeps the shard files (for another store's loader) in that folder.
    """

    def __init__(self, store: "Store", run: dict[str, str], *, shard_articles: int | None = None,
                 keep_shards: str | Path | None = None) -> None:
        if not hasattr(store, "_ox"):
            from kg.errors import StoreError

            raise StoreError("bulk loading needs the embedded store (a folder), not a SPARQL endpoint", source=str(store.path))
        store._check_writable()
        self.store = store
        self.run = run
        self.shard_articles = shard_articles or SHARD_ARTICLES
        self.keep = Path(keep_shards) if keep_shards else None
        if self.keep:
            self.keep.mkdir(parents=True, exist_ok=True)
        self._tmp = tempfile.TemporaryDirectory(prefix="kg-shards-")
        self._shards = 0
        self._open_shard()

    def _open_shard(self) -> None:
        self._shards += 1
        folder = self.keep or Path(self._tmp.name)
        self._path = folder / f"shard-{self.run['id']}-{self._shards:05d}.nq"
        self._file = self._path.open("w", encoding="utf-8")
        self._digests: list[str] = []
        self._ids: set[str] = set()
        self._pipeline = ""
        self._replaced = False

    def add(self, quads: ArticleQuads) -> bool:
        """Queue one article; False if the store already holds exactly this content."""
        name = URIRef(quads.graph)
        old = self.store._digest(name, article_iri(quads.doc_id))
        if old == quads.digest and quads.doc_id not in self._ids:
            return False
        if quads.doc_id in self._ids:  # the same article twice in one shard: load the first
            self.flush()
        if self.store._ox.contains_named_graph(ox.NamedNode(quads.graph)):
            # replaced, or left half-loaded (no digest) by a bulk load that was stopped
            self.store._update(f"DROP SILENT GRAPH <{quads.graph}>")
            self._replaced = self._replaced or old is not None
        self._file.write(quads.body)
        self._digests.append(quads.digest_quad)
        self._ids.add(quads.doc_id)
        self._pipeline = self._pipeline or quads.pipeline
        if len(self._ids) >= self.shard_articles:
            self.flush()
        return True

    def flush(self) -> None:
        """Bulk-load the current shard, then commit its digests and the run node in one transaction."""
        self._file.close()
        if self._ids:
            ox_store: Any = self.store._ox
            ox_store.bulk_load(path=str(self._path), format=ox.RdfFormat.N_QUADS)
            parts = []
            if not self.run.get("written"):
                _, run_g = run_graph(self.run, self._pipeline)
                parts.append(f"INSERT DATA {{ GRAPH <{RUNS_GRAPH}> {{ {run_g.serialize(format='nt')} }} }}")
            parts.append("INSERT DATA { " + "".join(_as_graph_block(line) for q in self._digests for line in q.splitlines()) + " }")
            if self._replaced:
                parts.append(ORPHAN_RUNS)
            self.store._update(" ;\n".join(parts))
            self.run["written"] = "1"
            if self.keep:  # a kept shard is complete: another store loads it as it is
                with self._path.open("a", encoding="utf-8") as shard:
                    shard.writelines(self._digests)
        if not self.keep:
            self._path.unlink(missing_ok=True)
        self._open_shard()

    def close(self) -> None:
        """Load the last shard; the temporary folder goes even if that fails."""
        try:
            self.flush()
        finally:
            self._file.close()
            if not self.keep or not self._ids:  # never leave an empty shard behind
                self._path.unlink(missing_ok=True)
            self._tmp.cleanup()

    def __enter__(self) -> "BulkLoader":
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()
        else:  # leave the store as the last completed shard left it
            self._file.close()
            self._tmp.cleanup()


def _as_graph_block(quad_line: str) -> str:
    """``<s> <p> "o" <g> .`` -> ``GRAPH <g> { <s> <p> "o" . }`` for INSERT DATA."""
    body, _, rest = quad_line.rstrip(" .\n").rpartition(" <")
    return f"GRAPH <{rest} {{ {body} . }} "
