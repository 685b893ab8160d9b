"""Pretraining the NER tok2vec (``kg train pretrain``) and loading its weights into training (#3).

All texts are our own sentences. The pretraining runs are tiny (a dozen sentences, one
epoch) but go through spaCy's real ``pretrain`` and ``init_nlp`` with ``ner_de.cfg``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("spacy_lookups_data", reason="training needs spacy-lookups-data (the [train] extra)")

from spacy.tokens import DocBin  # noqa: E402
from spacy.training import pretrain as spacy_pretrain  # noqa: E402

from kg.cli import cli  # noqa: E402
from kg.nlp.germeval import DEV_FILE, TEST_A_FILE  # noqa: E402
from kg.nlp.train import (  # noqa: E402
    CONFIG_PATH,
    PRETRAIN_META,
    PRETRAIN_WEIGHTS,
    _pretraining_card,
    pretrain_tok2vec,
    read_ids,
    write_model_card,
)

OWN_TEXTS = [
    "Die Bürgermeisterin von Berlin besuchte am Montag eine Schule in Hamburg.",
    "Der Minister sagte in Wien, die Regierung werde das Gesetz im Herbst vorlegen.",
    "In München und Köln regnete es am Wochenende stark, in Dresden schien die Sonne.",
    "Die Gewerkschaft forderte höhere Löhne für alle Beschäftigten im Handel.",
    "Nach dem Treffen in Paris reiste die Delegation weiter nach Brüssel.",
    "Der Verein aus Frankfurt gewann das Spiel gegen Stuttgart mit zwei Toren.",
]


def _write_corpus(path: Path, texts: list[str]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"own-{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


def _write_germeval(folder: Path) -> Path:
    """A GermEval-shaped folder: 3 train sentences, then 500 dev and 1,000 held-out ones."""
    folder.mkdir()

    def block(word: str, i: int) -> list[str]:
        return [f"#\thttp://example.org/{i}\t[2024-01-01]", f"1\t{word}{i}\tB-PER\tO",
                "2\tsprach\tO\tO", "3\tin\tO\tO", "4\tLinz\tB-LOC\tO", "5\t.\tO\tO", ""]

    (folder / DEV_FILE).write_text("\n".join(block("Trainname", 0)), encoding="utf-8")
    lines = [line for i in range(1, 3) for line in block("Trainname", i)]
    lines += [line for i in range(500) for line in block("Devname", i)]
    lines += [line for i in range(1000) for line in block("Heldname", i)]
    (folder / TEST_A_FILE).write_text("\n".join(lines), encoding="utf-8")
    return folder


def test_pretrain_tok2vec_sees_cluster_norms_and_weights_load_into_training(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy
    from spacy.training.initialize import init_nlp
    from spacy.util import load_config

    seen: list[tuple[str, str]] = []
    real_update = spacy_pretrain.make_update

    def spy(model: Any, docs: Any, optimizer: Any, objective: Any) -> Any:
        seen.extend((t.text, t.norm_) for doc in docs for t in doc)
        return real_update(model, docs, optimizer, objective)

    monkeypatch.setattr(spacy_pretrain, "make_update", spy)
    corpus = _write_corpus(tmp_path / "own.jsonl", OWN_TEXTS)
    record = pretrain_tok2vec([corpus], tmp_path / "pt", exclude_ids={"own-5"}, max_epochs=1)

    weights = tmp_path / "pt" / PRETRAIN_WEIGHTS
    assert weights.stat().st_size > 0
    assert json.loads((tmp_path / "pt" / PRETRAIN_META).read_text(encoding="utf-8")) == record
    assert (record["texts"], record["excluded"], len(record["epoch_loss"])) == (5, 1, 1)
    # Pretraining saw the same NORM as training: Brown-cluster ids, not lower-case words.
    norms = dict(seen)
    assert norms["Berlin"].startswith("c") and norms["Wien"].startswith("c")
    assert "Stuttgart" not in norms  # the excluded record was not read

    # The weights load into the NER training pipeline's tok2vec unchanged.
    docs = DocBin(attrs=["ORTH", "SPACY", "ENT_IOB", "ENT_TYPE"])
    nlp_blank = spacy.blank("de")
    doc = nlp_blank("Anna Berg wohnt in Berlin .")
    doc.ents = [doc.char_span(0, 9, label="PER"), doc.char_span(19, 25, label="LOC")]
    docs.add(doc)
    docs.to_disk(tmp_path / "tiny.spacy")
    overrides = {"paths.train": str(tmp_path / "tiny.spacy"), "paths.dev": str(tmp_path / "tiny.spacy"),
                 "paths.init_tok2vec": str(weights)}
    config = load_config(CONFIG_PATH, overrides=overrides, interpolate=False)
    nlp = init_nlp(config, use_gpu=-1)
    assert nlp.get_pipe("tok2vec").model.to_bytes() == weights.read_bytes()


def test_pretrain_text_uses_only_the_germeval_train_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.nlp import train as train_mod

    written: list[str] = []

    def fake_pretrain(config: Any, output_dir: Path, **_: Any) -> None:
        raw = Path(config["paths"]["raw_text"])
        written.extend(json.loads(line)["text"] for line in raw.read_text(encoding="utf-8").splitlines())
        (output_dir / "model-last.bin").write_bytes(b"weights")
        (output_dir / "log.jsonl").write_text(json.dumps({"epoch": 0, "epoch_loss": 1.0}) + "\n")

    monkeypatch.setattr(spacy_pretrain, "pretrain", fake_pretrain)
    corpus = _write_corpus(tmp_path / "own.jsonl", OWN_TEXTS[:2])
    record = train_mod.pretrain_tok2vec([corpus], tmp_path / "pt", germeval_dir=_write_germeval(tmp_path / "ge"),
                                        max_epochs=1)
    assert written[:2] == OWN_TEXTS[:2]
    assert written[2:] == [f"Trainname{i} sprach in Linz ." for i in range(3)]
    assert record["texts"] == 5 and record["epoch_loss"] == [1.0]


def test_read_ids_names_the_bad_line(tmp_path: Path) -> None:
    good = _write_corpus(tmp_path / "a.jsonl", OWN_TEXTS[:2])
    assert read_ids([good]) == {"own-0", "own-1"}
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"id": "x"}\n{"text": "ohne Kennung"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"b\.jsonl:2"):
        read_ids([bad])


def test_cli_train_pretrain_names_a_bad_corpus_line_before_training(runner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "text": "Der Rat tagte."}\n{kaputt\n', encoding="utf-8")
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes('{"id": "b", "text": "Grüße aus Linz"}\n'.encode("latin-1"))
    for path, reason in ((broken, "broken.jsonl:2: not valid JSON"), (latin, "latin.jsonl:1: not UTF-8 text")):
        result = runner.invoke(cli, ["train", "pretrain", "--corpus", str(path), "-o", str(tmp_path / "out")])
        assert result.exit_code == 1
        assert reason in result.output
        assert not (tmp_path / "out" / PRETRAIN_WEIGHTS).exists()


def test_pretraining_card_attributes_the_news_corpus_and_its_licence() -> None:
    card = _pretraining_card({"sources": [{"file": "gnad-test.jsonl", "texts": 973, "words": 360000}],
                              "objective": {"@architectures": "spacy.PretrainCharacters.v1"},
                              "epochs": 8, "seed": 0, "seconds": 1.0, "excluded": 25,
                              "epoch_loss": [2.0, 1.0], "weights_sha256": "ab"})
    assert "10kGNAD" in card and "CC BY-NC-SA 4.0" in card and "Timo Block" in card
    assert "spacy.PretrainCharacters.v1" in card and "25 corpus articles" in card
    assert _pretraining_card(None) == ""


def test_cli_train_ner_rejects_missing_weights(runner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["train", "ner", "--data", str(tmp_path), "--init-tok2vec", str(tmp_path / "no.bin")])
    assert result.exit_code == 2
    assert "no.bin" in result.output


def test_cli_train_pretrain_teaches(runner) -> None:
    result = runner.invoke(cli, ["train", "pretrain", "-h"])
    assert result.exit_code == 0
    assert "Example" in result.output and "--init-tok2vec" in result.output


MODEL_DIR = Path(__file__).resolve().parents[2] / "kg" / "models" / "de_kg_ner"


@pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="de_kg_ner not trained yet")
def test_shipped_model_card_is_current(tmp_path: Path) -> None:
    # The card is generated from meta.json and TUNING_LOG: re-rendering changes nothing.
    import shutil

    copy = tmp_path / "de_kg_ner"
    shutil.copytree(MODEL_DIR, copy)
    write_model_card(copy)
    assert (copy / "README.md").read_text(encoding="utf-8") == (MODEL_DIR / "README.md").read_text(encoding="utf-8")


def test_tagged_corpus_gives_the_model_hantas_tags_as_kg_runs_it(tmp_path: Path) -> None:
    # `kg train ner --tags`: the training docs carry HanTa's tags (as kg's pipeline sets them before
    # the model), the reference docs keep their gold entities, and the TAG feature is in the config.
    import spacy
    from spacy import util
    from spacy.tokens import Doc, Span

    from kg.nlp.train import TAG_OVERRIDES, make_hanta_tagged_corpus, uses_tags

    nlp = spacy.blank("de")
    words = ["Bürgermeister", "Klaus", "Maier", "besuchte", "die", "Firma", "in", "Linz", "."]
    gold = Doc(nlp.vocab, words=words)
    gold.ents = [Span(gold, 1, 3, label="PER"), Span(gold, 7, 8, label="LOC")]
    path = tmp_path / "train.spacy"
    DocBin(docs=[gold], attrs=["ORTH", "SPACY", "ENT_IOB", "ENT_TYPE"]).to_disk(path)
    read = make_hanta_tagged_corpus(path)
    for _ in range(2):  # the second epoch reads the cached tags
        (eg,) = list(read(nlp))
        assert [t.tag_ for t in eg.predicted][:4] == ["NN", "NE", "NE", "VVFIN"]
        assert [(e.text, e.label_) for e in eg.reference.ents] == [("Klaus Maier", "PER"), ("Linz", "LOC")]
    config = util.load_config(CONFIG_PATH, overrides=TAG_OVERRIDES, interpolate=False)
    assert config["components"]["tok2vec"]["model"]["embed"]["attrs"][-1] == "TAG"
    assert not uses_tags(spacy.load(MODEL_DIR))  # the shipped model reads no tags (model card, I and I′)
