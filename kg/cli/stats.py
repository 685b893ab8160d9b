"""``kg stats``: what is in the store."""

from __future__ import annotations

import click

from kg.cli.common import reports_errors, store_option

STATS_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  ?x a ?class .
  VALUES ?class { kg:Article kg:Person kg:Organization kg:Country kg:Place
                  kg:Call kg:Visit kg:Meeting kg:Agreement kg:Invitation kg:Negotiation kg:Statement }
} GROUP BY ?class
"""


@click.command("stats")
@store_option
@reports_errors
def command(store: str) -> None:
    """Count articles, actors by type, events by type and triples in the store.

    \b
    Example:
      kg stats
      kg stats --store /data/kg-store
    """
    from kg.store import Store

    with Store.open(store, read_only=True) as graph_store:
        counts = {str(row["class"]).rsplit("#", 1)[-1]: int(row["n"]) for row in graph_store.query(STATS_QUERY)}
        triples = len(graph_store)
    click.echo(f"store      {store}")
    click.echo(f"articles   {counts.get('Article', 0)}")
    for group, names in (("actors", ("Person", "Organization", "Country", "Place")),
                         ("events", ("Call", "Visit", "Meeting", "Agreement", "Invitation", "Negotiation", "Statement"))):
        total = sum(counts.get(n, 0) for n in names)
        detail = ", ".join(f"{counts.get(n, 0)} {n}" for n in names)
        click.echo(f"{group:<10} {total}  ({detail})")
    click.echo(f"triples    {triples:,}")
