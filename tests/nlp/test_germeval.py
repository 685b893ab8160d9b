"""Tests for the GermEval reader/splitter and the NER scorer.

The TSV below is written for these tests (invented sentences and names), in
GermEval 2014 format; no text from the real data set is used.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kg.eval.ner import format_ner_scores, score_ner, score_spans, span_errors
from kg.nlp.germeval import (
    DEV_FILE,
    TEST_A_FILE,
    bio_to_spans,
    map_tag,
    read_germeval,
    split_germeval,
)

# index, token, outer label, inner label — tab separated; '#' comment before each sentence.
TINY_TSV = """\
#\thttp://example.org/artikel/1\t[2024-03-01]
1\tBundeskanzlerin\tO\tO
2\tAnna\tB-PER\tO
3\tBeispiel\tI-PER\tO
4\tbesuchte\tO\tO
5\tdie\tO\tO
6\tMusterfirma\tB-ORG\tO
7\tAG\tI-ORG\tO
8\tin\tO\tO
9\tKleinstadt\tB-LOC\tO
10\t.\tO\tO

#\thttp://example.org/artikel/2\t[2024-03-02]
1\tDie\tO\tO
2\tnordländische\tB-LOCderiv\tO
3\tRegierung\tO\tO
4\tlobte\tO\tO
5\tden\tO\tO
6\tRoman\tO\tO
7\t"\tO\tO
8\tSonnenweg\tB-OTH\tO
9\tam\tI-OTH\tO
10\tMeer\tI-OTH\tO
11\t"\tO\tO
12\tund\tO\tO
13\tdie\tO\tO
14\tNordland-Kommission\tB-ORGpart\tO
15\t.\tO\tO

#\thttp://example.org/artikel/3\t[2024-03-03]
1\tZudem\tO\tO
2\tsprach\tO\tO
3\tBen\tB-PER\tO
4\tMuster\tI-PER\tO
5\tan\tO\tO
6\tder\tO\tO
7\tUniversität\tB-ORG\tO
8\tSüdheim\tI-ORG\tB-LOC
9\t.\tO\tO
"""


@pytest.fixture()
def tiny_tsv(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.tsv"
    path.write_text(TINY_TSV, encoding="utf-8")
    return path


def _ents(doc: spacy.tokens.Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_read_germeval_labels_and_spans(tiny_tsv: Path) -> None:
    docs = read_germeval(tiny_tsv, spacy.blank("de").vocab)
    assert len(docs) == 3
    first = docs[0]
    # The '#' URL/date comment is not part of the text.
    assert first[0].text == "Bundeskanzlerin"
    assert "example.org" not in first.text and "2024" not in first.text
    assert _ents(first) == [("Anna Beispiel", "PER"), ("Musterfirma AG", "ORG"), ("Kleinstadt", "LOC")]
    assert [(e.start, e.end) for e in first.ents] == [(1, 3), (5, 7), (8, 9)]
    # Inner labels are ignored: only the outer ORG span remains.
    assert _ents(docs[2]) == [("Ben Muster", "PER"), ("Universität Südheim", "ORG")]


def test_deriv_part_and_oth_are_dropped(tiny_tsv: Path) -> None:
    doc = read_germeval(tiny_tsv, spacy.blank("de").vocab)[1]
    assert _ents(doc) == []
    # Tokens are explicitly outside (not missing), so training sees them as negatives.
    assert all(t.ent_iob_ == "O" for t in doc)
    assert {"OTH", "LOCderiv", "ORGpart"}.isdisjoint({t.ent_type_ for t in doc})


def test_map_tag_and_lenient_bio() -> None:
    assert map_tag("B-PER") == "B-PER"
    assert map_tag("I-LOC") == "I-LOC"
    for dropped in ("B-OTH", "I-OTH", "B-LOCderiv", "I-PERpart", "B-ORGpart", "O", ""):
        assert map_tag(dropped) == "O"
    # Adjacent B-PER B-PER are two entities; an orphan I-LOC starts a new one;
    # an I-PER after a dropped B-PERderiv starts a PER.
    tags = ["B-PER", "B-PER", "O", "I-LOC", "I-LOC", "B-PERderiv", "I-PER", "B-ORG", "I-LOC"]
    assert bio_to_spans(tags) == [
        (0, 1, "PER"), (1, 2, "PER"), (3, 5, "LOC"), (6, 7, "PER"), (7, 8, "ORG"), (8, 9, "LOC"),
    ]


def _write_sentences(path: Path, prefix: str, n: int) -> None:
    """Write n one-entity sentences '<prefix><i> wohnt in Ort .' with a LOC."""
    lines = []
    for i in range(n):
        lines += [f"#\thttp://example.org/{prefix}/{i}\t[2024-01-01]",
                  f"1\t{prefix}{i}\tB-PER\tO", "2\twohnt\tO\tO", "3\tin\tO\tO",
                  "4\tOrt\tB-LOC\tO", "5\t.\tO\tO", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_split_germeval_is_fixed_and_deterministic(tmp_path: Path) -> None:
    _write_sentences(tmp_path / DEV_FILE, "Dev", 7)
    _write_sentences(tmp_path / TEST_A_FILE, "Test", 1503)
    train, dev, heldout = split_germeval(tmp_path)
    assert (len(train), len(dev), len(heldout)) == (7 + 3, 500, 1000)
    assert [d[0].text for d in train] == [f"Dev{i}" for i in range(7)] + ["Test0", "Test1", "Test2"]
    assert dev[0][0].text == "Test3" and dev[-1][0].text == "Test502"
    assert heldout[0][0].text == "Test503" and heldout[-1][0].text == "Test1502"
    again = split_germeval(tmp_path)
    assert [[d.text for d in part] for part in again] == [[d.text for d in p] for p in (train, dev, heldout)]


def test_split_germeval_rejects_too_small_test_file(tmp_path: Path) -> None:
    _write_sentences(tmp_path / DEV_FILE, "Dev", 2)
    _write_sentences(tmp_path / TEST_A_FILE, "Test", 1500)
    with pytest.raises(ValueError):
        split_germeval(tmp_path)


def _ruler_nlp(patterns: list[dict]) -> spacy.language.Language:
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(patterns)
    return nlp


def test_score_ner_perfect(tiny_tsv: Path) -> None:
    nlp = _ruler_nlp([
        {"label": "PER", "pattern": "Anna Beispiel"},
        {"label": "ORG", "pattern": "Musterfirma AG"},
        {"label": "LOC", "pattern": "Kleinstadt"},
        {"label": "PER", "pattern": "Ben Muster"},
        {"label": "ORG", "pattern": "Universität Südheim"},
    ])
    scores = score_ner(nlp, tiny_tsv)
    assert scores["ents_p"] == scores["ents_r"] == scores["ents_f"] == 1.0
    for lab in ("PER", "ORG", "LOC"):
        assert scores["ents_per_type"][lab]["f"] == 1.0
    assert scores["micro"]["support"] == 5
    # Gold docs as input give the same result as the TSV path.
    docs = read_germeval(tiny_tsv, nlp.vocab)
    assert score_ner(nlp, docs)["ents_f"] == 1.0
    # Gold docs are not modified by scoring.
    assert [len(d.ents) for d in docs] == [3, 0, 2]


def test_score_ner_partial_hand_computed(tiny_tsv: Path) -> None:
    # Gold: PER Anna Beispiel, ORG Musterfirma AG, LOC Kleinstadt, PER Ben Muster,
    #       ORG Universität Südheim (5).
    # Pred: PER Anna Beispiel (tp), ORG Musterfirma AG (tp), ORG Kleinstadt (fp; LOC fn),
    #       PER Muster (fp, wrong span; PER fn), MISC Roman (ignored label); Universität Südheim fn.
    # => tp=2, fp=2, fn=3: P=0.5, R=0.4, F1=4/9.
    nlp = _ruler_nlp([
        {"label": "PER", "pattern": "Anna Beispiel"},
        {"label": "ORG", "pattern": "Musterfirma AG"},
        {"label": "ORG", "pattern": "Kleinstadt"},
        {"label": "PER", "pattern": "Muster"},
        {"label": "MISC", "pattern": "Roman"},
    ])
    s = score_ner(nlp, tiny_tsv)
    assert s["ents_p"] == pytest.approx(0.5)
    assert s["ents_r"] == pytest.approx(0.4)
    assert s["ents_f"] == pytest.approx(4 / 9)
    per, org, loc = (s["ents_per_type"][k] for k in ("PER", "ORG", "LOC"))
    assert (per["tp"], per["fp"], per["fn"]) == (1, 1, 1)
    assert per["f"] == pytest.approx(0.5)
    assert (org["tp"], org["fp"], org["fn"]) == (1, 1, 1)
    assert (loc["p"], loc["r"], loc["f"]) == (0.0, 0.0, 0.0)
    table = format_ner_scores(s)
    assert "PER" in table and "micro" in table and "0.500" in table


def test_score_ner_lists_errors_by_class(tiny_tsv: Path) -> None:
    # the same prediction as above: a type error, a boundary error, a miss and no spurious entity;
    # then a spurious one in a sentence without gold entities
    nlp = _ruler_nlp([
        {"label": "PER", "pattern": "Anna Beispiel"},
        {"label": "ORG", "pattern": "Musterfirma AG"},
        {"label": "ORG", "pattern": "Kleinstadt"},
        {"label": "PER", "pattern": "Muster"},
        {"label": "LOC", "pattern": "Regierung"},
    ])
    errors: list = []
    scores = score_ner(nlp, tiny_tsv, errors=errors)
    assert scores["micro"]["tp"] == 2
    by_sentence = {r["sentence"]: [(e["error"], e["gold"]["text"] if e["gold"] else None, [p["text"] for p in e["pred"]])
                                   for e in r["errors"]] for r in errors}
    assert by_sentence == {
        0: [("type", "Kleinstadt", ["Kleinstadt"])],
        1: [("spurious", None, ["Regierung"])],
        2: [("boundary", "Ben Muster", ["Muster"]), ("missed", "Universität Südheim", [])],
    }
    assert errors[0]["text"].startswith("Bundeskanzlerin Anna Beispiel")


def test_span_errors_of_identical_docs_is_empty(tiny_tsv: Path) -> None:
    docs = read_germeval(tiny_tsv, spacy.blank("de").vocab)
    assert span_errors(docs[0], docs[0]) == []


def test_score_spans_length_mismatch() -> None:
    with pytest.raises(ValueError):
        score_spans([set()], [])


MODEL_DIR = Path(__file__).resolve().parents[2] / "kg" / "models" / "de_kg_ner"


@pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="de_kg_ner not trained yet")
def test_shipped_model_loads_offline_and_is_small() -> None:
    nlp = spacy.load(MODEL_DIR)
    assert nlp.meta["name"] == "de_kg_ner"
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert any("CC BY 4.0" == s.get("license") for s in nlp.meta["sources"])
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 30 * 1024 * 1024
    # The Brown-cluster NORM table travels inside the model.
    assert nlp.vocab.lookups.has_table("lexeme_norm")
    doc = nlp("Die Ministerin reiste am Montag nach Paris.")
    assert {e.label_ for e in doc.ents} <= {"PER", "ORG", "LOC"}
