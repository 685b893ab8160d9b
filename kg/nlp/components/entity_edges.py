"""``kg_entity_edges``: statistical entities end on words, never on white space or punctuation.

A CNN NER model (kg's own, or a user's) can let an entity run over the white-space tokens
that follow a name ("Zoë \\n\\n"). Downstream, the mention's surface string would then include
line breaks, and where the text after it is blanked for analysis (credit lines of wire
stories) the surface would no longer match the stored text at its offsets. It can also take in
the comma or bracket next to a name ("von St. Johann, Stefan Seiwald" read as "Johann,"), which
would become the actor's name. This component trims such tokens from both ends of every entity
and drops entities left empty.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token


@Language.factory("kg_entity_edges", assigns=["doc.ents"], default_config={})
def make_entity_edges(nlp: Language, name: str) -> "EntityEdges":
    return EntityEdges()


class EntityEdges:
    """Trim white-space and punctuation tokens from the edges of ``doc.ents`` (see module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        if not any(_edge(doc[e.start]) or _edge(doc[e.end - 1]) for e in doc.ents):
            return doc
        trimmed = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            while start < end and _edge(doc[start]):
                start += 1
            while end > start and _edge(doc[end - 1]):
                end -= 1
            if start < end:
                trimmed.append(Span(doc, start, end, label=ent.label, kb_id=ent.kb_id))
        doc.set_ents(trimmed, default="outside")
        return doc


def _edge(token: Token) -> bool:
    """White space or punctuation, which no name begins or ends with."""
    return token.is_space or token.is_punct
