"""``kg build``: ingest articles into the graph store."""

from __future__ import annotations

import sys

import click

from kg.cli.common import model_option, reports_errors, silent_option, store_option


@click.command("build")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@store_option
@model_option
@click.option("--max-bytes", type=click.IntRange(min=1), default=5 * 1024 * 1024, show_default=True, help="Skip files larger than this (bytes).")
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False), default=None,
              help="YAML file of actor merges to apply (format: kg/extract/aliases.py); the store's own aliases.yml always applies.")
@click.option("--allow-errors", is_flag=True, help="Exit 0 even if some inputs could not be read.")
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False), default=None,
              help="Also write every input that failed, with its reason, to this JSONL file.")
@silent_option
@reports_errors
def command(paths: tuple[str, ...], store: str, model: str | None, max_bytes: int, aliases: str | None, allow_errors: bool, errors_file: str | None, silent: bool) -> None:
    """Extract every article under PATH... and write it into the graph store.

    Each article becomes one named graph, replaced atomically, so building the same input
    twice changes nothing and an interrupted build loses no article already written.
    Unreadable inputs are listed at the end; the exit code is 1 if there were any.

    \b
    Example:
      kg build examples/
      kg build corpus.jsonl --store /data/kg-store
      kg build - < story.txt
    """
    from kg.api import build
    from kg.ingest import count_documents
    from kg.store.remote import redact

    progress = None
    bar = None
    total = None if silent else count_documents(paths)
    if total:
        bar = click.progressbar(length=total, label="Building", show_pos=True, show_eta=True, file=sys.stderr)
        bar.__enter__()

        def progress(source: str) -> None:
            bar.update(1)  # type: ignore[union-attr]

    try:
        report = build(paths, store=store, model=model, max_bytes=max_bytes, progress=progress, aliases=aliases)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if not silent:
        types = ", ".join(f"{n} {t}" for t, n in sorted(report.events_by_type.items())) or "none"
        click.echo(
            f"{report.articles} articles ({report.articles - report.unchanged} written, {report.unchanged} unchanged), "
            f"{len(report.actors)} actors, events: {types}; {report.triples:,} triples in {redact(store)} "
            f"({report.seconds:.1f} s)" + (f"; {report.relinked} article(s) relinked to actors named in full elsewhere" if report.relinked else ""),
            err=True,
        )
    for failure in report.failures:
        click.echo(f"Error: {failure}", err=True)
    if errors_file:
        import json
        from pathlib import Path

        lines = (json.dumps({"source": f.source, "reason": f.reason}, ensure_ascii=False) + "\n" for f in report.failures)
        Path(errors_file).write_text("".join(lines), encoding="utf-8")
    if report.failures and not allow_errors:
        raise SystemExit(1)
