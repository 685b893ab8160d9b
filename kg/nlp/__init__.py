"""spaCy glue: assemble kg's German pipeline, or put a user's installed pipeline underneath.

``load_pipeline()`` builds, with nothing downloaded:

    tokenizer (spaCy German) -> kg_sentences -> kg_hanta_tagger -> [tok2vec, ner from
    kg/models/de_kg_ner, kg_entity_edges, when shipped] -> kg_actors

(the tagger runs before the NER model, which may read HanTa's tags as a feature)

``load_pipeline(model="de_core_news_lg")`` loads the named spaCy pipeline (or a path) and adds
only what it lacks: sentence boundaries if it has no parser or senter, HanTa tags if it has no
tagger/lemmatizer, and always ``kg_actors`` (which keeps the model's entities as candidates).
"""

from __future__ import annotations

import functools
from pathlib import Path

import spacy
from spacy.language import Language

import kg.nlp.components  # noqa: F401  (registers the factories)
from kg.errors import PipelineError
from kg.lang import available_languages, load_lang
from kg.nlp.gazetteer import load_gazetteer

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


def shipped_ner_path(lang: str = "de") -> Path | None:
    """The NER model kg ships for ``lang`` (trained by ``kg train ner``), if present."""
    path = MODELS_DIR / f"{lang}_kg_ner"
    return path if (path / "meta.json").is_file() else None


def load_pipeline(lang: str = "de", model: str | None = None, *, use_ner_model: bool = True) -> Language:
    """kg's pipeline for ``lang``, or ``model`` (an installed spaCy package name or a path) with kg's components on top.

    Cached per process: loading reads the gazetteers and models once, whichever way the arguments are
    spelled (``load_pipeline("de")`` and ``load_pipeline("de", None)`` are the same pipeline).
    """
    return _cached_pipeline(lang, model or None, use_ner_model)


@functools.lru_cache(maxsize=4)
def _cached_pipeline(lang: str, model: str | None, use_ner_model: bool) -> Language:
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as e:
            raise PipelineError(
                f"spaCy pipeline {model!r} is not installed or not a pipeline folder "
                f"(install it with pip, or leave out --model to use kg's own pipeline)",
                source=model,
            ) from e
        names = set(nlp.pipe_names)
        if "ner" in names:
            nlp.add_pipe("kg_entity_edges", after="ner")
        if not names & {"parser", "senter", "sentencizer"}:
            nlp.add_pipe("kg_sentences")
        if not names & {"tagger", "morphologizer"} or "lemmatizer" not in names and "trainable_lemmatizer" not in names:
            nlp.add_pipe("kg_hanta_tagger")
        nlp.add_pipe("kg_actors", config={"lang": lang})
        return nlp
    ner_path = shipped_ner_path(lang) if use_ner_model else None
    if ner_path is not None:
        nlp = spacy.load(ner_path)
        nlp.add_pipe("kg_entity_edges")
    else:
        try:
            nlp = spacy.blank(lang)
        except ImportError as e:
            raise PipelineError(f"spaCy has no language class for {lang!r}", source=lang) from e
    nlp.add_pipe("kg_sentences", first=True)
    nlp.add_pipe("kg_hanta_tagger", after="kg_sentences")
    nlp.add_pipe("kg_actors", config={"lang": lang})
    nlp.meta["name"] = f"kg_{lang}"
    _ordinal_numerals(nlp, lang)
    _abbreviated_legal_forms(nlp, lang)
    return nlp


def _abbreviated_legal_forms(nlp: Language, lang: str) -> None:
    """Legal forms written with periods stay one token, so the recogniser sees them after a company's name
    (gazetteer/name_cues.tsv, position legal: "Livarna Savinja d.d.", "Petrol d.o.o."); the tokenizer had cut
    off the last period."""
    if lang not in available_languages():
        return
    for cue in load_gazetteer(lang).cues.legal_words:  # (cached: the recogniser loaded it already)
        if "." in cue[:-1] and cue.endswith("."):
            nlp.tokenizer.add_special_case(cue, [{"ORTH": cue}])


def _ordinal_numerals(nlp: Language, lang: str) -> None:
    """Regnal and ordinal Roman numerals keep their period as one token where the language writes it (grammar.yml
    ordinal_roman_numerals: up to which number): "Benedikt XVI. besuchte", as spaCy already does for "III."."""
    if lang not in available_languages():
        return
    upto = int(load_lang(lang).grammar.get("ordinal_roman_numerals") or 0)
    for n in range(1, upto + 1):
        numeral = _roman(n) + "."
        nlp.tokenizer.add_special_case(numeral, [{"ORTH": numeral}])


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def pipeline_name(nlp: Language) -> str:
    """``lang_name-version`` plus components, for provenance."""
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')} [{', '.join(nlp.pipe_names)}]"


__all__ = ["load_pipeline", "pipeline_name", "shipped_ner_path"]
