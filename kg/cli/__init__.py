"""The ``kg`` command line: a thin layer over :mod:`kg.api`, one module per command.

Library errors (:class:`kg.errors.KgError`) become one line, ``Error: <file>: <reason>``, and
exit code 1; usage errors exit 2 (click's convention).
"""

from __future__ import annotations

import sys

import click

from kg import __version__
from kg.cli.common import CONTEXT_SETTINGS

COMMANDS = {
    "extract": "kg.cli.extract",
    "build": "kg.cli.build",
    "query": "kg.cli.query",
    "export": "kg.cli.export",
    "plot": "kg.cli.plot",
    "stats": "kg.cli.stats",
    "validate": "kg.cli.validate",
    "remove": "kg.cli.remove",
    "serve": "kg.cli.serve",
    "actors": "kg.cli.actors",
    "eval": "kg.cli.evaluate",
    "train": "kg.cli.train",
}


class LazyGroup(click.Group):
    """Imports a command's module only when that command runs, so ``kg --help`` is instant."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        import importlib

        return importlib.import_module(COMMANDS[name]).command  # type: ignore[no-any-return]


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="kg")
def cli() -> None:
    """kg turns German news articles into a knowledge graph of actors and events.

    \b
    Typical session:
      kg build examples/                 # articles -> graph store ./kg-store
      kg query calls                     # a saved query from queries/calls.rq
      kg export --format gexf -o exports/actor-network.gexf   # open in Gephi
      kg extract story.txt               # JSON of one article, no store involved

    The store is ./kg-store unless --store or $KG_STORE says otherwise.
    Run 'kg COMMAND -h' for each command's options and examples.
    """


def main() -> None:
    """Entry point of the ``kg`` console script."""
    cli(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    main()
    sys.exit(0)
