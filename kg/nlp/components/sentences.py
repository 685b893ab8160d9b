"""Sentence boundaries for news text: ``kg_sentences`` (spaCy factory ``kg_sentences``).

spaCy's rule-based sentencizer attaches an opening quote to the sentence before it
("… beenden. „Wir …" keeps „ on the left). This splitter ends a sentence after ``. ! ?``
(and any closing quotes or brackets right after), before a capitalised word, a digit or an
opening quote, and at every line break, so paragraphs and headlines never run together.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

ENDERS = {".", "!", "?", "…"}
CLOSERS = {"“", "\"", "»", "«", "”", "’", "‘", ")", "]"}
OPENERS = {"„", "\"", "»", "«", "“", "‚", "(", "["}


@Language.component("kg_sentences", assigns=["token.is_sent_start"])
def kg_sentences(doc: Doc) -> Doc:
    """Mark sentence starts (see module docstring)."""
    if not len(doc):
        return doc
    for token in doc:
        token.is_sent_start = token.i == 0
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        if "\n" in token.text or (token.is_space and "\n" in token.whitespace_ + token.text):
            if i + 1 < n:
                doc[i + 1].is_sent_start = True
            i += 1
            continue
        if "\n" in token.whitespace_ and i + 1 < n:
            doc[i + 1].is_sent_start = True
        if token.text in ENDERS or (token.text.endswith(".") and len(token.text) > 1 and token.text[:-1].isalpha() and token.text[0].isupper() and _is_boundary_next(doc, i)) \
                or _is_year_end(doc, i):
            j = i + 1
            while j < n and (doc[j].text in CLOSERS or doc[j].text in ENDERS):
                j += 1
            if j < n and _starts_sentence(doc, j):
                doc[j].is_sent_start = True
            i = j
            continue
        i += 1
    return doc


def _is_boundary_next(doc: Doc, i: int) -> bool:
    # A capitalised word with a glued period ("Kiew.") is an abbreviation only if it is short
    # and followed by a lowercase word; treat it as a boundary when a capital follows.
    return i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and len(doc[i].text) > 4


def _is_year_end(doc: Doc, i: int) -> bool:
    # The tokenizer keeps "2028." whole, as an ordinal; a year before a capitalised word ends the sentence
    # ("einen Vertrag bis 2028. Zuvor …"): nobody counts to the 1900th of anything in the news.
    text = doc[i].text
    return len(text) == 5 and text.endswith(".") and text[:4].isdigit() and 1900 <= int(text[:4]) <= 2099 \
        and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()


def _starts_sentence(doc: Doc, j: int) -> bool:
    text = doc[j].text
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text in OPENERS or doc[j].is_space)
