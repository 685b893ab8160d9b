"""``kg build``: ingest articles into the graph store."""

from __future__ import annotations

import sys
from typing import Any

import click

from kg.cli.common import model_option, reports_errors, silent_option, store_option

# Each worker loads the pipeline again (5-10 s on a busy machine): below this many articles
# one process finishes first.
AUTO_WORKERS_ABOVE = 500  # articles


@click.command("build")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@store_option
@model_option
@click.option("--max-bytes", type=click.IntRange(min=1), default=5 * 1024 * 1024, show_default=True, help="Skip files (and lines of a JSONL file) larger than this (bytes).")
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False), default=None,
              help="YAML file of actor merges to apply (format: kg/extract/aliases.py); the store's own aliases.yml always applies.")
@click.option("--allow-errors", is_flag=True, help="Exit 0 even if some inputs could not be read.")
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False), default=None,
              help="Also write every input that failed, with its reason, to this JSONL file.")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=None,
              help="Extraction processes. Default: every core for inputs of more than 500 articles, else 1.")
@click.option("--bulk", is_flag=True,
              help="Write through Oxigraph's bulk loader in shards of 1,000 articles instead of one transaction per article (large first loads).")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Extract on a Dask cluster (scheduler address such as tcp://host:8786, or 'local'), then bulk-load.")
@click.option("--keep-shards", type=click.Path(file_okay=False), default=None,
              help="With --bulk or --dask: keep the N-Quads shards in this folder (they load into Virtuoso too).")
@silent_option
@reports_errors
def command(paths: tuple[str, ...], store: str, model: str | None, max_bytes: int, aliases: str | None, allow_errors: bool, errors_file: str | None, workers: int | None,
            bulk: bool, dask_address: str | None, keep_shards: str | None, silent: bool) -> None:
    """Extract every article under PATH... and write it into the graph store.

    Each article becomes one named graph, replaced atomically, so building the same input
    twice changes nothing and an interrupted build loses no article already written.
    Unreadable inputs are listed at the end; the exit code is 1 if there were any.
    The words the tagger has analysed are kept in ~/.cache/kg (KG_CACHE_DIR; empty turns
    it off), so later builds start faster; the graph is the same either way.

    \b
    Example:
      kg build examples/
      kg build corpus.jsonl --store /data/kg-store
      kg build - < story.txt
      kg build big-corpus/ --workers 8   # extraction in 8 processes, same store as with 1
      kg build big-corpus/ --bulk        # first load of a large corpus
      kg build big-corpus/ --dask tcp://scheduler:8786 --keep-shards shards/
    """
    from kg.api import build
    from kg.ingest import count_documents
    from kg.parallel import available_cores
    from kg.store.remote import redact

    progress = None
    bar = None
    total = count_documents(paths)
    if workers is None:  # starting a worker loads the pipeline again: only worth it for real corpora
        workers = available_cores() if total and total > AUTO_WORKERS_ABOVE else 1
    if silent:
        total = None
    if total:
        bar = click.progressbar(length=total, label="Building", show_pos=True, show_eta=True, file=sys.stderr)
        bar.__enter__()

        def progress(source: str) -> None:
            bar.update(1)  # type: ignore[union-attr]

    bars = [bar] if bar is not None else []

    def on_relink(count: int) -> Any:
        """A second bar for the re-extraction new surname links cause (minutes on large stores)."""
        if silent:
            return None
        for done in bars:
            done.__exit__(None, None, None)
        bars.clear()
        relink = click.progressbar(length=count, label="Relinking (actors named in full elsewhere)", show_pos=True,
                                   show_eta=True, file=sys.stderr)
        relink.__enter__()
        bars.append(relink)
        return lambda doc_id: relink.update(1)

    try:
        report = build(paths, store=store, model=model, max_bytes=max_bytes, progress=progress, aliases=aliases, workers=workers,
                       bulk=bulk, dask=dask_address, keep_shards=keep_shards, on_relink=on_relink)
    finally:
        for open_bar in bars:
            open_bar.__exit__(None, None, None)
    if not silent:
        types = ", ".join(f"{n} {t}" for t, n in sorted(report.events_by_type.items())) or "none"
        click.echo(
            f"{report.articles} articles ({report.articles - report.unchanged} written, {report.unchanged} unchanged), "
            f"{len(report.actors)} actors, events: {types}; {report.triples:,} triples in {redact(store)} "
            f"({report.seconds:.1f} s)" + (f"; {report.relinked} article(s) relinked to actors named in full elsewhere" if report.relinked else "")
            + (f"; {report.skipped} unchanged article(s) not analysed again (the actor and event counts are of the others)" if report.skipped else ""),
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
