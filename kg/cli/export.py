"""``kg export``: the network for Gephi and the browser, or the store as RDF."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from kg.cli.common import reports_errors, store_option
from kg.export import FORMATS

PROJECTIONS = ("actors", "bipartite", "events")


def network_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """The projection and filter options that ``kg export`` and ``kg plot`` share."""
    options = [
        click.option("--projection", "-p", type=click.Choice(PROJECTIONS), default="actors", show_default=True,
                     help="actors: actor-actor edges per event type; bipartite: actors and events; "
                          "events: events joined by shared actors."),
        click.option("--type", "types", default=None, metavar="TYPES",
                     help="Only these event types, comma-separated, e.g. Call,Visit (types: Call, Visit, Meeting, "
                          "Agreement, Invitation, Negotiation, Statement). Default: all but Statement."),
        click.option("--since", default=None, metavar="DATE", help="Only events on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)."),
        click.option("--until", default=None, metavar="DATE", help="Only events on or before DATE."),
        click.option("--min-weight", type=float, default=None, metavar="N",
                     help="Drop edges of weight below N (then nodes left without edges)."),
        click.option("--actor", default=None, metavar="LABEL_OR_IRI",
                     help="Only this actor's ego network (a label such as 'Wladimir Putin', or an IRI)."),
        click.option("--depth", type=int, default=1, show_default=True, metavar="N",
                     help="With --actor: how many actor-to-actor steps from the actor."),
        click.option("--query", "query", default=None, metavar="FILE.rq",
                     help="Export a SPARQL result instead: SELECT ?source ?target [?weight ?type ?date], "
                          "or CONSTRUCT; a .rq file or a saved query's name."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def collect(projection: str, types: str | None, since: str | None, until: str | None, min_weight: float | None,
            actor: str | None, depth: int, query: str | None) -> dict[str, Any]:
    return {
        "projection": projection,
        "types": tuple(t.strip() for t in types.split(",") if t.strip()) if types else None,
        "since": since, "until": until, "min_weight": min_weight, "actor": actor, "depth": depth, "query": query,
    }


@click.command("export")
@store_option
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="gexf", show_default=True,
              help="gexf (Gephi, timeline), graphml, csv (node + edge tables), json (graphology), "
                   "html (interactive page), png/svg/pdf (figure); ttl/nq/trig/nt: all triples.")
@click.option("--output", "-o", type=click.Path(dir_okay=True), default="exports", show_default=True,
              help="Output file, or a folder to write the default file name into.")
@network_options
@reports_errors
def command(store: str, fmt: str, output: str, projection: str, types: str | None, since: str | None,
            until: str | None, min_weight: float | None, actor: str | None, depth: int, query: str | None) -> None:
    """Export the network of actors and events, or the whole store as RDF.

    The actor network has one node per actor (label, type, country, offices, mentions) and one
    edge per pair of actors and event type they share (Gephi's edge kind), weighted by the
    number of events, with dates, statuses, roles and evidence sentences. GEXF files are
    dynamic: Gephi's timeline plays the events. See exports/README.md for opening each file.

    \b
    Example:
      kg export --format gexf -o exports/actor-network.gexf
      kg export --format gexf --since 2025-03 --until 2025-03 --type Call,Agreement
      kg export --format gexf --actor "Wladimir Putin" --depth 2 -o exports/putin.gexf
      kg export --format gexf --projection bipartite -o exports/actors-events.gexf
      kg export --format csv -o exports/net.csv       # net-nodes.csv + net-edges.csv
      kg export --format html -o exports/actor-network.html
      kg export --format gexf --query queries/actor_network.rq -o exports/query.gexf
      kg export --format nq -o exports/graph.nq       # for a triple store's bulk loader
    """
    from pathlib import Path

    from kg.api import export

    options = collect(projection, types, since, until, min_weight, actor, depth, query)
    if fmt in ("ttl", "nq", "trig", "nt"):
        given = [f"--{k.replace('_', '-')}" for k, v in options.items()
                 if v not in (None, 1, "actors")]
        if given:
            raise click.UsageError(f"{', '.join(given)} only apply to network formats; --format {fmt} writes every triple")
        options = {}
    path = export(fmt, Path(output), store=store, **options)
    if fmt == "csv":
        from kg.export.csv import table_paths

        nodes, edges = table_paths(path)
        click.echo(f"wrote {nodes} and {edges}", err=True)
    else:
        click.echo(f"wrote {path}", err=True)
