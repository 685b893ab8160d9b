"""``kg query``: run a saved or ad-hoc SPARQL query on the store."""

from __future__ import annotations

import click

from kg.cli.common import reports_errors, store_option


@click.command("query")
@click.argument("query", required=False, metavar="QUERY")
@store_option
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Value for a parameter of a saved query (repeatable).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              help="Stop the query after this many seconds (exit 1). Default: no limit.")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries in queries/ and what each answers.")
@reports_errors
def command(query: str | None, store: str, fmt: str, params: tuple[str, ...], timeout: float | None, list_saved: bool) -> None:
    """Run QUERY on the graph store and print the result.

    QUERY is the name of a saved query (calls, visits, timeline, ... see --list), a path to a
    .rq file, or SPARQL text. The default graph is the union of all article graphs.

    \b
    Example:
      kg query calls
      kg query queries/actor_network.rq --format csv > network.csv
      kg query events_of_actor -p "name=Wladimir Putin"
      kg query "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Call }"
      kg query my-heavy-query.rq --timeout 30
    """
    from kg.query import format_result, saved_queries

    if list_saved or not query:
        for name, saved in saved_queries().items():
            params_text = f"  [params: {', '.join(saved.params)}]" if saved.params else ""
            params_text += f"  [options: {', '.join(saved.options)}]" if saved.options else ""
            click.echo(f"{name:<18} {saved.title}{params_text}\n{'':<18} {saved.answers.strip()}")
        if not list_saved:
            click.echo("\nUsage: kg query QUERY  (name, .rq file, or SPARQL text)", err=True)
        return
    bound = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--param")
        bound[name.strip()] = value
    from kg.api import query as run

    result = run(query, store=store, params=bound, timeout=timeout)
    click.echo(format_result(result, fmt))
