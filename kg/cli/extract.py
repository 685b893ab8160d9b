"""``kg extract``: print what kg finds in articles, without touching any store."""

from __future__ import annotations

import json
import sys

import click

from kg.cli.common import model_option, reports_errors


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "-f", "fmt", type=click.Choice(["jsonl", "ttl", "nq"]), default="jsonl", show_default=True,
              help="jsonl: one JSON object per article (the documented contract); ttl: its RDF as TriG (Turtle with one named graph per article); nq: N-Quads.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=5 * 1024 * 1024, show_default=True, help="Skip files larger than this.")
@model_option
@reports_errors
def command(paths: tuple[str, ...], fmt: str, max_bytes: int, model: str | None) -> None:
    """Extract actors and events from articles and print them.

    PATH is a file (APA wire text, plain text, or JSONL with one article per line), a folder
    (read recursively), or - for standard input. Unreadable inputs are reported on stderr
    and the others still print; the exit code is 1 if any input failed.

    \b
    Example:
      kg extract examples/apa-2025-03-18-trump-putin-telefonat.txt
      kg extract examples/ --format ttl > examples.ttl
      cat story.txt | kg extract -
    """
    from kg.api import extract_articles
    from kg.ingest import IngestFailure, read_articles

    failures = []

    def articles():  # type: ignore[no-untyped-def]
        for item in read_articles(paths, max_bytes=max_bytes):
            if isinstance(item, IngestFailure):
                failures.append(item)
                click.echo(f"Error: {item}", err=True)
            else:
                yield item

    out = sys.stdout
    if fmt == "jsonl":
        for result in extract_articles(articles(), model=model):
            out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
    else:
        from kg.store import Store

        with Store.memory() as store:
            for result in extract_articles(articles(), model=model):
                store.add_document(result)
            data = store.dump(None, "trig" if fmt == "ttl" else "nq") or b""
        sys.stdout.buffer.write(data) if hasattr(sys.stdout, "buffer") else out.write(data.decode("utf-8"))
    if failures:
        raise SystemExit(1)
