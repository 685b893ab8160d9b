"""A graph store on a SPARQL server: the same interface as the embedded :class:`kg.store.Store`.

``--store`` (or ``$KG_STORE``) may name a SPARQL 1.1 endpoint instead of a folder; ``kg build``
then writes into the server and ``kg query`` / ``kg export`` read from it, one named graph per
article as in the embedded store::

    sparql+http://127.0.0.1:7878/sparql                      # one URL for queries and updates
    sparql+http://dba:dba@127.0.0.1:8890/sparql-auth         # Virtuoso: digest auth, both
    sparql+http://127.0.0.1:7878/query#update=/update         # separate update endpoint (Oxigraph server)
    sparql+http://u:p@127.0.0.1:3030/kg/sparql#update=/kg/update&gsp=/kg/data   # Fuseki, writes by GSP

``sparql+http`` / ``sparql+https`` (or plain ``http`` / ``https``) URLs. Options go in the fragment,
which is never sent: ``update=`` (URL or path of the update endpoint), ``gsp=`` (Graph Store
Protocol endpoint: an article is then replaced by one ``PUT ?graph=``, removed by ``DELETE``),
``auth=basic|digest`` (default: basic, switching to digest when the server asks for it),
``timeout=SECONDS`` (default 60). User and password come from the URL or from
``$KG_STORE_USER`` / ``$KG_STORE_PASSWORD`` (which keeps them out of shell history and process
lists); messages show the URL without the password.

Writing an article is ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }`` in one request
(or one GSP ``PUT``). Whether that request is one transaction is up to the server: Oxigraph and
Fuseki run it atomically; Virtuoso commits per statement by default.

What the server must do: treat its default graph as the union of the named graphs (Virtuoso does;
Fuseki needs ``tdb2:unionDefaultGraph true``; Oxigraph server ``--union-default-graph``; ``kg serve``
does), since kg's queries read the union. Counting (``len``), ``graph_names`` and dumps look only at
graphs under ``https://w3id.org/kg-news/id/graph/``, so other data on the server is left alone.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit, urlunsplit

import httpx
from rdflib import DCTERMS, Graph, URIRef
from rdflib.query import Result

from kg.errors import QueryError, StoreError
from kg.store.writer import GraphWriter
from kg.rdf.namespace import KG
from kg.rdf.terms import ID, PREFIXES, RUNS_GRAPH, graph_iri

GRAPHS = str(ID["graph/"])
RESULTS_JSON = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
_URL = re.compile(r"^(?:sparql\+)?https?:/+", re.IGNORECASE)


def is_remote(location: str | Path | None) -> bool:
    """True when ``location`` is a SPARQL endpoint URL rather than a folder."""
    return location is not None and bool(_URL.match(str(location)))


@dataclass
class Endpoint:
    """Where and how to reach the server, parsed from a ``--store`` URL."""

    query: str  # never holds the password: messages show it as is
    update: str
    gsp: str | None = None
    user: str | None = None
    password: str | None = None
    auth: str = "auto"
    timeout: float = 60.0


def parse_location(location: str | Path) -> Endpoint:
    """An :class:`Endpoint` from ``sparql+http://[user:password@]host[:port]/path[#options]``."""
    text = str(location)
    match = _URL.match(text)
    if not match:
        raise StoreError("not a SPARQL endpoint URL; expected sparql+http://host:port/path", source=text)
    scheme = "https" if "https" in match.group(0).lower() else "http"
    text = f"{scheme}://" + text[match.end():]  # also repairs 'http:/host' from a Path
    parts = urlsplit(text)
    if not parts.hostname:
        raise StoreError("the URL names no host", source=redact(text))
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if parts.port:
        netloc += f":{parts.port}"
    query = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    options = dict(parse_qsl(parts.fragment, keep_blank_values=True))
    unknown = set(options) - {"update", "gsp", "auth", "timeout"}
    if unknown:
        raise StoreError(f"unknown option(s) {sorted(unknown)} after '#'; use update=, gsp=, auth=, timeout=", source=query)
    user = parts.username or os.environ.get("KG_STORE_USER") or None
    password = parts.password or os.environ.get("KG_STORE_PASSWORD") or None
    endpoint = Endpoint(
        query=query,
        update=urljoin(query, options["update"]) if options.get("update") else query,
        gsp=urljoin(query, options["gsp"]) if options.get("gsp") else None,
        user=unquote(user) if user else None,
        password=unquote(password) if password else None,
        auth=options.get("auth", "auto").lower(),
    )
    if endpoint.auth not in ("auto", "basic", "digest"):
        raise StoreError("auth= must be basic or digest", source=query)
    if "timeout" in options:
        try:
            endpoint.timeout = float(options["timeout"])
        except ValueError as e:
            raise StoreError("timeout= must be a number of seconds", source=query) from e
    return endpoint


def redact(location: str | Path) -> str:
    """A store location fit to print: a URL loses its ``user:password@``; a folder is unchanged."""
    return re.sub(r"^([a-z+]+:/+)[^/@]*@", r"\1", str(location), flags=re.IGNORECASE)


class _Auth(httpx.Auth):
    """Answers the server's challenge: digest when it asks for digest (Virtuoso), else basic.

    ``auth=basic`` or ``auth=digest`` in the URL fixes the scheme; by default the first request
    goes without credentials and the 401 challenge decides, once.
    """

    requires_request_body = True

    def __init__(self, user: str, password: str, mode: str) -> None:
        import base64

        self.mode = mode
        self._digest = httpx.DigestAuth(user, password)
        self._basic = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.mode == "digest":
            yield from self._digest.auth_flow(request)
            return
        if self.mode == "basic":
            request.headers["Authorization"] = self._basic
            yield request
            return
        response = yield request
        if response.status_code != 401:
            return
        if response.headers.get("www-authenticate", "").lower().startswith("digest"):
            self.mode = "digest"
            yield from self._digest.auth_flow(request)
        else:
            self.mode = "basic"
            request.headers["Authorization"] = self._basic
            yield request


class RemoteLocation(os.PathLike):  # type: ignore[type-arg]
    """``store.path`` of a remote store: prints as the endpoint URL (without password), and is a
    local folder where a path is needed.

    kg keeps a few files beside an embedded store's data (``aliases.yml`` of :mod:`kg.identity`).
    For a server those live in ``$KG_REMOTE_STATE_DIR/<host-port-path>/`` (default
    ``~/.cache/kg/remote/…``), so ``Path(store.path) / "aliases.yml"`` works for both kinds.
    """

    def __init__(self, url: str, folder: Path) -> None:
        self.url = url
        self.folder = folder

    def __fspath__(self) -> str:
        return str(self.folder)

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"RemoteLocation({self.url!r}, {str(self.folder)!r})"

    def __eq__(self, other: object) -> bool:
        return str(self) == str(other)

    def __hash__(self) -> int:
        return hash(self.url)


def state_folder(endpoint: Endpoint) -> Path:
    """The local folder for files kg keeps beside the store on this server."""
    parts = urlsplit(endpoint.query)
    slug = re.sub(r"[^A-Za-z0-9.\-]+", "-", f"{parts.hostname}-{parts.port or ''}-{parts.path}").strip("-")
    base = os.environ.get("KG_REMOTE_STATE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "kg", "remote")
    return Path(base) / slug


class _Dataset:
    """Enough of rdflib's Dataset for ``kg validate``: the quads of one named graph."""

    def __init__(self, store: RemoteStore) -> None:
        self._store = store

    def quads(self, pattern: tuple[Any, Any, Any, Any]) -> Iterator[tuple[Any, Any, Any, Any]]:
        s, p, o, g = pattern
        if g is None or (s, p, o) != (None, None, None):
            raise self._store._error("a remote store gives the quads of one whole named graph at a time")
        graph = Graph().parse(data=self._store._graph_ntriples(str(g)).decode("utf-8"), format="nt")
        for triple in graph:
            yield (*triple, g)


class RemoteStore(GraphWriter):
    """An open kg store on a SPARQL server. Use :meth:`open` as a context manager."""

    def __init__(self, endpoint: Endpoint, *, read_only: bool) -> None:
        self.endpoint = endpoint
        self.path = RemoteLocation(endpoint.query, state_folder(endpoint))
        self.read_only = read_only
        auth = _Auth(endpoint.user, endpoint.password or "", endpoint.auth) if endpoint.user else None
        self._http: httpx.Client | None = httpx.Client(
            auth=auth, timeout=httpx.Timeout(endpoint.timeout, connect=min(10.0, endpoint.timeout)),
            headers={"User-Agent": "kg (https://w3id.org/kg-news)"},
        )
        self.dataset = _Dataset(self)

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    @contextmanager
    def open(cls, location: str | Path, *, read_only: bool = False) -> Iterator[RemoteStore]:
        """Connect to the endpoint at ``location`` and check that it answers."""
        store = cls(parse_location(location), read_only=read_only)
        try:
            store._select("ASK { }")
            if not read_only:
                try:
                    store.path.folder.mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise store._error(f"cannot create the local folder {store.path.folder}: {e.strerror}; "
                                       "set KG_REMOTE_STATE_DIR") from e
            yield store
        finally:
            store.close()

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def _error(self, message: str) -> StoreError:
        return StoreError(message, source=self.endpoint.query)

    # ------------------------------------------------------------------ HTTP
    def _request(self, method: str, url: str, *, data: dict[str, str] | None = None, content: bytes | None = None,
                 headers: dict[str, str] | None = None, params: dict[str, str] | None = None) -> httpx.Response:
        if self._http is None:
            raise self._error("the store is closed")
        try:
            response = self._http.request(method, url, data=data, content=content, headers=headers, params=params)
        except httpx.TimeoutException as e:
            raise self._error(f"no answer from {url} within {self.endpoint.timeout:g} s; "
                              "allow more with '#timeout=SECONDS' at the end of the URL") from e
        except httpx.HTTPError as e:
            raise self._error(f"cannot reach {url}: {e}; is the SPARQL server running?") from e
        if response.status_code in (401, 403):
            who = (f"user {self.endpoint.user!r} was refused" if self.endpoint.user else
                   "no user/password given (add user:password@ to the URL or set KG_STORE_USER/KG_STORE_PASSWORD)")
            raise self._error(f"{response.status_code} from {url}: {who}; {_first_line(response)}")
        return response

    def _write(self, method: str, url: str, **options: Any) -> None:
        self._check_writable()
        response = self._request(method, url, **options)
        if response.status_code >= 300 and not (method == "DELETE" and response.status_code == 404):
            raise self._error(f"write failed at {url}: HTTP {response.status_code}: {_first_line(response)}")

    def _update(self, sparql: str) -> None:
        self._write("POST", self.endpoint.update, data={"update": sparql})

    def _check_writable(self) -> None:
        if self.read_only:
            raise self._error("store is open read-only")

    def _select(self, sparql: str) -> Result:
        """Run a query (any form) and return an rdflib Result."""
        from kg.serve.sparql import form

        kind = form(sparql)
        graph_form = kind in ("CONSTRUCT", "DESCRIBE")
        accept = GRAPH_ACCEPT if graph_form else f"{RESULTS_JSON}, application/sparql-results+xml;q=0.8"
        response = self._request("POST", self.endpoint.query, data={"query": sparql}, headers={"Accept": accept})
        if response.status_code >= 300:
            what = "refused the query" if response.status_code == 400 else f"failed: HTTP {response.status_code}"
            raise QueryError(f"{self.endpoint.query} {what}: {_first_line(response)}")
        media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        try:
            if media in (RESULTS_JSON, "application/json"):
                return Result.parse(io.BytesIO(response.content), format="json")
            if media in ("application/sparql-results+xml", "application/xml", "text/xml") and not graph_form:
                return Result.parse(io.BytesIO(response.content), format="xml")
            rdf_format = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
                          "application/rdf+xml": "xml", "application/xml": "xml"}.get(media)
            if rdf_format is None:
                raise QueryError(f"{self.endpoint.query} answered with {media or 'no content type'}, which kg cannot read")
            result = Result("DESCRIBE" if kind == "DESCRIBE" else "CONSTRUCT")
            result.graph = Graph().parse(data=response.content, format=rdf_format)
            return result
        except (ValueError, SyntaxError) as e:
            raise QueryError(f"cannot read the answer of {self.endpoint.query} ({media}): {_first(e)}") from e

    def _graph_ntriples(self, name: str) -> bytes:
        """The triples of one named graph as N-Triples."""
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
        response = self._request("POST", self.endpoint.query, data={"query": query},
                                 headers={"Accept": "application/n-triples, text/turtle;q=0.9"})
        if response.status_code >= 300:
            raise self._error(f"cannot read graph <{name}>: HTTP {response.status_code}: {_first_line(response)}")
        if response.headers.get("content-type", "").startswith("text/turtle"):
            return Graph().parse(data=response.content, format="turtle").serialize(format="nt", encoding="utf-8")
        return response.content

    # ------------------------------------------------------------------ writing
    def add_document(self, result: Any, *, run: dict[str, str] | None = None) -> bool:
        """Write (or replace) one article's named graph; False if nothing changed."""
        changed = self._changed_graph(result, run)
        if changed is None:
            return False
        if self.endpoint.gsp:
            if changed.run_triples:  # GSP writes one graph per request: the run's node goes first
                self._update(f"INSERT DATA {{ GRAPH <{RUNS_GRAPH}> {{ {changed.run_triples} }} }}")
            self._write("PUT", self.endpoint.gsp, params={"graph": str(changed.name)}, content=changed.body.encode("utf-8"),
                        headers={"Content-Type": "application/n-triples"})
        else:
            # runs no article names any more are left alone: servers differ too much in how
            # they run a DELETE … WHERE over every graph (Virtuoso commits per statement)
            self._update(self._replace_update(changed, drop_orphan_runs=False))
        self._written(changed, run)
        return True

    def remove_document(self, doc_id: str) -> bool:
        """Drop one article's graph; False if the store did not have it."""
        self._check_writable()
        name = graph_iri(doc_id)
        if not self._select(f"ASK {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").askAnswer:
            return False
        if self.endpoint.gsp:
            self._write("DELETE", self.endpoint.gsp, params={"graph": str(name)})
        else:
            self._update(f"DROP SILENT GRAPH <{name}>")
        return True

    def _digest(self, name: URIRef, article: URIRef) -> str | None:
        rows = self._select(f"SELECT ?d WHERE {{ GRAPH <{name}> {{ <{article}> <{KG.contentDigest}> ?d }} }}")
        for row in rows:
            return str(row[0])  # type: ignore[index]
        return None

    def _source_digest(self, name: URIRef, article: URIRef) -> str | None:
        rows = self._select(f"SELECT ?s WHERE {{ GRAPH <{name}> {{ <{article}> <{KG.sourceDigest}> ?s ; <{KG.contentDigest}> ?d }} }}")
        for row in rows:
            return str(row[0])  # type: ignore[index]
        return None

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, *, bindings: dict[str, Any] | None = None) -> Result:
        """Run a SPARQL query on the server; its default graph must be the union (see above).

        ``bindings`` are added as ``VALUES`` blocks of escaped rdflib terms, as in the embedded
        store; kg's prefixes are declared in front, so ``kg:Call`` works without ``PREFIX``.
        """
        from kg.store import bind_values

        for name, term in (bindings or {}).items():
            # One single-variable VALUES block per parameter: Virtuoso 7.2 fails on a row of
            # several ("SP031 ... no SPART_VARR_FIXED"); the meaning is the same.
            sparql = bind_values(sparql, {name: term})
        prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in _declared(sparql))
        return self._select(prologue + sparql)

    def documents(self) -> list[str]:
        """Ids of the articles in the store."""
        rows = self._select(
            f"SELECT DISTINCT ?id WHERE {{ GRAPH ?g {{ ?a a <{KG.Article}> ; <{DCTERMS.identifier}> ?id }} "
            f'FILTER(STRSTARTS(STR(?g), "{GRAPHS}")) }} ORDER BY ?id'
        )
        return [str(row[0]) for row in rows]  # type: ignore[index]

    def graph_names(self) -> list[str]:
        """kg's named graphs on the server (articles and runs), not the server's other graphs."""
        rows = self._select(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{GRAPHS}")) }}')
        return sorted(str(row[0]) for row in rows)  # type: ignore[index]

    def __len__(self) -> int:
        """Number of quads in kg's graphs."""
        rows = list(self._select(
            f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{GRAPHS}")) }}'
        ))
        return int(rows[0][0]) if rows else 0  # type: ignore[index]

    def dump(self, destination: Path | None, fmt: str) -> bytes | None:
        """Every quad of kg's graphs (``nq``, ``trig``) or their union (``ttl``, ``nt``), graph by graph.

        The quads are gathered in memory, then serialised by Oxigraph as the embedded store does.
        """
        import pyoxigraph as ox

        if fmt not in ("nq", "trig", "ttl", "nt"):
            raise self._error(f"cannot dump as {fmt!r}")
        memory = ox.Store()
        for name in self.graph_names():
            graph = ox.NamedNode(name)
            triples = ox.parse(self._graph_ntriples(name), ox.RdfFormat.N_TRIPLES)
            memory.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        prefixes = dict(PREFIXES)
        target = str(destination) if destination is not None else None
        if fmt in ("nq", "trig"):
            form = ox.RdfFormat.N_QUADS if fmt == "nq" else ox.RdfFormat.TRIG
            return memory.dump(target, form, prefixes=prefixes if fmt == "trig" else None)  # type: ignore[no-any-return]
        union = memory.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        form = ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.N_TRIPLES
        return ox.serialize(union, target, form, prefixes=prefixes if fmt == "ttl" else None)  # type: ignore[no-any-return]


def _declared(sparql: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"(?im)^\s*PREFIX\s+([\w\-.]*)\s*:", sparql)}


def _first(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else error.__class__.__name__


def _first_line(response: httpx.Response) -> str:
    text = " ".join(response.text.split())
    return text[:200] + ("…" if len(text) > 200 else "") if text else response.reason_phrase


__all__ = ["Endpoint", "RemoteLocation", "RemoteStore", "is_remote", "parse_location", "redact"]
