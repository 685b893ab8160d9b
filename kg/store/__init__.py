"""The embedded, persistent graph store: Oxigraph on disk, used through rdflib (oxrdflib).

One named graph per article. Writing an article is a single SPARQL UPDATE
(``DROP SILENT GRAPH …; INSERT DATA { GRAPH … }``), which Oxigraph runs as one transaction:
a crash leaves the article either fully old or fully new, and the run's node is written with
the first article of the run. Queries see the union of all graphs as their default graph.

One writer at a time holds ``kg-writer.lock`` (its PID is in the file). Readers
(``read_only=True``: kg query, stats, export, validate, serve) take no lock and never wait: they
read a snapshot of the store as it is when they open it, every article in it whole, also while
a build writes (see :func:`kg.readonly_store.open_read_only`).
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from oxrdflib._converter import from_ox
from rdflib import Dataset, Graph, URIRef, Variable
from rdflib.query import Result

from kg.errors import QueryError, StoreError
from kg.readonly_store import open_read_only
from kg.store.writer import ORPHAN_RUNS, GraphWriter
from kg.rdf.namespace import KG
from kg.rdf.terms import PREFIXES, graph_iri

if TYPE_CHECKING:
    from kg.extract.model import DocumentResult  # spaCy: readers never load it

DEFAULT_STORE = "kg-store"
STORE_MARKER = "kg-store.txt"
MARKER_TEXT = "kg graph store (Oxigraph). Query with 'kg query', export with 'kg export'.\n"


_PREFIX_IRIS = {prefix: str(ns) for prefix, ns in PREFIXES.items()}  # as pyoxigraph takes them (queries, dumps)


def result_from_ox(answer: Any) -> Result:
    """An rdflib :class:`~rdflib.query.Result` for an Oxigraph answer, each distinct term converted once.

    Building an rdflib ``Literal`` costs 15–30 µs (it parses dates and numbers into Python
    values), and a listing repeats the same labels, dates, types and statuses on many rows:
    converting each distinct Oxigraph term once per answer gives the same rows for less.
    """
    known: dict[Any, Any] = {}

    def term(value: Any) -> Any:
        if value is None:
            return None
        found = known.get(value)
        if found is None:
            found = known[value] = from_ox(value)
        return found

    if isinstance(answer, ox.QueryBoolean):
        out = Result("ASK")
        out.askAnswer = bool(answer)
    elif isinstance(answer, ox.QuerySolutions):
        out = Result("SELECT")
        out.vars = [Variable(v.value) for v in answer.variables]
        out.bindings = [{v: term(cell) for v, cell in zip(out.vars, solution) if cell is not None} for solution in answer]
    else:
        out = Result("CONSTRUCT")
        out.graph = Graph()
        out.graph += ((term(t.subject), term(t.predicate), term(t.object)) for t in answer)
    return out


def default_store_path() -> str:
    """``$KG_STORE`` if set, else ``./kg-store``."""
    return os.environ.get("KG_STORE") or DEFAULT_STORE


class Store(GraphWriter):
    """An open kg store. Use :meth:`open` as a context manager."""

    def __init__(self, path: Path, ox_store: ox.Store, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._ox = ox_store
        self.dataset = Dataset(store=OxigraphStore(store=ox_store), default_union=True)
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns, override=True)
        self._run: URIRef | None = None
        self._run_info: dict[str, str] = {}
        self._unflushed = 0

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    @contextmanager
    def open(cls, path: str | Path | None = None, *, read_only: bool = False) -> Iterator["Store"]:
        """Open (creating if needed, unless ``read_only``) the store folder at ``path``."""
        location = str(path or default_store_path())
        if location.split(":", 1)[0].lower() in ("http", "https", "sparql+http", "sparql+https"):
            from kg.store.remote import RemoteStore  # a SPARQL endpoint URL (kg/store/remote.py)

            with RemoteStore.open(location, read_only=read_only) as remote:
                yield remote  # type: ignore[misc]
            return
        folder = Path(path or default_store_path())
        if read_only and not (folder / STORE_MARKER).exists():
            raise StoreError(
                "no kg store here; build one first with 'kg build PATH --store DIR'", source=folder
            )
        if folder.exists() and not folder.is_dir():
            raise StoreError("exists and is not a folder", source=folder)
        if folder.is_dir() and not (folder / STORE_MARKER).exists() and not _never_created(folder):
            raise StoreError("folder is not empty and is not a kg store; choose another --store", source=folder)
        lock = None if read_only else _writer_lock(folder)
        try:
            if read_only:
                ox_store = open_read_only(folder)
            else:
                # the marker first: a build killed while RocksDB creates its files leaves a
                # folder that the next build recognises as its own
                (folder / STORE_MARKER).write_text(MARKER_TEXT)
                ox_store = ox.Store(str(folder))
        except OSError as e:
            if lock is not None:
                _release(lock)
            reason = str(e).splitlines()[0]
            if "lock" in reason.lower():
                reason = "another process is writing to this store (wait for it, or use another --store)"
            raise StoreError(f"cannot open the store: {reason}", source=folder) from e
        store = cls(folder, ox_store, read_only=read_only)
        try:
            yield store
        finally:
            store.close()
            if lock is not None:
                _release(lock)

    @classmethod
    @contextmanager
    def memory(cls) -> Iterator["Store"]:
        """A throw-away in-memory store (tests, notebooks)."""
        store = cls(Path(":memory:"), ox.Store(), read_only=False)
        yield store

    def close(self) -> None:
        """Flush and release the store, so another process (or this one) can open it again."""
        if self._ox is None:
            return
        if not self.read_only:
            self._ox.flush()
        # RocksDB keeps its lock until the last reference to the store is gone.
        self.dataset.store._store = None  # type: ignore[attr-defined]
        self.dataset = None  # type: ignore[assignment]
        self._ox = None  # type: ignore[assignment]
        gc.collect()

    # ------------------------------------------------------------------ writing
    def add_document(self, result: DocumentResult, *, run: dict[str, str] | None = None) -> bool:
        """Write (or replace) one article's named graph atomically; False if nothing changed."""
        changed = self._changed_graph(result, run)
        if changed is None:
            return False
        self._update(self._replace_update(changed))
        self._written(changed, run)
        self._unflushed += 1
        if self._unflushed >= FLUSH_EVERY:
            self._flush()
        return True

    def _flush(self) -> None:
        """Move what the write-ahead log holds into the store's files.

        A reader (``kg query`` during ``kg build``, ``kg serve``'s workers) replays the whole
        log when it opens the store, and the log grows by about 70 kB per article until
        RocksDB flushes it by itself at some 100 MB: opening would take seconds. Flushing every
        ``FLUSH_EVERY`` articles keeps it short (opening stays well under a second), at a cost
        lost in the noise of 1000 articles written (every 50 articles cost a third more time).
        """
        try:
            self._ox.flush()
        except OSError as e:
            raise StoreError(f"write failed: {e}", source=self.path) from e
        self._unflushed = 0

    def remove_document(self, doc_id: str) -> bool:
        """Drop one article's graph; False if the store did not have it."""
        self._check_writable()
        name = graph_iri(doc_id)
        if not self._ox.contains_named_graph(ox.NamedNode(str(name))):
            return False
        # one transaction: the article's graph, and any run no remaining article came from
        self._update(f"DROP GRAPH <{name}> ; {ORPHAN_RUNS}")
        return True

    def _digest(self, name: URIRef, article: URIRef) -> str | None:
        quads = self._ox.quads_for_pattern(ox.NamedNode(str(article)), ox.NamedNode(str(KG.contentDigest)), None, ox.NamedNode(str(name)))
        for quad in quads:
            return str(quad.object.value)
        return None

    def _source_digest(self, name: URIRef, article: URIRef) -> str | None:
        if self._digest(name, article) is None:  # not stored, or left half-loaded by a bulk build
            return None
        quads = self._ox.quads_for_pattern(ox.NamedNode(str(article)), ox.NamedNode(str(KG.sourceDigest)), None, ox.NamedNode(str(name)))
        for quad in quads:
            return str(quad.object.value)
        return None

    def _update(self, sparql: str) -> None:
        try:
            self._ox.update(sparql)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"write failed: {e}", source=self.path) from e

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError("store is open read-only", source=self.path)

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, *, bindings: dict[str, Any] | None = None) -> Result:
        """Run a SPARQL query over the union of all article graphs.

        ``bindings`` fix variables to values through a SPARQL ``VALUES`` block built from rdflib
        terms (``n3()`` escapes them), never by pasting text into the query.
        """
        if bindings:
            sparql = bind_values(sparql, bindings)
        try:
            # straight to Oxigraph (oxrdflib's query path does the same, but builds a new rdflib
            # term for every cell of every row; see result_from_ox)
            return result_from_ox(self._ox.query(sparql, use_default_graph_as_union=True, prefixes=_PREFIX_IRIS))
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error {_syntax_message(str(e))}") from e
        except (OSError, ValueError) as e:
            raise QueryError(f"query failed: {e}") from e

    def documents(self) -> list[str]:
        """Ids of the articles in the store."""
        rows = self._ox.query(
            "SELECT ?id WHERE { GRAPH ?g { ?a a <%s> ; <http://purl.org/dc/terms/identifier> ?id } } ORDER BY ?id" % KG.Article
        )
        return [row["id"].value for row in rows]

    def graph_names(self) -> list[str]:
        return [g.value for g in self._ox.named_graphs()]

    def __len__(self) -> int:
        """Number of quads (triples counted once per named graph)."""
        return len(self._ox)

    def dump(self, destination: Path | None, fmt: str) -> bytes | None:
        """Write every quad (``nq``, ``trig``) or the union graph (``ttl``, ``nt``).

        Returns the bytes when ``destination`` is None. Serialised by Oxigraph, streaming.
        """
        target = str(destination) if destination is not None else None
        if fmt in ("nq", "trig"):
            form = ox.RdfFormat.N_QUADS if fmt == "nq" else ox.RdfFormat.TRIG
            return self._ox.dump(target, form, prefixes=_PREFIX_IRIS if fmt == "trig" else None)
        if fmt not in ("ttl", "nt"):
            raise StoreError(f"cannot dump as {fmt!r}", source=self.path)
        triples = self._ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        form = ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.N_TRIPLES
        return ox.serialize(triples, target, form, prefixes=_PREFIX_IRIS if fmt == "ttl" else None)


WRITER_LOCK = "kg-writer.lock"
# What RocksDB writes before CURRENT while it creates a database: a folder holding only these
# (and the writer lock) is a store whose first build was stopped before it stored anything.
_CREATION_FILES = ("IDENTITY", "LOCK", "LOG")
FLUSH_EVERY = 100  # articles written between two flushes of the write-ahead log (Store._flush)

log = logging.getLogger(__name__)


def _never_created(folder: Path) -> bool:
    """True for an empty folder, or one a killed first build left before RocksDB wrote CURRENT."""
    return all(p.name == WRITER_LOCK or p.name in _CREATION_FILES or p.name.startswith("LOG.old.") for p in folder.iterdir())


def _writer_lock(folder: Path) -> Any:
    """Hold an exclusive lock on ``folder/kg-writer.lock`` for as long as the store is open.

    Two writers on one store are refused with the holder's PID, instead of RocksDB's bare
    "lock hold by current process" message. The lock goes away with the process, even on
    ``kill -9``; the PID line stays in the file until a writer closes the store, so the next
    writer can say that the previous one was stopped (its finished articles are kept).
    """
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    handle = open(folder / WRITER_LOCK, "a+", encoding="utf-8")  # noqa: SIM115 (held open on purpose)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise StoreError(
            f"another kg process is writing to this store ({holder}); wait for it to finish, or use another --store",
            source=folder,
        ) from None
    handle.seek(0)
    previous = handle.read().strip()
    if previous:
        log.warning(
            "%s: the last kg process that wrote to this store (%s) stopped without closing it; "
            "every article it finished is kept; run its command again to complete it", folder, previous
        )
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()}, since {datetime.now(timezone.utc).isoformat(timespec='seconds')}")
    handle.flush()
    return handle


def _release(handle: Any) -> None:
    """Empty the lock file (the writer closed the store properly) and release the lock."""
    handle.seek(0)
    handle.truncate()
    handle.close()


@contextmanager
def writer_lock(folder: Path) -> Iterator[None]:
    """Be the store's one writer without opening it here (``kg serve --allow-update``, whose
    worker process opens it); :class:`StoreError` naming the PID of the writer there is."""
    handle = _writer_lock(folder)
    try:
        yield
    finally:
        _release(handle)


def bind_values(sparql: str, bindings: dict[str, Any]) -> str:
    """Put ``VALUES ?a { v1 } VALUES ?b { v2 }`` at the start of the outermost WHERE block.

    At the start, not the end, so FILTERs inside the pattern see the bound values. The values
    are rdflib terms serialised by ``n3()``, which escapes them: a parameter can never change
    the query's structure.
    """
    import re

    # one single-variable block per parameter: the same meaning as one row of several
    # variables, and Virtuoso 7.2 fails on the multi-variable form (SP031)
    block = "".join(f" VALUES ?{name} {{ {term.n3()} }}" for name, term in bindings.items()) + " "
    code = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    match = re.search(r"\bWHERE\s*\{", code, flags=re.IGNORECASE) or re.search(r"\{", code)
    if match is None:
        raise QueryError("cannot bind parameters: the query has no WHERE block")
    return code[: match.end()] + block + code[match.end() :]


def _syntax_message(raw: str) -> str:
    """Oxigraph's parser message as one short line: 'at line 1, column 31: expected ...'."""
    import re

    text = " ".join(raw.split())
    m = re.search(r"error at (\d+):(\d+):?\s*(.*)", text)
    if not m:
        return f": {text[:160]}"
    detail = m.group(3)
    if len(detail) > 100:
        detail = detail[:100].rsplit(",", 1)[0] + ", …"
    return f"at line {m.group(1)}, column {m.group(2)}: {detail}"


__all__ = ["DEFAULT_STORE", "Store", "default_store_path", "writer_lock"]
