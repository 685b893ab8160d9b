"""The Starlette app of ``kg serve``: SPARQL 1.1 Protocol, Service Description, query page.

Routes:

- ``GET|POST /sparql``: queries (``query=`` as URL parameter or form field, or an
  ``application/sparql-query`` body) and updates (``update=`` form field or an
  ``application/sparql-update`` body); ``default-graph-uri`` and ``named-graph-uri`` are honoured.
  Without a query, ``GET /sparql`` returns the service description.
- ``GET /queries``: the saved queries of ``queries/`` as JSON; ``GET /queries/NAME?param=value``
  runs one, with the same content negotiation as ``/sparql``.
- ``GET /``: a page with a query form and every saved query one click away.

Errors are plain text, one line: ``Error: <reason>``. Status codes: 400 malformed request or
query, 401/403 update without permission, 403 SERVICE/LOAD refused, 404 unknown saved query,
406 no acceptable format, 413 request too large, 415 unknown content type, 503 timeout or busy
(``X-KG-Error: timeout``).
"""

from __future__ import annotations

import base64
import hmac
import socket
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.serve import ServeConfig, ServeError, negotiate, page
from kg.serve.sparql import form, reaches_outside
from kg.serve.worker import WorkerConfig, WorkerError, WorkerPool, truncation_message

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
FORMAT_PARAMS = ("format", "output", "results")


class Refused(Exception):
    """A request the endpoint answers with an error status and a one-line reason."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return PlainTextResponse(f"Error: {message}\n", status_code=status, headers=headers)


class Endpoint:
    """The request handlers, bound to one configuration and one worker pool."""

    def __init__(self, config: ServeConfig, pool: WorkerPool) -> None:
        self.config = config
        self.pool = pool

    # ------------------------------------------------------------------ helpers
    def saved(self) -> dict[str, Any]:
        from kg.query import QUERIES_DIR, saved_queries

        return saved_queries(self.config.queries_dir or QUERIES_DIR)

    async def body(self, request: Request) -> bytes:
        cap = self.config.max_request_bytes
        length = request.headers.get("content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError as e:
                raise Refused(400, "bad Content-Length header") from e
            if declared > cap:
                raise Refused(413, f"request body of {declared} bytes is over the limit of {cap} (kg serve --max-request-bytes)")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > cap:
                raise Refused(413, f"request body is over the limit of {cap} bytes (kg serve --max-request-bytes)")
            chunks.append(chunk)
        return b"".join(chunks)

    async def params(self, request: Request) -> tuple[dict[str, list[str]], str | None, str | None]:
        """Protocol parameters, and the query or update text, from URL, form or body."""
        params: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            params.setdefault(key, []).append(value)
        query = update = None
        if request.method == "POST":
            raw = await self.body(request)
            kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise Refused(400, "request body is not UTF-8") from e
            if kind == FORM:
                for key, value in parse_qsl(text, keep_blank_values=True):
                    params.setdefault(key, []).append(value)
            elif kind == QUERY_BODY:
                query = text
            elif kind == UPDATE_BODY:
                update = text
            else:
                raise Refused(415, f"unsupported Content-Type {kind or '(none)'!r}; "
                                   f"send {FORM}, {QUERY_BODY} or {UPDATE_BODY}")
        for name in ("query", "update"):
            values = params.pop(name, [])
            if len(values) > 1:
                raise Refused(400, f"more than one '{name}' parameter")
            if values:
                if query is not None or update is not None:
                    raise Refused(400, "send one query or one update per request")
                if name == "query":
                    query = values[0]
                else:
                    update = values[0]
        if update is not None and request.method != "POST":
            raise Refused(400, "updates must be sent with POST (SPARQL 1.1 Protocol)")
        return params, query, update

    def check_update_allowed(self, request: Request) -> None:
        if not self.config.allow_update:
            raise Refused(403, "this endpoint is read-only: SPARQL Update is refused "
                               "(start kg serve with --allow-update --token TEXT to accept updates)")
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        given = None
        if scheme.lower() == "bearer":
            given = value.strip()
        elif scheme.lower() == "basic":
            try:
                given = base64.b64decode(value.strip()).decode("utf-8").partition(":")[2]
            except (ValueError, UnicodeDecodeError):
                given = None
        if not header:
            raise Refused(401, "SPARQL Update needs the server's token: send 'Authorization: Bearer TOKEN' "
                               "(or basic auth with the token as password)",
                          {"WWW-Authenticate": 'Basic realm="kg serve", charset="UTF-8"'})
        if given is None or not hmac.compare_digest(given.encode(), (self.config.token or "").encode()):
            raise Refused(403, "wrong token for SPARQL Update")

    def check_outside(self, sparql: str) -> None:
        if self.config.allow_service:
            return
        keyword = reaches_outside(sparql)
        if keyword:
            raise Refused(403, f"{keyword} is refused: this endpoint does not fetch from other servers "
                               "(start kg serve with --allow-service to allow it)")

    async def execute(self, request: Request, sparql: str, params: dict[str, list[str]]) -> Response:
        self.check_outside(sparql)
        accept = negotiate.parse_accept(request.headers.get("accept"))
        formats = [v for key in FORMAT_PARAMS for v in params.get(key, [])]
        job = {"op": "query", "sparql": sparql, "accept": accept, "formats": formats,
               "max_rows": self.config.max_rows,
               "default_graph": params.get("default-graph-uri", []), "named_graphs": params.get("named-graph-uri", [])}
        result = await anyio.to_thread.run_sync(self.pool.run, job, self.config.timeout)
        return self.respond(result, sparql)

    def respond(self, result: dict[str, Any], sparql: str) -> Response:
        status = result["status"]
        if status >= 400:
            headers = {"X-KG-Error": "timeout"} if result.get("timeout") else None
            return _error(status, result["error"], headers)
        if status == 204:
            return Response(status_code=204)
        headers = {"X-KG-Max-Rows": str(self.config.max_rows)}
        if result["truncated"]:
            headers["X-KG-Truncated"] = "true"
        if result.get("html"):
            note = truncation_message(self.config.max_rows) if result["truncated"] else None
            return HTMLResponse(page.result_page(result, sparql, note), headers=headers)
        return Response(result["body"], media_type=result["media_type"], headers=headers)

    # ------------------------------------------------------------------ routes
    async def sparql(self, request: Request) -> Response:
        try:
            params, query, update = await self.params(request)
            if update is not None:
                self.check_update_allowed(request)
                self.check_outside(update)
                if any(params.get(k) for k in ("using-graph-uri", "using-named-graph-uri")):
                    raise Refused(400, "using-graph-uri and using-named-graph-uri are not supported; use USING / WITH in the update")
                job = {"op": "update", "sparql": update}
                return self.respond(await anyio.to_thread.run_sync(self.pool.run, job, self.config.timeout), update)
            if query is None:
                return self.description(request)
            if form(query) == "UPDATE":
                raise Refused(400, "this is a SPARQL Update: send it with POST as 'update=' or an application/sparql-update body")
            return await self.execute(request, query, params)
        except Refused as e:
            return _error(e.status, e.message, e.headers)

    async def saved_query(self, request: Request) -> Response:
        from kg.errors import QueryError
        from kg.query import bind_params
        from kg.store import bind_values

        name = request.path_params["name"]
        queries = self.saved()
        if name not in queries:
            return _error(404, f"no saved query {name!r}; see /queries for the list")
        saved = queries[name]
        params: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            params.setdefault(key, []).append(value)
        values = {k: v[-1] for k, v in params.items() if k not in FORMAT_PARAMS and v[-1] != ""}
        try:
            bindings = bind_params(saved, values)
            sparql = bind_values(saved.text, bindings) if bindings else saved.text
        except QueryError as e:
            return _error(400, f"{name}: {e.reason}")
        try:
            return await self.execute(request, sparql, params)
        except Refused as e:
            return _error(e.status, e.message, e.headers)

    async def list_queries(self, request: Request) -> Response:
        base = str(request.base_url).rstrip("/")
        return JSONResponse([
            {"name": q.name, "title": q.title, "answers": q.answers.strip(), "url": f"{base}/queries/{q.name}",
             "params": {p: {"type": t, "help": h} for p, (t, h) in q.params.items()},
             "options": {p: {"type": t, "help": h} for p, (t, h) in q.options.items()}, "sparql": q.text}
            for q in self.saved().values()
        ])

    async def index(self, request: Request) -> Response:
        queries = self.saved()
        chosen = request.query_params.get("query", "")
        text = queries[chosen].text if chosen in queries else chosen
        return HTMLResponse(page.index_page(queries, self.config, text, endpoint=self.endpoint_url(request)))

    def endpoint_url(self, request: Request) -> str:
        return str(request.base_url).rstrip("/") + "/sparql"

    def description(self, request: Request) -> Response:
        accept = negotiate.parse_accept(request.headers.get("accept"))
        if negotiate.wants_html(accept):
            return HTMLResponse(page.index_page(self.saved(), self.config, "", endpoint=self.endpoint_url(request)))
        formats = [v for key in FORMAT_PARAMS for v in request.query_params.getlist(key)]
        media = negotiate.choose(negotiate.GRAPH, accept, formats)
        if media is None or media == negotiate.HTML:
            media = "text/turtle"
        body = service_description(self.endpoint_url(request), self.config, media)
        return Response(body, media_type=media)


def service_description(endpoint: str, config: ServeConfig, media: str) -> bytes:
    """The SPARQL 1.1 Service Description of this endpoint, serialised by Oxigraph."""
    import pyoxigraph as ox

    SD = "http://www.w3.org/ns/sparql-service-description#"
    FORMATS = "http://www.w3.org/ns/formats/"
    RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    service = ox.BlankNode("service")
    dataset = ox.BlankNode("dataset")
    default = ox.BlankNode("default")
    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultEntailmentRegime"), ox.NamedNode("http://www.w3.org/ns/entailment/Simple")),
        ox.Triple(service, ox.NamedNode("http://purl.org/dc/terms/title"),
                  ox.Literal("kg: knowledge graph of political events from German news")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, RDF_TYPE, sd("Graph")),
        ox.Triple(default, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment"),
                  ox.Literal("The default graph is the union of all named graphs: one per article, plus the build runs.")),
    ]
    if config.allow_update:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    if config.allow_service:
        triples.append(ox.Triple(service, sd("feature"), sd("BasicFederatedQuery")))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + name)))
    prefixes = {"sd": SD, "formats": FORMATS} if media in ("text/turtle", "application/rdf+xml") else None
    return ox.serialize(triples, format=ox.RdfFormat.from_media_type(media), prefixes=prefixes)  # type: ignore[no-any-return]


def create_app(config: ServeConfig, pool: WorkerPool) -> Starlette:
    """The ASGI app over a started worker pool."""
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    endpoint = Endpoint(config, pool)
    routes = [
        Route("/", endpoint.index, methods=["GET"]),
        Route("/sparql", endpoint.sparql, methods=["GET", "POST"]),
        Route("/queries", endpoint.list_queries, methods=["GET"]),
        Route("/queries/{name}", endpoint.saved_query, methods=["GET"]),
    ]
    middleware = []
    if config.loopback:
        # Refuse requests for other host names: a web page cannot reach the endpoint through
        # a DNS name that points at 127.0.0.1 (DNS rebinding).
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost", "[::1]", "::1"]))
    if config.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=config.cors_origins, allow_methods=["GET", "POST"],
                                     allow_headers=["Accept", "Content-Type", "Authorization"],
                                     expose_headers=["X-KG-Truncated", "X-KG-Max-Rows", "X-KG-Error"]))
    return Starlette(routes=routes, middleware=middleware)


def listen(host: str, port: int) -> socket.socket:
    """A listening socket; :class:`ServeError` naming the address when it is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        raise ServeError(f"cannot listen on {host}:{port}: {e.strerror}; choose another --port or --host") from e
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def run(config: ServeConfig, *, ready: Callable[[str], None] | None = None) -> None:
    """Start workers, bind, serve until SIGINT/SIGTERM, then stop the workers.

    With ``--allow-update`` the server holds the store's writer lock while it runs, so a
    ``kg build`` on the folder is refused with the server's PID (and the other way round).
    """
    from kg.rdf.terms import PREFIXES
    from kg.store import STORE_MARKER, writer_lock

    config.check()
    folder = config.store
    if str(folder).split(":", 1)[0].lower() in ("http", "https", "sparql+http", "sparql+https"):
        raise ServeError("kg serve serves a local store folder; this is already a SPARQL endpoint, query it directly", source=folder)
    if not (folder / STORE_MARKER).exists():
        if not config.allow_update or (folder.is_dir() and any(folder.iterdir())):
            raise ServeError("no kg store here; build one first with 'kg build PATH --store DIR'", source=folder)
        from kg.store import Store

        with Store.open(folder):  # an empty store, for clients to write into
            pass
    with ExitStack() as held:
        if config.allow_update:  # the worker writes: no kg build at the same time, and the other way round
            held.enter_context(writer_lock(folder))
        _serve(config, folder, ready, PREFIXES)


def _serve(config: ServeConfig, folder: Path, ready: Callable[[str], None] | None, prefixes: dict[str, str]) -> None:
    import uvicorn

    sock = listen(config.host, config.port)
    pool = WorkerPool(WorkerConfig(store=str(folder), read_only=not config.allow_update, prefixes=dict(prefixes)),
                      size=config.workers)
    try:
        try:
            pool.start()
        except WorkerError as e:
            raise ServeError(f"cannot open the store: {e}", source=folder) from e
        app = create_app(config, pool)
        server = uvicorn.Server(uvicorn.Config(
            app, log_level="warning", access_log=False, server_header=False, timeout_keep_alive=5,
            limit_concurrency=64, lifespan="off", h11_max_incomplete_event_size=64 * 1024,
        ))
        host, port = sock.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        if ready is not None:
            ready(f"http://{shown}:{port}/sparql")
        server.run(sockets=[sock])
    finally:
        pool.close()
        sock.close()


__all__ = ["create_app", "run", "service_description"]
