"""``kg_entity_edges`` (kg/nlp/components/entity_edges.py): a statistical entity that runs over
white space or punctuation is trimmed to its words. Docs built by hand, no model loaded."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.nlp.components.entity_edges import EntityEdges


def trimmed(words: list[str], spaces: list[bool], ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = Doc(spacy.blank("de").vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return [(e.text, e.label_) for e in EntityEdges()(doc).ents]


def test_entity_edges_drop_the_comma_a_model_took_into_a_name():
    # "... von Hallstatt, Anna Gruber": the model's place ran over the comma
    words = ["Der", "Bürgermeister", "von", "Hallstatt", ",", "Anna", "Gruber", ",", "lachte", "."]
    spaces = [True, True, True, False, True, True, False, True, False, False]
    assert trimmed(words, spaces, [(3, 5, "LOC"), (5, 8, "PER")]) == [("Hallstatt", "LOC"), ("Anna Gruber", "PER")]


def test_entity_edges_drop_brackets_and_line_breaks_and_keep_inner_punctuation():
    words = ["(", "Procter", "&", "Gamble", ")", "\n\n", "Neu"]
    spaces = [False, True, True, False, False, False, False]
    assert trimmed(words, spaces, [(0, 6, "ORG")]) == [("Procter & Gamble", "ORG")]


def test_entity_edges_drop_an_entity_of_punctuation_alone():
    assert trimmed(["Er", "sagte", ":", "ja"], [True, False, True, False], [(2, 3, "ORG")]) == []
