"""``kg eval``: measure extraction quality with numbers anyone can rerun."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from kg.cli.common import CONTEXT_SETTINGS, model_option, reports_errors


def _gold_options(f):  # type: ignore[no-untyped-def]
    """Where gold articles come from and how scores print: shared by 'events' and 'agreement'."""
    f = click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")(f)
    f = click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("."),
                     show_default=True, help="Folder that gold 'file' paths are relative to.")(f)
    return click.option("--corpus", "-c", "corpus", multiple=True, type=click.Path(exists=True, path_type=Path),
                        help="JSONL file(s) or folder(s) holding the articles that gold ids refer to (repeatable).")(f)


def _errors_option(help: str):  # type: ignore[no-untyped-def]  # noqa: A002 - click's own keyword
    """``--errors FILE``, its folder checked before the evaluation runs."""
    return click.option("--errors", "errors_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                        callback=lambda _ctx, _param, value: _writable(value), help=help)


@click.group("eval", context_settings=CONTEXT_SETTINGS)
def command() -> None:
    """Score kg against gold data (events) or GermEval-format data (named entities)."""


@command.command("events")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_gold_options
@_errors_option(help="Write every missed and spurious event to this JSONL file, and every strict miss (right type, "
                     "a shared participant, another participant set: gold and predicted sets side by side), "
                     "each with its status and evidence sentence.")
@model_option
@reports_errors
def events(gold: tuple[Path, ...], corpus: tuple[Path, ...], root: Path, as_json: bool, errors_file: Path | None, model: str | None) -> None:
    """Score event extraction against GOLD (gold .jsonl files or folders of them, scored as one set).

    Strict: same type and participant set; lenient: same type and one shared participant
    (../shared/ANNOTATION.md). Status and date accuracy over strictly matched events.

    \b
    Example:
      kg eval events gold/examples --corpus examples/feed.jsonl
      kg eval events gold/gnad/test-b.jsonl gold/gnad/test-c.jsonl --corpus ../shared/corpus/gnad-test.jsonl
    """
    from kg.eval.events import evaluate_events, format_scores

    scores = evaluate_events(gold, corpus=corpus, root=root, model=model)
    click.echo(json.dumps(scores.to_json(), indent=1) if as_json else format_scores(scores))
    if errors_file:
        _write_jsonl(errors_file, scores.errors)


@command.command("agreement")
@click.argument("first", type=click.Path(exists=True, path_type=Path))
@click.argument("second", type=click.Path(exists=True, path_type=Path))
@_gold_options
@_errors_option(help="Write every event the two annotators disagree on to this JSONL file (as --errors of 'events', "
                     "with FIRST as gold and SECOND as prediction).")
@reports_errors
def agreement(first: Path, second: Path, corpus: tuple[Path, ...], root: Path, as_json: bool, errors_file: Path | None) -> None:
    """Inter-annotator agreement: score a SECOND annotation of the same articles against the FIRST.

    Both are gold files (or folders) in the format of 'kg eval events'; SECOND is scored as if
    kg had produced it, with the same matching, so its F1 is the ceiling kg's figures read
    against. Only articles both annotated are scored.

    \b
    Example:
      kg eval agreement gold/gnad/test-c.jsonl gold/agreement/test-c.second.jsonl \\
        --corpus ../shared/corpus/gnad-test.jsonl
    """
    from kg.eval.events import evaluate_agreement, format_scores

    result = evaluate_agreement(first, second, corpus=corpus, root=root)
    if as_json:
        click.echo(json.dumps({**result.scores.to_json(), "only_first": result.only_first,
                               "only_second": result.only_second}, indent=1))
    else:
        click.echo(f"{len(result.shared)} articles annotated by both"
                   + (f"; {len(result.only_first)} only in FIRST" if result.only_first else "")
                   + (f"; {len(result.only_second)} only in SECOND" if result.only_second else "")
                   + " (not scored)" * bool(result.only_first or result.only_second))
        click.echo(format_scores(result.scores))
    if errors_file:
        _write_jsonl(errors_file, result.scores.errors)


@command.command("ner")
@click.argument("data", type=click.Path(exists=True, path_type=Path))
@click.option("--heldout", is_flag=True, help="DATA is the GermEval folder: score its held-out split (never trained on).")
@click.option("--dev", is_flag=True,
              help="DATA is the GermEval folder: score its development split (500 sentences, never trained on; "
                   "picks the model's checkpoint). Use it for error analysis and keep --heldout for reporting.")
@click.option("--no-ner-model", is_flag=True, help="Score the rules and gazetteers alone, without the statistical NER model.")
@_errors_option(help="Write each sentence with a missed, spurious, mistyped or mis-bounded entity to this JSONL file "
                     "(texts, labels and the rule that made each predicted entity).")
@model_option
@reports_errors
def ner(data: Path, heldout: bool, dev: bool, no_ner_model: bool, errors_file: Path | None, model: str | None) -> None:
    """Score PER/ORG/LOC recognition of the full pipeline on GermEval-format DATA.

    \b
    Example:
      kg eval ner ../shared/data/germeval2014 --dev
      kg eval ner ../shared/data/germeval2014 --heldout
      kg eval ner my-annotations.tsv
    """
    from kg.eval.ner import format_ner_scores, score_ner
    from kg.nlp import load_pipeline

    if heldout and dev:
        raise click.UsageError("choose one of --heldout and --dev")
    nlp = load_pipeline("de", model, use_ner_model=not no_ner_model)
    errors: list | None = [] if errors_file else None
    if heldout or dev:
        from kg.nlp.germeval import split_germeval

        _, dev_docs, heldout_docs = split_germeval(data, nlp.vocab)
        scores = score_ner(nlp, heldout_docs if heldout else dev_docs, errors=errors)
    else:
        scores = score_ner(nlp, data, errors=errors)
    click.echo(format_ner_scores(scores))
    if errors_file and errors is not None:
        _write_jsonl(errors_file, errors)


def _writable(path: Path | None) -> Path | None:
    """Check an output file's folder before the evaluation runs, not after minutes of work."""
    if path is not None and not (path.parent.is_dir() and os.access(path.parent, os.W_OK)):
        raise click.BadParameter(f"{path}: its folder does not exist or cannot be written", param_hint="--errors")
    return path


def _write_jsonl(path: Path, records: list[dict]) -> None:
    """The error records of an evaluation, one JSON object a line."""
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
