"""``kg train``: train the statistical models kg ships, reproducibly."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import CONTEXT_SETTINGS, reports_errors


@click.group("train", context_settings=CONTEXT_SETTINGS)
def command() -> None:
    """Train kg's models from the shared training data (nothing is downloaded)."""


@command.command("pretrain")
@click.option("--corpus", "corpus", required=True, multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSONL with a 'text' field a line (unlabelled German text). Repeatable.")
@click.option("--data", "data", default=None, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Also pretrain on the GermEval 2014 train split's sentences (never dev or held-out).")
@click.option("--exclude-ids-from", "exclude", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSONL whose records' 'id's are left out of --corpus (e.g. an event test gold set). Repeatable.")
@click.option("--output", "-o", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for tok2vec.bin (pass it to `kg train ner --init-tok2vec`) and pretrain.json.")
@click.option("--seed", default=0, show_default=True)
@click.option("--max-epochs", default=8, show_default=True,
              help="Passes over the text (about 3 min each for 430k words on a busy 2-core machine).")
@reports_errors
def pretrain(corpus: tuple[Path, ...], data: Path | None, exclude: tuple[Path, ...], output: Path,
             seed: int, max_epochs: int) -> None:
    """Pretrain the NER model's tok2vec layer on unlabelled text (spaCy pretrain, characters objective).

    The shipped model does not use it: it did not raise GermEval dev or held-out F1 of
    kg's whole recogniser (see the model card's tuning history).

    \b
    Example:
      kg train pretrain --corpus ../shared/corpus/gnad-test.jsonl \\
          --data ../shared/data/germeval2014 --exclude-ids-from gold/gnad/test-b.jsonl -o build/pretrain
      kg train ner --data ../shared/data/germeval2014 --init-tok2vec build/pretrain/tok2vec.bin
    """
    from kg.nlp.train import PRETRAIN_WEIGHTS, pretrain_tok2vec, read_ids

    try:
        ids = read_ids(exclude)
        record = pretrain_tok2vec(list(corpus), output, germeval_dir=data, exclude_ids=ids,
                                  seed=seed, max_epochs=max_epochs)
    except ValueError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"wrote {output / PRETRAIN_WEIGHTS} ({record['texts']} texts, {record['words']} words, "
               f"{record['excluded']} excluded, {record['seconds']:.0f} s)")


@command.command("ner")
@click.option("--data", "data", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The GermEval 2014 folder (NER-de-dev.tsv, NER-de-test-a.tsv).")
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the model. Default: kg/models/de_kg_ner inside the package (what kg loads).")
@click.option("--init-tok2vec", "init_tok2vec", default=None,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Start from pretrained tok2vec weights (tok2vec.bin from `kg train pretrain`).")
@click.option("--augment", default=0, show_default=True, type=click.IntRange(min=0),
              help="Add this many mention-replaced copies of each training sentence with names (names swapped "
                   "for others of their type, to learn context rather than names; see kg.nlp.augment).")
@click.option("--augment-rate", default=0.8, show_default=True, type=click.FloatRange(0.0, 1.0),
              help="Probability that a name in a copy is swapped.")
@click.option("--surnames", default=None, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Surname list (one a line) for the swapped person names, e.g. "
                   "../shared/data/gazetteers/surnames-germaner.list. Default: surnames of the training names.")
@click.option("--check-augment", "check_augment", default=0, show_default=True, type=click.IntRange(min=0),
              help="Also train the check model (with this many mention-replaced copies, swap rate --augment-rate, "
                   "surnames from --surnames) into <output>/check: the recogniser drops a name only the main model "
                   "proposes where the check model reads those words otherwise. The shipped model uses 1.")
@click.option("--tags", is_flag=True,
              help="Let the model read HanTa's part-of-speech tags as a feature (kg tags before the model runs). "
                   "An experiment of the model card: better alone, not better inside kg's recogniser.")
@click.option("--seed", default=0, show_default=True)
@click.option("--max-epochs", default=40, show_default=True)
@reports_errors
def ner(data: Path, output: Path | None, init_tok2vec: Path | None, augment: int, augment_rate: float,
        surnames: Path | None, check_augment: int, tags: bool, seed: int, max_epochs: int) -> None:
    """Train the German NER model on GermEval 2014, holding out its last 1,000 test sentences.

    \b
    Example:
      kg train ner --data ../shared/data/germeval2014 --check-augment 1 \\
        --surnames ../shared/data/gazetteers/surnames-germaner.list     (the shipped model)
      kg train ner --data ../shared/data/germeval2014
      kg train ner --data ../shared/data/germeval2014 --init-tok2vec build/pretrain/tok2vec.bin -o /tmp/ner
      kg train ner --data ../shared/data/germeval2014 --augment 1 \\
        --surnames ../shared/data/gazetteers/surnames-germaner.list -o /tmp/ner-augmented
      kg train ner --data ../shared/data/germeval2014 --tags -o /tmp/ner-tags
    """
    from kg.nlp import MODELS_DIR
    from kg.nlp.train import train_ner

    target = output or MODELS_DIR / "de_kg_ner"
    scores = train_ner(data, target, seed=seed, max_epochs=max_epochs, init_tok2vec=init_tok2vec,
                       augment=augment, augment_rate=augment_rate, surnames=surnames, check_augment=check_augment,
                       tags=tags)
    click.echo(f"wrote {target}")
    click.echo(str(scores))
