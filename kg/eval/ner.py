"""Score a spaCy pipeline's PER/ORG/LOC entities against GermEval-format gold data.

Scoring is exact span match on gold tokens: the pipeline is run on a ``Doc``
built from the gold tokenisation, so tokenizer differences cannot blur the
score. Only PER/ORG/LOC are counted (other labels the pipeline may emit, e.g.
from rulers, are ignored), because those are the actor types kg extracts.
This backs ``kg eval ner TSV`` and the held-out numbers in the model card.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Union

from spacy.tokens import Doc

from kg.nlp.germeval import KEPT_LABELS, read_germeval

SpanKey = tuple[int, int, str]
GoldInput = Union[str, Path, Sequence[Doc]]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision/recall/F1 with 0.0 (not NaN) for empty denominators."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f, "tp": tp, "fp": fp, "fn": fn, "support": tp + fn}


def _span_set(doc: Doc, labels: Iterable[str]) -> set[SpanKey]:
    wanted = set(labels)
    return {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in wanted}


def score_spans(
    gold: Sequence[set[SpanKey]],
    pred: Sequence[set[SpanKey]],
    labels: Sequence[str] = KEPT_LABELS,
) -> dict[str, Any]:
    """Micro and per-label P/R/F1 from per-sentence sets of ``(start, end, label)``.

    Split out from :func:`score_ner` so the arithmetic can be tested without a model.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} sentences but prediction has {len(pred)}")
    counts = {lab: [0, 0, 0] for lab in labels}  # tp, fp, fn
    for g, p in zip(gold, pred):
        for lab in labels:
            g_l = {s for s in g if s[2] == lab}
            p_l = {s for s in p if s[2] == lab}
            tp = len(g_l & p_l)
            counts[lab][0] += tp
            counts[lab][1] += len(p_l) - tp
            counts[lab][2] += len(g_l) - tp
    per_type = {lab: _prf(*counts[lab]) for lab in labels}
    micro = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    return {
        "ents_p": micro["p"],
        "ents_r": micro["r"],
        "ents_f": micro["f"],
        "micro": micro,
        "ents_per_type": per_type,
        "n_sentences": len(gold),
    }


def span_errors(gold: Doc, pred: Doc, labels: Sequence[str] = KEPT_LABELS) -> list[dict[str, Any]]:
    """The differences between one gold sentence and its prediction, for error analysis.

    Each gold entity not predicted is ``missed`` (no predicted entity overlaps it), ``type``
    (one with the same extent has another label) or ``boundary`` (an overlapping one has
    another extent); each predicted entity overlapping no gold entity is ``spurious``. Records
    carry the texts, labels and the predicted entity's ``kg_source`` (which rule made it).
    """
    wanted = set(labels)
    gold_ents = {(e.start, e.end, e.label_): e for e in gold.ents if e.label_ in wanted}
    pred_ents = {(e.start, e.end, e.label_): e for e in pred.ents if e.label_ in wanted}

    def described(key: SpanKey, span: Any) -> dict[str, Any]:
        source = getattr(span._, "kg_source", None) if span.has_extension("kg_source") else None
        return {"text": span.text, "label": key[2], "start": key[0], "end": key[1], "source": source}

    out: list[dict[str, Any]] = []
    for key in sorted(set(gold_ents) - set(pred_ents)):
        overlap = sorted(k for k in pred_ents if k[0] < key[1] and key[0] < k[1])
        kind = "missed" if not overlap else "type" if any(k[:2] == key[:2] for k in overlap) else "boundary"
        out.append({"error": kind, "gold": described(key, gold_ents[key]),
                    "pred": [described(k, pred_ents[k]) for k in overlap]})
    for key in sorted(set(pred_ents) - set(gold_ents)):
        if not any(k[0] < key[1] and key[0] < k[1] for k in gold_ents):
            out.append({"error": "spurious", "gold": None, "pred": [described(key, pred_ents[key])]})
    return out


def score_ner(
    nlp: Callable[[Doc], Doc],
    docs_or_tsv: GoldInput,
    labels: Sequence[str] = KEPT_LABELS,
    *,
    errors: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Score ``nlp`` on GermEval gold data (a TSV path or gold ``Doc`` objects).

    Returns ``ents_p/ents_r/ents_f`` (micro over ``labels``), ``ents_per_type``
    with ``p/r/f/tp/fp/fn/support`` per label, and ``micro`` with the same
    fields. Gold docs are never modified: each sentence is re-created from its
    words in ``nlp.vocab`` and run through the pipeline (tokenizer skipped).
    With ``errors`` (a list), one record per sentence with differences is appended
    to it: the sentence number and text and its :func:`span_errors`.
    """
    vocab = nlp.vocab  # type: ignore[attr-defined]
    if isinstance(docs_or_tsv, (str, Path)):
        gold_docs: Sequence[Doc] = read_germeval(Path(docs_or_tsv), vocab)
    else:
        gold_docs = docs_or_tsv
    gold_sets = [_span_set(d, labels) for d in gold_docs]
    inputs = [Doc(vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
              for d in gold_docs]
    pipe = getattr(nlp, "pipe", None)
    preds = list(pipe(inputs)) if pipe is not None else [nlp(d) for d in inputs]
    pred_sets = [_span_set(d, labels) for d in preds]
    if errors is not None:
        for number, (gold, pred) in enumerate(zip(gold_docs, preds)):
            found = span_errors(gold, pred, labels)
            if found:
                errors.append({"sentence": number, "text": gold.text, "errors": found})
    return score_spans(gold_sets, pred_sets, labels)


def format_ner_scores(scores: dict[str, Any]) -> str:
    """Render scores from :func:`score_ner` as a small fixed-width text table."""
    header = f"{'label':<6} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}"
    rows = [header, "-" * len(header)]

    def row(name: str, s: dict[str, Any]) -> str:
        return f"{name:<6} {s['p']:>6.3f} {s['r']:>6.3f} {s['f']:>6.3f} {s['support']:>8d}"

    for lab, s in scores["ents_per_type"].items():
        rows.append(row(lab, s))
    rows.append("-" * len(header))
    rows.append(row("micro", scores["micro"]))
    return "\n".join(rows)
