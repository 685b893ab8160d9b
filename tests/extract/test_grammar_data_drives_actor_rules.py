"""The actor rules read their German words from kg/lang/de/grammar.yml: editing the file (as a linguist would)
changes what kg finds, with no code change. Each case runs the same sentence under the shipped grammar and under
a copy with one entry changed."""

from __future__ import annotations

import dataclasses

import pytest

from kg.extract.actors import build_actors
from kg.lang import load_lang
from kg.nlp import load_pipeline
from kg.nlp.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _actors(nlp, text: str, **grammar_changes) -> set[tuple[str, str, str]]:
    lang = load_lang("de")
    lang = dataclasses.replace(lang, grammar={**lang.grammar, **grammar_changes})
    actors, _ = build_actors(nlp(text), load_gazetteer("de"), lang)
    return {(a.label, a.type, m.text) for a in actors for m in a.mentions}


def test_a_government_in_a_capital_stands_for_its_state_after_the_listed_prepositions(nlp):
    text = "Die Regierung in Athen hat den Plan abgelehnt."
    assert ("Griechenland", "Country", "Regierung in Athen") in _actors(nlp, text)
    # without "in" among government_prepositions, the capital stays a city and the government no actor
    assert ("Athen", "Place", "Athen") in _actors(nlp, text, government_prepositions=[])
    assert not any(kind == "Country" for _, kind, _ in _actors(nlp, text, government_prepositions=[]))


def test_an_article_that_makes_a_masculine_company_sort_plural_comes_from_company_sorts(nlp):
    text = "Der Autobauer Tesla baut ein Werk. Die Autobauer fordern Förderungen."
    sorts = load_lang("de").grammar["company_sorts"]
    assert ("Tesla", "Organization", "Die Autobauer") not in _actors(nlp, text)
    # an empty plural_articles list reads "Die Autobauer" as the one company named before
    assert ("Tesla", "Organization", "Die Autobauer") in _actors(nlp, text, company_sorts={**sorts, "plural_articles": []})
