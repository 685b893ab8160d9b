"""``kg plot``: a static picture of the network (PNG, SVG or PDF) with a legend."""

from __future__ import annotations

import click

from kg.cli.common import reports_errors, store_option
from kg.cli.export import collect, network_options


@click.command("plot")
@store_option
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="exports/actor-network.png", show_default=True,
              help="Image file; its suffix (.png, .svg, .pdf) chooses the format.")
@click.option("--title", default=None, help="Title above the figure (default: the network's name).")
@network_options
@reports_errors
def command(store: str, output: str, title: str | None, projection: str, types: str | None, since: str | None,
            until: str | None, min_weight: float | None, actor: str | None, depth: int, query: str | None) -> None:
    """Draw the network as a picture: colour by type, size by shared events, legend.

    Takes the same projection and filter options as 'kg export'. For exploring, open the
    GEXF in Gephi or the HTML page ('kg export --format html') instead.

    \b
    Example:
      kg plot -o graph.png
      kg plot -o exports/putin.svg --actor "Wladimir Putin" --depth 2
      kg plot -o exports/march.pdf --since 2025-03 --until 2025-03 --projection bipartite
    """
    from pathlib import Path

    from kg.api import export

    path = Path(output)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg", "pdf"):
        raise click.BadParameter(f"{output}: name the image .png, .svg or .pdf", param_hint="--output")
    options = collect(projection, types, since, until, min_weight, actor, depth, query)
    written = export(fmt, path, store=store, title=title, **options)
    click.echo(f"wrote {written}", err=True)
