"""Read GermEval 2014 NER data into spaCy ``Doc`` objects.

GermEval 2014 (Benikova, Biemann, Reznicek 2014; CC BY 4.0) is the only German
NER corpus kg may train on offline. Its TSV format is one token a line with
``index, token, outer label, inner label``; sentences are separated by blank
lines and preceded by a ``#`` comment line carrying the source URL and date.

kg only needs *actors and places*, so only the outer PER/ORG/LOC labels are
kept. OTH (works, events, products ...) and every ``*deriv`` ("deutsche") and
``*part`` ("EU-Kommission") variant are mapped to ``O``: they are not names of
actors and would teach the model to tag adjectives and compound nouns.

The split used for training is fixed and documented in :func:`split_germeval`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

logger = logging.getLogger(__name__)

#: Entity types kept from the outer GermEval layer.
KEPT_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")

#: File names of the two GermEval files available in the shared data folder.
DEV_FILE = "NER-de-dev.tsv"
TEST_A_FILE = "NER-de-test-a.tsv"

#: Sizes of the fixed evaluation slices taken from the end of ``NER-de-test-a.tsv``.
HELDOUT_SIZE = 1000
DEV_SIZE = 500

Sentence = tuple[list[str], list[str]]
"""A sentence as (tokens, outer BIO tags) exactly as in the file."""


def map_tag(tag: str) -> str:
    """Reduce a raw GermEval outer tag to ``B-X``/``I-X`` over PER/ORG/LOC or ``O``.

    ``B-LOCderiv``, ``I-ORGpart``, ``B-OTH`` etc. all become ``O`` because they do
    not denote an actor or place by name.
    """
    if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    label = tag[2:]
    if label not in KEPT_LABELS:
        return "O"
    return tag


def iter_sentences(lines: Iterable[str]) -> Iterator[Sentence]:
    """Yield (tokens, outer tags) per sentence, skipping the ``#`` URL/date comments.

    Comment lines are recognised by their first tab-separated field being ``#``
    (a token line always starts with a numeric index, so a ``#`` *token* is safe).
    """
    words: list[str] = []
    tags: list[str] = []
    for raw in lines:
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            if words:
                yield words, tags
                words, tags = [], []
            continue
        fields = line.split("\t")
        if fields[0] == "#":
            continue
        if len(fields) < 3:
            raise ValueError(f"malformed GermEval line (need >=3 tab fields): {line!r}")
        words.append(fields[1])
        tags.append(fields[2])
    if words:
        yield words, tags


def bio_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Turn raw outer tags into token spans ``(start, end, label)`` over PER/ORG/LOC.

    An ``I-X`` that does not continue an ``X`` entity (e.g. after a dropped
    ``B-Xderiv``) starts a new entity, which is the lenient CoNLL convention.
    """
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    label: str | None = None
    for i, raw in enumerate(tags):
        tag = map_tag(raw)
        if tag == "O":
            if start is not None:
                spans.append((start, i, label))  # type: ignore[arg-type]
            start, label = None, None
            continue
        prefix, lab = tag[0], tag[2:]
        if prefix == "B" or start is None or lab != label:
            if start is not None:
                spans.append((start, i, label))  # type: ignore[arg-type]
            start, label = i, lab
    if start is not None:
        spans.append((start, len(tags), label))  # type: ignore[arg-type]
    return spans


def sentence_to_doc(vocab: Vocab, words: list[str], tags: list[str]) -> Doc:
    """Build a pre-tokenised ``Doc`` with gold ``doc.ents`` (other tokens set to ``O``)."""
    doc = Doc(vocab, words=words)
    ents = [Span(doc, s, e, label=lab) for s, e, lab in bio_to_spans(tags)]
    doc.set_ents(ents, default="outside")
    return doc


def read_germeval_sentences(path: Path) -> list[Sentence]:
    """Read a GermEval TSV file into raw (tokens, tags) sentences."""
    with Path(path).open(encoding="utf-8") as fh:
        return list(iter_sentences(fh))


def read_germeval(path: Path, nlp_vocab: Vocab) -> list[Doc]:
    """Read a GermEval 2014 TSV file into ``Doc`` objects with PER/ORG/LOC gold entities.

    ``nlp_vocab`` is the vocab of the pipeline the docs will be used with, so
    that string stores line up (pass ``nlp.vocab``).
    """
    docs = [sentence_to_doc(nlp_vocab, w, t) for w, t in read_germeval_sentences(path)]
    logger.debug("read %d sentences from %s", len(docs), path)
    return docs


def split_germeval(
    data_dir: Path, vocab: Vocab | None = None
) -> tuple[list[Doc], list[Doc], list[Doc]]:
    """Return the fixed (train, dev, heldout) split of the shared GermEval data.

    The split is deterministic and never shuffled, so scores are comparable
    across runs and machines:

    * ``heldout`` = the LAST 1,000 sentences of ``NER-de-test-a.tsv``. They are
      never trained on and never used for model selection; only final scores
      reported in the model card come from them.
    * ``dev`` = the 500 sentences of ``NER-de-test-a.tsv`` just before the
      held-out slice; used for early stopping / picking the best checkpoint.
    * ``train`` = all of ``NER-de-dev.tsv`` followed by the remaining (first)
      sentences of ``NER-de-test-a.tsv``.

    ``vocab`` defaults to a fresh German vocab; pass ``nlp.vocab`` to share one.
    """
    if vocab is None:
        import spacy

        vocab = spacy.blank("de").vocab
    data_dir = Path(data_dir)
    dev_file = read_germeval(data_dir / DEV_FILE, vocab)
    test_a = read_germeval(data_dir / TEST_A_FILE, vocab)
    if len(test_a) <= HELDOUT_SIZE + DEV_SIZE:
        raise ValueError(
            f"{TEST_A_FILE} has {len(test_a)} sentences; need more than "
            f"{HELDOUT_SIZE + DEV_SIZE} for the fixed dev/held-out split"
        )
    cut_dev = len(test_a) - HELDOUT_SIZE - DEV_SIZE
    cut_held = len(test_a) - HELDOUT_SIZE
    train = dev_file + test_a[:cut_dev]
    dev = test_a[cut_dev:cut_held]
    heldout = test_a[cut_held:]
    logger.info(
        "GermEval split: train=%d dev=%d heldout=%d", len(train), len(dev), len(heldout)
    )
    return train, dev, heldout
