"""POS tags and lemmas from HanTa: ``kg_hanta_tagger``.

HanTa (Wartena 2019) ships a German morphology and STTS tagger model inside its PyPI package,
so it works offline. It writes ``token.tag_`` (STTS), ``token.pos_`` (Universal POS) and
``token.lemma_``. HanTa is the slowest step of the pipeline (about 6,400 tokens/s), so with
``only_candidates`` it tags only sentences that contain a trigger candidate or a capitalised
word after the first token; the others keep their tokenizer defaults.
"""

from __future__ import annotations

import functools
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

# STTS (as HanTa writes it, with sub-tags in brackets) -> Universal POS
STTS_TO_UPOS = {
    "ADJ": "ADJ", "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "APPR": "ADP", "APPRART": "ADP",
    "APPO": "ADP", "APZR": "ADP", "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ",
    "KOUI": "SCONJ", "KOUS": "SCONJ", "KON": "CCONJ", "KOKOM": "CCONJ", "NN": "NOUN",
    "NE": "PROPN", "PDS": "PRON", "PDAT": "DET", "PIS": "PRON", "PIAT": "DET", "PIDAT": "DET",
    "PPER": "PRON", "PPOSS": "PRON", "PPOSAT": "DET", "PRELS": "PRON", "PRELAT": "DET",
    "PRF": "PRON", "PWS": "PRON", "PWAT": "DET", "PWAV": "ADV", "PAV": "ADV", "PROAV": "ADV",
    "PTKZU": "PART", "PTKNEG": "PART", "PTKVZ": "ADP", "PTKANT": "PART", "PTKA": "PART",
    "TRUNC": "X", "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB",
    "VVPP": "VERB", "VV": "VERB", "VA": "AUX", "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX",
    "VAPP": "AUX", "VM": "AUX", "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX", "XY": "X",
    "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT",
}


@functools.lru_cache(maxsize=1)
def _tagger() -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


def stts(tag: str) -> str:
    """HanTa's tag with sub-tags folded into STTS: 'VV(FIN)' -> 'VVFIN', 'ADJ(A)' -> 'ADJA'."""
    if "(" in tag:
        base, sub = tag.split("(", 1)
        return base + sub.rstrip(")")
    return tag


@Language.factory(
    "kg_hanta_tagger",
    assigns=["token.tag", "token.pos", "token.lemma"],
    default_config={"only_candidates": False},
)
def make_hanta_tagger(nlp: Language, name: str, only_candidates: bool) -> "HantaTagger":
    return HantaTagger(only_candidates=only_candidates)


class HantaTagger:
    """Tag each sentence with HanTa (see module docstring)."""

    def __init__(self, *, only_candidates: bool = False) -> None:
        self.only_candidates = only_candidates
        self.tagger = _tagger()

    def __call__(self, doc: Doc) -> Doc:
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            if not words:
                continue
            tagged = self.tagger.tag_sent([t.text for t in words], taglevel=1)
            for token, (_, lemma, tag) in zip(words, tagged):
                folded = stts(tag)
                token.tag_ = folded
                token.pos_ = STTS_TO_UPOS.get(folded, STTS_TO_UPOS.get(folded[:2], "X"))
                token.lemma_ = lemma if token.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "DET", "PRON", "ADP") else token.text
        return doc
