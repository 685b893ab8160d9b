"""A name that only the statistical model proposes is dropped where a second model reads its words
otherwise (``kg_actors``' check model, kg/nlp/components/actors.py). Sentences written for these tests; Docs built by hand with
STTS tags, the model's entities set beforehand, and a stand-in for the check model."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.nlp.components.actors import ActorRecognizer, load_check_model

MODEL_DIR = Path(__file__).resolve().parents[2] / "kg" / "models" / "de_kg_ner"


class StandInCheck:
    """Finds the names it is given, by position, in any text; counts how often it was asked."""

    def __init__(self, vocab, names: tuple[tuple[int, int, str], ...]) -> None:
        self.vocab = vocab
        self.names = names
        self.calls = 0

    def __call__(self, doc: Doc) -> Doc:
        self.calls += 1
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in self.names]
        return doc


def run(vocab, tagged: str, model: tuple[tuple[int, int, str], ...], check) -> set[tuple[str, str]]:
    pairs = [item.rsplit("/", 1) for item in tagged.split()]
    doc = Doc(vocab, words=[w for w, _ in pairs], tags=[t for _, t in pairs])
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in model]
    return {(e.text, e.label_) for e in ActorRecognizer(lang="de", check=check)(doc).ents}


SPOKE = "Der/ART Vorschlag/NN kam/VVFIN von/APPR Wendrolat/NE ./$."
FAIR = "Die/ART Messe/NN findet/VVFIN in/APPR Kelbrunn/NN statt/PTKVZ ./$."
PRIZE = "Den/ART Preis/NN bekam/VVFIN die/ART Brunnhalde/NN ./$."


@pytest.mark.parametrize(
    ("tagged", "model", "check", "expected"),
    [
        # both models read the same name with the same label: kept
        (SPOKE, ((4, 5, "PER"),), ((4, 5, "PER"),), {("Wendrolat", "PER")}),
        # the check model reads no name there: kept too (it misses names more often than it is right to)
        (SPOKE, ((4, 5, "PER"),), (), {("Wendrolat", "PER")}),
        (FAIR, ((4, 5, "LOC"),), (), {("Kelbrunn", "LOC")}),
        # the check model reads another kind of name, or a name of another extent: the rules decide,
        # and no rule names these words
        (SPOKE, ((4, 5, "PER"),), ((4, 5, "ORG"),), set()),
        (FAIR, ((4, 5, "PER"),), ((4, 5, "LOC"),), set()),
        (PRIZE, ((3, 5, "ORG"),), ((4, 5, "ORG"),), set()),
        (PRIZE, ((4, 5, "ORG"),), ((3, 5, "ORG"),), set()),
        # a word the first model alone takes for an organisation, the check model for a place
        (PRIZE, ((4, 5, "ORG"),), ((4, 5, "LOC"),), set()),
        # a name the check model reads otherwise elsewhere in the text is not touched
        (SPOKE, ((4, 5, "PER"),), ((1, 2, "ORG"),), {("Wendrolat", "PER")}),
    ],
)
def test_actors_the_check_model_vetoes_a_name_only_the_model_proposes(vocab, tagged, model, check, expected):
    assert run(vocab, tagged, model, StandInCheck(vocab, check)) == expected


def test_actors_without_a_check_model_the_model_name_stands_alone(vocab):
    assert run(vocab, SPOKE, ((4, 5, "PER"),), None) == {("Wendrolat", "PER")}


def test_actors_a_known_name_needs_no_check(vocab):
    # the gazetteer knows the country: the check model is never asked
    check = StandInCheck(vocab, ())
    assert run(vocab, "Die/ART Delegation/NN reiste/VVFIN nach/APPR Frankreich/NE ./$.", ((4, 5, "LOC"),), check) \
        == {("Frankreich", "LOC")}
    assert check.calls == 0


def test_actors_the_check_model_is_read_with_the_edges_the_first_model_gets(vocab):
    # kg_entity_edges trims white space after the first model's name; the check model's is trimmed
    # alike, so the same name with a line break after it is no name of another extent
    doc = Doc(vocab, words=["Es", "sprach", "Wendrolat", "\n\n", "Danach", "ging", "er", "."],
              spaces=[True, True, False, False, True, True, False, False],
              tags=["PPER", "VVFIN", "NE", "_SP", "ADV", "VVFIN", "PPER", "$."])
    doc.ents = [Span(doc, 2, 3, label="PER")]
    check = StandInCheck(vocab, ((2, 4, "PER"),))
    assert {(e.text, e.label_) for e in ActorRecognizer(lang="de", check=check)(doc).ents} == {("Wendrolat", "PER")}


def test_actors_the_check_model_runs_once_a_text(vocab):
    check = StandInCheck(vocab, ((0, 1, "PER"), (2, 3, "PER")))
    tagged = "Wendrolat/NE und/KON Obermaier/NE lachten/VVFIN ./$."
    assert run(vocab, tagged, ((0, 1, "PER"), (2, 3, "PER")), check) == {("Wendrolat", "PER"), ("Obermaier", "PER")}
    assert check.calls == 1


def test_actors_check_model_is_found_beside_the_pipeline_or_not_at_all(tmp_path):
    blank = spacy.blank("de")
    assert load_check_model(blank, "check") is None  # a pipeline built in memory has no folder
    assert load_check_model(blank, str(tmp_path)) is None  # a folder that holds no pipeline
    assert load_check_model(blank, "") is None


@pytest.mark.skipif(not (MODEL_DIR / "check" / "config.cfg").exists(), reason="de_kg_ner ships no check model")
def test_actors_kg_pipeline_loads_the_shipped_check_model():
    from kg.nlp import load_pipeline

    recognizer = load_pipeline("de").get_pipe("kg_actors")
    assert recognizer.check is not None
    doc = recognizer.check(Doc(recognizer.check.vocab, words="Gestern sprach Angela Merkel in Paris .".split()))
    assert ("Angela Merkel", "PER") in {(e.text, e.label_) for e in doc.ents}


def test_model_card_describes_the_check_model_and_how_to_rebuild_it():
    from kg.nlp.train import _check_card, _reproduce

    scores = {"micro": {"p": 0.7, "r": 0.6, "f": 0.65}, "per_type": {"PER": {"f": 0.7}, "ORG": {"f": 0.5}, "LOC": {"f": 0.7}}}
    check = {"dir": "check", "train_seconds": 600.0, "kg_scores": {"dev": scores, "heldout": scores},
             "augmentation": {"copies": 1, "rate": 0.8, "lexicon_share": 0.5, "seed": 0, "sentences": 1876,
                              "surnames": {"file": "surnames-germaner.list", "sha256": "0" * 64}}}
    card = _check_card(check)
    assert "### Check model (`check/`)" in card and "1876 mention-replaced copies" in card
    assert "dev P 0.700 R 0.600 F1 0.650 (PER 0.700, ORG 0.500, LOC 0.700)" in card
    assert _check_card(None) == ""
    rebuild = _reproduce(0, None, None, check)
    assert "check_augment=1, augment_rate=0.8, augment_lexicon_share=0.5" in rebuild
    assert 'surnames=Path("/work/shared/data/gazetteers/surnames-germaner.list")' in rebuild
