"""``kg export``: write the actor network for Gephi, or dump the store as RDF."""

from __future__ import annotations

import click

from kg.cli.common import reports_errors, store_option
from kg.export import FORMATS


@click.command("export")
@store_option
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="gexf", show_default=True,
              help="gexf/graphml: the actor network; ttl/nq/trig/nt: all triples.")
@click.option("--output", "-o", type=click.Path(dir_okay=True), default="exports", show_default=True,
              help="Output file, or a folder to write the default file name into.")
@click.option("--type", "types", default=None, metavar="TYPES", help="Only these event types in the network, comma-separated (e.g. Call,Visit).")
@reports_errors
def command(store: str, fmt: str, output: str, types: str | None) -> None:
    """Export the graph store.

    The actor network has one node per actor (label, type, country, roles, mention count)
    and one edge per pair of actors that share events (weight = number of events, with
    counts per event type and first/last date). Open the .gexf file in Gephi with
    File > Open.

    \b
    Example:
      kg export --format gexf -o exports/actor-network.gexf
      kg export --format graphml --type Call,Meeting -o exports/calls-meetings.graphml
      kg export --format nq -o exports/graph.nq      # for a triple store's bulk loader
    """
    from pathlib import Path

    from kg.api import export

    wanted = tuple(t.strip() for t in types.split(",")) if types else None
    path = export(fmt, Path(output), store=store, types=wanted)
    click.echo(f"wrote {path}", err=True)
