"""``kg validate``: check graphs against kg's SHACL shapes."""

from __future__ import annotations

import click

from kg.cli.common import reports_errors, store_option


@click.command("validate")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@store_option
@click.option("--max-shown", default=20, show_default=True, help="Print at most this many violations.")
@reports_errors
def command(file: str | None, store: str, max_shown: int) -> None:
    """Validate the store (or an RDF FILE) against ontology/shapes.ttl with pySHACL.

    Each article graph is checked on its own. Exit code 0 if everything conforms, 1 if not.

    \b
    Example:
      kg validate                      # the store ./kg-store
      kg validate exports/graph.nq     # a file (TriG, N-Quads, Turtle, N-Triples)
    """
    from pathlib import Path

    from kg.rdf.validate import validate_file, validate_store

    if file:
        report = validate_file(Path(file))
    else:
        from kg.store import Store

        with Store.open(store, read_only=True) as graph_store:
            report = validate_store(graph_store)
    if report.conforms:
        click.echo(f"conforms: {report.graphs} graph(s) checked, no violations")
        return
    for violation in report.violations[:max_shown]:
        click.echo(f"Error: {violation}", err=True)
    more = len(report.violations) - max_shown
    if more > 0:
        click.echo(f"... and {more} more", err=True)
    click.echo(f"does not conform: {len(report.violations)} violation(s) in {report.graphs} graph(s)", err=True)
    raise SystemExit(1)
