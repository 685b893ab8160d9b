"""``kg actors``: merge and split actors across the whole store."""

from __future__ import annotations

import click

from kg.cli.common import CONTEXT_SETTINGS, model_option, reports_errors, store_option
from kg.errors import StoreError


@click.group("actors", context_settings=CONTEXT_SETTINGS)
def command() -> None:
    """Merge or split actors; decisions are kept in the store's aliases.yml and survive rebuilds.

    \b
    Example:
      kg query actor_aliases                       # see actors and their names
      kg actors merge person:wolodymyr-selenskyj person:zelensky
      kg actors split person:bessent person:scott-bessent
    """


def _resolve(store, ref: str) -> str:  # type: ignore[no-untyped-def]
    """An actor id as given ("person:x") or the one actor with that exact label."""
    if ":" in ref and " " not in ref:
        return ref
    from rdflib import Literal

    from kg.identity import actor_id_of

    rows = list(store.query("SELECT DISTINCT ?a WHERE { ?a rdfs:label ?l }", bindings={"l": Literal(ref)}))
    ids = sorted({actor_id_of(str(r["a"])) for r in rows if "/actor/" in str(r["a"])})
    if not ids:
        raise StoreError(f"no actor labelled {ref!r}; use an id from 'kg query actor_aliases'", source=store.path)
    if len(ids) > 1:
        raise StoreError(f"{ref!r} names several actors ({', '.join(ids)}); give the id", source=store.path)
    return ids[0]


@command.command("merge")
@click.argument("keep")
@click.argument("alias")
@click.option("--label", default=None, help="Label to show for the merged actor.")
@store_option
@model_option
@reports_errors
def merge(keep: str, alias: str, label: str | None, store: str, model: str | None) -> None:
    """Merge actor ALIAS into actor KEEP (ids like person:zelensky, or exact labels).

    \b
    Example:
      kg actors merge "Wolodymyr Selenskyj" person:zelensky
    """
    from kg.identity import merge_actors
    from kg.store import Store

    with Store.open(store) as graph_store:
        keep_id, alias_id = _resolve(graph_store, keep), _resolve(graph_store, alias)
        changed = merge_actors(graph_store, keep_id, alias_id, label=label, model=model)
    click.echo(f"merged {alias_id} into {keep_id}; {changed} article graph(s) rewritten", err=True)


@command.command("split")
@click.argument("actor")
@click.argument("other", required=False)
@store_option
@model_option
@reports_errors
def split(actor: str, other: str | None, store: str, model: str | None) -> None:
    """Undo merges of ACTOR (only with OTHER, if given) and keep them apart from now on.

    \b
    Example:
      kg actors split person:bessent person:scott-bessent
    """
    from kg.identity import split_actors
    from kg.store import Store

    with Store.open(store) as graph_store:
        actor_id = _resolve(graph_store, actor)
        other_id = _resolve(graph_store, other) if other else None
        undone, changed = split_actors(graph_store, actor_id, other_id, model=model)
    click.echo(f"split {actor_id} from {', '.join(undone) or other_id or 'nothing'}; {changed} article graph(s) rewritten", err=True)
