"""POS tags and lemmas from HanTa: ``kg_hanta_tagger``.

HanTa (Wartena 2019) ships a German morphology and STTS tagger model inside its PyPI package,
so it works offline. It writes ``token.tag_`` (STTS), ``token.pos_`` (Universal POS) and
``token.lemma_``. HanTa is the slowest step of the pipeline (about 3,000–6,000 tokens/s), and
almost all of that is the morphological analysis of single words, which depends on the word
alone (and, for lemmas, its tag). Both analyses are memoised in bounded word caches, so a word
is analysed once instead of once per occurrence: the output is identical, and on a 1,000-article
corpus the tagger runs several times faster (see bench/README.md).

The caches also outlive the process (:mod:`kg.nlp.word_cache`): the next ``kg build`` — a daily
feed, a rebuild, every worker of a parallel build — starts with the words earlier runs analysed.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
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


# Universal POS whose lemmas kg uses (trigger verbs and nouns, reporting verbs, determiners).
LEMMA_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "DET", "PRON", "ADP"})

# HanTa's analysis of an unseen word grows with the cube of its length (580 characters: several
# seconds). Longer tokens are URLs, hashes or rules of '=' signs, never names or triggers: HanTa
# sees a stand-in of the same case instead, and the token keeps its own text as lemma.
MAX_WORD_LENGTH = 40
LONG_WORD_STAND_IN = ("Dings", "dings")

@functools.lru_cache(maxsize=1)
def _tagger() -> Any:
    from HanTa import HanoverTagger

    from kg.nlp.word_cache import WordCache

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    # Pure functions of their arguments (the model is read-only after loading); callers never
    # mutate the returned values, so sharing them is safe.
    tagger.analyze_forward = WordCache("hanta-forward", tagger.analyze_forward, model="morphmodel_ger.pgz")
    tagger._analyze = WordCache("hanta-lemma", tagger._analyze, model="morphmodel_ger.pgz")
    return tagger


def stts(tag: str) -> str:
    """HanTa's tag with sub-tags folded into STTS: 'VV(FIN)' -> 'VVFIN', 'ADJ(A)' -> 'ADJA'."""
    if "(" in tag:
        base, sub = tag.split("(", 1)
        return base + sub.rstrip(")")
    return tag


# HanTa scores a word of its lexicon far above the guesses it makes for an unknown word
# (log-probabilities about -10 to -15 against -28 to -35 for "Mitterlehner" or a compound such
# as "Pfannenstiel"); a best analysis above this bound is a lexicon entry.
LEXICON_LOGPROB = -20.0
# STTS tags (HanTa's tagset) of common nouns and of the adjectives they are formed from ("Wilde")
COMMON_NOUN_TAGS = ("NN", "NNA", "ADJ")


@functools.lru_cache(maxsize=20_000)
def lexicon_common_noun(word: str) -> bool:
    """HanTa's lexicon knows the word, and best as a common noun: "Schatz", "Jobs", "Wilde",
    "Kern" (not "Merkel" or "Fischer", which it knows best as names, nor unknown words)."""
    analyses = _tagger().tag_word(word, cutoff=5)
    if not analyses:
        return False
    tag, logprob = analyses[0]
    return bool(tag.startswith(COMMON_NOUN_TAGS) and logprob > LEXICON_LOGPROB)


# STTS tags of a finite verb, and of the words before a noun that put it in a common noun's phrase:
# a determiner, an attribute, a number, a preposition fused with an article ("die Firma", "im")
FINITE_VERB_TAGS = ("VVFIN", "VAFIN")
NOUN_PHRASE_TAGS = ("ART", "PPOSAT", "PIAT", "PDAT", "ADJA", "CARD", "APPRART")
# the words before a noun that leave it a phrase of its own: punctuation, a conjunction, an adverb
OPEN_BEFORE_TAGS = ("$,", "$.", "$(", "KON", "ADV", "KOUS")


def beside_reporting_verb(tags: Sequence[str], lemmas: Sequence[str], i: int, reporting: frozenset[str], *,
                          strict: bool = False) -> bool:
    """Whether the noun at ``i`` (STTS ``tags``, NN*) stands where a speaker's name stands, next to a finite
    reporting verb: right after it ("sagte Kern"), or right before it ("Kern erklärte") when the word
    before does not put it in a common noun's phrase ("die Firma Kern erklärte").

    ``strict`` asks for evidence before a noun that precedes the verb, as the recogniser does before it
    makes an unknown word a person: punctuation, a conjunction or an adverb must stand there (not a title
    or another noun: "des SV Ottensen betont"). Without it, as identity asks whether a person's
    mention reads as a name, only a determiner or attribute there says no."""
    if not tags[i].startswith("NN"):
        return False

    def reports(k: int) -> bool:
        return 0 <= k < len(tags) and tags[k] in FINITE_VERB_TAGS and lemmas[k] in reporting

    if reports(i - 1):
        return True
    if not reports(i + 1):
        return False
    before = tags[i - 1] if i > 0 else ""
    return before in OPEN_BEFORE_TAGS if strict else not before.startswith(NOUN_PHRASE_TAGS)


@Language.factory(
    "kg_hanta_tagger",
    assigns=["token.tag", "token.pos", "token.lemma"],
    default_config={},
)
def make_hanta_tagger(nlp: Language, name: str) -> "HantaTagger":
    return HantaTagger()


class HantaTagger:
    """Tag each sentence with HanTa (see module docstring)."""

    def __init__(self) -> None:
        from kg.lang import load_lang

        self.tagger = _tagger()
        # words HanTa's lexicon lacks in their Austrian form, tagged as the standard word (grammar.yml)
        grammar = load_lang("de").grammar
        self.stand_ins: dict[str, str] = dict(grammar.get("tagger_stand_ins") or {})
        # forms of "haben" after which a sentence-opening adverbial adjective may be a participle (grammar.yml)
        self.participle_auxiliaries = frozenset(w.lower() for w in grammar.get("tagger_participle_auxiliaries", []))

    def __call__(self, doc: Doc) -> Doc:
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            if not words:
                continue
            # Tags first; lemmas only for the word classes kg reads lemmas of. Names (NE) are
            # mostly unseen words whose lemma analysis is the most expensive step of all.
            texts = [self.stand_ins.get(t.text, t.text) if len(t.text) <= MAX_WORD_LENGTH else LONG_WORD_STAND_IN[not t.text[:1].isupper()]
                     for t in words]
            tags = self.tagger.tag_sent(texts, taglevel=0)
            if len(words) > 2 and stts(tags[0]) == "ADJD" and texts[1].lower() in self.participle_auxiliaries:
                # a participle opening the sentence before "haben", read as an adjective: "Unterschrieben haben das
                # Papier X und Y" (the word's likeliest tag of its own decides: not "Klar hat sich gezeigt")
                likeliest = self.tagger.tag_word(texts[0].lower())
                if likeliest and likeliest[0][0] == "VV(PP)":
                    tags[0] = likeliest[0][0]
            for token, tag in zip(words, tags):
                folded = stts(tag)
                token.tag_ = folded
                token.pos_ = STTS_TO_UPOS.get(folded, STTS_TO_UPOS.get(folded[:2], "X"))
                if token.pos_ in LEMMA_POS and len(token.text) <= MAX_WORD_LENGTH:
                    token.lemma_ = self.tagger._analyze(token.text, self.tagger.tag2int[tag], 1)[0]  # taglevel 1 (positional: a plain cache key)
                else:
                    token.lemma_ = token.text
        return doc
