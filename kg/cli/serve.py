"""``kg serve``: the graph store as a SPARQL 1.1 endpoint."""

from __future__ import annotations

import click

from kg.cli.common import reports_errors, store_option


@click.command("serve")
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on. Anything but loopback lets other machines query the graph.")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=7878, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True, help="Seconds a query may run; then it is stopped and the client gets 503.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True, help="Rows (or triples) per result; more are cut off and the response says so.")
@click.option("--max-request-bytes", type=click.IntRange(min=1024), default=1_048_576, show_default=True, help="Largest request body accepted (413 above).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, help="Query worker processes (queries that run at the same time).")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update from clients that send the token (kg build --store URL writes through the server).")
@click.option("--token", envvar="KG_SERVE_TOKEN", default=None, metavar="TEXT", help="Token for updates: 'Authorization: Bearer TEXT' or basic auth with TEXT as password (env KG_SERVE_TOKEN).")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE and LOAD, which make the server fetch from other addresses.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN", help="Let web pages from ORIGIN query the endpoint (e.g. a hosted YASGUI); repeatable.")
@reports_errors
def command(store: str, host: str, port: int, timeout: float, max_rows: int, max_request_bytes: int, workers: int,
            allow_update: bool, token: str | None, allow_service: bool, cors: tuple[str, ...]) -> None:
    """Serve the graph store as a SPARQL 1.1 endpoint until Ctrl-C.

    GET or POST /sparql with query= (or an application/sparql-query body); results as SPARQL
    JSON, XML, CSV or TSV, graphs as Turtle, N-Triples, JSON-LD or RDF/XML by the Accept header.
    GET /sparql alone is the service description; / is a query page with the saved queries;
    /queries/NAME?param=value runs a saved query. The default graph is the union of all
    article graphs.

    Safe by default: loopback only, read-only (updates get 403), SERVICE refused, a timeout and
    a row cap per query (a truncated result has the header X-KG-Truncated: true).

    \b
    Example:
      kg serve                                    # http://127.0.0.1:7878/
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:7878/sparql
      kg serve --timeout 30 --max-rows 50000 --cors https://yasgui.triply.cc
      KG_SERVE_TOKEN=s3cret-token kg serve --allow-update   # then: kg build x/ --store sparql+http://kg:s3cret-token@127.0.0.1:7878/sparql
    """
    from pathlib import Path

    from kg.serve import ServeConfig, ServeError, serve

    if store.split(":", 1)[0].lower() in ("http", "https", "sparql+http", "sparql+https"):
        raise ServeError("kg serve serves a local store folder; this is already a SPARQL endpoint, query it directly", source=store)
    config = ServeConfig(
        store=Path(store), host=host, port=port, timeout=timeout, max_rows=max_rows,
        max_request_bytes=max_request_bytes, workers=workers, allow_update=allow_update, token=token,
        allow_service=allow_service, cors_origins=list(cors),
    )
    if not config.loopback:
        click.echo(f"Warning: listening on {host}: every machine that reaches it can query the graph.", err=True)

    def ready(url: str) -> None:
        base = url.rsplit("/sparql", 1)[0]
        click.echo(f"Serving {store} at {base}/ (SPARQL endpoint {url}); Ctrl-C stops.", err=True)

    serve(config, ready=ready)
