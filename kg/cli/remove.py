"""``kg remove``: take articles out of the store."""

from __future__ import annotations

import click

from kg.cli.common import reports_errors, store_option


@click.command("remove")
@click.argument("doc_ids", nargs=-1, required=True, metavar="DOC_ID...")
@store_option
@reports_errors
def command(doc_ids: tuple[str, ...], store: str) -> None:
    """Remove articles (by document id) and everything extracted from them.

    Document ids are shown by 'kg query "SELECT ?id WHERE { ?a dcterms:identifier ?id }"'
    and in 'kg extract' output. Exit code 1 if an id was not in the store.

    \b
    Example:
      kg remove apa-1994dcab91f26b03
    """
    from kg.store import Store

    missing = []
    with Store.open(store) as graph_store:
        for doc_id in doc_ids:
            if graph_store.remove_document(doc_id):
                click.echo(f"removed {doc_id}", err=True)
            else:
                missing.append(doc_id)
    for doc_id in missing:
        click.echo(f"Error: {doc_id}: not in the store {store}", err=True)
    if missing:
        raise SystemExit(1)
