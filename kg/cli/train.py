"""``kg train``: train the statistical models kg ships, reproducibly."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import CONTEXT_SETTINGS, reports_errors


@click.group("train", context_settings=CONTEXT_SETTINGS)
def command() -> None:
    """Train kg's models from the shared training data (nothing is downloaded)."""


@command.command("ner")
@click.option("--data", "data", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The GermEval 2014 folder (NER-de-dev.tsv, NER-de-test-a.tsv).")
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the model. Default: kg/models/de_kg_ner inside the package (what kg loads).")
@click.option("--seed", default=0, show_default=True)
@click.option("--max-epochs", default=60, show_default=True)
@reports_errors
def ner(data: Path, output: Path | None, seed: int, max_epochs: int) -> None:
    """Train the German NER model on GermEval 2014, holding out its last 1,000 test sentences.

    \b
    Example:
      kg train ner --data ../shared/data/germeval2014
    """
    from kg.nlp import MODELS_DIR
    from kg.nlp.train import train_ner

    target = output or MODELS_DIR / "de_kg_ner"
    scores = train_ner(data, target, seed=seed, max_epochs=max_epochs)
    click.echo(f"wrote {target}")
    click.echo(str(scores))
