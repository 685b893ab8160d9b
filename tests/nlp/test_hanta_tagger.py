"""The HanTa tagger component: Austrian words HanTa's lexicon lacks are tagged as their standard form
(grammar.yml tagger_stand_ins) and keep their own text and lemma."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.nlp.components.hanta_tagger import HantaTagger


@pytest.fixture(scope="module")
def tagger() -> HantaTagger:
    return HantaTagger()


def _tagged(tagger: HantaTagger, sentence: str) -> list[tuple[str, str, str]]:
    words = sentence.split()
    doc = Doc(Vocab(), words=words, sent_starts=[True] + [False] * (len(words) - 1))
    return [(t.text, t.tag_, t.lemma_) for t in tagger(doc)]


@pytest.mark.parametrize("month", ["Jänner", "Feber"])
def test_an_austrian_month_before_a_title_is_a_noun_not_an_adjective(tagger, month):
    tagged = _tagged(tagger, f"Stocker traf im {month} Präsident Macron .")
    assert tagged[3] == (month, "NN", month)
    assert tagged[4][:2] == ("Präsident", "NN")


def test_a_stand_in_changes_no_other_word(tagger):
    assert _tagged(tagger, "Stocker traf im Januar Präsident Macron .")[3][:2] == ("Januar", "NN")


def test_a_participle_opening_the_sentence_before_haben_is_a_participle(tagger):
    tagged = _tagged(tagger, "Unterschrieben haben den Vertrag Max Huber und Anna Berger .")
    assert tagged[0][:2] == ("Unterschrieben", "VVPP")
    assert tagged[0][2] == "unterschreiben"


def test_an_adjective_opening_the_sentence_before_haben_stays_one(tagger):
    assert _tagged(tagger, "Klar hat sich gezeigt , dass sie sich einigen .")[0][:2] == ("Klar", "ADJD")
